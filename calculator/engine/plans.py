"""Routing plans: a named mix of models, priced as the share-weighted sum of their costs.

"70% of the traffic on a cheap model and 30% on the flagship" is a
:class:`RoutingPlan` with two shares. Its monthly cost for a workload is
``sum(share_i x cost_i)``, where ``cost_i`` is the comparison's own cost of the
whole workload on model *i* (every billing dimension the model's records carry,
its currency converted, its vendor discount applied). Nothing is priced twice:
:func:`price_plans` reads the comparison's per-model cost arrays.

A plan whose model has no usable price is not priced either: unknown stays
unknown (never 0), and a model that is not offered (or retired) at a date makes
the plan not offered (or retired) at that date.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .comparison import FREE, NOT_OFFERED, PRICED, UNKNOWN, Comparison
from .errors import EngineError

#: How far the shares of a plan may sum away from 1.
SHARE_TOLERANCE = 1e-9
#: The comparison's status for a model no longer sold (the 2026 schema; a retired
#: member makes the plan retired).
RETIRED = "retired"
#: When members disagree, the plan takes the first of these its members have.
_UNPRICED_ORDER = (RETIRED, NOT_OFFERED, UNKNOWN)
MAX_NAME = 60


class PlanError(EngineError):
    """A plan, deployment or commitment the user described is not valid.

    ``field`` names the input the message is about (``name``, ``shares``,
    ``gpus``...), so a window can mark that field.
    """

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.field = field


def check_row_name(name: object, what: str = "plan") -> str:
    """A plan or deployment name: the row's id in tables, charts and exports."""
    if not isinstance(name, str) or not name.strip():
        raise PlanError(f"{what} name is empty; give the {what} a name", "name")
    if name != name.strip():
        raise PlanError(f"{what} name {name!r} starts or ends with a space", "name")
    if len(name) > MAX_NAME:
        raise PlanError(f"{what} name {name[:20]!r}... is longer than {MAX_NAME} characters",
                        "name")
    if any(ch in name for ch in "=,:\n\t"):
        raise PlanError(f"{what} name {name!r} contains one of = , : or a line break", "name")
    return name


def check_growth(growth: float | None, what: str) -> float | None:
    if growth is None:
        return None
    if isinstance(growth, bool) or not isinstance(growth, (int, float)) or not math.isfinite(
            growth):
        raise PlanError(f"{what}: monthly growth must be a number, got {growth!r}", "growth")
    if not -0.99 <= growth <= 10:
        raise PlanError(f"{what}: monthly growth must be between -99% and 1000%, "
                        f"got {growth:.1%}", "growth")
    return float(growth)


@dataclass(frozen=True)
class RoutingPlan:
    """A named mix of models; ``shares`` are (model id, share of the traffic) pairs.

    ``growth`` is this plan's own monthly growth (``None``: the scenario's).
    """

    name: str
    shares: tuple[tuple[str, float], ...]
    growth: float | None = None

    def __post_init__(self) -> None:
        check_row_name(self.name)
        shares = tuple((str(m), s) for m, s in self.shares)
        object.__setattr__(self, "shares", shares)
        if not shares:
            raise PlanError(f"plan {self.name!r}: give at least one model and its share",
                            "shares")
        seen: set[str] = set()
        for model, share in shares:
            if not model.strip():
                raise PlanError(f"plan {self.name!r}: a model id is empty", "shares")
            if model in seen:
                raise PlanError(f"plan {self.name!r}: model {model!r} is listed twice", "shares")
            seen.add(model)
            if isinstance(share, bool) or not isinstance(share, (int, float)) or not math.isfinite(
                    share):
                raise PlanError(f"plan {self.name!r}: share of {model!r} must be a number, "
                                f"got {share!r}", "shares")
            if not 0 <= share <= 1:
                raise PlanError(f"plan {self.name!r}: share of {model!r} must be between 0 and 1, "
                                f"got {share:g}", "shares")
        total = math.fsum(s for _, s in shares)
        if abs(total - 1.0) > SHARE_TOLERANCE:
            raise PlanError(f"plan {self.name!r}: shares sum to {total:.12g}, not 1", "shares")
        object.__setattr__(self, "growth", check_growth(self.growth, f"plan {self.name!r}"))

    @property
    def model_ids(self) -> tuple[str, ...]:
        return tuple(m for m, _ in self.shares)

    def describe(self) -> str:
        """``70% deepseek-flash + 30% deepseek-v4-pro`` (shares as percentages)."""
        return " + ".join(f"{_percent(share)} {model}" for model, share in self.shares)


def _percent(share: float) -> str:
    text = f"{share * 100:.4f}".rstrip("0").rstrip(".")
    return f"{text}%"


def share_matrix(plans: Sequence[RoutingPlan], model_ids: np.ndarray) -> np.ndarray:
    """Plans x models: each plan's share of each model (0 where it has none).

    Raises :class:`PlanError` naming the plan when a model is not in ``model_ids``.
    """
    index = {model: i for i, model in enumerate(model_ids)}
    weights = np.zeros((len(plans), len(model_ids)))
    for row, plan in enumerate(plans):
        for model, share in plan.shares:
            if model not in index:
                raise PlanError(f"plan {plan.name!r}: unknown model id {model!r}", "shares")
            weights[row, index[model]] = share
    return weights


def mix(weights: np.ndarray, cost: np.ndarray, status: np.ndarray
        ) -> tuple[np.ndarray, np.ndarray]:
    """Share-weighted costs and statuses of plans (rows of ``weights``) on one side.

    A member with a zero share does not count. A plan is priced when every member
    is priced or free (free when all are free); otherwise it takes the first of
    retired, not offered, unknown that a member has, and its cost is NaN.
    """
    used = weights > 0
    known = np.where(np.isnan(cost), 0.0, cost)
    total = weights @ known
    result = np.full(len(weights), PRICED, dtype=object)
    all_free = ~(used & (status != FREE)[None, :]).any(axis=1)
    result[all_free & used.any(axis=1)] = FREE
    unpriced = np.zeros(len(weights), dtype=bool)
    for name in reversed(_UNPRICED_ORDER):  # the first in the order wins: applied last
        has = (used & (status == name)[None, :]).any(axis=1)
        result[has] = name
        unpriced |= has
    total = np.where(unpriced, np.nan, total)
    return total, result


def price_plans(comparison: Comparison, plans: Sequence[RoutingPlan]
                ) -> dict[str, np.ndarray]:
    """Each plan's ``baseline_cost``, ``baseline_status``, ``current_cost``, ``current_status``.

    The plans' members must be rows of ``comparison``.
    """
    arrays = comparison.arrays
    weights = share_matrix(plans, arrays["model_id"])
    out: dict[str, np.ndarray] = {}
    for side in ("baseline", "current"):
        cost, status = mix(weights, np.asarray(arrays[f"{side}_cost"], float),
                           arrays[f"{side}_status"])
        out[f"{side}_cost"], out[f"{side}_status"] = cost, status
    return out
