"""Price history series for charts: each model's dated prices in the display currency."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from .catalog import Catalog
from .fx import FxRate


def price_history(catalog: Catalog, model_ids: Sequence[str], currency: str, fx: FxRate,
                  discounts: Mapping[str, float] | None = None) -> pd.DataFrame:
    """Base-tier records of ``model_ids``: dates and prices per 1M tokens in ``currency``.

    Columns: model_id, vendor, model_name, effective_from, input, output, cached,
    record_status, source. Unknown prices stay NaN.
    """
    records = catalog.history(model_ids)
    factor = fx.factor(currency, records["currency"].to_numpy() == "USD")
    if discounts:
        factor = factor * (1.0 - records["vendor"].map(discounts).fillna(0.0).to_numpy(float))
    return pd.DataFrame({
        "model_id": records["model_id"].to_numpy(),
        "vendor": records["vendor"].to_numpy(),
        "model_name": records["model_name"].to_numpy(),
        "effective_from": records["effective_from"].to_numpy(),
        "input": records["input_per_mtok"].to_numpy(float) * factor,
        "output": records["output_per_mtok"].to_numpy(float) * factor,
        "cached": records["cached_input_per_mtok"].to_numpy(float) * factor,
        "record_status": records["status"].to_numpy(),
        "source": records["source"].to_numpy(),
    })


def blended(history: pd.DataFrame, input_share: float) -> np.ndarray:
    """Price per 1M tokens of a mix with ``input_share`` input tokens (rest output)."""
    return (history["input"].to_numpy(float) * input_share
            + history["output"].to_numpy(float) * (1.0 - input_share))
