"""Project monthly spend forward with compound monthly growth."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .comparison import Comparison
from .errors import WorkloadError

MAX_MONTHS = 120


@dataclass(frozen=True)
class Projection:
    """Monthly and cumulative spend, models x months, at baseline and current prices.

    Month 1 is the workload as entered; month m is scaled by (1 + growth)^(m-1).
    Models whose cost is unknown or not offered stay NaN in every month.
    """

    months: np.ndarray  # 1..N
    model_ids: np.ndarray
    growth: float
    baseline_monthly: np.ndarray
    current_monthly: np.ndarray
    currency: str

    def take(self, positions: np.ndarray) -> Projection:
        """The projection of the models at ``positions`` only."""
        return Projection(self.months, self.model_ids[positions], self.growth,
                          self.baseline_monthly[positions], self.current_monthly[positions],
                          self.currency)

    @property
    def baseline_cumulative(self) -> np.ndarray:
        return np.cumsum(self.baseline_monthly, axis=1)

    @property
    def current_cumulative(self) -> np.ndarray:
        return np.cumsum(self.current_monthly, axis=1)

    def totals(self) -> pd.DataFrame:
        """Per month: total spend over the models with a known cost on each side."""
        return pd.DataFrame({
            "month": self.months,
            "baseline_monthly": np.nansum(self.baseline_monthly, axis=0),
            "current_monthly": np.nansum(self.current_monthly, axis=0),
            "baseline_cumulative": np.nansum(self.baseline_cumulative, axis=0),
            "current_cumulative": np.nansum(self.current_cumulative, axis=0),
        })

    def to_frame(self) -> pd.DataFrame:
        """Long format: one row per model and month."""
        n_models, n_months = self.baseline_monthly.shape
        return pd.DataFrame({
            "model_id": np.repeat(self.model_ids, n_months),
            "month": np.tile(self.months, n_models),
            "baseline_monthly": self.baseline_monthly.ravel(),
            "current_monthly": self.current_monthly.ravel(),
            "baseline_cumulative": self.baseline_cumulative.ravel(),
            "current_cumulative": self.current_cumulative.ravel(),
        })


def growth_factors(months: int, growth: float) -> np.ndarray:
    """(1 + growth)^(m-1) for m = 1..months."""
    check_horizon(months, growth)
    return np.power(1.0 + growth, np.arange(months, dtype=float))


def check_horizon(months: int, growth: float) -> None:
    if isinstance(months, bool) or not isinstance(months, (int, np.integer)):
        raise WorkloadError(f"horizon must be a whole number of months, got {months!r}")
    if not 1 <= months <= MAX_MONTHS:
        raise WorkloadError(f"horizon must be 1 to {MAX_MONTHS} months, got {months}")
    if not isinstance(growth, (int, float)) or not math.isfinite(growth):
        raise WorkloadError(f"monthly growth must be a number, got {growth!r}")
    if not -0.99 <= growth <= 10:
        raise WorkloadError(f"monthly growth must be between -99% and 1000%, got {growth:.1%}")


def project(comparison: Comparison, months: int = 12, growth: float = 0.0) -> Projection:
    """Project the comparison's monthly costs over ``months`` months."""
    factors = growth_factors(months, growth)
    arrays = comparison.arrays
    base = np.asarray(arrays["baseline_cost"], float)
    cur = np.asarray(arrays["current_cost"], float)
    return Projection(
        months=np.arange(1, months + 1),
        model_ids=np.asarray(arrays["model_id"]),
        growth=float(growth),
        baseline_monthly=np.outer(base, factors),
        current_monthly=np.outer(cur, factors),
        currency=comparison.currency,
    )
