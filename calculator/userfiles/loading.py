"""Load the catalog the app uses: the shipped seeds layered with the user's own records."""

from __future__ import annotations

from ..engine import Catalog, FxRate, load_fx
from ..engine.schedules import Schedule
from ..formats.catalog_reader import read_catalog_files
from ..formats.schedule_reader import read_schedules_file
from ..runtime.paths import shipped_catalog, shipped_fx, shipped_schedules
from .store import CatalogStore, LoadResult


def load_catalog() -> Catalog:
    """The shipped price catalog only (tests, and the reference every layer sits on)."""
    return read_catalog_files([shipped_catalog()], shipped_schedule_list())


def shipped_schedule_list() -> tuple[Schedule, ...]:
    """The vendor schedules shipped in ``seeds/schedules.csv``."""
    return read_schedules_file(shipped_schedules())


def load_user_catalog() -> LoadResult:
    """Shipped seeds + the user's imports and own prices, and vendor discounts."""
    return CatalogStore().load()


def default_fx() -> FxRate:
    """The shipped, dated default exchange rate."""
    return load_fx(shipped_fx())
