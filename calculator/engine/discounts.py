"""Negotiated discounts: a share off list prices, per vendor or per model, from a date.

A scenario carries its discounts (they travel with the file). A vendor discount
reaches every model of that vendor whatever the catalog layer it comes from
(shipped, imported, entered); a model discount ("20 % off list") wins over its
vendor's. A discount applies to the prices of its ``since`` date and later, so a
2026 contract never lowers the May 2024 baseline unless its date says so; without
a date it applies at every date.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from .errors import EngineError

MAX_OFF = 0.999


@dataclass(frozen=True)
class Discount:
    """``off``: the share off list (0.2 = 20 % off); ``vendor`` or ``model`` says what it
    applies to (exactly one); ``since``: the first date it applies (None: always)."""

    off: float
    vendor: str = ""
    model: str = ""
    since: dt.date | None = None

    def __post_init__(self) -> None:
        if bool(self.vendor) == bool(self.model):
            raise EngineError("a discount applies to a vendor or to a model (one of them)")
        if isinstance(self.off, bool) or not isinstance(self.off, (int, float)) or \
                not math.isfinite(self.off) or not 0 <= self.off <= MAX_OFF:
            what = self.vendor or self.model
            raise EngineError(f"discount for {what} must be between 0% and 99.9%, "
                              f"got {self.off!r}")

    @property
    def target(self) -> str:
        return self.model or self.vendor

    def applies_on(self, date: dt.date) -> bool:
        return self.since is None or date >= self.since


def as_discounts(value: Iterable[Discount] | Mapping[str, float] | None) -> tuple[Discount, ...]:
    """Discounts from a scenario's tuple, or from the older vendor → share mapping
    (which applied at every date)."""
    if not value:
        return ()
    if isinstance(value, Mapping):
        return tuple(Discount(float(off), vendor=vendor) for vendor, off in sorted(value.items())
                     if off)
    return tuple(value)


def _key(text: object) -> str:
    return " ".join(str(text or "").split()).casefold()


def discount_shares(discounts: Iterable[Discount], vendors: np.ndarray,
                    vendors_cn: np.ndarray | None, model_ids: np.ndarray,
                    date: dt.date) -> np.ndarray:
    """The share off list for each model at ``date`` (0 where none applies).

    A model's own discount wins over its vendor's; of several that apply, the one
    with the latest ``since`` wins. Vendors match by name, English or Chinese,
    ignoring case and spacing.
    """
    shares = np.zeros(len(model_ids))
    active = [d for d in discounts if d.applies_on(date) and d.off > 0]
    if not active:
        return shares
    active.sort(key=lambda d: (d.since or dt.date.min))  # later dates overwrite earlier
    vendor_keys = np.array([_key(v) for v in vendors], dtype=object)
    cn_keys = (np.array([_key(v) for v in vendors_cn], dtype=object) if vendors_cn is not None
               else vendor_keys)
    for discount in (d for d in active if d.vendor):
        key = _key(discount.vendor)
        shares[(vendor_keys == key) | (cn_keys == key)] = discount.off
    for discount in (d for d in active if d.model):
        shares[model_ids == discount.model] = discount.off
    return shares
