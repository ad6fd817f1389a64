"""A monthly workload: how many tokens and requests a product sends to a model."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from .errors import WorkloadError

MAX_TOKENS = 1e18  # far above any real budget; keeps arithmetic finite
CACHE_TTLS = ("5m", "1h")
#: How close a request-size mix must come to the input total it is given with.
MIX_TOLERANCE = 0.01


@dataclass(frozen=True)
class Bucket:
    """Part of a month's traffic whose requests share one input size."""

    requests: float | None  # None: no request count (one bucket, lowest tier)
    input_tokens: float
    output_tokens: float
    input_per_request: float | None


@dataclass(frozen=True)
class Workload:
    """Monthly volume, and how its tokens split.

    Input tokens split into cache reads (``cached_share``), cache writes
    (``cache_write_share``, at the ``cache_ttl`` write price) and the rest; the
    shares are disjoint (their sum is at most 1). ``reasoning_share`` of the output
    tokens are reasoning tokens. ``searches_per_request`` web searches per request
    (needs ``requests``). ``requests`` is optional; without it context tiers cannot
    be chosen per request, and every request is priced at the lowest tier.
    ``request_sizes`` ((input tokens per request, share of requests), ...) spreads
    the requests over sizes (whole-request tiers priced per size; output per
    request the same in every size); the input total must agree within 1 %.
    """

    input_tokens: float
    output_tokens: float
    requests: float | None = None
    cached_share: float = 0.0
    cache_write_share: float = 0.0
    cache_ttl: str = "5m"
    reasoning_share: float = 0.0
    searches_per_request: float = 0.0
    request_sizes: tuple[tuple[float, float], ...] = ()

    def __post_init__(self) -> None:
        for name in ("input_tokens", "output_tokens"):
            _check(name, getattr(self, name), upper=MAX_TOKENS)
        if self.requests is not None:
            _check("requests", self.requests, upper=MAX_TOKENS)
            if self.requests == 0 and (self.input_tokens or self.output_tokens):
                raise WorkloadError("requests is 0 but the workload has tokens; "
                                    "enter the monthly request count or leave it empty")
        for name in ("cached_share", "cache_write_share", "reasoning_share"):
            _check(name, getattr(self, name), upper=1.0)
        if self.cached_share + self.cache_write_share > 1 + 1e-12:
            raise WorkloadError(
                f"cached_share ({self.cached_share:g}) and cache_write_share "
                f"({self.cache_write_share:g}) add up to more than 1: cache reads and writes "
                "are disjoint parts of the input")
        if self.cache_ttl not in CACHE_TTLS:
            raise WorkloadError(f"cache_ttl must be 5m or 1h, got {self.cache_ttl!r}")
        _check("searches_per_request", self.searches_per_request, upper=1e6)
        if self.searches_per_request and self.requests is None:
            raise WorkloadError("searches_per_request needs the monthly request count "
                                "(fees are per call)")
        if self.request_sizes:
            self._check_sizes()

    def _check_sizes(self) -> None:
        if self.requests is None:
            raise WorkloadError("request_sizes needs the monthly request count")
        total = 0.0
        for size, share in self.request_sizes:
            _check("request size", size, upper=MAX_TOKENS)
            _check("request size share", share, upper=1.0)
            total += share
        if abs(total - 1) > 1e-6:
            raise WorkloadError(f"request size shares add up to {total:g}, not 1")
        mixed = self.requests * self.mean_request_size
        if abs(mixed - self.input_tokens) > MIX_TOLERANCE * max(self.input_tokens, mixed):
            raise WorkloadError(
                f"request sizes give {mixed:,.0f} input tokens a month (requests x mean size) "
                f"but the input total is {self.input_tokens:,.0f}; they must agree within 1%")

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
    def mean_request_size(self) -> float:
        """Input tokens per request of the size mix (0 without one)."""
        return sum(size * share for size, share in self.request_sizes)

    def buckets(self) -> tuple[Bucket, ...]:
        """The month's traffic by request size: one bucket per size of the mix, else one."""
        requests = self.requests
        if not self.request_sizes or requests is None:  # a mix always has a request count
            return (Bucket(requests, self.input_tokens, self.output_tokens,
                           self.input_per_request),)
        out_per = self.output_tokens / requests if requests else 0.0
        scale = self.input_tokens / (requests * self.mean_request_size or 1.0)
        return tuple(
            Bucket(requests * share, requests * share * size * scale,
                   requests * share * out_per, size)
            for size, share in self.request_sizes if share > 0)

    @property
    def cached_tokens(self) -> float:
        return self.input_tokens * self.cached_share

    @property
    def uncached_tokens(self) -> float:
        return self.input_tokens - self.cached_tokens

    def scaled(self, factor: float) -> Workload:
        """The same workload with every volume multiplied by ``factor``."""
        req = None if self.requests is None else self.requests * factor
        return replace(self, input_tokens=self.input_tokens * factor,
                       output_tokens=self.output_tokens * factor, requests=req)

    def as_dict(self) -> dict[str, object]:
        """The workload for ``quote --format json``; dimensions left at their default are
        left out."""
        out: dict[str, object] = {
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "requests": self.requests,
            "cached_share": self.cached_share,
        }
        if self.cache_write_share:
            out["cache_write_share"] = self.cache_write_share
            out["cache_ttl"] = self.cache_ttl
        if self.reasoning_share:
            out["reasoning_share"] = self.reasoning_share
        if self.searches_per_request:
            out["searches_per_request"] = self.searches_per_request
        if self.request_sizes:
            out["request_sizes"] = [[size, share] for size, share in self.request_sizes]
        return out


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
