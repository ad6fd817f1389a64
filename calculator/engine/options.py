"""How to price beyond the workload's volumes: promotions and time bands.

:class:`PricingOptions` travels with a comparison; every field has a default
that prices list prices with traffic spread evenly over the week.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .errors import EngineError
from .traffic import Traffic

LIST, PROMOTION = "list", "promotion"
PRICE_KINDS = (LIST, PROMOTION)
STANDARD, FLEX, PRIORITY, BATCH = "standard", "flex", "priority", "batch"
SERVICE_TIERS = (STANDARD, FLEX, PRIORITY)


@dataclass(frozen=True)
class PricingOptions:
    """``prices``: ``list`` (default) or ``promotion`` (a promotional record in effect
    replaces the list price for that model). ``off_peak_share``: the share of traffic
    billed at off-peak rates on time-banded models (None: worked out from each
    vendor's schedule, traffic spread evenly over the week; ``traffic`` replaces
    that even spread)."""

    prices: str = LIST
    off_peak_share: float | None = None
    traffic: Traffic | None = None
    #: Share of the traffic sent through the batch API (at batch prices where a model has them).
    batch_share: float = 0.0
    #: Service tier of the traffic that is not batch (its prices where a model has them).
    service_tier: str = STANDARD

    def __post_init__(self) -> None:
        if self.prices not in PRICE_KINDS:
            raise EngineError(f"prices must be list or promotion, got {self.prices!r}")
        if self.service_tier not in SERVICE_TIERS:
            raise EngineError(f"service tier must be standard, flex or priority, got "
                              f"{self.service_tier!r}")
        batch = self.batch_share
        if isinstance(batch, bool) or not isinstance(batch, (int, float)) or not (
                math.isfinite(batch) and 0 <= batch <= 1):
            raise EngineError(f"batch share must be a number from 0 to 1, got {batch!r}")
        share = self.off_peak_share
        if share is not None:
            if isinstance(share, bool) or not isinstance(share, (int, float)) or not (
                    math.isfinite(share) and 0 <= share <= 1):
                raise EngineError(f"off-peak share must be a number from 0 to 1, got {share!r}")

    @property
    def promotions(self) -> bool:
        return self.prices == PROMOTION

    def variant_shares(self) -> tuple[tuple[str, float], ...]:
        """(record variant, share of traffic): the service tier's traffic, then batch.
        The standard tier's records have the empty variant."""
        tier = "" if self.service_tier == STANDARD else self.service_tier
        return ((tier, 1.0 - self.batch_share), (BATCH, self.batch_share))
