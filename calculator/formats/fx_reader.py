"""Read ``fx.csv``: dated CNY-per-USD rates (``effective_from, cny_per_usd, source, checked,
notes``), one row per month or per change."""

from __future__ import annotations

import csv
import datetime as dt
import os

from ..engine.errors import CatalogError, EngineError
from ..engine.fx import FxRate, FxTable


def read_fx_file(path: str | os.PathLike[str]) -> FxTable:
    """Every rate in an ``fx.csv`` file, by date; a bad row names file, row and column."""
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise CatalogError(f"{name}: cannot read exchange rates ({err})") from err
    rates: list[FxRate] = []
    seen: dict[dt.date, int] = {}
    for line, row in enumerate(rows, start=2):
        text = (row.get("effective_from") or "").strip()
        try:
            when = dt.date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            when = None
        if when is None:
            raise CatalogError(f"{name}: row {line}, column effective_from: {text!r} is not a "
                               "date in the form YYYY-MM-DD")
        if when in seen:
            raise CatalogError(f"{name}: row {line}: a second rate for {when:%Y-%m-%d} "
                               f"(row {seen[when]} has one)")
        seen[when] = line
        value = (row.get("cny_per_usd") or "").strip()
        try:
            rate = FxRate(float(value), (row.get("source") or "").strip() or name, when)
        except (ValueError, EngineError) as err:
            reason = err if isinstance(err, EngineError) else "is not a number"
            raise CatalogError(f"{name}: row {line}, column cny_per_usd: {value!r} "
                               f"{reason}") from err
        rates.append(rate)
    if not rates:
        raise CatalogError(f"{name}: no exchange rate rows")
    return FxTable(tuple(rates))
