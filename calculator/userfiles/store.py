"""The user's own price records, layered over the shipped catalog.

Lives in ``<user data>/catalog/`` (``LLMCOST_DATA_DIR`` moves it):

* ``imports/<name>.csv``: one file per import (LiteLLM map, catalog CSV), so an
  import can be removed again as a whole;
* ``my_prices.csv``: prices and models the user added by hand (negotiated rates,
  private deployments); same CSV format as ``seeds/prices.csv``;
* ``discounts.json``: a discount per vendor, applied on top of list prices.

Layering order: shipped seeds, then imports (oldest first), then the user's own
records; a later record with the same model, date and context tier wins. Every
write is atomic. A damaged user file never stops the app: it is left out and
named in :attr:`LoadResult.problems`.
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

from ..engine import Catalog, CatalogError
from ..engine.records import record_keys, with_defaults
from ..engine.sources import IMPORT, SHIPPED, YOURS, PriceSource
from ..formats.catalog_reader import COLUMNS, TIER_COLUMN, read_catalog_file, validate_records
from ..formats.catalog_writer import catalog_csv_bytes
from ..formats.schedule_reader import read_schedules_file
from ..runtime.paths import shipped_catalog, shipped_schedules
from .atomic import atomic_write_bytes, atomic_write_text
from .folders import data_dir

USER_FILE = "my_prices.csv"
#: Beside an import ``<stem>.csv``: ``<stem>.source.json`` = {"source": name, "version": v}.
SOURCE_SUFFIX = ".source.json"
DISCOUNTS_FILE = "discounts.json"
MAX_DISCOUNT = 0.999


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
                 schedules: Path | None = None):
        self.folder = Path(folder) if folder else data_dir() / "catalog"
        self.shipped = shipped or shipped_catalog()
        self.schedules_file = schedules or shipped_schedules()

    @property
    def imports_dir(self) -> Path:
        return self.folder / "imports"

    @property
    def user_file(self) -> Path:
        return self.folder / USER_FILE

    @property
    def discounts_file(self) -> Path:
        return self.folder / DISCOUNTS_FILE

    # ------------------------------------------------------------------ loading
    def user_files(self) -> list[Path]:
        files = sorted(self.imports_dir.glob("*.csv")) if self.imports_dir.is_dir() else []
        if self.user_file.exists():
            files.append(self.user_file)
        return files

    def load(self) -> LoadResult:
        """The layered catalog. The shipped file must load; user files that fail are
        left out and reported."""
        schedules = read_schedules_file(self.schedules_file)
        known = {s.schedule for s in schedules}
        frames = [read_catalog_file(self.shipped, origin=SHIPPED, schedules=known)]
        sources = [PriceSource(SHIPPED, "shipped catalog", "", SHIPPED)]
        regions = model_regions(frames[0])
        problems: list[str] = []
        for path in self.user_files():
            try:
                frame = read_catalog_file(path, origin=self._origin(path), schedules=known)
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
        slug = re.sub(r"[^A-Za-z0-9._-]+", "-", label).strip("-")[:60] or "import"
        path = self.imports_dir / f"{stamp}-{slug}.csv"
        counter = 1
        while path.exists():
            counter += 1
            path = self.imports_dir / f"{stamp}-{slug}-{counter}.csv"
        if source is not None:
            atomic_write_text(path.with_suffix(SOURCE_SUFFIX), json.dumps(
                {"source": source[0], "version": source[1]}, ensure_ascii=False))
        atomic_write_text(path, catalog_csv_bytes(records).decode("utf-8"))
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

    # ------------------------------------------------------------------ own records
    def user_records(self) -> pd.DataFrame:
        if not self.user_file.exists():
            return pd.DataFrame()
        return read_catalog_file(self.user_file, origin="yours")

    def add_records(self, records: pd.DataFrame) -> None:
        """Add (or replace, same model/date/tier) records in the user's own file."""
        current = self.user_records()
        merged = pd.concat([current, records], ignore_index=True) if len(current) else records
        merged = merged[~record_keys(merged).duplicated(keep="last").to_numpy()]
        Catalog.from_records([merged])  # refuses tier-only models before anything is written
        atomic_write_text(self.user_file, catalog_csv_bytes(merged).decode("utf-8"))

    def remove_user_record(self, model_id: str, effective_from: dt.date,
                           above_input_tokens: float = 0.0) -> bool:
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
            atomic_write_text(self.user_file, catalog_csv_bytes(remaining).decode("utf-8"))
        return True

    # ------------------------------------------------------------------ discounts
    def _read_discounts(self) -> tuple[dict[str, float], str | None]:
        if not self.discounts_file.exists():
            return {}, None
        try:
            data = json.loads(self.discounts_file.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("expected an object of vendor: fraction")
            out = {}
            for vendor, value in data.items():
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
                        0 <= value <= MAX_DISCOUNT):
                    raise ValueError(f"discount for {vendor!r} must be 0..{MAX_DISCOUNT}")
                if value:
                    out[str(vendor)] = float(value)
            return out, None
        except (OSError, ValueError) as err:
            return {}, f"{self.discounts_file}: ignored ({err})"

    def discounts(self) -> dict[str, float]:
        return self._read_discounts()[0]

    def set_discount(self, vendor: str, fraction: float) -> None:
        if not 0 <= fraction <= MAX_DISCOUNT:
            raise CatalogError(f"discount for {vendor} must be between 0% and 99.9%")
        discounts = self.discounts()
        if fraction:
            discounts[vendor] = float(fraction)
        else:
            discounts.pop(vendor, None)
        atomic_write_text(self.discounts_file,
                          json.dumps(discounts, ensure_ascii=False, indent=2, sort_keys=True))

    # ------------------------------------------------------------------ reset
    def has_changes(self) -> bool:
        return bool(self.user_files()) or self.discounts_file.exists()

    def restore_shipped(self) -> None:
        """Remove every import, own record and discount (the caller asks the user first)."""
        for path in self.user_files():
            path.unlink(missing_ok=True)
            path.with_suffix(SOURCE_SUFFIX).unlink(missing_ok=True)
        self.discounts_file.unlink(missing_ok=True)


def record_from_fields(fields: Mapping[str, str], name: str = "your entry") -> pd.DataFrame:
    """Validate one record typed by the user (text per catalog column) as a record frame.

    Raises :class:`CatalogError` whose problems say ``column X: 'value' reason``.
    """
    row = {column: str(fields.get(column, "") or "").strip() for column in COLUMNS}
    row[TIER_COLUMN] = str(fields.get(TIER_COLUMN, "") or "").strip()
    if not row["checked"]:
        row["checked"] = dt.date.today().isoformat()
    frame = pd.DataFrame([row], dtype=object)
    try:
        return validate_records(frame, name, [1], "yours")
    except CatalogError as err:
        raise CatalogError([p.replace(f"{name}: row 1, ", "") for p in err.problems]) from None


def write_catalog(path: str | os.PathLike[str], records: pd.DataFrame) -> Path:
    """Write ``records`` as a catalog CSV, atomically (the old file survives a failure)."""
    return atomic_write_bytes(path, catalog_csv_bytes(records))


def read_source_meta(path: Path) -> tuple[str, str] | None:
    """(name, version) from an import's ``.source.json``; None when absent or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
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
