"""Plans beside models: routing mixes and self-hosted deployments as rows of a comparison.

:func:`add_plan_rows` returns the comparison with one more row per plan and per
deployment, so the table, the charts, ``quote`` and every export show them
beside the models without knowing what they are. ``row_kind`` says which rows
are models (``model``), routing mixes (``plan``) or deployments (``self_hosted``).
:func:`project_plans` projects every row with its own growth; deployments are
re-priced at each month's volume (their cost steps up by whole replicas).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from .budget import check_budget, project_rows
from .comparison import PRICED, UNKNOWN, Comparison
from .notes import Note
from .plans import PlanError, RoutingPlan, price_plans
from .projection import Projection
from .self_hosting import Deployment
from .unit_costs import unit_cost_arrays

MODEL, PLAN, SELF_HOSTED = "model", "plan", "self_hosted"
ROW_KINDS = (MODEL, PLAN, SELF_HOSTED)
#: What the vendor columns say on plan and deployment rows (English, Chinese).
PLAN_VENDOR, SELF_HOSTED_VENDOR = ("Routing plan", "路由方案"), ("Self-hosted", "自托管")


@dataclass(frozen=True)
class PlanSet:
    """The user's plans, deployments and monthly budget (display currency)."""

    plans: tuple[RoutingPlan, ...] = ()
    deployments: tuple[Deployment, ...] = ()
    budget: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "plans", tuple(self.plans))
        object.__setattr__(self, "deployments", tuple(self.deployments))
        object.__setattr__(self, "budget", check_budget(self.budget))
        seen: set[str] = set()
        for name in self.names:
            if name in seen:
                raise PlanError(f"two plans are named {name!r}; give each its own name", "name")
            seen.add(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.plans) + tuple(d.name for d in self.deployments)

    @property
    def has_rows(self) -> bool:
        return bool(self.plans or self.deployments)

    def member_ids(self) -> tuple[str, ...]:
        """Every model a plan routes to, once, in order of first use."""
        return tuple(dict.fromkeys(m for plan in self.plans for m in plan.model_ids))


def row_kinds(comparison: Comparison) -> np.ndarray:
    """``model``/``plan``/``self_hosted`` per row (all ``model`` for a plain comparison)."""
    kinds = comparison.arrays.get("row_kind")
    return np.full(comparison.model_count, MODEL, dtype=object) if kinds is None else kinds


def take_rows(comparison: Comparison, positions: Sequence[int] | np.ndarray) -> Comparison:
    """The comparison with only the rows at ``positions`` (in that order)."""
    positions = np.asarray(positions, dtype=np.int64)
    arrays = {key: values[positions] for key, values in comparison.arrays.items()}
    return replace(comparison, arrays=arrays)


def add_plan_rows(comparison: Comparison, plan_set: PlanSet,
                  keep: Sequence[str] | None = None) -> Comparison:
    """``comparison`` plus one row per plan and deployment.

    Plan members must be rows of ``comparison``; ``keep`` (model ids) limits the
    model rows returned afterwards (members the user did not ask to see).
    """
    if not plan_set.has_rows:
        return comparison if keep is None else _keep(comparison, keep)
    ids = set(comparison.arrays["model_id"])
    for name in plan_set.names:
        if name in ids:
            raise PlanError(f"plan name {name!r} is already a model id; choose another name",
                            "name")
    arrays = _extended(comparison, len(plan_set.plans) + len(plan_set.deployments))
    start = comparison.model_count
    if plan_set.plans:
        _fill(arrays, start, _plan_arrays(comparison, plan_set.plans))
        start += len(plan_set.plans)
    if plan_set.deployments:
        _fill(arrays, start, _deployment_arrays(comparison, plan_set.deployments))
    notes = comparison.notes
    if plan_set.deployments:
        notes += (Note.make("self_hosted_baseline",
                            names=", ".join(d.name for d in plan_set.deployments)),)
    result = replace(comparison, arrays=arrays, notes=notes)
    if keep is not None:
        result = _keep(result, keep)
    return result


def _fill(arrays: dict[str, np.ndarray], start: int, rows: dict[str, np.ndarray]) -> None:
    """Write ``rows`` (one value per plan or deployment) into ``arrays`` from ``start``."""
    stop = start + len(rows["model_id"])
    for key, values in rows.items():
        if key in arrays:
            arrays[key][start:stop] = values


def _keep(comparison: Comparison, keep: Sequence[str]) -> Comparison:
    wanted = set(keep)
    kinds = row_kinds(comparison)
    ids = comparison.arrays["model_id"]
    mask = np.array([kind != MODEL or model in wanted for kind, model in zip(kinds, ids,
                                                                             strict=True)],
                    dtype=bool)
    if mask.all():
        return comparison
    return take_rows(comparison, np.flatnonzero(mask))


def _extended(comparison: Comparison, extra: int) -> dict[str, np.ndarray]:
    """Every column with ``extra`` rows more: empty (NaN, NaT, False, 0 or None) by the
    column's type; ``row_kind`` says ``model`` for the comparison's own rows."""
    count = comparison.model_count
    arrays = {}
    for key, values in comparison.arrays.items():
        kind = values.dtype.kind
        out = np.empty(count + extra, dtype=values.dtype if kind in "fMbiu" else object)
        out[:count] = values
        out[count:] = (np.nan if kind == "f" else np.datetime64("NaT") if kind == "M"
                       else False if kind == "b" else 0 if kind in "iu" else None)
        arrays[key] = out
    kinds = np.empty(count + extra, dtype=object)
    kinds[:count] = row_kinds(comparison)
    arrays["row_kind"] = kinds
    return arrays


def _rows(count: int, kind: str, vendor: tuple[str, str]) -> dict[str, np.ndarray]:
    """The columns every plan or deployment row sets (the others stay empty)."""
    rows = {"row_kind": np.full(count, kind, dtype=object),
            "vendor": np.full(count, vendor[0], dtype=object),
            "vendor_cn": np.full(count, vendor[1], dtype=object),
            "tier": np.full(count, kind, dtype=object)}
    for key in ("discount", "baseline_discount"):
        rows[key] = np.zeros(count)
    return rows


def _savings(comparison: Comparison, rows: dict[str, np.ndarray]) -> None:
    base, cur = rows["baseline_cost"], rows["current_cost"]
    rows["savings"] = base - cur
    with np.errstate(divide="ignore", invalid="ignore"):
        rows["savings_pct"] = np.where(base > 0, (base - cur) / base, np.nan)
    rows["savings_vs_reference"] = comparison.reference_cost - cur
    rows.update(unit_cost_arrays(rows, comparison.workload))


def _plan_arrays(comparison: Comparison, plans: Sequence[RoutingPlan]) -> dict[str, np.ndarray]:
    rows = _rows(len(plans), PLAN, PLAN_VENDOR)
    rows["model_id"] = np.array([p.name for p in plans], dtype=object)
    rows["model_name"] = np.array([f"{p.name} ({p.describe()})" for p in plans], dtype=object)
    rows.update(price_plans(comparison, plans))
    _savings(comparison, rows)
    return rows


def _deployment_arrays(comparison: Comparison, deployments: Sequence[Deployment]
                       ) -> dict[str, np.ndarray]:
    rows = _rows(len(deployments), SELF_HOSTED, SELF_HOSTED_VENDOR)
    work = comparison.workload
    rows["model_id"] = np.array([d.name for d in deployments], dtype=object)
    rows["model_name"] = np.array([f"{d.name} ({d.describe()})" for d in deployments],
                                  dtype=object)
    rows["current_cost"] = np.array([
        float(d.monthly_cost(work.input_tokens, work.output_tokens, comparison.fx,
                             comparison.currency)) for d in deployments])
    rows["baseline_cost"] = np.full(len(deployments), np.nan)
    rows["current_status"] = np.full(len(deployments), PRICED, dtype=object)
    rows["baseline_status"] = np.full(len(deployments), UNKNOWN, dtype=object)
    rows["current_currency"] = np.array([d.currency for d in deployments], dtype=object)
    _savings(comparison, rows)
    return rows


def project_plans(comparison: Comparison, plan_set: PlanSet, months: int,
                  growth: float) -> Projection:
    """Every row of ``comparison`` (with plan rows) projected with its own growth."""
    ids = list(comparison.arrays["model_id"])
    kinds = row_kinds(comparison)
    row_growth: dict[int, float] = {}
    volume_cost = {}
    plans = {p.name: p for p in plan_set.plans}
    deployments = {d.name: d for d in plan_set.deployments}
    work = comparison.workload
    for pos, (model, kind) in enumerate(zip(ids, kinds, strict=True)):
        if kind == PLAN and model in plans:
            own_growth = plans[model].growth
        elif kind == SELF_HOSTED and model in deployments:
            deployment = deployments[model]
            own_growth = deployment.growth
            volume_cost[pos] = _deployment_pricer(deployment, work.input_tokens,
                                                  work.output_tokens, comparison)
        else:
            continue
        if own_growth is not None:
            row_growth[pos] = own_growth
    return project_rows(comparison, months, growth, row_growth, volume_cost)


def _deployment_pricer(deployment: Deployment, input_tokens: float, output_tokens: float,
                       comparison: Comparison):
    def price(factors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        cost = deployment.monthly_cost(input_tokens * factors, output_tokens * factors,
                                       comparison.fx, comparison.currency)
        return np.full(len(factors), np.nan), cost
    return price
