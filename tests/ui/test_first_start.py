"""A first start opens on the "Today" preset; the "Compare" box lists the engine's preset
registry and applies a preset (models, dates, reference, rate) as one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from calculator.engine.presets import PRESETS, preset, preset_dates
from calculator.engine.scenario import DEFAULT_MODELS
from calculator.ui.models.comparison_model import COL
from calculator.ui.widgets.pricing_panel import CUSTOM
from tests.ui.conftest import cell, row_ids


def choose(combo, key: str) -> None:
    """Pick the entry with data ``key`` as a user does (``activated`` follows a click)."""
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def test_first_start_opens_on_today(window):
    """No session to restore: today's models, today against one year earlier, the dated
    rate of the current date with its date and source, the reference gpt-5.5."""
    state, pricing = window.state, window.pricing
    today = state.today()
    item = preset("today")
    baseline, current = preset_dates(item, today)
    scenario = state.scenario
    assert scenario.models == item.models and scenario.reference == "gpt-5.5"
    assert (scenario.baseline_date, scenario.current_date) == (baseline, current)
    assert current == today and baseline.year == today.year - 1
    assert scenario.fx_cny_per_usd is None and scenario.currency == "CNY"
    # every widget shows it
    assert pricing.preset.currentData() == "today"
    assert pricing.baseline.date() == qdate(baseline) and pricing.current.date() == qdate(today)
    assert pricing.reference.currentData() == "gpt-5.5"
    assert set(window.picker.selected()) == set(item.models)
    rate = state.default_fx
    assert rate.effective_from is not None and rate.effective_from <= today
    assert abs(pricing.fx.value() - rate.cny_per_usd) < 1e-9
    assert rate.source and rate.source in pricing.fx_source.text()
    assert window.status_fx.text() == f"1 USD = {rate.cny_per_usd:g} CNY"
    assert window.status_prices.text().startswith("Newest price ")
    # the table: one row per model, canonical vendor names, CNY money
    assert set(row_ids(window)) == set(item.models)
    assert cell(window, "glm-5.3", "vendor") == "Zhipu AI"
    assert cell(window, "qwen3.7-max", "vendor") == "Alibaba Cloud"
    assert cell(window, "glm-5.3", "current_cost") == "¥1,360"  # 100M x ¥8 + 20M x ¥28
    assert "¥" in cell(window, "gpt-5.5", "current_cost")  # USD list price shown in CNY
    assert "current_price_date" in COL


def test_preset_box_lists_the_registry_and_custom(window):
    combo = window.pricing.preset
    keys = [combo.itemData(i) for i in range(combo.count())]
    assert keys == [*(p.key for p in PRESETS), CUSTOM]
    assert combo.itemText(0) == "Today" and combo.itemText(1) == "May 2024 price war"
    for item in PRESETS:  # and the View menu, one command each
        assert window.actions[f"preset_{item.key}"].text() == f"Compare: {item.title}"


def test_choosing_a_preset_is_one_undo_step(qtbot, window):
    state, pricing = window.state, window.pricing
    start = state.scenario
    with qtbot.waitSignal(state.sig_results_changed):
        choose(pricing.preset, "price_war_2024")
    scenario = state.scenario
    assert scenario.models == DEFAULT_MODELS and scenario.reference == "gpt-4-turbo"
    assert (scenario.baseline_date, scenario.current_date) == (dt.date(2024, 5, 1),
                                                               dt.date(2024, 6, 1))
    assert scenario.fx_cny_per_usd == 7.2
    assert scenario.workload == start.workload  # the rest of the scenario stays
    assert state.undo_stack.count() == 1
    # every widget follows the state
    assert pricing.current.date() == QDate(2024, 6, 1)
    assert pricing.reference.currentData() == "gpt-4-turbo"
    assert abs(pricing.fx.value() - 7.2) < 1e-9
    assert "syaoranwe" in pricing.fx_source.text() and "May 24, 2024" in pricing.fx_source.text()
    assert set(window.picker.selected()) == set(DEFAULT_MODELS)
    assert set(row_ids(window)) == set(DEFAULT_MODELS)
    # May 2024 numbers: GLM-3-Turbo 100M x ¥1 + 20M x ¥1 after the cut
    assert cell(window, "glm-3-turbo", "current_cost") == "¥120"
    assert window.status_fx.text() == "1 USD = 7.2 CNY"

    with qtbot.waitSignal(state.sig_results_changed):
        window.actions["undo"].trigger()
    assert state.scenario == start and pricing.preset.currentData() == "today"
    assert set(window.picker.selected()) == set(preset("today").models)
    assert pricing.reference.currentData() == "gpt-5.5"
    window.actions["redo"].trigger()
    assert state.scenario == scenario and pricing.preset.currentData() == "price_war_2024"


def test_own_dates_or_models_show_custom_and_the_menu_goes_back(qtbot, window):
    state, pricing = window.state, window.pricing
    window.picker.set_checked("glm-5.3", False)
    assert pricing.preset.currentData() == CUSTOM
    window.picker.set_checked("glm-5.3", True)  # the same models in any order: the preset
    assert pricing.preset.currentData() == "today"
    window.actions["preset_price_war_2024"].trigger()
    pricing.current.setDate(QDate(2024, 5, 20))
    assert pricing.preset.currentData() == CUSTOM
    assert "Your rate" in pricing.fx_source.text()  # 7.2 is no longer the preset's rate
    choose(pricing.preset, CUSTOM)  # nothing to apply
    assert state.scenario.current_date == dt.date(2024, 5, 20)
    window.actions["preset_today"].trigger()
    assert pricing.preset.currentData() == "today" and state.scenario.fx_cny_per_usd is None


def test_new_scenario_opens_on_today(qtbot, window):
    window.actions["preset_price_war_2024"].trigger()
    window.workload.fields["input_tokens"].set_text("300M")
    assert window.documents.new()  # the fixture answers "discard"
    assert window.state.scenario.models == preset("today").models
    assert window.pricing.preset.currentData() == "today"
    assert window.state.undo_stack.count() == 0


def test_a_long_imported_model_name_does_not_widen_the_inputs(window, qtbot):
    """The reference list is sized by a fixed number of characters, not by its longest
    name: one long imported name widened the whole inputs dock, and measuring 10,000
    names held up the first paint by ~50 ms."""
    from calculator.engine.catalog import Catalog
    from calculator.ui.state import AppState
    from calculator.ui.widgets.pricing_panel import PricingPanel
    from calculator.userfiles.loading import default_fx

    catalog = window.state.catalog
    records = catalog.records.copy()
    first = records["model_id"] == records["model_id"].iloc[0]
    records.loc[first, "model_name"] = "A very long imported model name " * 6
    state = AppState(Catalog.from_records([records], catalog.schedules, catalog.sources),
                     default_fx())
    panel = PricingPanel(state)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.reference.count() == len(catalog.model_ids) + 1
    assert any(len(panel.reference.itemText(i)) > 150 for i in range(panel.reference.count()))
    assert panel.reference.sizeHint().width() == window.pricing.reference.sizeHint().width()
