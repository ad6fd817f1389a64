"""Write validated catalog records back to the catalog CSV format (``seeds/README.md``).

The output reads back with :func:`catalog_reader.parse_catalog_bytes` to the same
records (``origin`` aside): UTF-8 without a BOM, ``\\n`` line ends, RFC 4180
quoting (only where a cell holds a comma, quote or line break), ISO dates, and
numbers as their shortest exact text: ``2.5``, ``0.8``, ``120`` (never ``120.0``
or ``0.7999999``); an unknown price (NaN) is an empty cell.
"""

from __future__ import annotations

import csv
import io
import math
from typing import SupportsFloat

import pandas as pd

from ..engine.records import EXTRA_PRICE_COLUMNS, OPTIONAL_COLUMNS, PROMO_UNTIL
from .catalog_reader import COLUMNS, PRICE_COLUMNS, TIER_COLUMN

_DATE_COLUMNS = ("effective_from", "checked", PROMO_UNTIL)
_NUMBER_COLUMNS = (*PRICE_COLUMNS, *EXTRA_PRICE_COLUMNS, "context_window")


def number_text(value: SupportsFloat | None) -> str:
    """Shortest text that parses back to exactly ``value``; empty for NaN/None."""
    if value is None:
        return ""
    number = float(value)
    if math.isnan(number):
        return ""
    if math.isinf(number):
        return repr(number)  # never in validated records; the reader rejects it
    if number == int(number) and abs(number) < 1e16:
        return str(int(number))
    return repr(number)


def used_optional_columns(records: pd.DataFrame) -> list[str]:
    """The optional columns where some record has a value other than the default."""
    used = []
    for column in OPTIONAL_COLUMNS:
        if column not in records:
            continue
        values = records[column]
        if column == TIER_COLUMN:
            hit = (values.fillna(0) > 0).any()
        elif column in _DATE_COLUMNS or column in _NUMBER_COLUMNS:
            hit = values.notna().any()
        else:
            hit = values.fillna("").astype(str).ne("").any()
        if hit:
            used.append(column)
    return used


def catalog_csv_bytes(records: pd.DataFrame) -> bytes:
    """The catalog CSV for ``records`` (a validated records frame, as the reader returns).

    The 15 required columns, then the optional columns some record uses, in the
    order of ``records.OPTIONAL_COLUMNS`` (a file without them reads as before).
    """
    columns = [*COLUMNS, *used_optional_columns(records)]
    cells: dict[str, list[str]] = {}
    for column in columns:
        values = records[column].tolist()
        if column in _DATE_COLUMNS:
            cells[column] = ["" if pd.isna(v) else f"{pd.Timestamp(v):%Y-%m-%d}" for v in values]
        elif column in _NUMBER_COLUMNS:
            cells[column] = [number_text(v) for v in values]
        elif column == TIER_COLUMN:
            cells[column] = ["" if pd.isna(v) or v == 0 else number_text(v) for v in values]
        else:
            cells[column] = ["" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
                             for v in values]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    writer.writerows(zip(*(cells[c] for c in columns), strict=True))
    return buffer.getvalue().encode("utf-8")
