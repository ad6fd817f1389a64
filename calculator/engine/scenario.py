"""A scenario: everything the user set up, as one immutable value.

The window edits one, ``export`` renders one, scenario files store one
(:mod:`calculator.formats.scenario_file`). :func:`evaluate` turns a scenario into
the numbers every view shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace

from .discounts import Discount
from .errors import WorkloadError
from .planning import PlanSet
from .workload import Workload

MODES = ("tokens", "requests", "users")
HISTORY_PRICES = ("input", "output", "blended")
DEFAULT_BASELINE = dt.date(2024, 5, 1)
PRICE_WAR_END = dt.date(2024, 6, 1)
#: The models a new scenario compares: the May 2024 headline models and two references.
DEFAULT_MODELS: tuple[str, ...] = (
    "deepseek-chat", "glm-3-turbo", "glm-4", "doubao-pro-32k", "doubao-lite-32k", "qwen-long",
    "qwen-turbo", "qwen-max", "ernie-4.0-8k", "ernie-speed-8k", "spark-max", "hunyuan-pro",
    "hunyuan-standard-256k", "moonshot-v1-8k", "gpt-4-turbo", "gpt-4o",
)
DEFAULT_REFERENCE = "gpt-4-turbo"


@dataclass(frozen=True)
class WorkloadSpec:
    """How the user states volume, in one of three modes, plus the cached share.

    ``tokens``: monthly totals (and optionally monthly requests);
    ``requests``: requests per day x tokens per request x days per month;
    ``users``: active users x requests per user per day x tokens per request x days.
    Fields of the other modes are kept so switching modes loses nothing.
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

    def to_workload(self) -> Workload:
        if self.mode == "tokens":
            return Workload(self.input_tokens, self.output_tokens, self.monthly_requests,
                            self.cached_share)
        if self.mode == "requests":
            return Workload.from_requests(self.requests_per_day, self.input_per_request,
                                          self.output_per_request, self.days_per_month,
                                          self.cached_share)
        if self.mode == "users":
            return Workload.from_users(self.users, self.requests_per_user_per_day,
                                       self.input_per_request, self.output_per_request,
                                       self.days_per_month, self.cached_share)
        raise WorkloadError(f"unknown workload mode {self.mode!r} (use {', '.join(MODES)})")


@dataclass(frozen=True)
class ChartOptions:
    history_price: str = "input"  # which price the history chart draws
    history_log: bool = True  # logarithmic price axis
    projection_cumulative: bool = False  # projection shows cumulative instead of monthly
    projection_baseline: bool = True  # projection draws the baseline-price lines too
    #: bar charts leave out models without a value (else one line per reason names them)
    hide_missing: bool = False


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

    def with_workload(self, **changes: object) -> Scenario:
        return replace(self, workload=replace(self.workload, **changes))

    def with_chart(self, **changes: object) -> Scenario:
        return replace(self, chart=replace(self.chart, **changes))


#: The fields of a workload the user can set one by one (everything but the mode).
WORKLOAD_FIELDS: frozenset[str] = frozenset(
    f.name for f in fields(WorkloadSpec) if f.name != "mode")


def differences(old: Scenario, new: Scenario) -> frozenset[str]:
    """Names of the fields that differ: ``"growth"``; for the workload and the chart
    options also each changed part, dotted (``"workload"``, ``"workload.input_tokens"``)."""
    changed: set[str] = set()
    for f in fields(Scenario):
        before, after = getattr(old, f.name), getattr(new, f.name)
        if before == after:
            continue
        changed.add(f.name)
        if isinstance(after, (WorkloadSpec, ChartOptions)):
            changed.update(f"{f.name}.{part.name}" for part in fields(after)
                           if getattr(before, part.name) != getattr(after, part.name))
    return frozenset(changed)
