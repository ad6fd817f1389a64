"""Turn a scenario into every number the window and the reports show."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from .catalog import Catalog
from .comparison import Comparison, compare
from .fx import FxRate, FxTable, default_rate
from .history import price_history
from .notes import Note
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
    #: Vendor discounts applied, as sorted (vendor, fraction) pairs.
    discounts: tuple[tuple[str, float], ...] = ()
    #: What ``history`` was computed from (catalog, models, currency, rate, discounts),
    #: so the next evaluation can reuse it: prices over time ignore the workload.
    history_inputs: tuple = field(default=(), repr=False, compare=False)

    @property
    def frame(self) -> pd.DataFrame:
        return self.comparison.frame


def scenario_fx(scenario: Scenario, default_fx: FxRate | FxTable) -> FxRate:
    """The scenario's own rate, else the default: from dated rates the one in effect at the
    scenario's current date."""
    default = default_rate(default_fx, scenario.current_date)
    if scenario.fx_cny_per_usd is None or scenario.fx_cny_per_usd == default.cny_per_usd:
        return default
    return FxRate(scenario.fx_cny_per_usd, "set in this scenario")


def evaluate(scenario: Scenario, catalog: Catalog, default_fx: FxRate | FxTable,
             discounts: Mapping[str, float] | None = None,
             previous: Evaluation | None = None) -> Evaluation:
    """Price, project and collect price history for the scenario's models.

    ``previous`` (the last evaluation) lends its price history when the catalog,
    models, currency, rate and discounts are the same (a new workload, say).
    """
    fx = scenario_fx(scenario, default_fx)
    models = tuple(m for m in scenario.models if m in catalog)
    reference = scenario.reference if scenario.reference in catalog else None
    comparison = compare(
        catalog, scenario.workload.to_workload(), scenario.baseline_date, scenario.current_date,
        fx=fx, currency=scenario.currency, models=models, reference=reference,
        discounts=discounts,
    )
    projection = project(comparison, scenario.horizon, scenario.growth)
    discount_pairs = tuple(sorted((discounts or {}).items()))
    inputs = (catalog, models, scenario.currency, fx, discount_pairs)
    if previous is not None and _same_inputs(previous.history_inputs, inputs):
        history = previous.history
    else:
        history = price_history(catalog, models, scenario.currency, fx, discounts)
    notes = list(comparison.notes)
    missing = [m for m in scenario.models if m not in catalog]
    if missing:
        notes.append(Note.make("missing_models", models=", ".join(missing)))
    if scenario.reference and reference is None:
        notes.append(Note.make("missing_reference", model=scenario.reference))
    return Evaluation(scenario, comparison, projection, history, tuple(notes),
                      discount_pairs, inputs)


def _same_inputs(old: tuple, new: tuple) -> bool:
    # the catalog by identity (a new catalog is a new object), the rest by value
    return bool(old) and old[0] is new[0] and old[1:] == new[1:]
