"""The user's own price records, layered over the shipped catalog.

Lives in ``<user data>/catalog/`` (``LLMCOST_DATA_DIR`` moves it):

* ``imports/<name>.csv``: one file per import (LiteLLM map, catalog CSV), so an
  import can be removed again as a whole;
* ``my_prices.csv``: prices and models the user added by hand (negotiated rates,
  private deployments); same CSV format as ``seeds/prices.csv``;
* ``discounts.json``: a discount per vendor, applied on top of list prices.

Layering order: shipped seeds, then imports (oldest first), then the user's own
records; a later record with the same model, date and context tier wins. Every
write is atomic and happens under a lock on ``catalog/.lock``, reading the file
again inside the lock (read-modify-write), so two windows or commands adding
prices at once keep every record. Every file is read with the safe reader
(:mod:`calculator.formats.safe_reader`). A damaged user file never stops the app:
it is left out and named in :attr:`LoadResult.problems`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..engine import AmountError, Catalog, CatalogError, EngineError
from ..engine.amounts import MAX_PRICE, parse_number
from ..engine.records import record_keys, with_defaults
from ..engine.sources import IMPORT, SHIPPED, YOURS, PriceSource
from ..engine.text import clean_text
from ..formats.catalog_reader import (
    COLUMNS,
    PRICE_COLUMNS,
    TIER_COLUMN,
    read_catalog_file,
    validate_records,
)
from ..formats.catalog_writer import catalog_csv_bytes, number_text
from ..formats.safe_reader import read_json
from ..formats.schedule_reader import read_schedules_file
from ..runtime.paths import shipped_catalog, shipped_schedules
from .atomic import atomic_write_bytes, atomic_write_text, remove_stale_temp_files
from .catalog_cache import cache_path, read_import
from .folders import data_dir
from .locks import folder_lock

USER_FILE = "my_prices.csv"
#: Beside an import ``<stem>.csv``: ``<stem>.source.json`` = {"source": name, "version": v}.
SOURCE_SUFFIX = ".source.json"
DISCOUNTS_FILE = "discounts.json"
SHIPPED_CACHE = "shipped-prices.cache.json"
MAX_DISCOUNT = 0.999
MAX_DISCOUNTS_BYTES = 1024 * 1024


@dataclass(frozen=True)
class LoadResult:
    catalog: Catalog
    problems: list[str] = field(default_factory=list)
    discounts: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportInfo:
    path: Path
    records: int
    models: int


class CatalogStore:
    def __init__(self, folder: str | Path | None = None, shipped: Path | None = None,
                 schedules: Path | None = None, cache_shipped: bool = False):
        self.folder = Path(folder) if folder else data_dir() / "catalog"
        #: Keep the validated shipped records between starts (the window; commands,
        #: a dry run among them, write nothing they were not asked to).
        self.cache_shipped = cache_shipped
        self.shipped = shipped or shipped_catalog()
        self.schedules_file = schedules or shipped_schedules()

    @property
    def imports_dir(self) -> Path:
        return self.folder / "imports"

    @property
    def shipped_cache(self) -> Path:
        """The validated shipped records (:mod:`calculator.userfiles.catalog_cache`), in
        the cache folder beside the catalog folder."""
        return self.folder.parent / "cache" / SHIPPED_CACHE

    @property
    def user_file(self) -> Path:
        return self.folder / USER_FILE

    @property
    def discounts_file(self) -> Path:
        return self.folder / DISCOUNTS_FILE

    # ------------------------------------------------------------------ loading
    def user_files(self) -> list[Path]:
        """Imports and the own-prices file, including broken links and special files
        (reading them names the problem instead of skipping them silently)."""
        files = sorted(self.imports_dir.glob("*.csv")) if self.imports_dir.is_dir() else []
        if os.path.lexists(self.user_file):
            files.append(self.user_file)
        return files

    def _locked(self):
        """The catalog folder's write lock (:mod:`calculator.userfiles.locks`)."""
        return folder_lock(self.folder)

    def load(self) -> LoadResult:
        """The layered catalog. The shipped file must load; user files that fail are
        left out and reported."""
        schedules = read_schedules_file(self.schedules_file)
        known = {s.schedule for s in schedules}
        # the window: validated once, then read from its cache while its bytes are unchanged
        frames = [read_import(self.shipped, SHIPPED, known, cache=self.shipped_cache)
                  if self.cache_shipped else
                  read_catalog_file(self.shipped, origin=SHIPPED, schedules=known)]
        sources = [PriceSource(SHIPPED, "shipped catalog", "", SHIPPED)]
        regions = model_regions(frames[0])
        problems: list[str] = []
        for folder in (self.folder, self.imports_dir):
            remove_stale_temp_files(folder)
        for path in self.user_files():
            try:
                frame = (read_catalog_file(path, origin=self._origin(path), schedules=known)
                         if path == self.user_file else
                         read_import(path, self._origin(path), known))  # cached when unchanged
                check_regions(frame, regions, str(path))
            except CatalogError as err:
                problems.append(str(err))
                continue
            frames.append(frame)
            regions.update(model_regions(frame))
            source = self._source(path)
            if source is not None:
                sources.append(source)
        try:
            catalog = Catalog.from_records(frames, schedules, sources)
        except CatalogError as err:  # e.g. a user file adds only tier records for a model
            problems.append(str(err))
            catalog = Catalog.from_records(frames[:1], schedules, sources[:1])
        discounts, discount_problem = self._read_discounts()
        if discount_problem:
            problems.append(discount_problem)
        return LoadResult(catalog, problems, discounts)

    def _origin(self, path: Path) -> str:
        return YOURS if path == self.user_file else f"import:{path.stem}"

    def _source(self, path: Path) -> PriceSource | None:
        """The layer's source, from an import's metadata file (None: the catalog names
        the layer after its file and dates it by its newest evidence)."""
        meta = read_source_meta(path.with_suffix(SOURCE_SUFFIX))
        if path == self.user_file or meta is None:
            return None
        return PriceSource(self._origin(path), meta[0], meta[1], IMPORT)

    # ------------------------------------------------------------------ imports
    def import_records(self, records: pd.DataFrame, label: str,
                       when: dt.datetime | None = None,
                       source: tuple[str, str] | None = None) -> Path:
        """Store imported records as a new import file; returns its path.

        ``source``: the data's name and version (``("genai-prices", "0.2.3")``),
        kept beside the file so the status bar can name it.
        """
        if records.empty:
            raise CatalogError("nothing to import")
        stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        slug = re.sub(r"[^A-Za-z0-9._-]+", "-", label).strip("-.")[:60] or "import"
        data = catalog_csv_bytes(records)
        with self._locked():
            path = self.imports_dir / f"{stamp}-{slug}.csv"
            counter = 1
            while os.path.lexists(path) or os.path.lexists(path.with_suffix(SOURCE_SUFFIX)):
                counter += 1
                path = self.imports_dir / f"{stamp}-{slug}-{counter}.csv"
            if source is not None:
                atomic_write_text(path.with_suffix(SOURCE_SUFFIX), json.dumps(
                    {"source": source[0], "version": source[1]}, ensure_ascii=False))
            atomic_write_bytes(path, data)
        return path

    def imports(self) -> list[ImportInfo]:
        infos = []
        for path in self.user_files():
            if path == self.user_file:
                continue
            try:
                records = read_catalog_file(path)
                infos.append(ImportInfo(path, len(records), records["model_id"].nunique()))
            except CatalogError:
                infos.append(ImportInfo(path, 0, 0))
        return infos

    def remove_import(self, path: str | Path) -> None:
        path = Path(path)
        if path.parent.resolve() != self.imports_dir.resolve():
            raise CatalogError(f"{path} is not one of your imports")
        path.unlink(missing_ok=True)
        path.with_suffix(SOURCE_SUFFIX).unlink(missing_ok=True)
        cache_path(path).unlink(missing_ok=True)

    # ------------------------------------------------------------------ own records
    def user_records(self) -> pd.DataFrame:
        if not os.path.lexists(self.user_file):
            return pd.DataFrame()
        return read_catalog_file(self.user_file, origin="yours")

    def add_records(self, records: pd.DataFrame) -> None:
        """Add (or replace, same model/date/tier) records in the user's own file."""
        with self._locked():
            current = self.user_records()
            merged = pd.concat([current, records], ignore_index=True) if len(current) \
                else records
            merged = merged[~record_keys(merged).duplicated(keep="last").to_numpy()]
            Catalog.from_records([merged])  # refuses tier-only models before any write
            atomic_write_bytes(self.user_file, catalog_csv_bytes(merged))

    def remove_user_record(self, model_id: str, effective_from: dt.date,
                           above_input_tokens: float = 0.0) -> bool:
        with self._locked():
            current = self.user_records()
            if current.empty:
                return False
            keep = ~((current["model_id"] == model_id)
                     & (current["effective_from"] == pd.Timestamp(effective_from))
                     & (current[TIER_COLUMN] == above_input_tokens))
            if keep.all():
                return False
            remaining = current[keep]
            if remaining.empty:
                self.user_file.unlink(missing_ok=True)
            else:
                atomic_write_bytes(self.user_file, catalog_csv_bytes(remaining))
        return True

    # ------------------------------------------------------------------ discounts
    def _read_discounts(self) -> tuple[dict[str, float], str | None]:
        if not os.path.lexists(self.discounts_file):
            return {}, None
        try:
            data = read_json(self.discounts_file, limit=MAX_DISCOUNTS_BYTES,
                             kind="a discounts file", max_depth=2)
        except EngineError as err:
            return {}, f"{err} (discounts ignored)"
        try:
            if not isinstance(data, dict):
                raise ValueError("expected an object of vendor: fraction")
            out = {}
            for vendor, value in data.items():
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
                        0 <= value <= MAX_DISCOUNT):
                    raise ValueError(f"discount for {clean_text(vendor)!r} must be "
                                     f"0..{MAX_DISCOUNT}")
                if value:
                    out[clean_text(vendor)] = float(value)
            return out, None
        except ValueError as err:
            return {}, f"{self.discounts_file}: ignored ({err})"

    def discounts(self) -> dict[str, float]:
        return self._read_discounts()[0]

    def set_discount(self, vendor: str, fraction: float) -> None:
        if not 0 <= fraction <= MAX_DISCOUNT:
            raise CatalogError(f"discount for {vendor} must be between 0% and 99.9%")
        with self._locked():
            discounts = self.discounts()
            if fraction:
                discounts[clean_text(vendor)] = float(fraction)
            else:
                discounts.pop(vendor, None)
            atomic_write_text(self.discounts_file, json.dumps(
                discounts, ensure_ascii=False, indent=2, sort_keys=True))

    # ------------------------------------------------------------------ reset
    def has_changes(self) -> bool:
        return bool(self.user_files()) or os.path.lexists(self.discounts_file)

    def restore_shipped(self) -> None:
        """Remove every import, own record and discount (the caller asks the user first)."""
        with self._locked():
            for path in self.user_files():
                path.unlink(missing_ok=True)
                path.with_suffix(SOURCE_SUFFIX).unlink(missing_ok=True)
                cache_path(path).unlink(missing_ok=True)
            self.discounts_file.unlink(missing_ok=True)


def record_from_fields(fields: Mapping[str, str], name: str = "your entry",
                       decimal: str = ".") -> pd.DataFrame:
    """Validate one record typed by the user (text per catalog column) as a record frame.

    Prices are read with the one number rule and ``decimal`` as the decimal separator
    (the window's locale; ``0,28`` is 0.28 where the comma is the decimal separator and
    refused elsewhere). Raises :class:`CatalogError` whose problems say
    ``column X: 'value' reason``.
    """
    row = {column: str(fields.get(column, "") or "").strip() for column in COLUMNS}
    row[TIER_COLUMN] = str(fields.get(TIER_COLUMN, "") or "").strip()
    if not row["checked"]:
        row["checked"] = dt.date.today().isoformat()
    mine: list[str] = []
    for column in PRICE_COLUMNS:
        text = row[column]
        if not text or decimal == ".":
            continue  # the reader applies the same rule to ``.``-decimal text
        try:
            row[column] = number_text(parse_number(text, what=column, decimal=decimal,
                                                   grouping=False, maximum=MAX_PRICE))
        except AmountError as err:
            mine.append(f"column {column}: {text!r} is not a number "
                        f"({str(err).split(': ', 1)[-1]})")
            row[column] = ""  # named above; not again by the reader
    frame = pd.DataFrame([row], dtype=object)
    try:
        result = validate_records(frame, name, [1], "yours")
    except CatalogError as err:
        raise CatalogError(mine + [p.replace(f"{name}: row 1, ", "")
                                   for p in err.problems]) from None
    if mine:
        raise CatalogError(mine)
    return result


def write_catalog(path: str | os.PathLike[str], records: pd.DataFrame) -> Path:
    """Write ``records`` as a catalog CSV, atomically (the old file survives a failure)."""
    return atomic_write_bytes(path, catalog_csv_bytes(records))


def read_source_meta(path: Path) -> tuple[str, str] | None:
    """(name, version) from an import's ``.source.json``; None when absent or unreadable."""
    try:
        data = read_json(path, limit=64 * 1024, kind="an import's source note", max_depth=2)
    except EngineError:
        return None
    if not isinstance(data, dict):
        return None
    name, version = data.get("source"), data.get("version", "")
    if not isinstance(name, str) or not name.strip() or not isinstance(version, str):
        return None
    return name.strip()[:100], version.strip()[:100]


def model_regions(records: pd.DataFrame) -> dict[str, str]:
    """Each model's region in ``records`` (validated: one region per model)."""
    records = with_defaults(records)
    return dict(zip(records["model_id"], records["region"], strict=True))


def check_regions(records: pd.DataFrame, known: Mapping[str, str], name: str) -> None:
    """Refuse a layer that gives a model a region other than the one it already has."""
    problems = []
    for model_id, region in model_regions(records).items():
        if model_id in known and known[model_id] != region:
            problems.append(
                f"{name}: model {model_id} is from the {known[model_id] or 'single'} price "
                f"list in your catalog but the {region or 'single'} list here; a vendor's "
                "other price list is a separate model id")
    if problems:
        raise CatalogError(problems)
