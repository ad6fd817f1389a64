"""What one request and one year cost: the figures a product manager quotes.

Derived from a comparison's monthly costs, so the table, the reports and the
spreadsheets all divide and multiply the same way. A year is twelve months at
the volume entered (growth is the projection's business); a request is the
monthly cost over the monthly request count, unknown when the workload has none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

import numpy as np

from .workload import Workload

if TYPE_CHECKING:
    from .comparison import Comparison

MONTHS_PER_YEAR = 12


@overload
def per_year(monthly: np.ndarray) -> np.ndarray: ...


@overload
def per_year(monthly: float) -> float: ...


def per_year(monthly: np.ndarray | float) -> np.ndarray | float:
    """Twelve months at this month's volume."""
    return monthly * MONTHS_PER_YEAR


def per_request(comparison: Comparison, monthly: np.ndarray | float) -> np.ndarray | float:
    """Monthly cost over monthly requests; NaN where the workload has no request count."""
    requests = comparison.workload.requests
    if not requests:
        return np.full_like(np.asarray(monthly, dtype=float), np.nan) \
            if np.ndim(monthly) else float("nan")
    return np.asarray(monthly, dtype=float) / requests if np.ndim(monthly) \
        else float(monthly) / requests


def unit_cost_arrays(arrays: dict[str, np.ndarray], workload: Workload
                     ) -> dict[str, np.ndarray]:
    """``current_per_request`` and ``current_per_year`` per model (the comparison's
    columns the table can show)."""
    current = arrays["current_cost"].astype(float)
    requests = workload.requests
    return {
        "current_per_request": current / requests if requests else np.full(len(current),
                                                                           np.nan),
        "current_per_year": per_year(current),
    }
