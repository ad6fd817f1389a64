"""Plans in the main window: the Plans tab, plan rows in the table and the projection with
its budget line, undo, the plan views window and the memo export, driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from calculator.engine.planning import PlanSet
from calculator.engine.plans import RoutingPlan

from .conftest import row_ids

PLANS = PlanSet((RoutingPlan("A", (("deepseek-v4-pro", 1.0),), growth=0.3),
                 RoutingPlan("B", (("qwen3-max", 1.0),), growth=0.1)), budget=50_000)


def wait_results(qtbot, window):
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=3000):
        pass


def answer_dialog(qtbot, fill):
    """Fill and accept the next modal dialog when it opens."""
    def step():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        fill(dialog)
        dialog.accept()
    QTimer.singleShot(0, step)


def test_add_a_plan_in_the_plans_tab_and_undo_it(qtbot, window):
    panel = window.plans_panel
    assert window.left.tabText(window.left.indexOf(window.plans_scroll)) == "Plans"

    def fill(dialog):
        dialog.name.set_text("cheap first")
        first, second = dialog.rows
        first.set_model("glm-4")
        first.share.set_text("70%")
        second.set_model("qwen-max")
        second.share.set_text("30%")
        dialog.growth.set_text("20%")
        assert dialog.plan() is not None

    answer_dialog(qtbot, fill)
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=3000):
        qtbot.mouseClick(panel.add_plan, Qt.MouseButton.LeftButton)
    plans = window.state.scenario.plans.plans
    assert plans == (RoutingPlan("cheap first", (("glm-4", 0.7), ("qwen-max", 0.3)), 0.2),)
    assert "cheap first" in row_ids(window)
    assert panel.items.count() == 1 and panel.items.item(0).text().startswith("cheap first: ")
    window.state.undo_stack.undo()
    wait_results(qtbot, window)
    assert window.state.scenario.plans.plans == ()
    assert panel.items.count() == 0 and "cheap first" not in row_ids(window)


def test_the_tab_built_when_first_opened_shows_the_state(window):
    """The Plans tab is built when first opened, with the plans the state has then."""
    assert window._plans_panel is None
    window.state.set_plans(PLANS)
    window.left.setCurrentWidget(window.plans_scroll)
    panel = window._plans_panel
    assert panel is not None and panel.isVisible()
    assert panel.budget.value == 50_000 and panel.items.count() == 2
    assert panel.items.item(0).text().startswith("A: ")


def test_budget_field_and_the_projection_budget_line(qtbot, window):
    panel = window.plans_panel
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=3000):
        panel.budget.set_text("5万")
    assert window.state.scenario.plans.budget == 50_000
    panel.budget.set_text("0")
    assert panel.budget.error.startswith("A budget is above 0")
    assert window.state.scenario.plans.budget == 50_000  # the last valid budget stays
    window.results.show_chart("projection")
    chart = window.results.projection
    qtbot.waitUntil(lambda: chart.budget == 50_000, timeout=3000)
    assert any("Budget ¥50,000 a month" in text for text in chart.legend.texts())


def test_plan_rows_projection_options(qtbot, window):
    window.state.set_plans(PLANS)
    window.state.set_workload_field("input_tokens", 600e6)
    window.state.set_workload_field("output_tokens", 200e6)
    wait_results(qtbot, window)
    window.results.show_chart("projection")
    chart = window.results.projection
    qtbot.waitUntil(lambda: "A (100% deepseek-v4-pro)" in chart.labels, timeout=3000)
    with_baseline = len(chart.lines[0].lines)
    window.actions["projection_baseline"].trigger()  # View menu: hide baseline lines
    qtbot.waitUntil(lambda: len(chart.lines[0].lines) < with_baseline, timeout=3000)
    assert not window.state.scenario.chart.projection_baseline
    window.plans_panel.plans_only.setChecked(True)
    qtbot.waitUntil(lambda: len(chart.labels) == 2, timeout=3000)
    assert chart.labels == ["A (100% deepseek-v4-pro)", "B (100% qwen3-max)"]
    # the dot where plan A first passes the budget
    first = int(window.state.results.budget.first_over[
        list(window.state.results.projection.model_ids).index("A")])
    xs, _ = chart.passes.getData()
    assert first in list(xs)


def test_plan_a_beside_plan_b_window_and_memo(qtbot, window, dialogs, tmp_path):
    answers, asked = dialogs
    window.state.set_plans(PLANS)
    window.state.set_workload_field("input_tokens", 600e6)
    window.state.set_workload_field("output_tokens", 200e6)
    wait_results(qtbot, window)
    window.actions["compare_plans"].trigger()
    plans = window.plans_window
    qtbot.waitUntil(lambda: plans.compare.memo is not None, timeout=3000)
    assert plans.isVisible() and plans.tabs.currentIndex() == 0
    assert "Plan A passes the ¥50,000 monthly budget in month" in plans.compare.answer.text()
    answers["save_file"] = str(tmp_path / "memo.pdf")
    plans.compare.export_button.click()
    assert (tmp_path / "memo.pdf").read_bytes().startswith(b"%PDF")
    for key in ("months", "self_hosting", "commitments"):
        plans.show_view(key)
    assert plans.months.model.rowCount() == len(row_ids(window))
    plans.close()


def test_plan_views_fit_a_small_screen_and_follow_the_language(qtbot, window):
    """At 1366×768 the 800-pixel window hid its Close button; charts opened in English
    kept their English titles after a switch to Chinese."""
    from calculator.ui.language import install_language

    window.state.set_plans(PLANS)
    wait_results(qtbot, window)
    window.actions["compare_plans"].trigger()
    plans = window.plans_window
    qtbot.waitUntil(lambda: plans.compare.memo is not None, timeout=3000)
    free = plans.screen().availableGeometry()
    assert plans.height() <= free.height() - 40 and plans.width() <= free.width() - 16
    chart = plans.compare.chart
    assert chart.plot.titleLabel.text == "Cumulative spend"
    window.actions["lang_zh_CN"].trigger()
    try:
        qtbot.waitUntil(lambda: chart.plot.titleLabel.text != "Cumulative spend", timeout=3000)
        assert chart.plot.titleLabel.text == "累计费用"
        assert plans.commitments.chart.texts["title"] != "Monthly cost by monthly volume"
    finally:
        install_language("en")
        plans.close()
