"""Shape the engine's comparison frame into the tables that leave the app.

``quote_frame`` is the contract shared by ``quote --format csv|json`` and the
exported ``comparison.csv``: the same columns, the same numbers.
"""

from __future__ import annotations

import math

import pandas as pd

from ..engine.comparison import Comparison
from ..engine.planning import MODEL, row_kinds

QUOTE_COLUMNS = (
    "model_id", "vendor", "model_name", "baseline_cost", "baseline_status",
    "current_cost", "current_status", "savings", "savings_pct",
)


def quote_frame(comparison: Comparison) -> pd.DataFrame:
    """One row per model: monthly costs in the display currency, statuses, savings.

    ``savings_pct`` is a percentage (80.0 means 80 %). Costs are NaN where the
    status is unknown or not offered. Adds ``savings_vs_reference`` when the
    comparison has a reference model.
    """
    frame = comparison.frame
    out = pd.DataFrame({
        "model_id": frame["model_id"],
        "vendor": frame["vendor"],
        "model_name": frame["model_name"],
        "baseline_cost": frame["baseline_cost"],
        "baseline_status": frame["baseline_status"],
        "current_cost": frame["current_cost"],
        "current_status": frame["current_status"],
        "savings": frame["savings"],
        "savings_pct": frame["savings_pct"] * 100.0,
    })
    if comparison.reference is not None:
        out["savings_vs_reference"] = frame["savings_vs_reference"]
    return out.reset_index(drop=True)


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


#: Extra columns in exported tables, after the quote columns.
DETAIL_COLUMNS = (
    "vendor_cn", "tier", "baseline_input_per_mtok", "baseline_output_per_mtok",
    "current_input_per_mtok", "current_output_per_mtok", "current_cached_per_mtok",
    "baseline_effective_from", "current_effective_from", "baseline_record_status",
    "current_record_status", "baseline_source", "current_source",
)


def export_frame(comparison: Comparison) -> pd.DataFrame:
    """The comparison as exported: the quote columns (same numbers), then prices and sources.

    Prices are per 1M tokens in the display currency; dates are ISO text.
    """
    out = quote_frame(comparison)
    frame = comparison.frame.reset_index(drop=True)
    for column in DETAIL_COLUMNS:
        values = frame[column]
        if column.endswith("effective_from"):
            values = values.dt.strftime("%Y-%m-%d")
        out[column] = values.to_numpy()
    out.insert(len(QUOTE_COLUMNS) + (1 if comparison.reference else 0), "currency",
               comparison.currency)
    return out


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
