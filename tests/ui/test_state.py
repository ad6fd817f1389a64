"""State that flows both ways: a change made only through the state shows in the form at
once, from any source; undo and redo restore the form and the results."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from .conftest import cell


def settle(qtbot, window):
    """Let the coalesced recomputation run."""
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=3000):
        pass


def test_every_field_changed_through_the_state_shows_in_the_form(qtbot, window):
    state, w, p = window.state, window.workload, window.pricing
    state.set_name("Support bot")
    state.set_notes("Night traffic doubles in Q4")
    state.set_growth(0.1)
    state.set_horizon(24)
    state.set_currency("USD")
    state.set_baseline_date(dt.date(2024, 5, 10))
    state.set_current_date(dt.date(2025, 1, 2))
    state.set_workload_field("output_tokens", 30e6)
    state.set_cached_share(0.25)
    state.set_fx(8.0)
    state.set_reference("gpt-4o")
    state.set_models(("glm-4", "gpt-4o"))
    state.set_history_log(False)
    state.set_history_price("output")
    # at once: before any recomputation ran
    assert window.scenario_panel.name.text() == "Support bot"
    assert window.scenario_panel.notes.toPlainText() == "Night traffic doubles in Q4"
    assert w.growth.value() == 10.0 and w.horizon.value() == 24
    assert p.currency.currentData() == "USD"
    assert p.baseline.date() == QDate(2024, 5, 10) and p.current.date() == QDate(2025, 1, 2)
    assert w.fields["output_tokens"].edit.text() == "30M"
    assert w.cached.value() == 25.0
    assert p.fx.value() == 8.0 and "Your rate" in p.fx_source.text()
    assert p.reference.currentData() == "gpt-4o"
    assert set(window.picker.selected()) == {"glm-4", "gpt-4o"}
    assert window.left.tabText(1) == "Models (2)"
    assert window.actions["currency_usd"].isChecked()
    assert not window.actions["currency_cny"].isChecked()
    assert not window.actions["history_log"].isChecked()
    assert window.actions["history_output"].isChecked()
    assert "Support bot" in window.windowTitle()
    assert "30M output tokens" in w.summary.text()
    settle(qtbot, window)
    assert cell(window, "gpt-4o", "current_cost").startswith("$")


def test_workload_mode_and_days_follow_the_state(qtbot, window):
    state, w = window.state, window.workload
    state.set_workload_mode("users")
    state.set_days_per_month(20)
    assert w.mode.currentData() == "users"
    assert w.form.isRowVisible(w.fields["users"]) and w.form.isRowVisible(w.days)
    assert not w.form.isRowVisible(w.fields["input_tokens"])
    assert w.days.value() == 20
    assert "200k requests" in w.summary.text()  # 2,000 users x 5 x 20 days


def test_a_misspelt_field_is_refused_at_once(window):
    with pytest.raises(KeyError, match="unknown workload field 'input_token'"):
        window.state.set_workload_field("input_token", 1e6)
    with pytest.raises(ValueError, match="unknown currency"):
        window.state.set_currency("EUR")


@pytest.mark.price_war
def test_undo_restores_the_form_and_the_results(qtbot, window):
    state = window.state
    field = window.workload.fields["input_tokens"]
    before = cell(window, "glm-3-turbo", "current_cost")
    with qtbot.waitSignal(state.sig_results_changed, timeout=3000):
        field.set_text("300M")
    after = cell(window, "glm-3-turbo", "current_cost")
    assert after != before
    with qtbot.waitSignal(state.sig_results_changed, timeout=3000):
        window.actions["undo"].trigger()
    assert field.edit.text() == "100M"
    assert state.scenario.workload.input_tokens == 100e6
    assert cell(window, "glm-3-turbo", "current_cost") == before
    with qtbot.waitSignal(state.sig_results_changed, timeout=3000):
        window.actions["redo"].trigger()
    assert field.edit.text() == "300M"
    assert cell(window, "glm-3-turbo", "current_cost") == after


def test_a_burst_of_typing_in_one_field_is_one_step(qtbot, window):
    state = window.state
    now = [1000.0]
    state.clock = lambda: now[0]
    field = window.workload.fields["input_tokens"]
    for text in ("1", "12", "120", "120M"):  # each keystroke a valid amount
        field.set_text(text)
        now[0] += 0.3
    assert state.undo_stack.count() == 1
    now[0] += 5  # a pause: the next typing is a step of its own
    field.set_text("150M")
    window.workload.fields["output_tokens"].set_text("40M")  # another field: another step
    assert state.undo_stack.count() == 3
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    assert field.edit.text() == "120M"
    window.actions["undo"].trigger()
    assert field.edit.text() == "100M" and not window.actions["undo"].isEnabled()


def test_typing_back_to_the_start_leaves_no_step(window):
    state = window.state
    state.clock = lambda: 0.0
    field = window.workload.fields["input_tokens"]
    field.set_text("110M")
    field.set_text("100M")
    assert state.undo_stack.count() == 0
    assert not window.actions["undo"].isEnabled()


def test_undo_covers_menus_presets_and_the_model_list(qtbot, window):
    state = window.state
    window.actions["currency_usd"].trigger()
    window.actions["preset_price_war_2024"].trigger()
    window.picker.set_checked("glm-4", False)
    assert state.scenario.currency == "USD" and "glm-4" not in state.scenario.models
    window.actions["undo"].trigger()
    assert "glm-4" in state.scenario.models and window.picker.selected().count("glm-4") == 1
    window.actions["undo"].trigger()  # the preset: models, dates, reference, rate at once
    assert window.pricing.current.date() == QDate.currentDate()
    assert window.pricing.preset.currentData() == "today"
    assert "glm-4" not in window.picker.selected() and state.scenario.fx_cny_per_usd is None
    window.actions["undo"].trigger()
    assert window.pricing.currency.currentData() == "CNY"
    assert window.actions["currency_cny"].isChecked()


def test_undo_keys_in_a_field_undo_the_scenario(qtbot, window):
    """Ctrl+Z while a field has the focus runs Edit > Undo, not the field's own undo."""
    state = window.state
    field = window.workload.fields["output_tokens"]
    field.set_text("45M")
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    qtbot.keyClick(field.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state.scenario.workload.output_tokens == 20e6
    assert field.edit.text() == "20M"
    qtbot.keyClick(field.edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert field.edit.text() == "45M"


def test_opening_a_file_starts_a_fresh_history(window):
    from calculator.engine.scenario import Scenario

    window.state.set_growth(0.2)
    assert window.actions["undo"].isEnabled()
    window.state.replace_scenario(Scenario(name="Loaded", growth=0.01))
    assert not window.actions["undo"].isEnabled()
    assert window.workload.growth.value() == 1.0
    assert window.scenario_panel.name.text() == "Loaded"


def test_an_invalid_field_is_in_the_view_state(qtbot, window):
    field = window.workload.fields["input_tokens"]
    field.set_text("12 apples")
    assert window.state.view.invalid_fields == {"input_tokens"}
    assert window.state.view.stale and window.results.stale
    assert not window.actions["export_all"].isEnabled()
    window.state.undo_stack.undo()  # nothing to undo: the field stays as typed
    window.state.set_workload_field("input_tokens", 50e6)  # a value from elsewhere wins
    assert field.edit.text() == "50M" and field.valid
    assert window.state.view.invalid_fields == frozenset()
    assert not window.results.stale
