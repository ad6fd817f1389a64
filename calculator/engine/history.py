"""Price history series for charts: each model's dated prices in the display currency."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from .catalog import Catalog
from .discounts import Discount, as_discounts, discount_shares
from .fx import FxRate


def price_history(catalog: Catalog, model_ids: Sequence[str], currency: str, fx: FxRate,
                  discounts: Sequence[Discount] | Mapping[str, float] | None = None
                  ) -> pd.DataFrame:
    """Base-tier records of ``model_ids``: dates and prices per 1M tokens in ``currency``.

    Columns: model_id, vendor, model_name, effective_from, input, output, cached,
    record_status, source. Unknown prices stay NaN. A discount lowers the prices
    from its date on: where it starts while a record is in effect, the series gets a
    step on that date.
    """
    rows = catalog.history_records(model_ids)
    arrays = catalog.arrays
    frame = pd.DataFrame({
        "model_id": arrays["model_id"][rows],
        "vendor": arrays["vendor"][rows],
        "vendor_cn": arrays["vendor_cn"][rows],
        "model_name": arrays["model_name"][rows],
        "effective_from": arrays["effective_from"][rows],
        "input": arrays["input_per_mtok"][rows].astype(float),
        "output": arrays["output_per_mtok"][rows].astype(float),
        "cached": arrays["cached_input_per_mtok"][rows].astype(float),
        "record_status": arrays["status"][rows],
        "source": arrays["source"][rows],
        "is_usd": arrays["is_usd"][rows],
    }, copy=False)
    discounts = as_discounts(discounts)
    if discounts:
        frame = _discounted(frame, discounts)
    factor = fx.factor(currency, frame["is_usd"].to_numpy(bool))
    for column in ("input", "output", "cached"):
        frame[column] = frame[column].to_numpy(float) * factor
    return frame.drop(columns=["is_usd", "vendor_cn"])


def _discounted(frame: pd.DataFrame, discounts: tuple[Discount, ...]) -> pd.DataFrame:
    """``frame`` with each discount applied from its date (a step row where it starts)."""
    starts = sorted({d.since for d in discounts if d.since is not None})
    if starts:
        extra = []
        for start in starts:
            when = pd.Timestamp(start)
            before = frame[frame["effective_from"] < when]
            last = before.groupby("model_id", sort=False).tail(1)
            at = set(frame.loc[frame["effective_from"] == when, "model_id"])
            last = last[~last["model_id"].isin(at)]
            args = (last["vendor"].to_numpy(), last["vendor_cn"].to_numpy(),
                    last["model_id"].to_numpy())
            moves = (discount_shares(discounts, *args, start)
                     != discount_shares(discounts, *args, start - dt.timedelta(days=1)))
            step = last[moves].copy()
            step["effective_from"] = when
            extra.append(step)
        frame = pd.concat([frame, *extra], ignore_index=True)
        order = {m: i for i, m in enumerate(dict.fromkeys(frame["model_id"]))}
        frame = frame.assign(_order=frame["model_id"].map(order)).sort_values(
            ["_order", "effective_from"], kind="stable").drop(columns="_order")
        frame = frame.reset_index(drop=True)
    share = np.zeros(len(frame))
    dates = frame["effective_from"].dt.date.to_numpy()
    for date in np.unique(dates):
        at = dates == date
        share[at] = discount_shares(discounts, frame["vendor"].to_numpy()[at],
                                    frame["vendor_cn"].to_numpy()[at],
                                    frame["model_id"].to_numpy()[at], date)
    for column in ("input", "output", "cached"):
        frame[column] = frame[column].to_numpy(float) * (1.0 - share)
    return frame


def blended(history: pd.DataFrame, input_share: float, cached_share: float = 0.0) -> np.ndarray:
    """Price per 1M tokens of a mix: ``input_share`` input tokens (``cached_share`` of
    them at the cached price where there is one), the rest output tokens."""
    inp = history["input"].to_numpy(float)
    cached = history["cached"].to_numpy(float)
    effective_input = (1.0 - cached_share) * inp + cached_share * np.where(
        np.isnan(cached), inp, cached)
    return effective_input * input_share + history["output"].to_numpy(float) * (1.0 - input_share)
