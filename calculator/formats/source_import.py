"""What every price-source import returns, and the helpers the importers share.

An importer (genai-prices, llm-prices-cn, LiteLLM) turns a source into text cells
per catalog column, one dict per record; :func:`finish` runs them through the
catalog reader's validation, so an imported record passes every check a catalog
CSV gets. The result names the source and its version so the store can say where
the user's prices come from ("genai-prices 0.2.3 · llm-prices-cn 2026-08-22").

Imported figures are third-party: ``status`` is always ``uncertain`` and
``checked`` is the source's own date (a package release, a file's verification
date), never the day of the import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import pandas as pd

from ..engine.errors import CatalogError
from ..engine.records import ALL_COLUMNS
from ..engine.schedules import Schedule
from .catalog_reader import validate_records

STATUS = "uncertain"
_ISO_DAY = re.compile(r"(?<!\d)(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True)
class ImportOptions:
    """How to import: the date undated prices apply from (default: the source's own date),
    whether resellers come in, the catalog's vendor schedules (for time-of-day prices)."""

    effective_from: dt.date | None = None
    include_resellers: bool = False
    schedules: Sequence[Schedule] = ()
    #: The current date (tests pin it); dates after it are not taken as the data's date.
    today: dt.date | None = None

    @property
    def current_date(self) -> dt.date:
        return self.today or dt.date.today()


@dataclass(frozen=True)
class SourceImport:
    """Validated records from one price source, what was left out, and which version."""

    records: pd.DataFrame
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: ``genai-prices``, ``llm-prices-cn`` or ``LiteLLM``.
    source: str = ""
    #: The source's version: a package version or the data's date (``2026-08-22``).
    version: str = ""
    #: The date of the evidence (the records' ``checked``).
    checked: dt.date | None = None
    #: Entries in the source (models, or map entries).
    entries: int = 0
    #: Name of the file or address read.
    name: str = ""

    @property
    def model_count(self) -> int:
        return int(self.records["model_id"].nunique()) if len(self.records) else 0

    @property
    def label(self) -> str:
        """``genai-prices 0.2.3``: how the status bar names this import."""
        return f"{self.source} {self.version}".strip()


def finish(rows: list[dict[str, str]], skipped: list[tuple[str, str]], name: str,
           origin: str) -> pd.DataFrame:
    """Validate importer rows (text cells) as catalog records; refuse an empty import."""
    if not rows:
        if not skipped:
            raise CatalogError(f"{name}: no models with prices")
        first = [f"{key}: {reason}" for key, reason in skipped]
        raise CatalogError([f"no models with prices in {name}; first problems: {first[0]}",
                            *first[1:]])
    frame = pd.DataFrame(rows, columns=list(ALL_COLUMNS), dtype=object).fillna("")
    return validate_records(frame, name, range(1, len(frame) + 1), origin)


def decimal_text(value: Decimal | float | int | None) -> str:
    """Plain decimal text without float noise: ``2.5``, ``0.003625``, ``10``; ``""`` for None."""
    if value is None:
        return ""
    number = value if isinstance(value, Decimal) else Decimal(repr(value)) if isinstance(
        value, float) else Decimal(value)
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


def newest_day(texts: Iterable[str], not_after: dt.date) -> dt.date | None:
    """The newest ISO date named in ``texts`` that is not after ``not_after``."""
    best: dt.date | None = None
    for text in texts:
        for year, month, day in _ISO_DAY.findall(text or ""):
            try:
                found = dt.date(int(year), int(month), int(day))
            except ValueError:
                continue
            if found <= not_after and (best is None or found > best):
                best = found
    return best


def iso(day: dt.date) -> str:
    return f"{day:%Y-%m-%d}"
