"""Double-clicking a price or cost cell explains where that number comes from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from calculator.ui.catalog.actions import CatalogActions
from calculator.ui.catalog.price_text import price_text
from calculator.ui.models.comparison_model import COL, MODEL_ID_ROLE
from calculator.userfiles.store import CatalogStore


@pytest.fixture
def actions(window, tmp_path):
    return CatalogActions(window, CatalogStore(tmp_path / "catalog"))


def proxy_index(window, model_id: str, column: str):
    proxy = window.results.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(MODEL_ID_ROLE) == model_id:
            return proxy.index(row, COL[column])
    raise KeyError(model_id)


def double_click(qtbot, actions, window, model_id: str, column: str):
    dialog = actions.on_table_double_clicked(proxy_index(window, model_id, column))
    if dialog is not None:
        qtbot.addWidget(dialog)
    return dialog


@pytest.mark.price_war
def test_current_price_shows_dates_status_and_links(qtbot, window, actions):
    dialog = double_click(qtbot, actions, window, "glm-3-turbo", "current_input_per_mtok")
    assert dialog.isVisible()
    assert "GLM-3-Turbo" in dialog.windowTitle() and "current" in dialog.windowTitle()
    assert dialog.value("model") == "GLM-3-Turbo (glm-3-turbo)"
    assert dialog.value("vendor") == "Zhipu AI"
    assert dialog.value("date") == window.state.scenario.current_date.isoformat()
    assert dialog.value("effective_from") == "2024-05-11"
    assert dialog.value("status") == "confirmed"
    assert dialog.value("checked") == "2024-05-26"
    assert dialog.value("origin") == "shipped"
    assert dialog.value("native") == "input ¥1 · output ¥1 per 1M tokens (CNY)"
    assert "billed at the input price" in dialog.value("cached")
    assert dialog.value("converted") == "", "CNY shown in CNY: nothing converted"
    assert dialog.value("cost") == "¥120.00 for this workload"
    assert "Cut by 80%" in dialog.value("notes")
    sources = dialog.values["sources"]
    assert sources.openExternalLinks()
    assert ('<a href="https://wpsshop.cn/w/weixin_40725706/article/detail/836984">'
            in sources.text())
    assert "github.com/MartialBE/one-hub" in sources.text(), "plain-text sources are listed too"
    assert not dialog.explain.isVisible()


@pytest.mark.price_war
def test_cost_cell_opens_the_same_side(qtbot, window, actions):
    dialog = double_click(qtbot, actions, window, "glm-3-turbo", "baseline_cost")
    assert "baseline" in dialog.windowTitle()
    assert dialog.value("effective_from") == "2024-01-01"
    assert dialog.value("date") == "2024-05-01"


@pytest.mark.price_war
def test_unknown_output_price_is_explained(qtbot, window, actions):
    dialog = double_click(qtbot, actions, window, "qwen-long", "baseline_output_per_mtok")
    assert dialog.explain.isVisible()
    assert "Unknown output price" in dialog.explain.text()
    assert "not counted as 0" in dialog.explain.text()
    assert dialog.value("native") == "input ¥20 · output unknown per 1M tokens (CNY)"
    assert dialog.value("cost") == "unknown"
    assert dialog.value("status").startswith("≈ uncertain")
    assert "could not be confirmed" in dialog.value("status")


@pytest.mark.price_war
def test_not_offered_and_free(qtbot, window, actions):
    dialog = double_click(qtbot, actions, window, "doubao-pro-32k", "baseline_input_per_mtok")
    assert "Not offered on 2024-05-01" in dialog.explain.text()
    assert dialog.value("effective_from") == "" and dialog.value("sources") == ""
    dialog = double_click(qtbot, actions, window, "ernie-speed-8k", "current_cost")
    assert "Free" in dialog.explain.text()
    assert dialog.value("native") == "input free · output free per 1M tokens (CNY)"


@pytest.mark.price_war(until_today=True)
def test_converted_and_discounted_prices(qtbot, window, actions):
    actions.store.set_discount("OpenAI", 0.2)
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=3000):
        actions.reload()
    dialog = double_click(qtbot, actions, window, "gpt-4o", "current_output_per_mtok")
    assert dialog.value("native") == "input $2.5 · output $10 per 1M tokens (USD)"
    converted = dialog.value("converted")
    assert "converted at" in converted
    assert "includes a 20.0% vendor discount" in converted
    fx = window.state.results.comparison.fx
    assert f"output {price_text(10 * fx.cny_per_usd * 0.8, 'CNY')}" in converted
    assert fx.short() in converted  # the rate with its date


@pytest.mark.price_war
def test_columns_without_a_side_open_nothing(qtbot, window, actions):
    assert double_click(qtbot, actions, window, "gpt-4o", "model_name") is None
    assert double_click(qtbot, actions, window, "gpt-4o", "savings") is None
    assert actions.price_info is None


@pytest.mark.price_war
def test_one_info_window_follows_the_next_double_click(qtbot, window, actions):
    first = double_click(qtbot, actions, window, "glm-3-turbo", "current_input_per_mtok")
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.pricing.current.setDate(QDate(2024, 5, 5))
    second = actions.on_table_double_clicked(
        proxy_index(window, "qwen-long", "current_input_per_mtok"))
    assert second is first and second.isVisible()
    assert second.value("model") == "Qwen-Long (qwen-long)"
    assert second.value("effective_from") == "2024-01-01"
    assert "Unknown output price" in second.explain.text()
