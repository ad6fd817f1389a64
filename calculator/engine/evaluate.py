"""Turn a scenario into every number the window and the reports show."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from .catalog import Catalog
from .comparison import Comparison, compare
from .fx import FxRate
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

    @property
    def frame(self) -> pd.DataFrame:
        return self.comparison.frame


def scenario_fx(scenario: Scenario, default_fx: FxRate) -> FxRate:
    if scenario.fx_cny_per_usd is None or scenario.fx_cny_per_usd == default_fx.cny_per_usd:
        return default_fx
    return FxRate(scenario.fx_cny_per_usd, "set in this scenario")


def evaluate(scenario: Scenario, catalog: Catalog, default_fx: FxRate,
             discounts: Mapping[str, float] | None = None) -> Evaluation:
    """Price, project and collect price history for the scenario's models."""
    fx = scenario_fx(scenario, default_fx)
    models = tuple(m for m in scenario.models if m in catalog)
    reference = scenario.reference if scenario.reference in catalog else None
    comparison = compare(
        catalog, scenario.workload.to_workload(), scenario.baseline_date, scenario.current_date,
        fx=fx, currency=scenario.currency, models=models, reference=reference,
        discounts=discounts,
    )
    projection = project(comparison, scenario.horizon, scenario.growth)
    history = price_history(catalog, models, scenario.currency, fx, discounts)
    notes = list(comparison.notes)
    missing = [m for m in scenario.models if m not in catalog]
    if missing:
        notes.append(Note.make("missing_models", models=", ".join(missing)))
    if scenario.reference and reference is None:
        notes.append(Note.make("missing_reference", model=scenario.reference))
    return Evaluation(scenario, comparison, projection, history, tuple(notes),
                      tuple(sorted((discounts or {}).items())))
