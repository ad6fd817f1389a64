"""Load the catalog the app uses: the shipped seeds layered with the user's own records."""

from __future__ import annotations

from ..engine import Catalog, FxRate, FxTable
from ..engine.schedules import Schedule
from ..engine.sources import SHIPPED, PriceSource
from ..formats.catalog_reader import read_catalog_file
from ..formats.fx_reader import read_fx_file
from ..formats.schedule_reader import read_schedules_file
from ..runtime.paths import shipped_catalog, shipped_fx, shipped_schedules
from .store import CatalogStore, LoadResult


def load_catalog() -> Catalog:
    """The shipped price catalog only (tests, and the reference every layer sits on)."""
    schedules = shipped_schedule_list()
    frame = read_catalog_file(shipped_catalog(), origin=SHIPPED,
                              schedules={s.schedule for s in schedules})
    return Catalog.from_records([frame], schedules,
                                [PriceSource(SHIPPED, "shipped catalog", "", SHIPPED)])


def shipped_schedule_list() -> tuple[Schedule, ...]:
    """The vendor schedules shipped in ``seeds/schedules.csv``."""
    return read_schedules_file(shipped_schedules())


def load_user_catalog(cache_shipped: bool = False) -> LoadResult:
    """Shipped seeds + the user's imports and own prices, and vendor discounts.

    ``cache_shipped``: keep the validated shipped records between starts (the window)."""
    return CatalogStore(cache_shipped=cache_shipped).load()


def fx_rates() -> FxTable:
    """The shipped, dated exchange rates (``seeds/fx.csv``)."""
    return read_fx_file(shipped_fx())


def default_fx() -> FxRate:
    """The newest shipped exchange rate (use :func:`fx_rates` for the rate at a date)."""
    return fx_rates().newest
