"""Plans in a scenario: evaluation, scenario files, and every report built from them."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from calculator.calendars import all_calendars
from calculator.engine.evaluate import evaluate
from calculator.engine.planning import PlanSet, row_kinds
from calculator.engine.plans import RoutingPlan
from calculator.engine.scenario import Scenario
from calculator.engine.self_hosting import Deployment
from calculator.formats.scenario_file import ScenarioError, scenario_from_json, scenario_to_json
from calculator.reports.html_report import build_html
from calculator.reports.plan_tables import month_frame
from calculator.reports.spreadsheet import csv_bytes, xlsx_bytes

CALENDARS = all_calendars()

PLANS = PlanSet(
    (RoutingPlan("cheap-first", (("glm-3-turbo", 0.7), ("gpt-4-turbo", 0.3)), growth=0.3),
     RoutingPlan("all-qwen", (("qwen-max", 1.0),), growth=0.1)),
    (Deployment("own-node", 2.5, 8, 20_000, 2_000, 0.5, 1_000, "USD", gpu="H100"),),
    budget=5_000,
)


@pytest.fixture(scope="module")
def scenario():
    return Scenario(name="Plans", baseline_date=dt.date(2024, 5, 1),
                    current_date=dt.date(2024, 6, 1), models=("glm-3-turbo", "ernie-speed-8k"),
                    reference="gpt-4-turbo", growth=0.0, horizon=24, plans=PLANS)


@pytest.fixture(scope="module")
def evaluation(seeds, seed_fx, scenario):
    return evaluate(scenario, seeds, seed_fx, calendars=CALENDARS)


def test_plan_rows_beside_models(evaluation):
    arrays = evaluation.comparison.arrays
    assert list(arrays["model_id"]) == ["glm-3-turbo", "ernie-speed-8k", "cheap-first",
                                        "all-qwen", "own-node"]
    assert list(row_kinds(evaluation.comparison)) == ["model", "model", "plan", "plan",
                                                      "self_hosted"]
    # members not in the scenario's models are priced, not listed
    glm = arrays["current_cost"][0]
    gpt4 = (100 * 10 + 20 * 30) * 7.2  # 100M in, 20M out at $10/$30, 7.2 CNY/USD
    assert arrays["current_cost"][2] == pytest.approx(0.7 * glm + 0.3 * gpt4)
    assert evaluation.plans == PLANS


def test_projection_uses_each_plans_growth_and_budget(evaluation):
    projection = evaluation.projection
    ids = list(projection.model_ids)
    cheap = ids.index("cheap-first")
    month1 = projection.current_monthly[cheap, 0]
    np.testing.assert_allclose(projection.current_monthly[cheap],
                               month1 * 1.3 ** np.arange(24))
    np.testing.assert_allclose(projection.current_monthly[0], projection.current_monthly[0, 0])
    view = evaluation.budget
    expected = int(np.argmax(month1 * 1.3 ** np.arange(24) > 5_000)) + 1
    assert view.first_over[cheap] == expected and view.runway[cheap] == expected - 1
    table = month_frame(projection, view)
    assert list(table.columns) == ["month", *ids, "budget"]
    assert (table["budget"] == 5_000).all()
    cumulative = month_frame(projection, view, cumulative=True)
    assert cumulative["budget"].iloc[-1] == 5_000 * 24


def test_scenario_file_round_trip(scenario):
    text = scenario_to_json(scenario)
    doc = json.loads(text)
    assert doc["plans"]["routing"][0] == {"name": "cheap-first",
                                          "shares": {"glm-3-turbo": 0.7, "gpt-4-turbo": 0.3},
                                          "growth": 0.3}
    assert doc["plans"]["budget"] == 5_000
    assert doc["chart"]["projection_baseline"] is True
    assert scenario_from_json(text) == scenario


def test_file_without_plans_opens_with_none(scenario):
    doc = json.loads(scenario_to_json(scenario))
    del doc["plans"]
    assert scenario_from_json(json.dumps(doc)).plans == PlanSet()


@pytest.mark.parametrize("change, message", [
    ({"routing": [{"name": "x", "shares": {"glm-4": 0.5}}]}, "shares sum to 0.5"),
    ({"routing": [{"name": "", "shares": {"glm-4": 1}}]}, "name is empty"),
    ({"routing": [{"name": "x", "shares": [["glm-4", 1]]}]}, "plans.routing[0].shares"),
    ({"self_hosted": [{"name": "n", "gpu_hourly": 1, "gpus": 1, "input_tps": 0,
                       "output_tps": 1}]}, "input_tps must be above 0"),
    ({"self_hosted": [{"name": "n"}]}, "is incomplete"),
    ({"self_hosted": [{"name": "n", "gpu_hourly": 1, "gpus": 1, "input_tps": 1,
                       "output_tps": 1, "colour": "red"}]}, "unknown field(s) colour"),
    ({"budget": -1}, "plans.budget"),
    ({"routing": "A"}, "plans.routing"),
])
def test_bad_plans_in_a_file_are_refused_with_the_place(scenario, change, message):
    doc = json.loads(scenario_to_json(scenario))
    doc["plans"].update(change)
    with pytest.raises(ScenarioError) as err:
        scenario_from_json(json.dumps(doc), "mine.json")
    assert message in str(err.value) and str(err.value).startswith("mine.json: ")


def test_plan_with_a_model_missing_from_the_catalog_is_left_out_with_a_note(seeds, seed_fx,
                                                                           scenario):
    plans = PlanSet((RoutingPlan("ghost", (("no-such-model", 1.0),)),
                     RoutingPlan("glm-4", (("glm-3-turbo", 1.0),))))
    result = evaluate(Scenario(models=("glm-3-turbo",), plans=plans), seeds, seed_fx,
                      calendars=CALENDARS)
    assert list(result.comparison.arrays["model_id"]) == ["glm-3-turbo"]
    texts = [str(n) for n in result.notes]
    assert any("Plan ghost left out" in t and "no-such-model" in t for t in texts)
    assert any("Plan glm-4 left out: a model has the same id" in t for t in texts)


def test_reports_show_plan_rows(evaluation):
    csv_text = csv_bytes(evaluation).decode("utf-8-sig")
    assert "cheap-first" in csv_text and "own-node" in csv_text
    assert xlsx_bytes(evaluation, "test")[:2] == b"PK"
    html = build_html(evaluation, {}, "test")
    assert "cheap-first" in html and "own-node" in html


def test_reports_have_a_plans_section_and_a_months_sheet(evaluation):
    import io

    from openpyxl import load_workbook

    html = build_html(evaluation, [], "test")
    assert "<h2>Plans and budget</h2>" in html
    assert "Monthly budget ¥5,000; each row grows at its own rate." in html
    book = load_workbook(io.BytesIO(xlsx_bytes(evaluation, "test")))
    sheet = book["Month by month"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("model_id", "model_name", "first_month_over_budget", "month_1")
    assert [r[0] for r in rows[1:]] == ["glm-3-turbo", "ernie-speed-8k", "cheap-first",
                                        "all-qwen", "own-node", "budget"]
    cheap = rows[3]
    assert cheap[2] == int(evaluation.budget.first_over[2])
    assert cheap[3] == pytest.approx(evaluation.projection.current_monthly[2, 0])


def test_reports_without_plans_have_no_plans_section(seeds, seed_fx):
    plain = evaluate(Scenario(models=("glm-3-turbo",)), seeds, seed_fx, calendars=CALENDARS)
    assert "Plans and budget" not in build_html(plain, [], "test")
