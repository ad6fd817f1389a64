"""The Billing tab: every billing dimension is a typed edit with undo, shows from the state,
and a field the engine would refuse (alone or with another) is marked where it is."""

from __future__ import annotations

import datetime as dt

import pytest

from calculator.engine.traffic import PROFILES
from calculator.ui.widgets.traffic_editor import BUSINESS_HOURS, give_share, share_of


def problem(window, field: str) -> str:
    """The text under a billing field, '' when it is fine (and hidden)."""
    label = window.billing.problems[field]
    form = window.billing.forms[window.billing._group_of(field)]
    return label.text() if form.isRowVisible(label) else ""


def type_into(qtbot, edit, text: str) -> None:
    """Replace the text of a line edit by typing, as a user does."""
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def settle(qtbot, window):
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=3000):
        pass


def test_each_field_is_an_undoable_edit(qtbot, window):
    b, state = window.billing, window.state
    b.cache_write.setValue(20)
    b.cache_ttl.setCurrentIndex(b.cache_ttl.findData("1h"))
    b.reasoning.setValue(40)
    b.batch.setValue(10)
    b.tier.setCurrentIndex(b.tier.findData("flex"))
    b.prices.setCurrentIndex(b.prices.findData("promotion"))
    spec, billing = state.scenario.workload, state.scenario.billing
    assert (spec.cache_write_share, spec.cache_ttl, spec.reasoning_share) == (0.2, "1h", 0.4)
    assert (billing.batch_share, billing.service_tier, billing.prices) == (
        0.1, "flex", "promotion")
    settle(qtbot, window)
    assert not window.state.view.stale
    window.actions["undo"].trigger()  # the prices choice
    assert state.scenario.billing.prices == "list" and b.prices.currentData() == "list"
    while window.state.undo_stack.canUndo():
        window.actions["undo"].trigger()
    assert b.cache_write.value() == 0 and b.batch.value() == 0
    assert b.tier.currentData() == "standard" and b.cache_ttl.currentData() == "5m"


def test_a_change_through_the_state_shows_in_the_tab(window):
    state, b = window.state, window.billing
    state.set_workload_field("searches_per_request", 2.0)
    state.set_request_sizes(((8000, 0.6), (64000, 0.4)))
    state.set_billing_field("timezone", "Asia/Shanghai")
    state.set_billing_field("month", "2026-10")
    state.set_billing_field("off_peak_share", 0.4)
    state.set_traffic("business")
    assert b.searches.value() == 2.0
    assert b.sizes.text() == "8k:60%, 64k:40%"
    assert b.timezone.currentText() == "Asia/Shanghai" and b.month.text() == "2026-10"
    assert b.off_peak.value() == 40.0 and b.traffic.currentData() == "business"
    assert "100%" in b.traffic_summary.text() and "by hand" in b.traffic_summary.text()
    state.set_billing_field("off_peak_share", None)
    assert b.off_peak.text() == "from the traffic"


def test_the_tab_built_when_first_opened_shows_the_state(qtbot, window):
    """The Billing tab is built when first opened: with the values the state has then,
    in the tab order between the prices and the models."""
    state = window.state
    assert window._billing is None
    state.set_workload_field("cache_write_share", 0.25)
    state.set_billing_field("timezone", "Asia/Shanghai")
    state.set_traffic("business")
    window.left.setCurrentWidget(window.billing_scroll)
    b = window._billing
    assert b is not None and b.isVisible() and b.cache_write.value() == 25.0
    assert b.timezone.currentText() == "Asia/Shanghai" and b.traffic.currentData() == "business"
    chain, widget = [], window.pricing.reference
    while widget is not window.picker.search and len(chain) < 100:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    order = [b.cache_write, b.cache_ttl, b.sizes, b.batch, b.timezone, b.month, b.off_peak]
    assert [w for w in chain if w in order] == order  # after the prices, before the models
    window.actions["undo"].trigger()  # undo after the build: the tab follows
    assert b.traffic.currentData() == "flat"



    window.workload.cached.setValue(60)
    window.billing.cache_write.setValue(50)
    text = problem(window, "workload.cache_write_share")
    assert "cache reads (60%)" in text and "writes (50%)" in text
    assert window.billing.cache_write.property("invalid") is True
    assert window.state.view.stale
    notice = window.results.notice.text()
    assert notice.startswith("Cache writes:") or notice.startswith("Cached share of input:")
    window.billing.cache_write.setValue(40)
    assert problem(window, "workload.cache_write_share") == ""
    settle(qtbot, window)
    assert not window.state.view.stale


def test_searches_need_a_request_count(window):
    window.state.set_workload_field("monthly_requests", None)
    window.billing.searches.setValue(1)
    assert "requests per month" in problem(window, "workload.searches_per_request")
    assert window.results.notice.text().startswith("Web searches / request:")
    window.workload.fields["monthly_requests"].set_text("50k")
    assert problem(window, "workload.searches_per_request") == ""


def test_request_sizes_typed_checked_and_against_the_input_total(qtbot, window):
    b, state = window.billing, window.state
    state.set_workload_field("monthly_requests", 50_000)
    type_into(qtbot, b.sizes, "8k:60%, 64k")
    assert "SIZE:SHARE" in problem(window, "workload.request_sizes")
    assert "workload.request_sizes" in state.view.invalid_fields
    type_into(qtbot, b.sizes, "1k:50%, 2k:40%")
    assert "add up to 90%" in problem(window, "workload.request_sizes")
    type_into(qtbot, b.sizes, "1k:50%, 3k:50%")  # 50k requests x 2k = 100M: the input total
    assert problem(window, "workload.request_sizes") == ""
    assert state.scenario.workload.request_sizes == ((1000.0, 0.5), (3000.0, 0.5))
    settle(qtbot, window)
    type_into(qtbot, b.sizes, "8k:100%")  # 400M a month against 100M
    text = problem(window, "workload.request_sizes")
    assert "400M" in text and "100M" in text and "within 1%" in text
    state.set_workload_field("monthly_requests", None)
    assert "needs the requests per month" in problem(window, "workload.request_sizes")


def test_unknown_choices_time_zone_and_month_are_named(qtbot, window):
    state, b = window.state, window.billing
    state.set_billing_field("service_tier", "turbo")  # as a damaged file could
    assert "'turbo' is not one of standard, flex, priority" in problem(
        window, "billing.service_tier")
    state.set_billing_field("service_tier", "standard")
    type_into(qtbot, b.month, "2026-13")
    assert "not a month" in problem(window, "billing.month")
    assert state.scenario.billing.month == ""  # never priced
    type_into(qtbot, b.month, "2026-10")
    assert problem(window, "billing.month") == "" and state.scenario.billing.month == "2026-10"
    b.timezone.setEditText("Mars/Olympus")
    b.timezone.lineEdit().editingFinished.emit()
    assert "not a time zone" in problem(window, "billing.timezone")
    assert "billing.timezone" in state.view.invalid_fields
    b.timezone.setEditText("Asia/Shanghai")
    b.timezone.lineEdit().editingFinished.emit()
    assert state.scenario.billing.timezone == "Asia/Shanghai"
    assert not state.view.invalid_fields


def test_traffic_editor_half_the_traffic_in_business_hours(qtbot, window):
    state = window.state
    dialog = window.billing.open_traffic_editor()
    qtbot.waitExposed(dialog)
    assert dialog.weights == PROFILES["flat"]
    dialog.select_business_hours()
    assert len(dialog.selected_cells()) == 45
    dialog.share.setValue(50)
    dialog.apply_share.click()
    assert share_of(dialog.weights, BUSINESS_HOURS) == pytest.approx(0.5)
    assert "carry 50%" in dialog.summary.text()
    dialog.accept()
    billing = state.scenario.billing
    assert billing.traffic == "custom"
    assert share_of(billing.weights, BUSINESS_HOURS) == pytest.approx(0.5)
    assert window.billing.traffic.currentData() == "custom"
    settle(qtbot, window)
    window.actions["undo"].trigger()  # the whole profile is one step
    assert state.scenario.billing.traffic == "flat"
    window.actions["redo"].trigger()
    window.billing.traffic.setCurrentIndex(window.billing.traffic.findData("evenings"))
    window.billing.traffic.activated.emit(window.billing.traffic.currentIndex())
    assert state.scenario.billing.traffic == "evenings"
    assert len(state.scenario.billing.traffic_weights) == 168  # the own profile is kept


def test_a_preset_typed_in_the_editor_is_that_preset(qtbot, window):
    dialog = window.billing.open_traffic_editor()
    dialog.preset.setCurrentIndex(dialog.preset.findData("overnight"))
    dialog.preset.activated.emit(dialog.preset.currentIndex())
    dialog.accept()
    assert window.state.scenario.billing.traffic == "overnight"


def test_an_empty_week_cannot_be_accepted(qtbot, window):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = window.billing.open_traffic_editor()
    dialog.model.set_weights([0.0] * 168)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "Every hour is 0" in dialog.summary.text()
    dialog.reject()


@pytest.mark.parametrize("share", [0.0, 0.3, 0.5, 1.0])
def test_give_share(share):
    weights = give_share(list(PROFILES["evenings"]), set(BUSINESS_HOURS), share)
    assert share_of(weights, BUSINESS_HOURS) == pytest.approx(share)
    assert all(w >= 0 for w in weights) and sum(weights) > 0


def test_the_priced_options_follow_the_tab(qtbot, window):
    state = window.state
    state.set_current_date(dt.date(2026, 10, 20))
    window.billing.batch.setValue(10)
    settle(qtbot, window)
    options = state.results.comparison.options
    assert options.batch_share == pytest.approx(0.1)
    assert options.traffic is not None and options.traffic.name == "flat"


@pytest.fixture
def billed_window(app, qtbot):
    """A window on the billing catalog: support bot traffic, 10% batch, business hours."""
    from calculator.engine import FxRate
    from calculator.engine.scenario import Scenario
    from calculator.ui.main_window import MainWindow

    from ..billing_catalog import MODELS, billing_catalog

    day = dt.date(2026, 10, 20)
    scenario = Scenario(baseline_date=day, current_date=day, models=MODELS, reference=None,
                        currency="USD").with_workload(
        input_tokens=100e6, output_tokens=20e6, monthly_requests=50_000, cached_share=0.3,
        cache_write_share=0.1, request_sizes=((1000.0, 0.5), (3000.0, 0.5)),
    ).with_billing(batch_share=0.1, timezone="Asia/Shanghai", traffic="business")
    win = MainWindow(catalog=billing_catalog(), fx=FxRate(7.0), scenario=scenario,
                     restore=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def tooltip(window, model_id: str, column: str) -> str:
    from PySide6.QtCore import Qt

    from calculator.ui.models.comparison_model import COL, MODEL_ID_ROLE

    proxy = window.results.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(MODEL_ID_ROLE) == model_id:
            return proxy.index(row, COL[column]).data(Qt.ItemDataRole.ToolTipRole)
    raise KeyError(model_id)


def test_cost_tooltip_shows_the_parts_off_peak_share_and_fallback(billed_window):
    from .conftest import cell

    tip = tooltip(billed_window, "claude", "current_cost")
    assert "Cost by part:" in tip and "cache writes: $" in tip and "cache reads: $" in tip
    v4 = tooltip(billed_window, "v4-pro", "current_cost")
    assert "Off-peak share used:" in v4 and "deepseek-2026-10-17" in v4
    assert "standard prices used" in v4  # no batch prices for v4-pro
    assert "standard prices used" not in tip
    notes = billed_window.results.notice.text()
    assert "business-hours traffic profile (Asia/Shanghai) over 2026-10" in notes
    assert "v4-pro" in notes and "No batch prices" in notes
    assert cell(billed_window, "claude", "model_name") == "CLAUDE"


def test_a_request_size_over_the_context_window_is_flagged_on_the_row(qtbot, billed_window):
    from .conftest import cell

    state = billed_window.state
    state.set_request_sizes(((1000.0, 0.75), (7000.0, 0.25)))  # 2.5k mean: 125M
    state.set_workload_field("input_tokens", 125e6)
    settle(qtbot, billed_window)
    assert cell(billed_window, "plain", "model_name") == "PLAIN"
    state.set_request_sizes(((1000.0, 0.9), (16000.0, 0.1)))  # 16k > the 8k window, 125M
    settle(qtbot, billed_window)
    assert cell(billed_window, "plain", "model_name") == "PLAIN ⚠"
    assert "larger than this model's context window (8,000 tokens)" in tooltip(
        billed_window, "plain", "model_name")
    # copies and exports keep the plain name
    from calculator.ui.models.comparison_model import COL
    from calculator.ui.roles import PLAIN_ROLE

    proxy = billed_window.results.proxy
    names = {proxy.index(r, COL["model_name"]).data(PLAIN_ROLE) for r in range(proxy.rowCount())}
    assert "PLAIN" in names


def test_breakdown_columns_can_be_shown(qtbot, billed_window):
    from .conftest import cell

    chooser = billed_window.results.columns
    assert billed_window.results.table.isColumnHidden(
        __import__("calculator.ui.models.comparison_model", fromlist=["COL"]).COL[
            "current_cost_cache_write"])
    chooser.set_shown("current_cost_cache_write", True)
    assert cell(billed_window, "claude", "current_cost_cache_write").startswith("$")
