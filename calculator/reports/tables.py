"""Shape the engine's comparison frame into the tables that leave the app.

``quote_frame`` is the contract shared by ``quote --format csv|json`` and the
exported ``comparison.csv``: the same columns, the same numbers.
"""

from __future__ import annotations

import math

import pandas as pd

from ..engine.comparison import Comparison

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
