from __future__ import annotations

import datetime as dt

import pytest

from calculator.calendars import all_calendars
from calculator.engine.evaluate import evaluate
from calculator.engine.scenario import Scenario
from calculator.userfiles.loading import fx_rates, load_catalog

CALENDARS = all_calendars()


@pytest.fixture(scope="session")
def evaluation():
    scenario = Scenario(name="Report test", baseline_date=dt.date(2024, 5, 1),
                        current_date=dt.date(2024, 6, 1), reference="gpt-4-turbo",
                        models=("glm-3-turbo", "qwen-long", "doubao-pro-32k", "ernie-speed-8k",
                                "gpt-4-turbo"))
    return evaluate(scenario, load_catalog(), fx_rates(), calendars=CALENDARS)
