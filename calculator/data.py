"""Load the catalog the app uses: the shipped seeds layered with the user's own records."""

from __future__ import annotations

from .catalog_store import CatalogStore, LoadResult
from .engine import Catalog, FxRate, load_fx
from .paths import shipped_catalog, shipped_fx


def load_catalog() -> Catalog:
    """The shipped price catalog only (tests, and the reference every layer sits on)."""
    return Catalog.from_files([shipped_catalog()])


def load_user_catalog() -> LoadResult:
    """Shipped seeds + the user's imports and own prices, and vendor discounts."""
    return CatalogStore().load()


def default_fx() -> FxRate:
    """The shipped, dated default exchange rate."""
    return load_fx(shipped_fx())
