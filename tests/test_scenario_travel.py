"""Scenario files version 2 carry their discounts and the prices a colleague lacks."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pandas as pd
import pytest

from calculator.calendars import all_calendars
from calculator.engine.discounts import Discount
from calculator.engine.evaluate import evaluate
from calculator.engine.scenario import Scenario
from calculator.formats.scenario_file import (
    VERSION,
    ScenarioError,
    document_from_json,
    read_document,
    scenario_to_json,
)
from calculator.formats.scenario_prices import records_to_carry, with_records
from calculator.runtime.paths import seed_path
from calculator.userfiles.loading import default_fx, load_catalog
from calculator.userfiles.store import CatalogStore, record_from_fields

CALENDARS = all_calendars()

CUSTOM = {"model_id": "acme-private-70b", "vendor": "Acme (self-hosted)", "vendor_cn": "",
          "model_name": "Acme Private 70B", "tier": "", "context_window": "32k",
          "effective_from": "2024-01-01", "currency": "CNY", "input_per_mtok": "3",
          "output_per_mtok": "6", "cached_input_per_mtok": "", "status": "confirmed",
          "source": "Our GPU bill, 2024", "checked": "2024-05-01", "notes": ""}
NEGOTIATED = {**CUSTOM, "model_id": "gpt-4o", "vendor": "OpenAI", "vendor_cn": "OpenAI",
              "model_name": "GPT-4o", "effective_from": "2024-05-20", "currency": "USD",
              "input_per_mtok": "4", "output_per_mtok": "12", "source": "Contract 2024"}


@pytest.fixture
def my_catalog(tmp_path):
    """A machine with a custom model and a negotiated price entered by its user."""
    store = CatalogStore(tmp_path / "mine")
    store.add_records(pd.concat([record_from_fields(CUSTOM), record_from_fields(NEGOTIATED)]))
    return store.load().catalog


SCENARIO = Scenario(name="Travelling", baseline_date=dt.date(2024, 5, 1),
                    current_date=dt.date(2024, 6, 1),
                    models=("acme-private-70b", "gpt-4o", "glm-4"), reference="gpt-4o",
                    discounts=(Discount(0.2, vendor="OpenAI", since=dt.date(2024, 5, 15)),
                               Discount(0.1, model="glm-4")))


def test_a_saved_scenario_opens_the_same_on_another_machine(my_catalog):
    carried = records_to_carry(my_catalog, SCENARIO.models)
    assert set(carried["model_id"]) == {"acme-private-70b", "gpt-4o"}  # not the shipped ones
    text = scenario_to_json(SCENARIO, carried)
    data = json.loads(text)
    assert data["version"] == VERSION == 2
    assert data["discounts"] == [{"off": 0.2, "vendor": "OpenAI", "since": "2024-05-15"},
                                 {"off": 0.1, "model": "glm-4"}]
    assert {p["model_id"] for p in data["prices"]} == {"acme-private-70b", "gpt-4o"}

    document = document_from_json(text, "travelling.json")
    assert document.scenario == SCENARIO
    elsewhere = with_records(load_catalog(), document.prices)  # only the shipped prices
    here = evaluate(SCENARIO, my_catalog, default_fx(), calendars=CALENDARS)
    there = evaluate(document.scenario, elsewhere, default_fx(), calendars=CALENDARS)
    columns = ["model_id", "baseline_cost", "current_cost", "savings_vs_reference"]
    pd.testing.assert_frame_equal(here.comparison.frame[columns],
                                  there.comparison.frame[columns])
    assert not [n for n in there.notes if n.key == "missing_models"]


def test_version_1_files_open_unchanged():
    document = read_document(seed_path("scenarios", "customer-service-bot.json"))
    assert document.scenario.discounts == () and document.prices.empty
    assert document.scenario.name == "Customer-service bot"


def test_a_newer_version_is_refused():
    with pytest.raises(ScenarioError, match="newer version") as err:
        document_from_json('{"format": "llm-cost-scenario", "version": 3}', "future.json")
    assert err.value.key == "newer"


@pytest.mark.parametrize(("discounts", "message"), [
    ('"20%"', '"discounts" must be a list'),
    ('[{"off": 0.2}]', 'needs exactly one of "vendor" and "model"'),
    ('[{"vendor": "OpenAI"}]', 'needs "off"'),
    ('[{"off": 2, "vendor": "OpenAI"}]', "between 0 and 0.999"),
    ('[{"off": 0.2, "vendor": "OpenAI", "since": "soon"}]', "since"),
    ('[{"off": 0.2, "vendor": "OpenAI", "percent": 20}]', "unknown field 'percent'"),
])
def test_bad_discounts_are_named(discounts, message):
    text = f'{{"format": "llm-cost-scenario", "version": 2, "discounts": {discounts}}}'
    with pytest.raises(ScenarioError, match=message.replace("(", r"\(")):
        document_from_json(text, "bad.json")


def test_bad_carried_prices_are_named():
    text = json.dumps({"format": "llm-cost-scenario", "version": 2, "prices": [
        {**CUSTOM, "input_per_mtok": "cheap"}]})
    with pytest.raises(ScenarioError, match="column input_per_mtok: 'cheap' is not a number"):
        document_from_json(text, "bad.json")


def run_export(tmp_path, scenario_path, *extra):
    return subprocess.run([sys.executable, "-m", "calculator", "export", str(scenario_path),
                           "--out", str(tmp_path / "out"), "--formats", "csv", *extra],
                          capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
                               "LLMCOST_DATA_DIR": str(tmp_path / "empty-data")})


@pytest.mark.subprocess
def test_export_prices_the_carried_models_on_a_fresh_machine(tmp_path, my_catalog):
    path = tmp_path / "travelling.json"
    path.write_text(scenario_to_json(SCENARIO, records_to_carry(my_catalog, SCENARIO.models)),
                    encoding="utf-8")
    result = run_export(tmp_path, path)
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(tmp_path / "out" / "comparison.csv", encoding="utf-8-sig")
    acme = table.set_index("model_id").loc["acme-private-70b"]
    assert acme["current_status"] == "priced"
    assert result.stderr == ""


@pytest.mark.subprocess
def test_export_names_the_models_it_cannot_price(tmp_path):
    path = tmp_path / "missing.json"
    path.write_text(scenario_to_json(Scenario(models=("glm-4", "acme-private-70b"),
                                              reference=None)), encoding="utf-8")
    result = run_export(tmp_path, path)
    assert result.returncode == 2  # bad input: nothing written, one line naming it
    assert "acme-private-70b" in result.stderr and "glm-4" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "comparison.csv").exists()
