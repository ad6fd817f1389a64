"""The plans feature's widgets: editors that say what is wrong, the compare view, the memo
export (one PDF page), the commitments view and the month table."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from calculator.calendars import all_calendars
from calculator.engine.evaluate import evaluate
from calculator.engine.planning import PlanSet
from calculator.engine.plans import RoutingPlan
from calculator.engine.scenario import Scenario, WorkloadSpec
from calculator.engine.self_hosting import Deployment
from calculator.formats.gpu_presets import read_presets
from calculator.reports.decision_memo import Memo, option_from
from calculator.runtime.paths import shipped_gpus
from calculator.userfiles.loading import default_fx, load_catalog

CALENDARS = all_calendars()

MODELS = [("deepseek-v4-pro", "DeepSeek V4 Pro"), ("qwen3-max", "Qwen3-Max"),
          ("glm-4", "GLM-4")]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def evaluation(catalog):
    plans = PlanSet((RoutingPlan("A", (("deepseek-v4-pro", 1.0),), growth=0.3),
                     RoutingPlan("B", (("qwen3-max", 1.0),), growth=0.1)), budget=50_000)
    scenario = Scenario(name="A or B", workload=WorkloadSpec(input_tokens=600e6,
                                                              output_tokens=200e6),
                        current_date=dt.date(2026, 11, 20),
                        models=("deepseek-v4-pro", "qwen3-max", "ernie-4.0-8k"),
                        horizon=36, plans=plans)
    return evaluate(scenario, catalog, default_fx(), calendars=CALENDARS)


def ok_enabled(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_plan_dialog_says_what_is_wrong_at_the_field(app, qtbot):
    from calculator.ui.plans.plan_dialog import PlanDialog

    dialog = PlanDialog(MODELS, taken={"B"})
    qtbot.addWidget(dialog)
    assert not ok_enabled(dialog)
    assert dialog.name.problem == "Give it a name."
    dialog.name.set_text("B")
    assert dialog.name.problem == "Another plan or a model already has this name."
    dialog.name.set_text("cheap first")
    first, second = dialog.rows
    first.set_model("deepseek-v4-pro")
    first.share.set_text("70%")
    second.set_model("qwen3-max")
    second.share.set_text("0.2")
    assert dialog.total.text() == "The shares add up to 90%, not 100%."
    assert not ok_enabled(dialog)
    second.share.set_text("half")
    assert second.share.problem == "Enter a share such as 0.7 or 70%."
    second.share.set_text("30%")
    dialog.growth.set_text("2000%")
    assert dialog.growth.problem.startswith("Enter a monthly growth")
    dialog.growth.set_text("10%")
    assert ok_enabled(dialog)
    assert dialog.plan() == RoutingPlan("cheap first", (("deepseek-v4-pro", 0.7),
                                                        ("qwen3-max", 0.3)), 0.1)
    second.set_model("no-such-model")
    assert second.share.problem == "no-such-model is not in the price catalog."
    assert dialog.plan() is None


def test_plan_dialog_edits_an_existing_plan(app, qtbot):
    from calculator.ui.plans.plan_dialog import PlanDialog

    plan = RoutingPlan("A", (("glm-4", 1.0),), growth=0.3)
    dialog = PlanDialog(MODELS, taken={"A"}, plan=plan)
    qtbot.addWidget(dialog)
    assert ok_enabled(dialog) and dialog.plan() == plan


def test_deployment_dialog_presets_and_problems(app, qtbot):
    from calculator.ui.plans.deployment_dialog import DeploymentDialog

    presets = read_presets(shipped_gpus())
    saved = []
    dialog = DeploymentDialog(presets, taken=set(), save_preset=saved.append)
    qtbot.addWidget(dialog)
    dialog.name.set_text("own")
    dialog.preset.setCurrentIndex(1)
    assert dialog.hourly.text() == f"{presets[0].gpu_hourly:g}"
    assert presets[0].source in dialog.source.text()
    dialog.input_tps.set_text("0")
    dialog.output_tps.set_text("-3")
    dialog.utilization.set_text("150%")
    assert dialog.input_tps.problem == "Must be above 0."
    assert dialog.output_tps.problem == "Must be above 0."
    assert dialog.utilization.problem == "Between 0% (not included) and 100%."
    assert not ok_enabled(dialog)
    dialog.input_tps.set_text("20k")
    dialog.output_tps.set_text("2k")
    dialog.utilization.set_text("50%")
    dialog.gpus.set_text("2.5")
    assert dialog.gpus.problem.startswith("Enter a whole number")
    dialog.gpus.set_text("8")
    assert ok_enabled(dialog)
    result = dialog.deployment()
    assert result == Deployment("own", presets[0].gpu_hourly, 8, 20_000, 2_000, 0.5, 0.0,
                                presets[0].currency, gpu=presets[0].name)
    dialog.preset.setCurrentIndex(0)
    dialog.hourly.set_text("3.1")
    dialog.save_button.click()
    assert saved and saved[0].gpu_hourly == 3.1


def test_compare_view_answers_plan_a_or_b(app, qtbot, evaluation):
    from calculator.ui.plans.compare_view import CompareView

    exported = []
    view = CompareView(export=lambda memo, cumulative: exported.append(memo))
    qtbot.addWidget(view)
    view.set_current(evaluation)
    assert [s.row.currentData() for s in view.slots[:2]] == ["A", "B"]
    assert view.budget.value == 50_000
    assert view.memo is not None
    assert "Plan A passes the ¥50,000 monthly budget in month" in view.answer.text()
    assert view.month_model.rowCount() == 2 and view.month_model.columnCount() == 37
    view.export_button.click()
    assert exported and exported[0] is view.memo
    view.slots[1].source.setCurrentIndex(0)  # (none): one option is not a comparison
    assert view.memo is None and not view.export_button.isEnabled()



def test_compare_view_summary_keeps_one_decimals_per_money_column(app, qtbot, catalog,
                                                                   evaluation):
    """Plan A's first month costs over ¥1,000 and plan B's under it: the column shows
    both without cents (¥1,300 beside ¥700), not ¥1,300 beside ¥700.00."""
    from calculator.ui.plans.compare_view import CompareView

    smaller = dataclasses.replace(evaluation.scenario, workload=WorkloadSpec(
        input_tokens=120e6, output_tokens=40e6))
    view = CompareView()
    qtbot.addWidget(view)
    view.set_current(evaluate(smaller, catalog, default_fx(), calendars=CALENDARS))
    first = [view.summary.item(r, 4).text() for r in range(view.summary.rowCount())]
    assert len(first) == 2 and first[0] != first[1]
    for column in (4, 5, 6):
        texts = [view.summary.item(r, column).text() for r in range(view.summary.rowCount())]
        places = {len(t.rsplit(".", 1)[1]) if "." in t else 0 for t in texts if "¥" in t}
        assert len(places) == 1, texts

def test_memo_pdf_is_one_page_and_png_has_the_answer(app, tmp_path, evaluation):
    from PySide6.QtGui import QImage

    from calculator.ui.plans.memo_export import memo_pdf, write_memo

    memo = Memo("A or B", "CNY", 50_000, (option_from(evaluation, "A", "Plan A", "CNY"),
                                          option_from(evaluation, "B", "Plan B", "CNY")),
                ("assumption line",))
    pdf = memo_pdf(memo, "test")
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1  # one page
    path = write_memo(memo, tmp_path / "memo.png", "test")
    image = QImage(str(path))
    assert image.width() == 1600 and image.height() == 900
    assert write_memo(memo, tmp_path / "memo.csv", "test").read_bytes().startswith(
        "\ufeff".encode())
    with pytest.raises(ValueError, match="unknown file type"):
        write_memo(memo, tmp_path / "memo.doc", "test")


def test_commitments_view_lists_options_for_a_row(app, qtbot, evaluation, catalog):
    from calculator.formats.commitments_csv import read_commitments
    from calculator.runtime.paths import shipped_commitments
    from calculator.ui.plans.commitments_view import CommitmentsView

    view = CommitmentsView()
    qtbot.addWidget(view)
    view.show_for(evaluation, catalog, {}, read_commitments(shipped_commitments()))
    view.row.setCurrentIndex(view.row.findData("ernie-4.0-8k"))
    names = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert names[0] == "Pay as you go"
    assert "ERNIE-4.0 Tokens量包 1B" in names
    assert view.chart.data and view.chart.data[0].label == "Pay as you go"


def test_month_table_marks_months_over_budget(app, evaluation):
    from calculator.ui.plans.month_table import FIRST_OVER, OVER, MonthTableModel

    model = MonthTableModel()
    ids = list(evaluation.projection.model_ids)
    model.set_data(evaluation.projection, evaluation.budget, ids)
    a = ids.index("A")
    first = int(evaluation.budget.first_over[a])
    assert model.data(model.index(a, first - 1), Qt.ItemDataRole.BackgroundRole) is FIRST_OVER
    assert model.data(model.index(a, first), Qt.ItemDataRole.BackgroundRole) is OVER
    assert model.data(model.index(a, first - 2), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(a, 36)) == f"month {first}"


def test_compare_view_takes_each_option_growth(app, qtbot, catalog):
    """The plan A / plan B question without building plans first: two models of the
    scenario, +30 % and +10 % a month typed beside them, against the budget."""
    from calculator.ui.plans.compare_view import CompareView

    scenario = Scenario(name="Models", workload=WorkloadSpec(input_tokens=600e6,
                                                              output_tokens=200e6),
                        current_date=dt.date(2026, 11, 20), horizon=12,
                        # deepseek-chat is retired by then: never a default pick
                        models=("deepseek-chat", "deepseek-v4-pro", "qwen3-max"))
    evaluation = evaluate(scenario, catalog, default_fx(), calendars=CALENDARS)
    view = CompareView(export=lambda memo, cumulative: None)
    qtbot.addWidget(view)
    view.set_current(evaluation)
    a, b = view.slots[:2]
    assert {a.row.currentData(), b.row.currentData()} == {"deepseek-v4-pro", "qwen3-max"}
    a.row.setCurrentIndex(a.row.findData("deepseek-v4-pro"))
    b.row.setCurrentIndex(b.row.findData("qwen3-max"))
    assert a.growth.placeholderText() == "+5.0%"  # the scenario's own, until typed over
    view.budget.set_value(50_000)
    a.growth.setText("30%")
    b.growth.setText("0.1")
    first = view.memo.options[0].monthly
    assert first[1] == pytest.approx(first[0] * 1.3) and first[11] == pytest.approx(
        first[0] * 1.3 ** 11)
    assert view.memo.options[1].growth == pytest.approx(0.1)
    month = int(np.argmax(first > 50_000)) + 1
    assert f"passes the ¥50,000 monthly budget in month {month}" in view.answer.text()
    a.growth.setText("fast")  # not a growth: said, and no memo that ignores it
    assert "Enter a monthly growth" in view.answer.text()
    assert not view.export_button.isEnabled()
    a.growth.setText("")
    assert view.memo.options[0].growth == pytest.approx(0.05) and view.export_button.isEnabled()


def test_a_deployment_keeps_its_own_growth_in_the_compare_view(app, qtbot, catalog):
    from calculator.ui.plans.compare_view import CompareView

    gpu = read_presets(shipped_gpus())[0]
    node = Deployment("Node", gpu.gpu_hourly, 8, 5000, 1000, 0.5, currency=gpu.currency)
    scenario = Scenario(name="Own GPUs", workload=WorkloadSpec(input_tokens=600e6,
                                                                output_tokens=200e6),
                        current_date=dt.date(2026, 11, 20), models=("qwen3-max",),
                        plans=PlanSet(deployments=(node,)))
    view = CompareView()
    qtbot.addWidget(view)
    view.set_current(evaluate(scenario, catalog, default_fx(), calendars=CALENDARS))
    slot = next(s for s in view.slots[:2] if s.row.currentData() == "Node")
    assert not slot.growth.isEnabled()
    assert "grows as set in its editor" in slot.growth.toolTip()


def test_memo_page_keeps_ids_whole_and_one_decimals_per_column(app, evaluation):
    """The memo's summary broke "deepseek-v4-pro" into three lines and its month table
    mixed ¥867.00 with ¥1,127."""
    from calculator.ui.plans.memo_export import memo_html

    memo = Memo("A or B", "CNY", 50_000, (option_from(evaluation, "deepseek-v4-pro", "Plan A",
                                                      "CNY", growth=0.3),
                                          option_from(evaluation, "B", "Plan B", "CNY")))
    page = memo_html(memo, "chart://memo.png")
    assert "<td class='text'>deepseek-v4-pro</td>" in page
    assert "td.text{white-space:nowrap;}" in page
    months = page[page.index("table class='grid months'"):]
    cells = re.findall(r"<td class='num(?: over)?'>¥([\d,.]+)(?: ◀)?</td>", months)
    with_cents = {"." in c for c in cells if float(c.replace(",", "")) >= 10}
    assert len(cells) > 20 and with_cents == {False}


def test_compare_view_memo_names_the_workload(app, qtbot, evaluation):
    from calculator.ui.plans.compare_view import CompareView

    view = CompareView()
    qtbot.addWidget(view)
    view.set_current(evaluation)
    assert view.memo.assumptions[0] == ("A or B: 600M input (0% cached), 200M output "
                                        "tokens per month")


def test_month_table_names_rows_without_a_cost_and_keeps_one_decimals(app, catalog):
    """A retired model read "–" like an unknown one, and ¥867.00 stood beside ¥1,004."""
    from calculator.ui.plans.month_table import MonthTableModel

    scenario = Scenario(name="Months", workload=WorkloadSpec(input_tokens=100e6,
                                                              output_tokens=20e6),
                        current_date=dt.date(2026, 11, 20), horizon=12, growth=0.05,
                        models=("deepseek-chat", "deepseek-v4-pro", "glm-4"))
    evaluation = evaluate(scenario, catalog, default_fx(), calendars=CALENDARS)
    statuses = [str(s) for s in evaluation.comparison.arrays["current_status"]]
    model = MonthTableModel()
    ids = list(evaluation.projection.model_ids)
    model.set_data(evaluation.projection, None, ids, statuses=statuses)
    retired = ids.index("deepseek-chat")
    assert statuses[retired] == "retired"
    assert model.data(model.index(retired, 0)) == "retired"
    pro = ids.index("deepseek-v4-pro")
    texts = [model.data(model.index(pro, m)) for m in range(12)]
    assert not any("." in text for text in texts), texts  # hundreds and thousands alike
