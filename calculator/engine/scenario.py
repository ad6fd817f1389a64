"""A scenario: everything the user set up, as one immutable value.

The window edits one, ``export`` renders one, scenario files store one
(:mod:`calculator.formats.scenario_file`). :func:`evaluate` turns a scenario into
the numbers every view shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from typing import Any

from .discounts import Discount
from .errors import EngineError, WorkloadError
from .options import LIST, STANDARD, PricingOptions
from .planning import PlanSet
from .traffic import HOURS_PER_WEEK, PROFILES, Traffic
from .workload import CACHE_TTLS, Workload

MODES = ("tokens", "requests", "users")
HISTORY_PRICES = ("input", "output", "blended")
#: Traffic profiles a scenario can name: the engine's weekly presets, or its own weights.
CUSTOM_TRAFFIC = "custom"
TRAFFIC_PROFILES: tuple[str, ...] = (*PROFILES, CUSTOM_TRAFFIC)
#: The defaults of :class:`Scenario` are those of the May 2024 price war (the models,
#: the baseline date): what a scenario file without ``models`` or dates has always
#: meant, and the baseline ``quote`` uses. The window starts on the "Today" preset
#: instead (:func:`calculator.engine.presets.first_scenario`).
DEFAULT_BASELINE = dt.date(2024, 5, 1)
PRICE_WAR_END = dt.date(2024, 6, 1)
#: The May 2024 headline models and two references (the price-war preset's models).
DEFAULT_MODELS: tuple[str, ...] = (
    "deepseek-chat", "glm-3-turbo", "glm-4", "doubao-pro-32k", "doubao-lite-32k", "qwen-long",
    "qwen-turbo", "qwen-max", "ernie-4.0-8k", "ernie-speed-8k", "spark-max", "hunyuan-pro",
    "hunyuan-standard-256k", "moonshot-v1-8k", "gpt-4-turbo", "gpt-4o",
)
DEFAULT_REFERENCE = "gpt-4-turbo"


@dataclass(frozen=True)
class WorkloadSpec:
    """How the user states volume, in one of three modes, and how its tokens split.

    ``tokens``: monthly totals (and optionally monthly requests);
    ``requests``: requests per day x tokens per request x days per month;
    ``users``: active users x requests per user per day x tokens per request x days.
    Fields of the other modes are kept so switching modes loses nothing.

    The split of the tokens is that of :class:`~calculator.engine.workload.Workload`:
    cache reads and writes (with the write TTL) of the input, the reasoning share of
    the output, web searches per request, and the request-size mix
    (``((input tokens per request, share of requests), ...)``).
    """

    mode: str = "tokens"
    input_tokens: float = 100e6
    output_tokens: float = 20e6
    monthly_requests: float | None = None
    requests_per_day: float = 5_000
    users: float = 2_000
    requests_per_user_per_day: float = 5
    input_per_request: float = 2_000
    output_per_request: float = 400
    days_per_month: float = 30
    cached_share: float = 0.0
    cache_write_share: float = 0.0
    cache_ttl: str = "5m"
    reasoning_share: float = 0.0
    searches_per_request: float = 0.0
    request_sizes: tuple[tuple[float, float], ...] = ()

    def to_workload(self) -> Workload:
        if self.mode == "tokens":
            volume = Workload(self.input_tokens, self.output_tokens, self.monthly_requests)
        elif self.mode == "requests":
            volume = Workload.from_requests(self.requests_per_day, self.input_per_request,
                                            self.output_per_request, self.days_per_month)
        elif self.mode == "users":
            volume = Workload.from_users(self.users, self.requests_per_user_per_day,
                                         self.input_per_request, self.output_per_request,
                                         self.days_per_month)
        else:
            raise WorkloadError(f"unknown workload mode {self.mode!r} (use {', '.join(MODES)})")
        if self.cache_ttl not in CACHE_TTLS:  # before the shares: the clearer message
            raise WorkloadError(f"cache_ttl must be 5m or 1h, got {self.cache_ttl!r}")
        return replace(volume, cached_share=self.cached_share,
                       cache_write_share=self.cache_write_share, cache_ttl=self.cache_ttl,
                       reasoning_share=self.reasoning_share,
                       searches_per_request=self.searches_per_request,
                       request_sizes=tuple(self.request_sizes))


@dataclass(frozen=True)
class BillingSpec:
    """How the traffic is billed beyond its volume: the batch share and the service tier
    of the rest, list or promotional prices, and when the traffic happens.

    ``traffic`` names a weekly profile (:data:`TRAFFIC_PROFILES`); ``custom`` uses
    ``traffic_weights`` (168 hourly weights, Monday 00:00 to Sunday 23:00). The profile
    is in ``timezone`` (IANA name; empty: the computer's zone) and spread over ``month``
    (``YYYY-MM``; empty: the month of each date priced). ``off_peak_share`` (0..1)
    replaces what the profile works out for every time-banded model.
    """

    batch_share: float = 0.0
    service_tier: str = STANDARD
    prices: str = LIST
    traffic: str = "flat"
    traffic_weights: tuple[float, ...] = ()
    timezone: str = ""
    month: str = ""
    off_peak_share: float | None = None

    @property
    def weights(self) -> tuple[float, ...]:
        """The profile's 168 hourly weights."""
        if self.traffic == CUSTOM_TRAFFIC:
            return tuple(self.traffic_weights)
        if self.traffic not in PROFILES:
            raise EngineError(f"unknown traffic profile {self.traffic!r} (use "
                              f"{', '.join(TRAFFIC_PROFILES)})")
        return PROFILES[self.traffic]

    def month_tuple(self) -> tuple[int, int] | None:
        """``(year, month)`` of :attr:`month`; None when empty."""
        if not self.month:
            return None
        return parse_month(self.month)

    def pricing_options(self, calendars: tuple = (), local_zone: str | dt.tzinfo | None = None
                        ) -> PricingOptions:
        """The engine's options; ``calendars``: the holiday calendars schedules may name;
        ``local_zone``: the computer's time zone (for an empty :attr:`timezone`; None: UTC)."""
        if self.traffic == CUSTOM_TRAFFIC and len(self.traffic_weights) != HOURS_PER_WEEK:
            raise EngineError(f"a custom traffic profile has {HOURS_PER_WEEK} hourly weights, "
                              f"got {len(self.traffic_weights)}")
        zone: str | dt.tzinfo = (check_zone(self.timezone) if self.timezone
                                 else (local_zone or dt.UTC))
        traffic = Traffic(self.weights, zone, self.month_tuple(), tuple(calendars),
                          self.traffic)
        return PricingOptions(prices=self.prices, off_peak_share=self.off_peak_share,
                              traffic=traffic, batch_share=self.batch_share,
                              service_tier=self.service_tier)


def parse_month(text: str) -> tuple[int, int]:
    """``2026-10`` -> ``(2026, 10)``; anything else raises :class:`EngineError`."""
    parts = text.strip().split("-")
    if (len(parts) != 2 or len(parts[0]) != 4 or len(parts[1]) != 2
            or not all(p.isascii() and p.isdigit() for p in parts)
            or not 1 <= int(parts[1]) <= 12 or not 1900 <= int(parts[0]) <= 2100):
        raise EngineError(f"{text!r} is not a month (YYYY-MM, e.g. 2026-10)")
    return int(parts[0]), int(parts[1])


def check_zone(name: str) -> str:
    """``name`` if it is an IANA time zone (``Asia/Shanghai``), else :class:`EngineError`."""
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        raise EngineError(f"{name!r} is not an IANA time zone (e.g. Asia/Shanghai)") from None
    return name


@dataclass(frozen=True)
class ChartOptions:
    history_price: str = "input"  # which price the history chart draws
    history_log: bool = True  # logarithmic price axis
    projection_cumulative: bool = False  # projection shows cumulative instead of monthly
    projection_baseline: bool = True  # projection draws the baseline-price lines too
    projection_plans_only: bool = False  # projection draws plan rows only (when there are)
    #: bar charts leave out models without a value (else one line per reason names them)
    hide_missing: bool = False
    #: the spend chart stacks each current bar from its cost parts (input, cache, output…)
    spend_parts: bool = False


@dataclass(frozen=True)
class Scenario:
    name: str = ""  # empty: "Untitled scenario" in the reader's language
    notes: str = ""
    workload: WorkloadSpec = field(default_factory=WorkloadSpec)
    baseline_date: dt.date = DEFAULT_BASELINE
    current_date: dt.date = field(default_factory=dt.date.today)
    currency: str = "CNY"
    fx_cny_per_usd: float | None = None  # None: the shipped default rate
    models: tuple[str, ...] = DEFAULT_MODELS
    reference: str | None = DEFAULT_REFERENCE
    growth: float = 0.05  # monthly, compound
    horizon: int = 12  # months
    chart: ChartOptions = field(default_factory=ChartOptions)
    #: Negotiated discounts off list prices (per vendor or per model, from a date).
    discounts: tuple[Discount, ...] = ()
    #: Routing plans, self-hosted deployments and the monthly budget.
    plans: PlanSet = field(default_factory=PlanSet)
    #: Batch share, service tier, list or promotional prices, traffic by time.
    billing: BillingSpec = field(default_factory=BillingSpec)

    def with_workload(self, **changes: Any) -> Scenario:
        return replace(self, workload=replace(self.workload, **changes))

    def with_billing(self, **changes: Any) -> Scenario:
        return replace(self, billing=replace(self.billing, **changes))

    def with_chart(self, **changes: Any) -> Scenario:
        return replace(self, chart=replace(self.chart, **changes))


#: The fields of a workload the user can set one by one (everything but the mode).
WORKLOAD_FIELDS: frozenset[str] = frozenset(
    f.name for f in fields(WorkloadSpec) if f.name != "mode")
#: The billing fields the user can set one by one.
BILLING_FIELDS: frozenset[str] = frozenset(f.name for f in fields(BillingSpec))
_PARTED = (WorkloadSpec, ChartOptions, BillingSpec)


def differences(old: Scenario, new: Scenario) -> frozenset[str]:
    """Names of the fields that differ: ``"growth"``; for the workload and the chart
    options and the billing also each changed part, dotted (``"workload"``,
    ``"workload.input_tokens"``, ``"billing.batch_share"``)."""
    changed: set[str] = set()
    for f in fields(Scenario):
        before, after = getattr(old, f.name), getattr(new, f.name)
        if before == after:
            continue
        changed.add(f.name)
        if isinstance(after, _PARTED):
            changed.update(f"{f.name}.{part.name}" for part in fields(after)
                           if getattr(before, part.name) != getattr(after, part.name))
    return frozenset(changed)
