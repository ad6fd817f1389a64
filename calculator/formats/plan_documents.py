"""Plans inside a scenario file: routing mixes, self-hosted deployments and the budget.

``"plans": {"budget": 50000, "routing": [{"name": "A", "shares": {"deepseek-v4-pro": 1},
"growth": 0.3}], "self_hosted": [{"name": "own", "gpu_hourly": 2.5, "gpus": 8, ...}]}``.
A file without ``plans`` has none. Every problem raises :class:`PlanDocumentError`
naming the place (``plans.routing[0].shares``) and the reason.
"""

from __future__ import annotations

import math
from dataclasses import fields
from typing import Any

from ..engine.errors import EngineError
from ..engine.planning import PlanSet
from ..engine.plans import RoutingPlan, check_row_name
from ..engine.self_hosting import Deployment

MAX_PLANS = 50
DEPLOYMENT_FIELDS = tuple(f.name for f in fields(Deployment))


class PlanDocumentError(EngineError):
    """``where`` is the JSON path of the bad value."""

    def __init__(self, where: str, message: str):
        super().__init__(f"\"{where}\" {message}")
        self.where = where


def plan_set_to_dict(plan_set: PlanSet) -> dict[str, Any]:
    return {
        "budget": plan_set.budget,
        "routing": [{"name": p.name, "shares": dict(p.shares), "growth": p.growth}
                    for p in plan_set.plans],
        "self_hosted": [{name: getattr(d, name) for name in DEPLOYMENT_FIELDS}
                        for d in plan_set.deployments],
    }


def plan_set_from_dict(data: object) -> PlanSet:
    if data is None:
        return PlanSet()
    if not isinstance(data, dict):
        raise PlanDocumentError("plans", "must be an object")
    routing = _list(data, "routing")
    hosted = _list(data, "self_hosted")
    plans = tuple(_plan(item, f"plans.routing[{i}]") for i, item in enumerate(routing))
    deployments = tuple(_deployment(item, f"plans.self_hosted[{i}]")
                        for i, item in enumerate(hosted))
    budget = data.get("budget")
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, (int, float))
                               or not math.isfinite(budget) or budget <= 0):
        raise PlanDocumentError("plans.budget", f"must be a number above 0 or null, found "
                                                f"{budget!r}")
    try:
        return PlanSet(plans, deployments, budget)
    except EngineError as err:
        raise PlanDocumentError("plans", str(err)) from None


def _list(data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise PlanDocumentError(f"plans.{key}", "must be a list")
    if len(value) > MAX_PLANS:
        raise PlanDocumentError(f"plans.{key}", f"has {len(value)} entries; at most {MAX_PLANS}")
    return value


def _plan(item: object, where: str) -> RoutingPlan:
    if not isinstance(item, dict):
        raise PlanDocumentError(where, "must be an object")
    shares = item.get("shares")
    if not isinstance(shares, dict):
        raise PlanDocumentError(f"{where}.shares", "must be an object of model id: share")
    try:
        name = check_row_name(item.get("name"))  # a file's value may be anything
        return RoutingPlan(name, tuple(shares.items()), item.get("growth"))
    except EngineError as err:
        raise PlanDocumentError(where, str(err)) from None


def _deployment(item: object, where: str) -> Deployment:
    if not isinstance(item, dict):
        raise PlanDocumentError(where, "must be an object")
    unknown = sorted(set(item) - set(DEPLOYMENT_FIELDS))
    if unknown:
        raise PlanDocumentError(where, f"has unknown field(s) {', '.join(unknown)}")
    try:
        return Deployment(**item)
    except TypeError as err:  # a required field is missing
        raise PlanDocumentError(where, f"is incomplete ({err})") from None
    except EngineError as err:
        raise PlanDocumentError(where, str(err)) from None
