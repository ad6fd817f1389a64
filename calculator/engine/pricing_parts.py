"""Per-token rates of a set of records and what each part of the traffic costs at them.

:func:`band_rates` gathers the records' prices (peak or all-hours, and off-peak
where the price is time-banded), and :class:`Rates` turns a piece of traffic into
native-currency costs per part: uncached input, cache reads, cache writes (at the
TTL's write price), output, reasoning, and per-call fees. Missing prices fall
back as vendors bill them: a cache read or write without its own price bills as
input, a 1-hour write without its own price as the 5-minute write, reasoning as
output; a search fee has no fallback (empty = unknown).
"""

from __future__ import annotations

import numpy as np

from .catalog import Catalog
from .workload import Bucket, Workload

#: Cost parts, in the order a breakdown lists them; they add up to the total.
PARTS: tuple[str, ...] = ("input", "cache_read", "cache_write", "output", "reasoning", "fees")
_HEADLINE = ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok")
#: Where a missing price falls back to (the column billed instead).
_FALLBACK = {
    "cached_input_per_mtok": "input_per_mtok",
    "cache_write_per_mtok": "input_per_mtok",
    "cache_write_1h_per_mtok": "cache_write_per_mtok",
    "reasoning_per_mtok": "output_per_mtok",
}


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


class Rates:
    """Prices of one record per model (and its off-peak partner), native currency."""

    def __init__(self, catalog: Catalog, price: np.ndarray, off: np.ndarray, share: np.ndarray):
        self.arrays = catalog.arrays
        self.has = price >= 0
        self.safe, self.safe_off = np.maximum(price, 0), np.maximum(off, 0)
        self.banded = self.has & (off != price)
        self.any_banded = bool(self.banded.any())
        self.share = share
        self.is_usd = pick(self.arrays["is_usd"], self.safe, self.has, False)
        self.native = {c: self.column(c) for c in _HEADLINE}
        self.native_off = {c: self.column(c, off_peak=True) for c in _HEADLINE}
        self._billed: dict[str, np.ndarray] = {}

    def column(self, name: str, off_peak: bool = False) -> np.ndarray:
        """One price column of the records (off-peak partner's with ``off_peak``)."""
        if off_peak:
            if not self.any_banded:
                return np.full(len(self.safe), np.nan)
            return pick(self.arrays[name], self.safe_off, self.banded, np.nan)
        return pick(self.arrays[name], self.safe, self.has, np.nan)

    def _with_fallback(self, name: str, off_peak: bool) -> np.ndarray:
        values = (self.native_off if off_peak else self.native).get(name)
        if values is None:
            values = self.column(name, off_peak)
        instead = _FALLBACK.get(name)
        if instead is None:
            return values
        return np.where(np.isnan(values), self._with_fallback(instead, off_peak), values)

    def billed(self, name: str) -> np.ndarray:
        """The rate traffic pays per unit of ``name`` (blended across bands)."""
        if name not in self._billed:
            peak = self._with_fallback(name, False)
            if self.any_banded:
                low = self._with_fallback(name, True)
                peak = _blend(peak, low, self.banded, self.share)
            self._billed[name] = peak
        return self._billed[name]

    def part_costs(self, workload: Workload, bucket: Bucket, share: float
                   ) -> dict[str, np.ndarray]:
        """Native-currency cost of each part of ``share`` of ``bucket``'s traffic."""
        inp, out = bucket.input_tokens * share, bucket.output_tokens * share
        reads, writes = workload.cached_share, workload.cache_write_share
        write_price = ("cache_write_1h_per_mtok" if workload.cache_ttl == "1h"
                       else "cache_write_per_mtok")
        tokens = {
            "input": (inp * (1.0 - reads - writes), "input_per_mtok"),
            "cache_read": (inp * reads, "cached_input_per_mtok"),
            "cache_write": (inp * writes, write_price),
            "output": (out * (1.0 - workload.reasoning_share), "output_per_mtok"),
            "reasoning": (out * workload.reasoning_share, "reasoning_per_mtok"),
        }
        costs = {}
        for part, (amount, column) in tokens.items():
            costs[part] = _term(amount, self.billed(column)) / 1e6
        calls = (bucket.requests or 0.0) * workload.searches_per_request * share
        costs["fees"] = _term(calls, self.billed("search_per_k")) / 1000.0
        return costs


def band_rates(catalog: Catalog, price: np.ndarray, off: np.ndarray, shares: np.ndarray,
               off_peak_share: float | None) -> Rates:
    """:class:`Rates` of ``price`` (and ``off``) with each banded model's off-peak share:
    ``off_peak_share`` when given, else its schedule's entry in ``shares``."""
    banded = (price >= 0) & (off != price)
    if not banded.any():
        share = np.full(len(price), np.nan)
    elif off_peak_share is not None:
        share = np.where(banded, float(off_peak_share), np.nan)
    else:
        code = catalog.arrays["schedule_code"][np.maximum(price, 0)]
        known = banded & (code >= 0)
        share = np.full(len(price), np.nan)
        if len(shares):
            share = np.where(known, shares[np.maximum(code, 0)], np.nan)
    return Rates(catalog, price, off, share)


def _blend(peak: np.ndarray, low: np.ndarray, banded: np.ndarray, share: np.ndarray) -> np.ndarray:
    """Per-token rate: the peak (or all-hours) price, blended with off-peak where banded.

    A share of exactly 0 or 1 needs only one band's price (the other may be unknown).
    """
    with np.errstate(invalid="ignore"):
        mixed = share * low + (1.0 - share) * peak
    mixed = np.where(share == 0, peak, np.where(share == 1, low, mixed))
    return np.where(banded, mixed, peak)


def _term(amount: float, price: np.ndarray) -> np.ndarray:
    """amount x price, where a missing price only matters if there is something to bill."""
    if amount == 0:
        return np.zeros_like(price)
    return amount * price
