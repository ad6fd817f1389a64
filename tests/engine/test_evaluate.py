"""evaluate(): one scenario to every frame; price history reused while its inputs hold."""

from __future__ import annotations

import dataclasses

import numpy as np

from calculator.calendars import all_calendars
from calculator.engine.evaluate import evaluate
from calculator.engine.scenario import Scenario
from calculator.userfiles.loading import default_fx, load_catalog

CALENDARS = all_calendars()


def test_history_is_reused_only_while_its_inputs_are_the_same():
    catalog, fx = load_catalog(), default_fx()
    first = evaluate(Scenario(), catalog, fx, calendars=CALENDARS)
    busier = Scenario().with_workload(input_tokens=999e6)
    again = evaluate(busier, catalog, fx, previous=first, calendars=CALENDARS)
    assert again.history is first.history  # a new workload: same prices over time
    # (retired and unknown rows have no cost: compare what is priced)
    assert np.nansum(again.comparison.arrays["current_cost"]) > np.nansum(
        first.comparison.arrays["current_cost"])
    fresh = evaluate(busier, catalog, fx, calendars=CALENDARS)
    assert again.history.equals(fresh.history)

    changes = {
        "currency": dataclasses.replace(busier, currency="USD"),
        "models": dataclasses.replace(busier, models=busier.models[:3]),
        "fx": dataclasses.replace(busier, fx_cny_per_usd=8.0),
    }
    for what, scenario in changes.items():
        other = evaluate(scenario, catalog, fx, previous=again, calendars=CALENDARS)
        assert other.history is not again.history, what
        fresh = evaluate(scenario, catalog, fx, calendars=CALENDARS)
        assert other.history.equals(fresh.history), what
    discounted = evaluate(busier, catalog, fx, {"OpenAI": 0.2}, previous=again, calendars=CALENDARS)
    assert discounted.history is not again.history
    # a new catalog object
    reloaded = evaluate(busier, load_catalog(), fx, previous=again, calendars=CALENDARS)
    assert reloaded.history is not again.history
