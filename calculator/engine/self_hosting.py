"""Self-hosting an open-weight model: GPU replicas priced by the month, and break-even.

A :class:`Deployment` is replicas of ``gpus`` GPUs each, rented at ``gpu_hourly``
per GPU. One replica processes ``input_tps`` input tokens and ``output_tps``
output tokens per second; it is busy ``utilization`` of the time. For a month of
traffic::

    replica-hours = (input tokens / input_tps + output tokens / output_tps) / 3600 / utilization
    replicas      = max(1, ceil(replica-hours / 730))
    cost          = replicas x gpus x gpu_hourly x 730 + fixed_monthly

A month is 730 hours (8,760 / 12). The cost is a step function of volume, while
an API model's cost is a straight line through zero: :func:`break_even` finds the
volume from which the deployment is the cheaper one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .fx import CURRENCIES, FxRate
from .plans import PlanError, check_growth, check_row_name

HOURS_PER_MONTH = 730.0
MAX_GPUS = 100_000


@dataclass(frozen=True)
class Deployment:
    """A self-hosted model; prices are in ``currency`` (CNY or USD)."""

    name: str
    gpu_hourly: float
    gpus: int
    input_tps: float
    output_tps: float
    utilization: float = 0.6
    fixed_monthly: float = 0.0
    currency: str = "USD"
    growth: float | None = None
    #: Which GPU preset the hourly price came from (free text, shown with the row).
    gpu: str = ""

    def __post_init__(self) -> None:
        check_row_name(self.name, "deployment")
        label = f"deployment {self.name!r}"
        _number(self.gpu_hourly, f"{label}: gpu_hourly", "gpu_hourly", positive=False)
        object.__setattr__(self, "gpus", check_gpus(self.gpus, label))
        for field in ("input_tps", "output_tps"):
            _number(getattr(self, field), f"{label}: {field}", field, positive=True)
        _number(self.utilization, f"{label}: utilization", "utilization", positive=True)
        if self.utilization > 1:
            raise PlanError(f"{label}: utilization must be above 0 and at most 1, "
                            f"got {self.utilization:g}", "utilization")
        _number(self.fixed_monthly, f"{label}: fixed_monthly", "fixed_monthly", positive=False)
        if self.currency not in CURRENCIES:
            raise PlanError(f"{label}: unknown currency {self.currency!r} (use CNY or USD)",
                            "currency")
        object.__setattr__(self, "growth", check_growth(self.growth, label))
        if not isinstance(self.gpu, str) or len(self.gpu) > 80:
            raise PlanError(f"{label}: gpu must be a short label, got {self.gpu!r}", "gpu")

    # ------------------------------------------------------------------ arithmetic
    def replica_hours(self, input_tokens: np.ndarray | float,
                      output_tokens: np.ndarray | float) -> np.ndarray:
        """Hours of one replica needed for the tokens, at the deployment's utilisation."""
        seconds = (np.asarray(input_tokens, float) / self.input_tps
                   + np.asarray(output_tokens, float) / self.output_tps)
        return seconds / 3600.0 / self.utilization

    def replicas(self, input_tokens: np.ndarray | float,
                 output_tokens: np.ndarray | float) -> np.ndarray:
        needed = self.replica_hours(input_tokens, output_tokens) / HOURS_PER_MONTH
        # round off float noise first: exactly one replica's worth is one replica
        return np.maximum(1.0, np.ceil(np.round(needed, 9)))

    @property
    def replica_monthly(self) -> float:
        """What one replica costs a month, in the deployment's currency."""
        return self.gpus * self.gpu_hourly * HOURS_PER_MONTH

    def native_cost(self, input_tokens: np.ndarray | float,
                    output_tokens: np.ndarray | float) -> np.ndarray:
        """Monthly cost in the deployment's currency."""
        return (self.replicas(input_tokens, output_tokens) * self.replica_monthly
                + self.fixed_monthly)

    def monthly_cost(self, input_tokens: np.ndarray | float, output_tokens: np.ndarray | float,
                     fx: FxRate, currency: str) -> np.ndarray:
        """Monthly cost in the display ``currency``, converted at ``fx``."""
        return self.native_cost(input_tokens, output_tokens) * self.rate(fx, currency)

    def rate(self, fx: FxRate, currency: str) -> float:
        """Multiplier from the deployment's currency to ``currency``."""
        return fx.convert(1.0, self.currency, currency)

    def capacity_factor(self, input_tokens: float, output_tokens: float) -> float:
        """How many times the given monthly volume one replica carries (inf for none)."""
        hours = float(self.replica_hours(input_tokens, output_tokens))
        return math.inf if hours == 0 else HOURS_PER_MONTH / hours

    def describe(self) -> str:
        """``8×H100 @ 2.5 USD/h`` (GPUs per replica, the preset, the price per GPU-hour)."""
        gpu = self.gpu or "GPU"
        return f"{self.gpus}×{gpu} @ {self.gpu_hourly:g} {self.currency}/h"


def check_gpus(value: object, label: str) -> int:
    """``value`` (a file's or a command line's) as a GPU count: a whole number from 1 to
    :data:`MAX_GPUS`, where a whole float such as ``2.0`` counts."""
    gpus = int(value) if isinstance(value, float) and value.is_integer() else value
    if isinstance(gpus, bool) or not isinstance(gpus, int) or not 1 <= gpus <= MAX_GPUS:
        raise PlanError(f"{label}: gpus must be a whole number from 1 to {MAX_GPUS:,}, "
                        f"got {value!r}", "gpus")
    return gpus


def _number(value: object, what: str, field: str, *, positive: bool) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise PlanError(f"{what} must be a number, got {value!r}", field)
    if positive and value <= 0:
        raise PlanError(f"{what} must be above 0, got {value:g}", field)
    if value < 0:
        raise PlanError(f"{what} must not be negative, got {value:g}", field)


@dataclass(frozen=True)
class BreakEven:
    """Where a deployment starts to beat an API model, in multiples of a workload.

    ``first`` is the smallest volume factor at which the deployment costs no more
    than the API; ``stable`` the factor from which it stays so for every larger
    volume (at the start of each new replica the API can briefly win again).
    Both are ``None`` when the API is cheaper at every volume, and 0 when the
    deployment is never dearer.
    """

    first: float | None
    stable: float | None


def break_even(api_cost: float, capacity: float, replica_cost: float,
               fixed: float) -> BreakEven:
    """Break-even of a step cost against a straight line.

    ``api_cost`` is the API's cost of one workload (volume factor 1); the API
    costs ``api_cost x v`` at factor ``v``. The deployment costs
    ``n x replica_cost + fixed`` with ``n = max(1, ceil(v / capacity))`` replicas
    (``capacity``: the factor one replica carries). All in one currency.
    """
    if not math.isfinite(api_cost) or api_cost < 0:
        return BreakEven(None, None)
    if math.isinf(capacity):  # the workload needs no GPU time: one replica, ever
        return (BreakEven(0.0, 0.0) if replica_cost + fixed == 0
                else BreakEven(None, None))
    margin = api_cost * capacity - replica_cost  # what one full replica saves
    if margin < 0 or (margin == 0 and fixed > 0) or api_cost == 0:
        if replica_cost + fixed == 0:
            return BreakEven(0.0, 0.0)
        return BreakEven(None, None)
    if margin == 0:  # fixed == 0: equal at each full replica, dearer between
        return BreakEven(capacity, None)
    # in the step with n replicas the deployment wins from (n*R + F) / api up to n*capacity
    n_first = max(1, math.ceil(fixed / margin - 1e-12))
    first = max((n_first * replica_cost + fixed) / api_cost, (n_first - 1) * capacity)
    # it keeps winning across the jump to n+1 replicas once n * margin >= R + F
    n_stable = max(n_first, math.ceil((replica_cost + fixed) / margin - 1e-12))
    stable = max((n_stable * replica_cost + fixed) / api_cost, (n_stable - 1) * capacity)
    return BreakEven(first, stable)


def break_evens(deployment: Deployment, api_costs: np.ndarray, input_tokens: float,
                output_tokens: float, fx: FxRate, currency: str) -> list[BreakEven]:
    """The deployment's break-even against each API cost (month 1 of one workload,
    display currency), in volume factors of that workload."""
    capacity = deployment.capacity_factor(input_tokens, output_tokens)
    rate = deployment.rate(fx, currency)
    return [break_even(float(cost), capacity, deployment.replica_monthly * rate,
                       deployment.fixed_monthly * rate) for cost in np.asarray(api_costs, float)]


def volume_costs(deployment: Deployment, factors: np.ndarray, input_tokens: float,
                 output_tokens: float, fx: FxRate, currency: str) -> np.ndarray:
    """The deployment's monthly cost at each volume factor (a step line)."""
    factors = np.asarray(factors, float)
    return deployment.monthly_cost(input_tokens * factors, output_tokens * factors, fx, currency)
