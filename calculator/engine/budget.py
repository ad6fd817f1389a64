"""Spend over time against a monthly budget: per-row growth, the month a row passes the
budget, and its runway.

Month *m* of a row costs month 1 x (1 + g)^(m-1), with the row's own growth
*g*. A row whose cost is a step function of volume (a self-hosted deployment)
is re-priced at each month's volume instead (see :func:`project_rows`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from .comparison import Comparison
from .errors import WorkloadError
from .projection import Projection, check_horizon

#: Re-prices one row at volume factors (months): factors -> costs on (baseline, current).
VolumeCost = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]


def check_budget(amount: float | None) -> float | None:
    if amount is None:
        return None
    if isinstance(amount, bool) or not isinstance(amount, (int, float)) or not math.isfinite(
            amount):
        raise WorkloadError(f"budget must be a number, got {amount!r}")
    if amount <= 0:
        raise WorkloadError(f"budget must be above 0, got {amount:g}")
    return float(amount)


def growth_matrix(months: int, growth: np.ndarray) -> np.ndarray:
    """Rows x months: (1 + g_row)^(m-1)."""
    growth = np.asarray(growth, float)
    for value in np.unique(growth):
        check_horizon(months, float(value))
    return np.power(1.0 + growth[:, None], np.arange(months, dtype=float)[None, :])


def project_rows(comparison: Comparison, months: int, growth: float,
                 row_growth: Mapping[int, float] | None = None,
                 volume_cost: Mapping[int, VolumeCost] | None = None) -> Projection:
    """The comparison's rows projected over ``months``.

    ``row_growth`` maps a row position to its own growth (others use ``growth``);
    ``volume_cost`` maps a row position to a function that prices the row at
    volume factors (for rows whose cost is not proportional to volume).
    """
    arrays = comparison.arrays
    count = comparison.model_count
    rates = np.full(count, float(growth))
    for pos, value in (row_growth or {}).items():
        rates[pos] = value
    check_horizon(months, float(growth))
    factors = growth_matrix(months, rates)
    base = np.asarray(arrays["baseline_cost"], float)[:, None] * factors
    cur = np.asarray(arrays["current_cost"], float)[:, None] * factors
    for pos, price in (volume_cost or {}).items():
        base[pos], cur[pos] = price(factors[pos])
    return Projection(
        months=np.arange(1, months + 1), model_ids=np.asarray(arrays["model_id"]),
        growth=float(growth), baseline_monthly=base, current_monthly=cur,
        currency=comparison.currency,
    )


def first_month_over(monthly: np.ndarray, budget: float | None) -> np.ndarray:
    """Per row, the first month (1-based) whose cost is above ``budget``; 0 if none.

    A month whose cost is unknown (NaN) is never over the budget.
    """
    monthly = np.atleast_2d(np.asarray(monthly, float))
    if budget is None or monthly.shape[1] == 0:
        return np.zeros(len(monthly), dtype=np.int64)
    with np.errstate(invalid="ignore"):
        over = monthly > budget
    first = over.argmax(axis=1) + 1
    return np.where(over.any(axis=1), first, 0).astype(np.int64)


@dataclass(frozen=True)
class BudgetView:
    """A projection read against a monthly budget (display currency).

    ``first_over[i]`` is the first month row *i* costs more than the budget
    (0: not within the horizon, or the cost is unknown); ``runway[i]`` the
    number of months before that (the horizon when it never passes).
    """

    budget: float | None
    first_over: np.ndarray
    runway: np.ndarray
    horizon: int

    @classmethod
    def of(cls, projection: Projection, budget: float | None) -> BudgetView:
        budget = check_budget(budget)
        first = first_month_over(projection.current_monthly, budget)
        horizon = len(projection.months)
        return cls(budget, first, np.where(first > 0, first - 1, horizon), horizon)

    def budget_line(self, months: np.ndarray, cumulative: bool) -> np.ndarray | None:
        """The budget per month (or its running total) for a chart; None without a budget."""
        if self.budget is None:
            return None
        months = np.asarray(months, float)
        return self.budget * months if cumulative else np.full(len(months), self.budget)
