"""Price one side (a date) of a comparison: costs, statuses and the provenance of each number.

Vectorised over models: every column is gathered from the catalog's record
arrays by the record indices a :class:`~calculator.engine.catalog.PriceLookup`
found. A time-banded price is blended per token as
``share x off-peak + (1 - share) x peak``.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from .catalog import STATE_RETIRED, Catalog, PriceLookup
from .fx import FxRate
from .records import TIER_COLUMN
from .workload import Workload

PRICED, FREE, UNKNOWN, NOT_OFFERED, RETIRED = "priced", "free", "unknown", "not_offered", "retired"
#: Every comparison status, in the order tables count them. A status is one entry here.
STATUSES = (PRICED, FREE, UNKNOWN, NOT_OFFERED, RETIRED)
#: Statuses without a cost (the cost is NaN and never 0).
COSTLESS = frozenset({UNKNOWN, NOT_OFFERED, RETIRED})
#: A price whose last evidence is older than this at the date priced is marked old.
OLD_PRICE_DAYS = 365
_PRICES = ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok")
_STATUS_VALUES = np.array([PRICED, FREE, UNKNOWN, NOT_OFFERED, RETIRED], dtype=object)

#: Per-side columns; each appears as ``baseline_<name>`` and ``current_<name>``.
SIDE_COLUMNS = (
    "status", "cost", "input_per_mtok", "output_per_mtok", "cached_per_mtok",
    "off_peak_input_per_mtok", "off_peak_output_per_mtok", "off_peak_cached_per_mtok",
    "currency", "native_input_per_mtok", "native_output_per_mtok", "native_cached_per_mtok",
    "native_off_peak_input_per_mtok", "native_off_peak_output_per_mtok",
    "native_off_peak_cached_per_mtok", "effective_from", "record_status", "source", "checked", "notes", "above_input_tokens",
    "origin", "price_kind", "billed_as", "schedule", "off_peak_share", "old_price",
    "record", "price_record",
)


def price_side(catalog: Catalog, found: PriceLookup, selected: np.ndarray, workload: Workload,
               fx: FxRate, currency: str, discount: np.ndarray, side: str,
               shares: np.ndarray, off_peak_share: float | None) -> dict[str, np.ndarray]:
    """Cost and provenance arrays for the models at ``selected`` on one side.

    ``shares``: the off-peak share of each of the catalog's schedules;
    ``off_peak_share`` (when given) replaces them for every banded model.
    """
    arrays = catalog.arrays
    own, price = found.record[selected], found.price[selected]
    off, state = found.off_peak[selected], found.state[selected]
    offered, has_price = own >= 0, price >= 0
    safe, safe_off = np.maximum(price, 0), np.maximum(off, 0)
    banded = has_price & (off != price)

    native = {c: pick(arrays[c], safe, has_price, np.nan) for c in _PRICES}
    any_banded = bool(banded.any())
    native_off = {c: pick(arrays[c], safe_off, banded, np.nan) if any_banded
                  else np.full(len(safe), np.nan) for c in _PRICES}
    if off_peak_share is not None:
        share = np.where(banded, float(off_peak_share), np.nan)
    else:
        code = arrays["schedule_code"][safe]
        known = banded & (code >= 0)
        share = np.where(known, shares[np.maximum(code, 0)] if len(shares) else np.nan,
                         np.nan)
        share = np.where(banded, share, np.nan)
    is_usd = pick(arrays["is_usd"], safe, has_price, False)
    factor = fx.factor(currency, is_usd) * (1.0 - discount)

    def billed(column: str) -> np.ndarray:
        """The per-token rate the traffic pays (blended across bands), display currency."""
        peak, low = native[column], native_off[column]
        if column == "cached_input_per_mtok":
            peak = np.where(np.isnan(peak), native["input_per_mtok"], peak)
            low = np.where(np.isnan(low), native_off["input_per_mtok"], low)
        return _blend(peak, low, banded, share) * factor

    rate_in, rate_out = billed("input_per_mtok"), billed("output_per_mtok")
    rate_cached = billed("cached_input_per_mtok")
    uncached, cached, out = workload.uncached_tokens, workload.cached_tokens, workload.output_tokens
    with np.errstate(invalid="ignore"):
        cost = (_term(uncached, rate_in) + _term(cached, rate_cached) + _term(out, rate_out)) / 1e6
    free = has_price & (rate_in == 0) & (rate_out == 0) & (rate_cached == 0)
    retired = offered & (state == STATE_RETIRED)
    code = np.select([~offered, retired, ~has_price | np.isnan(cost), free], [3, 4, 2, 1], 0)
    status = _STATUS_VALUES.take(code)
    cost = np.where(has_price & ~retired, cost, np.nan)

    prov = np.where(has_price, price, own)
    safe_prov = np.maximum(prov, 0)

    def take(column: str, empty: object = None) -> np.ndarray:
        return pick(arrays[column], safe_prov, offered, empty)

    nobody = np.empty(len(safe), dtype=object)  # all None
    alias_pos = found.billed_as[selected]

    effective = take("effective_from", np.datetime64("NaT"))
    checked = take("checked", np.datetime64("NaT"))
    evidence = np.maximum(effective.astype("datetime64[D]"), checked.astype("datetime64[D]"))
    age = (np.datetime64(found.date, "D") - evidence).astype(np.int64)
    model_ids = catalog.model_arrays["model_id"]
    result = {
        "status": status,
        "cost": cost,
        "input_per_mtok": native["input_per_mtok"] * factor,
        "output_per_mtok": native["output_per_mtok"] * factor,
        "cached_per_mtok": native["cached_input_per_mtok"] * factor,
        "off_peak_input_per_mtok": native_off["input_per_mtok"] * factor,
        "off_peak_output_per_mtok": native_off["output_per_mtok"] * factor,
        "off_peak_cached_per_mtok": native_off["cached_input_per_mtok"] * factor,
        "currency": pick(arrays["currency"], safe, has_price),
        "native_input_per_mtok": native["input_per_mtok"],
        "native_output_per_mtok": native["output_per_mtok"],
        "native_cached_per_mtok": native["cached_input_per_mtok"],
        "native_off_peak_input_per_mtok": native_off["input_per_mtok"],
        "native_off_peak_output_per_mtok": native_off["output_per_mtok"],
        "native_off_peak_cached_per_mtok": native_off["cached_input_per_mtok"],
        "effective_from": effective,
        "record_status": take("status"),
        "source": take("source"),
        "checked": checked,
        "notes": take("notes"),
        "above_input_tokens": take(TIER_COLUMN, np.nan),
        "origin": take("origin"),
        "price_kind": pick(arrays["price_kind"], safe, has_price),
        "billed_as": (pick(model_ids, np.maximum(alias_pos, 0), alias_pos >= 0)
                      if (alias_pos >= 0).any() else nobody),
        "schedule": pick(arrays["schedule"], safe, banded) if any_banded else nobody.copy(),
        "off_peak_share": share,
        "old_price": offered & ~retired & (age > OLD_PRICE_DAYS),
        "record": own,
        "price_record": price,
    }
    return {f"{side}_{name}": values for name, values in result.items()}


def pick(values: np.ndarray, index: np.ndarray, mask: np.ndarray,
         empty: object = None) -> np.ndarray:
    """``values[index]`` where ``mask``, else ``empty`` (faster than ``np.where``)."""
    out = values.take(index)
    if not mask.all():
        if out.dtype == bool and empty is False:
            out &= mask
        else:
            if out.dtype.kind in "iub":
                out = out.astype(object)
            out[~mask] = empty
    return out


def _blend(peak: np.ndarray, low: np.ndarray, banded: np.ndarray, share: np.ndarray) -> np.ndarray:
    """Per-token rate: the peak (or all-hours) price, blended with off-peak where banded.

    A share of exactly 0 or 1 needs only one band's price (the other may be unknown).
    """
    if not banded.any():
        return peak
    with np.errstate(invalid="ignore"):
        mixed = share * low + (1.0 - share) * peak
    mixed = np.where(share == 0, peak, np.where(share == 1, low, mixed))
    return np.where(banded, mixed, peak)


def _term(tokens: float, price: np.ndarray) -> np.ndarray:
    """tokens x price, where a missing price only matters if there are tokens to bill."""
    if tokens == 0:
        return np.zeros_like(price)
    return tokens * price


def days_between(later: dt.date, earlier: np.ndarray) -> np.ndarray:
    """Whole days from each of ``earlier`` (datetime64) to ``later``."""
    return (np.datetime64(later, "D") - earlier.astype("datetime64[D]")).astype(np.int64)
