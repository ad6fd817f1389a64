"""Load the catalog the app uses: the shipped seeds, layered with the user's own records."""

from __future__ import annotations

from .engine import Catalog, FxRate, load_fx
from .paths import shipped_catalog, shipped_fx


def load_catalog() -> Catalog:
    """The shipped price catalog."""
    return Catalog.from_files([shipped_catalog()])


def default_fx() -> FxRate:
    """The shipped, dated default exchange rate."""
    return load_fx(shipped_fx())
