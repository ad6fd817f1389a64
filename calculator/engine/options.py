"""How to price beyond the workload's volumes: promotions and time bands.

:class:`PricingOptions` travels with a comparison; every field has a default
that prices list prices with traffic spread evenly over the week.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .errors import EngineError

LIST, PROMOTION = "list", "promotion"
PRICE_KINDS = (LIST, PROMOTION)


@dataclass(frozen=True)
class PricingOptions:
    """``prices``: ``list`` (default) or ``promotion`` (a promotional record in effect
    replaces the list price for that model). ``off_peak_share``: the share of traffic
    billed at off-peak rates on time-banded models (None: worked out from each
    vendor's schedule, traffic spread evenly over the week; ``traffic`` replaces
    that even spread)."""

    prices: str = LIST
    off_peak_share: float | None = None
    traffic: object | None = None

    def __post_init__(self) -> None:
        if self.prices not in PRICE_KINDS:
            raise EngineError(f"prices must be list or promotion, got {self.prices!r}")
        share = self.off_peak_share
        if share is not None:
            if isinstance(share, bool) or not isinstance(share, (int, float)) or not (
                    math.isfinite(share) and 0 <= share <= 1):
                raise EngineError(f"off-peak share must be a number from 0 to 1, got {share!r}")

    @property
    def promotions(self) -> bool:
        return self.prices == PROMOTION
