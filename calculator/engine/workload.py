"""A monthly workload: how many tokens and requests a product sends to a model."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .errors import WorkloadError

MAX_TOKENS = 1e18  # far above any real budget; keeps arithmetic finite


@dataclass(frozen=True)
class Workload:
    """Monthly volume. ``cached_share`` is the part of the input served from cache.

    Cached tokens are a subset of the input tokens. ``requests`` is optional;
    without it context tiers cannot be chosen per request, and every request is
    priced at the lowest tier.
    """

    input_tokens: float
    output_tokens: float
    requests: float | None = None
    cached_share: float = 0.0

    def __post_init__(self) -> None:
        for name in ("input_tokens", "output_tokens"):
            _check(name, getattr(self, name), upper=MAX_TOKENS)
        if self.requests is not None:
            _check("requests", self.requests, upper=MAX_TOKENS)
            if self.requests == 0 and (self.input_tokens or self.output_tokens):
                raise WorkloadError("requests is 0 but the workload has tokens; "
                                    "enter the monthly request count or leave it empty")
        _check("cached_share", self.cached_share, upper=1.0)

    # ------------------------------------------------------------------ builders
    @classmethod
    def from_requests(cls, requests_per_day: float, input_per_request: float,
                      output_per_request: float, days_per_month: float = 30,
                      cached_share: float = 0.0) -> Workload:
        """Requests per day x tokens per request x days per month."""
        _check("requests_per_day", requests_per_day, upper=MAX_TOKENS)
        _check("days_per_month", days_per_month, upper=31)
        for name, value in (("input_per_request", input_per_request),
                            ("output_per_request", output_per_request)):
            _check(name, value, upper=MAX_TOKENS)
        requests = requests_per_day * days_per_month
        return cls(requests * input_per_request, requests * output_per_request,
                   requests, cached_share)

    @classmethod
    def from_users(cls, users: float, requests_per_user_per_day: float,
                   input_per_request: float, output_per_request: float,
                   days_per_month: float = 30, cached_share: float = 0.0) -> Workload:
        """Active users x requests per user per day x tokens per request x days."""
        _check("users", users, upper=MAX_TOKENS)
        _check("requests_per_user_per_day", requests_per_user_per_day, upper=MAX_TOKENS)
        return cls.from_requests(users * requests_per_user_per_day, input_per_request,
                                 output_per_request, days_per_month, cached_share)

    # ------------------------------------------------------------------ derived
    @property
    def input_per_request(self) -> float | None:
        if not self.requests:
            return None
        return self.input_tokens / self.requests

    @property
    def output_per_request(self) -> float | None:
        if not self.requests:
            return None
        return self.output_tokens / self.requests

    @property
    def cached_tokens(self) -> float:
        return self.input_tokens * self.cached_share

    @property
    def uncached_tokens(self) -> float:
        return self.input_tokens - self.cached_tokens

    def scaled(self, factor: float) -> Workload:
        """The same workload with every volume multiplied by ``factor``."""
        req = None if self.requests is None else self.requests * factor
        return Workload(self.input_tokens * factor, self.output_tokens * factor, req,
                        self.cached_share)

    def as_dict(self) -> dict[str, float | None]:
        return {
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "requests": self.requests,
            "cached_share": self.cached_share,
        }


def _check(name: str, value: object, *, upper: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise WorkloadError(f"{name} must be a number, got {value!r}")
    if not math.isfinite(value):
        raise WorkloadError(f"{name} must be a finite number, got {value!r}")
    if value < 0:
        raise WorkloadError(f"{name} must not be negative, got {value:g}")
    if value > upper:
        limit = "1 (100%)" if upper == 1.0 else f"{upper:g}"
        error = WorkloadError(f"{name} must be at most {limit}, got {value:g}")
        if upper == MAX_TOKENS:
            error.key = "too_large"  # a volume beyond what the engine prices
        raise error
