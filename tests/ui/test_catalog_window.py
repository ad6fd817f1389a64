"""View > Prices and sources…: browse every price with its source; add, remove, import,
discount and restore, each reloading the app."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from calculator.ui.models.comparison_model import COL, MODEL_ID_ROLE
from calculator.ui.models.price_history_model import HCOL

from .conftest import cell, row_ids

LITELLM = Path(__file__).resolve().parent.parent / "fixtures" / "litellm"


@pytest.fixture
def catalog(qtbot, actions):
    win = actions.open_catalog()
    qtbot.addWidget(win)
    return win


def history_texts(win, column: str) -> list[str]:
    model = win.history_model
    return [model.index(r, HCOL[column]).data() for r in range(model.rowCount())]


def current_cost(window, model_id: str) -> float:
    frame = window.state.results.comparison.frame.set_index("model_id")
    return float(frame.loc[model_id, "current_cost"])


def changed(qtbot, window):
    return qtbot.waitSignal(window.state.sig_results_changed, timeout=3000)


def add_negotiated_price(qtbot, window, win):
    assert win.select_model("gpt-4o")
    form = win.add_price()
    qtbot.addWidget(form)
    form.set_field("effective_from", "2026-01-01")
    form.set_field("currency", "CNY")
    form.set_field("input_per_mtok", "12")
    form.set_field("output_per_mtok", "36")
    form.set_field("source", "Contract with OpenAI, 2026")
    assert form.ok_button.isEnabled(), form.problems
    with changed(qtbot, window):
        form.ok_button.click()
    return form


def import_fixture(qtbot, window, actions, dialogs):
    answers, _ = dialogs
    answers["open_file"] = str(LITELLM / "chat_map.json")
    dialog = actions.import_prices()
    qtbot.addWidget(dialog)
    with changed(qtbot, window):
        dialog.import_button.click()


def test_opens_on_a_compared_model(window, catalog):
    """Not an empty pane: the first compared model in the list is selected and shown."""
    compared = set(window.state.scenario.models)
    assert catalog.selected_model() in compared
    assert catalog.history_model.rowCount() > 0
    assert catalog.add_price_button.isEnabled()


def test_filters(catalog):
    win = catalog
    everything = win.models.shown_models()
    assert {"gpt-4o", "qwen-long", "glm-3-turbo"} <= set(everything)
    win.search.setText("qwen")
    shown = win.models.shown_models()
    assert shown and all("qwen" in m for m in shown)
    win.search.setText("")
    win.vendor.setCurrentIndex(win.vendor.findData("OpenAI"))
    meta = win.catalog.models
    assert set(win.models.shown_models()) == set(meta.index[meta["vendor"] == "OpenAI"])
    win.vendor.setCurrentIndex(0)
    win.status.setCurrentIndex(win.status.findData("uncertain"))
    uncertain = win.models.shown_models()
    assert "qwen-long" in uncertain and "gpt-4o" not in uncertain
    win.status.setCurrentIndex(win.status.findData("confirmed"))
    assert "qwen-long" not in win.models.shown_models()
    assert "gpt-4o" in win.models.shown_models()
    win.status.setCurrentIndex(win.status.findData("yours"))
    assert win.models.shown_models() == []
    win.status.setCurrentIndex(win.status.findData("imported"))
    assert win.models.shown_models() == []


def test_history_shows_unknown_free_uncertain_and_links(catalog):
    win = catalog
    assert win.select_model("qwen-long")
    assert history_texts(win, "effective_from") == ["2024-01-01", "2024-05-21"]
    assert history_texts(win, "output")[0] == "≈ unknown"
    assert history_texts(win, "status") == ["≈ uncertain", "confirmed"]
    assert history_texts(win, "origin") == ["shipped", "shipped"]
    first = win.history_model.index(0, HCOL["status"])
    assert first.data(Qt.ItemDataRole.ForegroundRole) is not None, "uncertain is coloured"
    label = win.history.indexWidget(win.history_model.index(0, HCOL["source"]))
    assert '<a href="https://posts.careerengine.us/p/6652a7c2e262620b292fa7af">' in label.text()
    assert label.openExternalLinks()
    assert "qwen-long" in win.model_header.text()

    assert win.select_model("ernie-speed-8k")
    assert history_texts(win, "effective_from")[-1] == "2024-05-21"
    assert history_texts(win, "input")[-1] == "free"
    assert history_texts(win, "output")[-1] == "free"
    assert '<a href="https://wxredian.com' in win.details.text()
    assert win.details.openExternalLinks()
    assert not win.remove_button.isEnabled(), "shipped prices cannot be removed"


def test_invalid_price_shows_the_field_problem_and_keeps_ok_disabled(qtbot, catalog):
    win = catalog
    win.select_model("gpt-4o")
    form = win.add_price()
    qtbot.addWidget(form)
    assert form.isVisible()
    assert not form.ok_button.isEnabled()
    assert form.error_text("source") == "", "untouched fields are not marked"
    assert "source" in form.info.text().lower()
    form.set_field("input_per_mtok", "abc")
    assert "'abc' is not a number" in form.error_text("input_per_mtok")
    assert form.edits["input_per_mtok"].property("invalid") is True
    form.set_field("output_per_mtok", "-1")
    assert "negative" in form.error_text("output_per_mtok")
    form.set_field("source", "Our contract")
    assert not form.ok_button.isEnabled()
    form.set_field("input_per_mtok", "2")
    form.set_field("output_per_mtok", "8")
    assert form.error_text("input_per_mtok") == ""
    assert form.ok_button.isEnabled()
    form.set_field("above_input_tokens", "lots")
    assert "token count" in form.error_text("above_input_tokens")
    assert not form.ok_button.isEnabled()


@pytest.mark.price_war(until_today=True)
def test_negotiated_price_reaches_the_main_table(qtbot, window, store, catalog):
    win = catalog
    assert window.state.scenario.current_date == dt.date.today()
    assert cell(window, "gpt-4o", "current_input_per_mtok") != "¥12"
    add_negotiated_price(qtbot, window, win)
    assert cell(window, "gpt-4o", "current_input_per_mtok") == "¥12"
    # 100M input x ¥12 + 20M output x ¥36
    assert cell(window, "gpt-4o", "current_cost") == "¥1,920"
    assert len(store.user_records()) == 1
    assert win.selected_model() == "gpt-4o"
    assert history_texts(win, "origin")[-1] == "yours"
    assert history_texts(win, "effective_from")[-1] == "2026-01-01"
    win.status.setCurrentIndex(win.status.findData("yours"))
    assert win.models.shown_models() == ["gpt-4o"]

    # remove it again: only your own record can be removed
    win.status.setCurrentIndex(0)
    win.select_model("gpt-4o")
    win.history.selectRow(0)
    assert not win.remove_button.isEnabled()
    win.history.selectRow(win.history_model.rowCount() - 1)
    assert win.remove_button.isEnabled()


@pytest.mark.price_war
def test_remove_own_record(qtbot, window, dialogs, store, catalog):
    answers, asked = dialogs
    win = catalog
    before = cell(window, "gpt-4o", "current_input_per_mtok")
    add_negotiated_price(qtbot, window, win)
    win.history.selectRow(win.history_model.rowCount() - 1)
    answers["confirm"] = False
    win.remove_button.click()
    assert asked[-1][0] == "confirm"
    assert len(store.user_records()) == 1
    answers["confirm"] = True
    with changed(qtbot, window):
        win.remove_button.click()
    assert store.user_records().empty
    assert cell(window, "gpt-4o", "current_input_per_mtok") == before
    assert history_texts(win, "origin")[-1] == "shipped"


def test_add_a_custom_model(qtbot, window, store, catalog):
    win = catalog
    form = win.add_model()
    qtbot.addWidget(form)
    form.set_field("model_id", "gpt-4o")
    assert "already in the catalog" in form.error_text("model_id")
    for key, value in {"model_id": "my-llama-70b", "vendor": "Private cluster",
                       "model_name": "My Llama 70B", "tier": "open-weights",
                       "context_window": "128k", "effective_from": "2024-01-01",
                       "currency": "CNY", "input_per_mtok": "0.5", "output_per_mtok": "1",
                       "source": "Own GPU cost estimate"}.items():
        form.set_field(key, value)
    assert form.ok_button.isEnabled(), form.problems
    with changed(qtbot, window):
        form.ok_button.click()
    assert "my-llama-70b" in window.state.catalog
    assert window.state.catalog.models.loc["my-llama-70b", "context_window"] == 128_000
    assert win.selected_model() == "my-llama-70b"
    assert "my-llama-70b" in row_ids(window), "a new model is compared at once"
    assert "my-llama-70b" in window.picker.selected()
    # 100M x ¥0.5 + 20M x ¥1
    assert cell(window, "my-llama-70b", "current_cost") == "¥70"


def test_remove_an_import(qtbot, window, dialogs, store, actions, catalog):
    answers, _ = dialogs
    win = catalog
    import_fixture(qtbot, window, actions, dialogs)
    table = win.imports.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 2, 3)] == ["chat_map", "21", "12"]
    win.status.setCurrentIndex(win.status.findData("imported"))
    assert "openai/fixture-gpt-4o" in win.models.shown_models()
    win.select_model("openai/fixture-gpt-4o")
    # the standard price and the batch price the map lists
    assert history_texts(win, "origin") == ["imported (chat_map)"] * 2
    assert not win.remove_button.isEnabled(), "imports are removed as a whole"
    table.selectRow(0)
    assert win.imports.remove_button.isEnabled()
    answers["confirm"] = True
    with changed(qtbot, window):
        win.imports.remove_button.click()
    assert list(store.imports_dir.glob("*.csv")) == []
    assert "openai/fixture-gpt-4o" not in window.state.catalog
    assert table.rowCount() == 0
    assert win.models.shown_models() == []


@pytest.mark.price_war(until_today=True)
def test_vendor_discount_lowers_the_cost_by_exactly_that_share(qtbot, window, store, catalog):
    """A discount belongs to the scenario: from its date (by default the current date),
    so the baseline keeps its list price; "every date" reaches the baseline too."""
    from calculator.engine.discounts import Discount
    from calculator.ui.catalog.discounts_panel import EVERY_DATE

    win = catalog
    with changed(qtbot, window):
        window.state.set_baseline_date(dt.date(2025, 1, 1))
    frame = window.state.results.comparison.frame
    before = current_cost(window, "gpt-4o")
    base = float(frame.set_index("model_id").loc["gpt-4o", "baseline_cost"])
    other = current_cost(window, "glm-3-turbo")
    key = ("vendor", "OpenAI")
    with changed(qtbot, window):
        win.discount_panel.spins[key].setValue(20)
    today = window.state.scenario.current_date
    assert window.state.scenario.discounts == (Discount(0.2, vendor="OpenAI", since=today),)
    assert store.discounts() == {}  # nothing written to a per-user file
    assert current_cost(window, "gpt-4o") == pytest.approx(before * 0.8, rel=1e-12)
    frame = window.state.results.comparison.frame.set_index("model_id")
    assert frame.loc["gpt-4o", "baseline_cost"] == base  # the baseline stays at list
    assert current_cost(window, "glm-3-turbo") == other
    assert "current prices" in win.discount_panel.table.item(
        win.discount_panel.rows.index(key), 3).text()
    proxy = window.results.proxy
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, 0).data(MODEL_ID_ROLE) == "gpt-4o")
    tip = proxy.index(row, COL["current_cost"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "Includes a 20.0% vendor discount" in tip
    win.select_model("gpt-4o")
    assert "This scenario takes 20.0% off these list prices from" in win.model_header.text()
    with changed(qtbot, window):
        win.discount_panel.dates[key].setDate(EVERY_DATE)
    frame = window.state.results.comparison.frame.set_index("model_id")
    assert frame.loc["gpt-4o", "baseline_cost"] == pytest.approx(base * 0.8, rel=1e-12)
    with changed(qtbot, window):
        win.discount_panel.spins[key].setValue(0)
    assert window.state.scenario.discounts == ()
    assert current_cost(window, "gpt-4o") == pytest.approx(before, rel=1e-12)


@pytest.mark.price_war
def test_a_model_discount_wins_over_its_vendors(qtbot, window, catalog):
    win = catalog
    panel = win.discount_panel
    before = {m: current_cost(window, m) for m in ("qwen-max", "qwen-turbo")}
    with changed(qtbot, window):
        panel.spins[("vendor", "Alibaba Cloud")].setValue(10)
    panel.model_choice.setEditText("qwen-max")
    with changed(qtbot, window):
        panel.add_button.click()
    with changed(qtbot, window):
        panel.spins[("model", "qwen-max")].setValue(25)
    assert current_cost(window, "qwen-max") == pytest.approx(before["qwen-max"] * 0.75)
    assert current_cost(window, "qwen-turbo") == pytest.approx(before["qwen-turbo"] * 0.9)
    panel.table.selectRow(panel.rows.index(("model", "qwen-max")))
    with changed(qtbot, window):
        panel.remove_button.click()
    assert ("model", "qwen-max") not in panel.rows
    assert current_cost(window, "qwen-max") == pytest.approx(before["qwen-max"] * 0.9)


@pytest.mark.price_war(until_today=True)
def test_restore_shipped_prices(qtbot, window, dialogs, store, actions, catalog):
    answers, asked = dialogs
    win = catalog
    assert not win.restore_button.isEnabled()
    import_fixture(qtbot, window, actions, dialogs)
    add_negotiated_price(qtbot, window, win)
    assert win.restore_button.isEnabled()

    answers["confirm"] = False
    win.restore_button.click()
    assert asked[-1][0] == "confirm"
    assert store.has_changes()
    assert "openai/fixture-gpt-4o" in window.state.catalog
    assert cell(window, "gpt-4o", "current_input_per_mtok") == "¥12"

    answers["confirm"] = True
    with changed(qtbot, window):
        win.restore_button.click()
    assert not store.has_changes()
    assert "openai/fixture-gpt-4o" not in window.state.catalog
    assert cell(window, "gpt-4o", "current_input_per_mtok") != "¥12"
    assert not win.restore_button.isEnabled()


def test_failed_write_says_why_and_changes_nothing(qtbot, window, dialogs, store, catalog,
                                                   monkeypatch):
    answers, asked = dialogs
    win = catalog

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store, "add_records", refuse)
    win.select_model("gpt-4o")
    form = win.add_price()
    qtbot.addWidget(form)
    for key, value in {"input_per_mtok": "1", "output_per_mtok": "2", "source": "x"}.items():
        form.set_field(key, value)
    answers["error"] = None
    form.ok_button.click()
    assert asked[-1][0] == "error" and "Permission denied" in asked[-1][1][1]
    assert form.isVisible(), "the form stays open with what was typed"
    assert form.field_text("input_per_mtok") == "1"
    assert not store.user_file.exists()


def test_damaged_user_file_is_reported_not_fatal(qtbot, window, store, actions):
    store.folder.mkdir(parents=True)
    store.user_file.write_text("model_id,vendor\nbroken,x\n", encoding="utf-8")
    win = actions.open_catalog()
    qtbot.addWidget(win)
    assert win.problems.isVisible()
    assert "missing required column" in win.problems.text()
    assert "missing required column" in window.statusBar().currentMessage()
    assert "gpt-4o" in win.models.shown_models()


def test_reopening_shows_what_changed_on_disk(qtbot, window, store, actions, catalog):
    catalog.close()
    frame = store.load().catalog.records
    row = frame[frame["model_id"] == "gpt-4o"].tail(1).assign(
        model_id="cli-added", model_name="CLI added", origin="import:cli")
    store.import_records(row, "from-the-command-line")  # e.g. `import-prices` meanwhile
    win = actions.open_catalog()
    assert win is catalog and win.isVisible()
    assert "cli-added" in win.models.shown_models()
    assert "cli-added" in window.state.catalog


def test_language_change_keeps_every_window_working(qtbot, window, dialogs, actions, catalog):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    answers, _ = dialogs
    answers["open_file"] = str(LITELLM / "chat_map.json")
    dialog = actions.import_prices()
    qtbot.addWidget(dialog)
    catalog.select_model("qwen-long")
    form = catalog.add_price()
    qtbot.addWidget(form)
    for widget in (catalog, dialog, form):
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert catalog.windowTitle() == "Prices and sources"
    assert catalog.selected_model() == "qwen-long"
    assert history_texts(catalog, "output")[0] == "≈ unknown"
    assert dialog.summary.text().startswith("12 models added")
    assert form.windowTitle() == "Add a price for Qwen-Long"


def test_one_mouse_click_shows_the_clicked_models_prices(qtbot, window, catalog):
    win = catalog
    win.show()
    qtbot.waitExposed(win)
    view = win.models.view
    assert win.select_model("gpt-4o")
    shown = win.models.shown_models()
    target = next(m for m in shown if m != "gpt-4o")
    row = shown.index(target)
    view.scrollTo(win.models.proxy.index(row, 0))
    rect = view.visualRect(win.models.proxy.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.selected_model() == target
    assert f"({target})" in win.model_header.text()
    records = win.history_model
    assert records.rowCount() and all(
        records.record(r)["model_id"] == target for r in range(records.rowCount()))


def test_first_click_on_save_saves_what_was_typed(qtbot, window, catalog, store):
    """The date typed last is read on the press, and nothing moves Save from under the
    mouse before the release (the click used to be lost, and a second one needed)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    win = catalog
    assert win.select_model("gpt-4o")
    form = win.add_price()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    for key, text in (("input_per_mtok", "12"), ("output_per_mtok", "36"),
                      ("source", "Contract 2024")):
        form.edits[key].setFocus()
        qtbot.keyClicks(form.edits[key], text)
    date = form.edits["effective_from"]
    date.setFocus()
    date.lineEdit().setCursorPosition(0)
    qtbot.keyClicks(date, "2024-05-13")  # the day of a shipped price: a note appears
    button = form.ok_button
    center = button.rect().center()
    spot = button.mapToGlobal(center)
    with changed(qtbot, window):
        QTest.mousePress(button, Qt.MouseButton.LeftButton, pos=center)
        moved = button.mapFromGlobal(spot) - center
        assert moved == QPoint(0, 0)
        QTest.mouseRelease(button, Qt.MouseButton.LeftButton, pos=button.mapFromGlobal(spot))
    assert not form.isVisible()
    own = store.user_records()
    assert list(own["effective_from"].dt.date) == [dt.date(2024, 5, 13)]
    assert "Replaces the shipped price" in form.info.text()
