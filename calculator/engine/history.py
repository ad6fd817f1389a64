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
    rows = catalog.history_records(model_ids)
    arrays = catalog.arrays
    factor = fx.factor(currency, arrays["is_usd"][rows])
    vendors = arrays["vendor"][rows]
    if discounts:
        factor = factor * (1.0 - np.array([discounts.get(v, 0.0) for v in vendors]))
    return pd.DataFrame({
        "model_id": arrays["model_id"][rows],
        "vendor": vendors,
        "model_name": arrays["model_name"][rows],
        "effective_from": arrays["effective_from"][rows],
        "input": arrays["input_per_mtok"][rows].astype(float) * factor,
        "output": arrays["output_per_mtok"][rows].astype(float) * factor,
        "cached": arrays["cached_input_per_mtok"][rows].astype(float) * factor,
        "record_status": arrays["status"][rows],
        "source": arrays["source"][rows],
    }, copy=False)


def blended(history: pd.DataFrame, input_share: float, cached_share: float = 0.0) -> np.ndarray:
    """Price per 1M tokens of a mix: ``input_share`` input tokens (``cached_share`` of
    them at the cached price where there is one), the rest output tokens."""
    inp = history["input"].to_numpy(float)
    cached = history["cached"].to_numpy(float)
    effective_input = (1.0 - cached_share) * inp + cached_share * np.where(
        np.isnan(cached), inp, cached)
    return effective_input * input_share + history["output"].to_numpy(float) * (1.0 - input_share)
