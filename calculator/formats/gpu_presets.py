"""GPU presets for self-hosting: a GPU's hourly rental price with its source and date.

``seeds/gpus.csv`` ships dated, sourced presets; the user's ``gpus.csv`` (same
columns) adds or overrides presets by ``gpu_id``. Columns: ``gpu_id, name,
memory_gb, gpu_hourly, currency, provider, effective_from, status, source,
checked, notes``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from ..engine.amounts import MAX_PRICE, parse_number
from ..engine.dates import parse_date
from ..engine.errors import AmountError, CatalogError, DateError
from ..engine.fx import CURRENCIES
from .catalog_reader import MAX_FILE_BYTES
from .safe_reader import UserFileError, read_text

COLUMNS = ("gpu_id", "name", "memory_gb", "gpu_hourly", "currency", "provider",
           "effective_from", "status", "source", "checked", "notes")
REQUIRED = ("gpu_id", "name", "gpu_hourly", "currency", "effective_from", "status", "source",
            "checked")


@dataclass(frozen=True)
class GpuPreset:
    gpu_id: str
    name: str
    gpu_hourly: float
    currency: str
    effective_from: dt.date
    status: str
    source: str
    checked: dt.date
    memory_gb: float | None = None
    provider: str = ""
    notes: str = ""

    def label(self) -> str:
        """``H100 SXM 80GB, RunPod on-demand``."""
        return f"{self.name}, {self.provider}" if self.provider else self.name


def preset_from_fields(fields: dict[str, str | None]) -> GpuPreset:
    """One preset from text fields; raises ``ValueError`` naming the column."""
    row = {c: (fields.get(c) or "").strip() for c in COLUMNS}
    for column in REQUIRED:
        if not row[column]:
            raise ValueError(f"column {column}: empty")
    try:
        hourly = parse_number(row["gpu_hourly"], what="column gpu_hourly", grouping=False,
                              maximum=MAX_PRICE)
    except AmountError as err:
        raise ValueError(str(err)) from None
    if row["currency"].upper() not in CURRENCIES:
        raise ValueError(f"column currency: {row['currency']!r} (use CNY or USD)")
    if row["status"] not in ("confirmed", "uncertain"):
        raise ValueError(f"column status: {row['status']!r} (use confirmed or uncertain)")
    dates = {}
    for column in ("effective_from", "checked"):
        try:
            dates[column] = parse_date(row[column], f"column {column}")
        except DateError as err:
            raise ValueError(str(err)) from None
    memory = None
    if row["memory_gb"]:
        try:
            memory = parse_number(row["memory_gb"], what="column memory_gb", maximum=1e6)
        except AmountError as err:
            raise ValueError(str(err)) from None
    return GpuPreset(row["gpu_id"], row["name"], hourly, row["currency"].upper(),
                     dates["effective_from"], row["status"], row["source"], dates["checked"],
                     memory, row["provider"], row["notes"])


def read_presets(path: str | os.PathLike[str]) -> list[GpuPreset]:
    name = os.fspath(path)
    try:
        text = read_text(name, limit=MAX_FILE_BYTES, kind="a GPU presets file")
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except UserFileError as err:
        raise CatalogError(str(err)) from None
    except csv.Error as err:
        raise CatalogError(f"{name}: not a valid CSV file ({err})") from None
    presets, problems, seen = [], [], set()
    for line, row in enumerate(rows, start=2):
        try:
            preset = preset_from_fields(row)
        except ValueError as err:
            problems.append(f"{name}: row {line}, {err}")
            continue
        if preset.gpu_id in seen:
            problems.append(f"{name}: row {line}, column gpu_id: {preset.gpu_id!r} is repeated")
            continue
        seen.add(preset.gpu_id)
        presets.append(preset)
    if problems:
        raise CatalogError(problems)
    return presets


def presets_csv_text(presets: Iterable[GpuPreset]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for preset in presets:
        row = asdict(preset)
        row["effective_from"] = preset.effective_from.isoformat()
        row["checked"] = preset.checked.isoformat()
        row["gpu_hourly"] = f"{preset.gpu_hourly:.15g}"
        row["memory_gb"] = "" if preset.memory_gb is None else f"{preset.memory_gb:.15g}"
        writer.writerow(row)
    return out.getvalue()
