"""Update prices from a price source: download, validate, preview, and store as one dated
import. Shared by ``update-prices``, ``import-prices`` and File > Update prices… (Qt-free).

Nothing is written until :func:`apply` is called with a preview the user has seen,
and a failure at any step (unreachable, too slow, too large, not the source's
format, no usable model) leaves the catalog as it was: the downloaded bytes go
through the same validation as a file the user picked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..formats import genai_prices_import
from ..formats.import_preview import ImportPreview, preview_import
from ..formats.price_sources import parse_source, read_price_file, source
from ..formats.source_import import ImportOptions, SourceImport
from ..runtime.download import TIMEOUT, Cancel, download
from .store import CatalogStore


@dataclass(frozen=True)
class PendingImport:
    """What an import would change, and what it would store."""

    result: SourceImport
    preview: ImportPreview
    #: Names the stored import: a file's name, else the source and version.
    name: str = ""

    @property
    def label(self) -> str:
        return self.name or self.result.label or Path(self.result.name).stem


def options_for(store: CatalogStore, effective_from: dt.date | None = None,
                include_resellers: bool = False, today: dt.date | None = None,
                catalog: object | None = None) -> ImportOptions:
    """Import options with the catalog's vendor schedules (for time-of-day prices)."""
    schedules = tuple(getattr(catalog, "schedules", ()) or ())
    return ImportOptions(effective_from=effective_from, include_resellers=include_resellers,
                         schedules=schedules, today=today)


def fetch(key: str, options: ImportOptions, url: str | None = None, *,
          timeout: float = TIMEOUT, cancel: Cancel | None = None,
          progress: Callable[[int, int | None], None] | None = None,
          ssl_context=None) -> SourceImport:
    """Download source ``key`` (from ``url``, default its public address) and validate it."""
    address = url or source(key).url
    got = download(address, timeout=timeout, cancel=cancel, progress=progress,
                   ssl_context=ssl_context)
    if cancel is not None:
        cancel.check()
    return parse_source(key, got.data, address, options, published=got.last_modified)


def read_installed(options: ImportOptions) -> SourceImport:
    """The data of the installed genai-prices package."""
    return genai_prices_import.import_installed(options)


def read_file(path: str | Path, options: ImportOptions) -> SourceImport:
    return read_price_file(path, options)


def prepare(store: CatalogStore, result: SourceImport, catalog=None,
            name: str = "") -> PendingImport:
    """Compare ``result`` with the user's catalog (nothing is written); ``name`` names the
    stored import (default: the source and its version)."""
    existing = catalog if catalog is not None else store.load().catalog
    return PendingImport(result, preview_import(existing, result.records, result.skipped), name)


def apply(store: CatalogStore, pending: PendingImport,
          when: dt.datetime | None = None) -> Path | None:
    """Store the previewed records as one import; ``None`` when nothing changes."""
    records = pending.preview.new_records
    if records.empty:
        return None
    result = pending.result
    named = (result.source, result.version) if result.source else None
    return store.import_records(records, pending.label, when=when, source=named)
