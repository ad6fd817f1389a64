"""Shape the engine's comparison frame into the tables that leave the app.

``quote_frame`` is the contract shared by ``quote --format csv|json`` and the
exported ``comparison.csv``: the same columns, the same numbers.
"""

from __future__ import annotations

import math

import pandas as pd

from ..engine.comparison import Comparison
from ..engine.planning import MODEL, row_kinds
from .columns import COLUMNS, QUOTE_COLUMNS, Column

__all__ = ["QUOTE_COLUMNS", "export_frame", "json_value", "price_records_frame", "quote_frame",
           "quote_records"]


def _values(comparison: Comparison, frame: pd.DataFrame, column: Column) -> object:
    """One exported column's values: numbers stay numbers, dates become ISO text."""
    if column.kind == "currency":
        return comparison.currency
    values = frame[column.key]
    if column.kind == "percent":
        return values * 100.0
    if column.kind == "date":
        return values.dt.strftime("%Y-%m-%d")
    return values


def _frame(comparison: Comparison, columns: tuple[Column, ...]) -> pd.DataFrame:
    frame = comparison.frame.reset_index(drop=True)
    return pd.DataFrame({column.key: _values(comparison, frame, column) for column in columns
                         if comparison.reference is not None or not column.reference_only})


def quote_frame(comparison: Comparison) -> pd.DataFrame:
    """One row per model: monthly costs in the display currency, statuses, savings.

    ``savings_pct`` is a percentage (80.0 means 80 %). Costs are NaN where the
    status is unknown or not offered. Adds ``savings_vs_reference`` when the
    comparison has a reference model.
    """
    return _frame(comparison, tuple(c for c in COLUMNS if c.quote))


def json_value(value: object) -> object:
    """A JSON-safe scalar: NaN → None, numpy scalars → Python numbers."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def quote_records(comparison: Comparison) -> list[dict[str, object]]:
    frame = quote_frame(comparison)
    return [
        {column: json_value(value) for column, value in row.items()}
        for row in frame.to_dict(orient="records")
    ]


def export_frame(comparison: Comparison) -> pd.DataFrame:
    """The comparison as exported (:data:`~calculator.reports.columns.COLUMNS`): the quote
    columns (same numbers), then prices and sources.

    Prices are per 1M tokens in the display currency; dates are ISO text.
    """
    return _frame(comparison, COLUMNS)


def price_records_frame(comparison: Comparison) -> pd.DataFrame:
    """The price records behind the numbers: per model, the baseline and the current record.

    Plan and self-hosted rows have no price record of their own (their models' are listed).
    """
    frame = comparison.frame
    models = row_kinds(comparison) == MODEL
    rows = []
    for side in ("baseline", "current"):
        date = getattr(comparison, f"{side}_date").isoformat()
        found = (frame[f"{side}_status"] != "not_offered").to_numpy() & models
        part = frame[found]
        rows.append(pd.DataFrame({
            "model_id": part["model_id"].to_numpy(),
            "vendor": part["vendor"].to_numpy(),
            "used_for": side,
            "date_priced": date,
            # priced, free, unknown or retired: a retirement record has no prices, and
            # its empty cells must not read as unknown
            "price_status": part[f"{side}_status"].to_numpy(),
            "effective_from": part[f"{side}_effective_from"].dt.strftime("%Y-%m-%d").to_numpy(),
            "billing_currency": part[f"{side}_currency"].to_numpy(),
            "input_per_mtok": part[f"{side}_native_input_per_mtok"].to_numpy(float),
            "output_per_mtok": part[f"{side}_native_output_per_mtok"].to_numpy(float),
            "cached_input_per_mtok": part[f"{side}_native_cached_per_mtok"].to_numpy(float),
            "status": part[f"{side}_record_status"].to_numpy(),
            "checked": part[f"{side}_checked"].dt.strftime("%Y-%m-%d").to_numpy(),
            "source": part[f"{side}_source"].to_numpy(),
        }))
    return pd.concat(rows, ignore_index=True)
