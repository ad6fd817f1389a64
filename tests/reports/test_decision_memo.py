"""Plan A beside plan B: the memo's table, summary, sentences and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import numpy as np
import pytest

from calculator.calendars import all_calendars
from calculator.engine import FxRate
from calculator.engine.errors import EngineError
from calculator.engine.evaluate import evaluate
from calculator.engine.planning import PlanSet
from calculator.engine.plans import RoutingPlan
from calculator.engine.scenario import Scenario, WorkloadSpec
from calculator.formats.catalog_reader import read_catalog_files
from calculator.reports.decision_memo import Memo, memo_csv_bytes, option_from

CALENDARS = all_calendars()

HEADER = ("model_id,vendor,vendor_cn,model_name,tier,context_window,effective_from,currency,"
          "input_per_mtok,output_per_mtok,cached_input_per_mtok,status,source,checked,notes")
ROWS = [
    "ds-pro,DeepSeek,深度求索,V4 Pro,flagship,,2026-08-16,CNY,4.5,13.5,,confirmed,"
    "https://example.com,2026-10-17,",
    "qwen-max3,Alibaba Cloud,阿里云,Qwen3 Max,flagship,,2026-08-22,CNY,2.5,10,,confirmed,"
    "https://example.com,2026-08-22,",
]


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory):
    path = tmp_path_factory.mktemp("memo") / "catalog.csv"
    path.write_text(HEADER + "\n" + "\n".join(ROWS) + "\n", encoding="utf-8")
    catalog = read_catalog_files([path])
    plans = PlanSet((RoutingPlan("A", (("ds-pro", 1.0),), growth=0.3),
                     RoutingPlan("B", (("qwen-max3", 1.0),), growth=0.1)), budget=50_000)
    scenario = Scenario(name="A or B", workload=WorkloadSpec(input_tokens=600e6,
                                                              output_tokens=200e6),
                        baseline_date=dt.date(2026, 9, 1), current_date=dt.date(2026, 11, 1),
                        models=("ds-pro", "qwen-max3"), reference=None, growth=0.0,
                        horizon=36, plans=plans)
    return evaluate(scenario, catalog, FxRate(7.0, "test"), calendars=CALENDARS)


def memo(evaluation, budget=50_000):
    options = (option_from(evaluation, "A", "Plan A", "CNY"),
               option_from(evaluation, "B", "Plan B", "CNY"))
    return Memo("A or B", "CNY", budget, options, ("Prices of 2026-11-01",))


def test_issue_example_answered(evaluation):
    result = memo(evaluation)
    assert list(result.first_over()) == [10, 29]
    lines = result.headline()
    assert lines[0].startswith(
        "Plan A passes the ¥50,000 monthly budget in month 10 (¥57,264 that month)")
    assert lines[1].startswith("Plan B passes the ¥50,000 monthly budget in month 29")
    assert lines[2].startswith("Over 36 months Plan B costs")
    summary = result.summary()
    assert list(summary["First month over budget"]) == [10, 29]
    assert list(summary["Months within budget"]) == [9, 28]
    assert summary["Growth a month"].tolist() == [0.3, 0.1]


def test_month_table_and_cumulative_budget(evaluation):
    frame = memo(evaluation).frame()
    assert list(frame.columns) == ["Month", "Plan A, monthly", "Plan B, monthly",
                                   "Plan A, cumulative", "Plan B, cumulative",
                                   "Budget, monthly", "Budget, cumulative"]
    assert len(frame) == 36
    np.testing.assert_allclose(frame["Plan A, monthly"], 5400 * 1.3 ** np.arange(36))
    np.testing.assert_allclose(frame["Plan B, cumulative"],
                               np.cumsum(3500 * 1.1 ** np.arange(36)))
    assert frame["Budget, cumulative"].iloc[-1] == 50_000 * 36


def test_without_budget(evaluation):
    result = memo(evaluation, budget=None)
    assert "Budget, monthly" not in result.frame()
    assert result.headline()[0].startswith("Plan A: ¥")


def test_csv_is_one_sheet_a_spreadsheet_opens(evaluation):
    raw = memo_csv_bytes(memo(evaluation))
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["A or B"]
    assert rows[1][0].startswith("Plan A passes")
    header = rows.index(["Month", "Plan A, monthly", "Plan B, monthly", "Plan A, cumulative",
                         "Plan B, cumulative", "Budget, monthly", "Budget, cumulative"])
    assert rows[header + 10][0] == "10"
    assert float(rows[header + 10][1]) == pytest.approx(5400 * 1.3 ** 9)
    assert rows[-1] == ["Prices of 2026-11-01"]


def test_option_count_and_rows_checked(evaluation):
    one = option_from(evaluation, "A", "A", "CNY")
    with pytest.raises(EngineError, match="compare 2 to 4 options"):
        Memo("x", "CNY", None, (one,))
    with pytest.raises(EngineError, match="compare 2 to 4 options"):
        Memo("x", "CNY", None, (one,) * 5)
    with pytest.raises(EngineError, match="not a row"):
        option_from(evaluation, "nope", "X", "CNY")


def test_an_option_may_carry_its_own_growth(evaluation):
    own = option_from(evaluation, "A", "A", "CNY")
    faster = option_from(evaluation, "A", "A", "CNY", growth=0.5)
    assert faster.monthly[0] == own.monthly[0] and faster.growth == 0.5
    assert faster.monthly[3] == pytest.approx(own.monthly[0] * 1.5 ** 3)
    with pytest.raises(EngineError, match="growth must be between"):
        option_from(evaluation, "A", "A", "CNY", growth=20.0)
