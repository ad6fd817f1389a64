"""Turn a scenario into every number the window and the reports show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from .budget import BudgetView
from .catalog import Catalog
from .comparison import Comparison, compare
from .discounts import Discount, as_discounts
from .fx import FxRate, FxTable, default_rate
from .history import price_history
from .notes import Note
from .planning import PlanSet, add_plan_rows, project_plans
from .projection import Projection, project
from .scenario import Scenario


@dataclass(frozen=True)
class Evaluation:
    """The engine frames for one scenario: the single source for table, charts and exports."""

    scenario: Scenario
    comparison: Comparison
    projection: Projection
    history: pd.DataFrame
    notes: tuple[Note, ...] = ()
    #: The discounts the numbers include: the scenario's, after any given to ``evaluate``.
    discounts: tuple[Discount, ...] = ()
    #: What ``history`` was computed from (catalog, models, currency, rate, discounts),
    #: so the next evaluation can reuse it: prices over time ignore the workload.
    history_inputs: tuple = field(default=(), repr=False, compare=False)
    #: The projection read against the scenario's monthly budget (every row).
    budget: BudgetView | None = None
    #: The plans and deployments priced (those whose models are in the catalog).
    plans: PlanSet = field(default_factory=PlanSet)

    @property
    def frame(self) -> pd.DataFrame:
        return self.comparison.frame


#: The source of a rate the scenario sets itself (reports translate it).
SCENARIO_FX_SOURCE = "set in this scenario"


def scenario_fx(scenario: Scenario, default_fx: FxRate | FxTable) -> FxRate:
    """The scenario's own rate, else the default: from dated rates the one in effect at the
    scenario's current date."""
    default = default_rate(default_fx, scenario.current_date)
    if scenario.fx_cny_per_usd is None or scenario.fx_cny_per_usd == default.cny_per_usd:
        return default
    return FxRate(scenario.fx_cny_per_usd, SCENARIO_FX_SOURCE)


def evaluate(scenario: Scenario, catalog: Catalog, default_fx: FxRate | FxTable,
             discounts: Mapping[str, float] | None = None,
             previous: Evaluation | None = None, *, calendars: tuple = (),
             local_zone: str | dt.tzinfo | None = None) -> Evaluation:
    """Price, project and collect price history for the scenario's models.

    ``discounts``: vendor discounts from outside the scenario (the older per-user
    file), applied at every date; the scenario's own discounts win over them.

    ``previous`` (the last evaluation) lends its price history when the catalog,
    models, currency, rate and discounts are the same (a new workload, say).

    ``calendars``: the holiday calendars vendor schedules may name
    (``calculator.calendars.all_calendars()``); ``local_zone``: the computer's time
    zone, for a scenario whose traffic names none (None: UTC).
    """
    options = scenario.billing.pricing_options(calendars, local_zone)
    fx = scenario_fx(scenario, default_fx)
    applied = as_discounts(discounts) + scenario.discounts
    models = tuple(m for m in scenario.models if m in catalog)
    reference = scenario.reference if scenario.reference in catalog else None
    plan_set, plan_notes = usable_plans(scenario.plans, catalog)
    priced = tuple(dict.fromkeys(models + plan_set.member_ids()))
    comparison = compare(
        catalog, scenario.workload.to_workload(), scenario.baseline_date, scenario.current_date,
        fx=fx, currency=scenario.currency, models=priced, reference=reference,
        discounts=applied, options=options,
    )
    if plan_set.has_rows:
        comparison = add_plan_rows(comparison, plan_set, keep=models)
        projection = project_plans(comparison, plan_set, scenario.horizon, scenario.growth)
    else:
        projection = project(comparison, scenario.horizon, scenario.growth)
    budget = BudgetView.of(projection, plan_set.budget)
    inputs = (catalog, models, scenario.currency, fx, applied)
    if previous is not None and _same_inputs(previous.history_inputs, inputs):
        history = previous.history
    else:
        history = price_history(catalog, models, scenario.currency, fx, applied)
    notes = list(comparison.notes)
    missing = [m for m in scenario.models if m not in catalog]
    if missing:
        notes.append(Note.make("missing_models", models=", ".join(missing)))
    if scenario.reference and reference is None:
        notes.append(Note.make("missing_reference", model=scenario.reference))
    notes.extend(plan_notes)
    return Evaluation(scenario, comparison, projection, history, tuple(notes),
                      applied, inputs, budget, plan_set)


def usable_plans(plan_set: PlanSet, catalog: Catalog) -> tuple[PlanSet, list[Note]]:
    """The plans whose models are all in the catalog and whose names are not model ids;
    a note names each plan left out."""
    notes = []
    plans = []
    for plan in plan_set.plans:
        missing = [m for m in plan.model_ids if m not in catalog]
        if plan.name in catalog:
            notes.append(Note.make("plan_name_taken", plan=plan.name))
        elif missing:
            notes.append(Note.make("plan_left_out", plan=plan.name, models=", ".join(missing)))
        else:
            plans.append(plan)
    deployments = []
    for deployment in plan_set.deployments:
        if deployment.name in catalog:
            notes.append(Note.make("plan_name_taken", plan=deployment.name))
        else:
            deployments.append(deployment)
    if len(plans) == len(plan_set.plans) and len(deployments) == len(plan_set.deployments):
        return plan_set, notes
    return PlanSet(tuple(plans), tuple(deployments), plan_set.budget), notes


def _same_inputs(old: tuple, new: tuple) -> bool:
    # the catalog by identity (a new catalog is a new object), the rest by value
    return bool(old) and old[0] is new[0] and old[1:] == new[1:]
