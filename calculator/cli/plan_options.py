"""``quote`` options for plans: routing mixes, self-hosted deployments, budget over time.

Kept apart from ``quote.py`` so the plan options are read and written in one
place: :func:`add_arguments` declares them, :func:`plan_set` turns them into an
engine :class:`PlanSet`, :func:`price` prices a workload with the plan rows, and
the ``extend_*`` functions add the budget columns to each output format.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from ..engine import Catalog, Comparison, EngineError, compare
from ..engine.budget import BudgetView
from ..engine.planning import MODEL, PlanSet, add_plan_rows, project_plans, row_kinds
from ..engine.plans import PlanError
from ..engine.projection import MAX_MONTHS, Projection
from ..engine.self_hosting import break_evens
from ..formats.plan_specs import (
    format_deployment,
    format_plan,
    parse_deployment,
    parse_growth,
    parse_named_growth,
    parse_plan,
)
from ..reports.formatting import format_money
from ..reports.plan_tables import budget_columns, month_table
from .args import amount

DEFAULT_HORIZON = 12


def _spec(parse, what: str):
    def convert(text: str):
        try:
            return parse(text)
        except (PlanError, EngineError) as err:
            raise argparse.ArgumentTypeError(f"{what}: {err}") from None
    convert.__name__ = what
    return convert


def _horizon(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--horizon: {text!r} is not a whole number of months") \
            from None
    if not 1 <= value <= MAX_MONTHS:
        raise argparse.ArgumentTypeError(f"--horizon: {value} must be 1 to {MAX_MONTHS} months")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("plans and budget")
    group.add_argument("--plan", action="append", default=[], metavar="NAME=ID:SHARE,ID:SHARE",
                       type=_spec(parse_plan, "--plan"),
                       help="a routing mix priced as the share-weighted sum of its models "
                            "(shares sum to 1; 0.7 or 70%%); repeatable; adds a row NAME")
    group.add_argument("--self-hosted", action="append", default=[], dest="self_hosted",
                       type=_spec(parse_deployment, "--self-hosted"),
                       metavar="NAME:gpu_hourly=…,gpus=…,input_tps=…,output_tps=…,utilization=…",
                       help="a self-hosted deployment (also fixed_monthly=…, currency=CNY|USD, "
                            "gpu=LABEL, growth=G); repeatable; adds a row NAME")
    group.add_argument("--budget", type=amount("--budget"), metavar="AMOUNT",
                       help="monthly budget in the display currency (50000, 5万, 50k)")
    group.add_argument("--growth", type=_spec(lambda t: parse_growth(t, "growth"), "--growth"),
                       metavar="G", help="monthly growth of every row (0.3 or 30%%; default 0)")
    group.add_argument("--plan-growth", action="append", default=[], dest="plan_growth",
                       type=_spec(parse_named_growth, "--plan-growth"), metavar="NAME=G",
                       help="a plan's or deployment's own monthly growth; repeatable")
    group.add_argument("--horizon", type=_horizon, metavar="N",
                       help=f"months to project (1 to {MAX_MONTHS}; default {DEFAULT_HORIZON})")


@dataclass(frozen=True)
class Priced:
    """What ``quote`` prints: the comparison with plan rows and, if asked, the projection."""

    comparison: Comparison
    plan_set: PlanSet
    projection: Projection | None = None
    budget: BudgetView | None = None


def plan_set(args: argparse.Namespace) -> PlanSet:
    """The plans and deployments of the command line, with their own growths."""
    plans, deployments = list(args.plan), list(args.self_hosted)
    names = {p.name for p in plans} | {d.name for d in deployments}
    for name, growth in args.plan_growth:
        if name not in names:
            raise PlanError(f"--plan-growth: no plan or deployment is named {name!r}", "growth")
        plans = [replace(p, growth=growth) if p.name == name else p for p in plans]
        deployments = [replace(d, growth=growth) if d.name == name else d for d in deployments]
    return PlanSet(tuple(plans), tuple(deployments), args.budget)


def wants_projection(args: argparse.Namespace) -> bool:
    return (args.budget is not None or args.growth is not None or args.horizon is not None
            or bool(args.plan_growth))


def price(args: argparse.Namespace, catalog: Catalog, **compare_kwargs) -> Priced:
    """Compare as ``quote`` does, with plan members priced and plan rows added."""
    plans = plan_set(args)
    for name in plans.names:
        if name in catalog:
            raise PlanError(f"plan name {name!r} is already a model id; choose another name",
                            "name")
    for plan in plans.plans:
        for model in plan.model_ids:
            if model not in catalog:
                raise PlanError(f"plan {plan.name!r}: unknown model id {model!r}", "shares")
    models = compare_kwargs.pop("models")
    priced = None if models is None else tuple(dict.fromkeys([*models, *plans.member_ids()]))
    comparison = compare(catalog, models=priced, **compare_kwargs)
    comparison = add_plan_rows(comparison, plans, keep=models)
    if not wants_projection(args):
        return Priced(comparison, plans)
    horizon = args.horizon or DEFAULT_HORIZON
    projection = project_plans(comparison, plans, horizon, args.growth or 0.0)
    return Priced(comparison, plans, projection, BudgetView.of(projection, plans.budget))


# ---------------------------------------------------------------------- outputs
def extend_json(doc: dict, priced: Priced) -> dict:
    """Plan definitions at the top; ``projection`` and ``first_month_over_budget`` per row."""
    if priced.plan_set.plans:
        doc["plans"] = [{"name": p.name, "spec": format_plan(p),
                         "shares": dict(p.shares), "growth": p.growth}
                        for p in priced.plan_set.plans]
    if priced.plan_set.deployments:
        doc["self_hosted"] = [_deployment_json(priced.comparison, d)
                              for d in priced.plan_set.deployments]
    if priced.projection is None:
        return doc
    doc["budget"] = {"amount": priced.budget.budget, "currency": priced.comparison.currency,
                     "growth": priced.projection.growth, "horizon": priced.budget.horizon}
    columns = budget_columns(priced.projection, priced.budget)
    months = [c for c in columns.columns if c.startswith("month_")]
    for row, (_, values) in zip(doc["rows"], columns.iterrows(), strict=True):
        row["projection"] = [_json_number(values[c]) for c in months]
        first = int(values["first_month_over_budget"]) if pd.notna(
            values["first_month_over_budget"]) else None
        row["first_month_over_budget"] = first
    return doc


def _deployment_json(comparison: Comparison, deployment) -> dict:
    """A deployment's definition, the replicas month 1 needs, and its break-even against
    each API model row (monthly tokens from which it costs no more; null: never)."""
    work = comparison.workload
    arrays = comparison.arrays
    api = row_kinds(comparison) == MODEL
    costs = np.where(api, np.asarray(arrays["current_cost"], float), np.nan)
    total = work.input_tokens + work.output_tokens
    evens = break_evens(deployment, costs, work.input_tokens, work.output_tokens,
                        comparison.fx, comparison.currency)
    return {
        "name": deployment.name, "spec": format_deployment(deployment),
        "currency": deployment.currency,
        "replicas": int(deployment.replicas(work.input_tokens, work.output_tokens)),
        "replica_hours": float(deployment.replica_hours(work.input_tokens, work.output_tokens)),
        "growth": deployment.growth,
        "break_even_tokens": {
            str(model): (None if even.first is None else even.first * total)
            for model, even, is_api in zip(arrays["model_id"], evens, api, strict=True)
            if is_api},
        "cheaper_for_good_from_tokens": {
            str(model): (None if even.stable is None else even.stable * total)
            for model, even, is_api in zip(arrays["model_id"], evens, api, strict=True)
            if is_api},
    }


def _json_number(value: float) -> float | None:
    return None if pd.isna(value) else float(value)


def extend_frame(frame: pd.DataFrame, priced: Priced) -> pd.DataFrame:
    """The quote CSV with ``first_month_over_budget`` and ``month_1`` … ``month_N``."""
    if priced.projection is None:
        return frame
    columns = budget_columns(priced.projection, priced.budget)
    return pd.concat([frame.reset_index(drop=True), columns.reset_index(drop=True)], axis=1)


def table_lines(priced: Priced) -> list[str]:
    """Lines under the terminal table: the budget and each row month by month."""
    if priced.projection is None:
        return []
    currency = priced.comparison.currency
    view = priced.budget
    growth = priced.projection.growth
    own = [f"{item.name} {item.growth:+.1%}" for item in
           (*priced.plan_set.plans, *priced.plan_set.deployments) if item.growth is not None]
    head = (f"Projection over {view.horizon} months, growth {growth:+.1%} a month"
            + (f" (own growth: {', '.join(own)})" if own else ""))
    if view.budget is not None:
        head += f"; budget {format_money(view.budget, currency)} a month"
    lines = ["", head + f"; costs in {currency}", ""]
    lines.extend(month_table(priced.projection, view).splitlines())
    return lines
