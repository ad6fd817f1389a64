"""The main window, driven through its widgets as a user would; assertions on what shows."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QDate, Qt

from calculator.engine.presets import TODAY_MODELS
from calculator.engine.scenario import DEFAULT_MODELS
from calculator.userfiles.loading import fx_rates

from .conftest import cell, row_ids


def wait_results(qtbot, window):
    """Let the coalesced recomputation run."""
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=2000):
        pass


def type_amount(qtbot, window, field: str, text: str):
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=2000):
        window.workload.fields[field].set_text(text)


def test_constructs_with_no_arguments_and_shows_defaults(window):
    """A first start: the "Today" preset on the default workload."""
    assert "LLM Cost Calculator" in window.windowTitle()
    assert sorted(row_ids(window)) == sorted(TODAY_MODELS)
    assert window.workload.fields["input_tokens"].edit.text() == "100M"
    # GLM-5.3 (list price from 2026-08-19, up to 32k input): 100M x ¥8 + 20M x ¥28
    assert cell(window, "glm-5.3", "current_cost") == "¥1,360"
    assert cell(window, "glm-5.3", "baseline_cost") == "not offered"


@pytest.mark.price_war
def test_price_war_numbers(window):
    # 100M input x ¥1 + 20M output x ¥1 for GLM-3-Turbo after its cut
    assert sorted(row_ids(window)) == sorted(DEFAULT_MODELS)
    assert cell(window, "glm-3-turbo", "current_cost") == "¥120"
    assert cell(window, "glm-3-turbo", "baseline_cost") == "¥600"


@pytest.mark.price_war
def test_typing_chinese_units_prices_the_new_volume(qtbot, window):
    type_amount(qtbot, window, "input_tokens", "1.2亿")
    assert window.workload.fields["input_tokens"].hint.text() == "= 120,000,000"
    # 120M x ¥1 + 20M x ¥1
    assert cell(window, "glm-3-turbo", "current_cost") == "¥140"
    assert "120M input" in window.workload.summary.text()


def results_lightness(window) -> float:
    """Mean lightness of the table and charts as drawn on screen (0 black .. 255 white)."""
    from PySide6.QtCore import QPoint, QRect

    from .image_compare import to_array

    splitter = window.results.splitter
    image = window.grab(QRect(splitter.mapTo(window, QPoint(0, 0)), splitter.size()))
    return float(to_array(image.toImage())[..., :3].mean())


@pytest.mark.price_war
def test_invalid_entry_is_marked_and_never_priced(qtbot, window):
    field = window.workload.fields["output_tokens"]
    before = window.state.scenario.workload.output_tokens
    clear = results_lightness(window)
    field.set_text("20 tokens")  # checked as typed: no event loop turn needed
    assert field.edit.property("invalid") is True
    assert "unknown unit" in field.hint.text()
    assert window.state.scenario.workload.output_tokens == before
    assert window.results.notice.isVisible()
    assert "invalid" in window.results.notice.text()
    assert cell(window, "glm-3-turbo", "current_cost") == "¥120"
    # the old numbers are faded and cannot be exported or copied as if they were current
    assert window.results.stale
    washed = results_lightness(window)
    assert washed > clear + 0.5 * (255 - clear)  # washed out on screen, not just flagged
    assert not window.actions["export_all"].isEnabled()
    assert not window.actions["copy_table"].isEnabled()
    type_amount(qtbot, window, "output_tokens", "40M")
    assert not field.edit.property("invalid")
    assert cell(window, "glm-3-turbo", "current_cost") == "¥140"
    assert "invalid" not in window.results.notice.text()
    assert not window.results.stale and window.actions["export_all"].isEnabled()
    assert results_lightness(window) < washed


def test_negative_amount_is_refused_at_the_field(qtbot, window):
    field = window.workload.fields["input_tokens"]
    field.set_text("-5M")
    assert field.error == "'-5M' must not be negative"
    assert window.state.scenario.workload.input_tokens == 100e6


@pytest.mark.price_war
def test_requests_mode(qtbot, window):
    panel = window.workload
    with qtbot.waitSignal(window.state.sig_results_changed):
        panel.mode.setCurrentIndex(panel.mode.findData("requests"))
    assert not panel.form.isRowVisible(panel.fields["input_tokens"])
    assert panel.form.isRowVisible(panel.fields["requests_per_day"])
    type_amount(qtbot, window, "requests_per_day", "10k")
    type_amount(qtbot, window, "input_per_request", "1500")
    type_amount(qtbot, window, "output_per_request", "500")
    # 10,000/day x 30 days = 300k requests; x 1,500 = 450M input; x 500 = 150M output
    assert "450M input, 150M output tokens, 300k requests" in panel.summary.text()
    # GLM-3-Turbo: 450 x ¥1 + 150 x ¥1
    assert cell(window, "glm-3-turbo", "current_cost") == "¥600"


def test_users_mode(qtbot, window):
    panel = window.workload
    with qtbot.waitSignal(window.state.sig_results_changed):
        panel.mode.setCurrentIndex(panel.mode.findData("users"))
    type_amount(qtbot, window, "users", "1000")
    type_amount(qtbot, window, "requests_per_user_per_day", "10")
    with qtbot.waitSignal(window.state.sig_results_changed):
        panel.days.setValue(20)
    # 1,000 users x 10 x 20 days = 200k requests x (2,000 in, 400 out)
    w = window.state.scenario.workload.to_workload()
    assert (w.requests, w.input_tokens, w.output_tokens) == (200_000, 400e6, 80e6)
    assert "400M input, 80M output tokens, 200k requests" in panel.summary.text()


@pytest.mark.price_war
def test_price_war_preset_and_dates(qtbot, window):
    window.actions["preset_today"].trigger()
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.actions["preset_price_war_2024"].trigger()
    assert window.pricing.baseline.date() == QDate(2024, 5, 1)
    assert window.pricing.current.date() == QDate(2024, 6, 1)
    assert window.pricing.preset.currentData() == "price_war_2024"
    assert cell(window, "qwen-long", "baseline_cost") == "unknown"
    assert cell(window, "doubao-pro-32k", "baseline_cost") == "not offered"
    assert cell(window, "ernie-speed-8k", "current_cost") == "free"
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.pricing.current.setDate(QDate(2024, 5, 20))
    assert window.pricing.preset.currentData() == "custom"
    assert cell(window, "ernie-speed-8k", "current_cost") == "¥560"


@pytest.mark.price_war
def test_currency_and_fx(qtbot, window):
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.actions["currency_usd"].trigger()
    assert cell(window, "gpt-4o", "current_input_per_mtok").startswith("$")
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.pricing.fx.setValue(8.0)
    # GLM-3-Turbo ¥120 / 8 = $15
    assert cell(window, "glm-3-turbo", "current_cost") == "$15"
    assert window.status_fx.text() == "1 USD = 8 CNY"
    assert "Your rate" in window.pricing.fx_source.text()
    window.pricing.fx_reset.click()
    # the default is the shipped rate in effect at the current date, with its date and source
    shipped = fx_rates().at(window.state.scenario.current_date)
    text = window.pricing.fx_source.text()
    assert text.startswith("Default rate of ") and shipped.source in text
    assert window.pricing.fx.value() == pytest.approx(shipped.cny_per_usd)


def test_default_fx_follows_the_current_date(qtbot, window):
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.pricing.current.setDate(QDate(2024, 6, 1))
    june = fx_rates().at(dt.date(2024, 6, 1))
    assert window.pricing.fx.value() == pytest.approx(june.cny_per_usd)
    assert "Default rate of Jun 1, 2024" in window.pricing.fx_source.text()
    assert window.state.results.comparison.fx.cny_per_usd == pytest.approx(june.cny_per_usd)
    assert window.state.scenario.fx_cny_per_usd is None  # still the default, not a typed rate
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.pricing.fx.setValue(7.5)
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.pricing.current.setDate(QDate(2025, 6, 1))
    assert window.pricing.fx.value() == 7.5  # a rate the user typed stays
    assert "Your rate" in window.pricing.fx_source.text()


@pytest.mark.price_war
def test_reference_model_savings(qtbot, window):
    index = window.pricing.reference.findData("gpt-4o")
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.pricing.reference.setCurrentIndex(index)
    model = window.results.model
    from calculator.ui.models.comparison_model import COL

    header = model.headerData(COL["savings_vs_reference"], Qt.Orientation.Horizontal)
    assert header.startswith("vs GPT-4o")
    assert cell(window, "gpt-4o", "savings_vs_reference") == "¥0"


@pytest.mark.price_war
def test_model_picker_changes_rows(qtbot, window):
    picker = window.picker
    with qtbot.waitSignal(window.state.sig_results_changed):
        picker.set_checked("glm-4", False)
    assert "glm-4" not in row_ids(window)
    picker.search.setText("moonshot")
    assert {"moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k"} <= set(picker.shown_models())
    with qtbot.waitSignal(window.state.sig_results_changed):
        picker.set_vendor_checked("Moonshot AI", True)
    assert {"moonshot-v1-32k", "moonshot-v1-128k"} <= set(row_ids(window))
    picker.search.setText("")
    picker.tier.setCurrentIndex(picker.tier.findData("open-weights"))
    assert all(m.startswith("qwen1.5") for m in picker.shown_models())
    with qtbot.waitSignal(window.state.sig_results_changed):
        picker.all_button.click()
    assert "qwen1.5-7b-chat" in row_ids(window)
    assert "glm-4" not in row_ids(window)  # hidden by the tier filter, so not touched


def test_search_finds_chinese_vendor_names(window):
    window.picker.search.setText("阿里云")
    assert "qwen-long" in window.picker.shown_models()
    assert all(m.startswith("qwen") for m in window.picker.shown_models())


@pytest.mark.price_war
def test_sort_by_value_keeps_missing_last(qtbot, window):
    from calculator.ui.models.comparison_model import COL

    table = window.results.table
    table.sortByColumn(COL["baseline_cost"], Qt.SortOrder.DescendingOrder)
    ids = row_ids(window)
    values = [cell(window, m, "baseline_cost") for m in ids]
    assert values[-1] in ("unknown", "not offered")
    numbers = [float(v.strip("¥").replace(",", "")) for v in values if v.startswith("¥")]
    assert numbers == sorted(numbers, reverse=True)
    table.sortByColumn(COL["baseline_cost"], Qt.SortOrder.AscendingOrder)
    values = [cell(window, m, "baseline_cost") for m in row_ids(window)]
    assert values[-1] in ("unknown", "not offered")
    assert values[0] == "¥140"  # deepseek-chat: 100 x ¥1 + 20 x ¥2


def test_status_bar(window):
    newest = window.state.catalog.newest_price_date
    assert window.status_prices.text() == f"Newest price {newest:%b} {newest.day}, {newest.year}"
    assert "checked" not in window.status_prices.text()
    assert window.status_counts.text().startswith(f"{len(TODAY_MODELS)} models:")
    assert "0 unknown" in window.status_counts.text()
    assert "0 retired" in window.status_counts.text()


@pytest.mark.price_war
def test_copy_table_pastes_plain_numbers_with_model_ids(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    window.actions["copy_table"].trigger()
    data = QGuiApplication.clipboard().mimeData()
    lines = data.text().splitlines()
    header = lines[0].split("\t")
    assert header[:3] == ["Model id", "Vendor", "Model"]
    assert "Current cost (CNY / month)" in header and "Savings (%)" in header
    rows = {line.split("\t")[0]: dict(zip(header, line.split("\t"), strict=True))
            for line in lines[1:17]}
    assert sorted(rows) == sorted(DEFAULT_MODELS)
    glm = rows["glm-3-turbo"]
    assert (glm["Vendor"], glm["Model"]) == ("Zhipu AI", "GLM-3-Turbo")  # as shown
    assert glm["Current cost (CNY / month)"] == "120"  # a number a spreadsheet sums
    assert glm["Baseline cost (CNY / month)"] == "600"
    assert glm["Savings (%)"] == "80"
    statuses = {row["Baseline cost (CNY / month)"] for row in rows.values()}
    assert {"unknown", "not offered"} <= statuses  # missing stays a word, never 0
    assert lines[17] == "" and lines[18].startswith("Untitled scenario: 100M input")
    html = data.html()  # spreadsheets keep the columns from the HTML flavour
    assert html.count("<tr>") == 17 and "<th>Current cost (CNY / month)</th>" in html
    assert ">glm-3-turbo</td>" in html


@pytest.mark.price_war
def test_ctrl_c_copies_the_selected_rows_and_ctrl_a_selects_all(qtbot, window):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    table = window.results.table
    window.show()
    qtbot.waitExposed(window)
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith("Model id\t") and len(lines[1].split("\t")) > 5
    assert lines[2] == ""  # one row, then the notes
    QTest.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines.index("") == 17  # header and all 16 models


def test_burst_of_edits_recomputes_once(qtbot, window):
    state = window.state
    count = state.compute_count
    state.set_growth(0.1)
    state.set_horizon(24)
    state.set_cached_share(0.5)
    with qtbot.waitSignal(state.sig_results_changed):
        pass
    assert state.compute_count == count + 1
    assert window.results.evaluation.projection.months[-1] == 24


@pytest.mark.price_war
def test_typing_repaints_results_without_relaying_out_the_window(qtbot, window):
    """A keystroke must not relayout the dock and main window (a full repaint of the
    inputs each time), nor re-render the chart's model-name axis when names are the same."""
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        def __init__(self):
            super().__init__()
            self.seen: list[str] = []

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.LayoutRequest:
                self.seen.append(type(obj).__name__)
            return False

    from PySide6.QtWidgets import QApplication

    type_amount(qtbot, window, "input_tokens", "110M")
    chart = window.results.charts[0]
    qtbot.waitUntil(lambda: chart.draw_count > 0)  # start-up settles: charts built, drawn
    QApplication.processEvents()  # ... and the layouts that asked for it are done
    left = chart.plot.getAxis("left")
    chart.grab()  # the axis picture is rendered
    picture = left.picture
    counter = Counter()
    for widget in (window.dock, window.left.tabBar()):
        widget.installEventFilter(counter)
    order = list(chart.rows["model_id"])
    for text in ("111M", "112M", "111M"):  # small steps: the ranking stays the same
        type_amount(qtbot, window, "input_tokens", text)
        QApplication.processEvents()  # deliver any layout request the edit posted
    assert counter.seen == []
    assert chart.draw_count >= 4 and list(chart.rows["model_id"]) == order
    assert left.picture is picture is not None
    assert window.left.tabText(1) == f"Models ({len(window.state.scenario.models)})"


def test_painted_cells_follow_edits(qtbot, window):
    """The view paints from the models' one-call-per-cell path (multiData), which keeps
    cell values between edits for unchanged columns: what it paints must match the data."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    table = window.results.table
    proxy, delegate = table.model(), table.itemDelegate()

    def painted() -> dict:
        cells = {}
        for r in range(proxy.rowCount()):
            for c in range(proxy.columnCount()):
                option = QStyleOptionViewItem()
                delegate.initStyleOption(option, proxy.index(r, c))
                cells[(r, c)] = (option.text, option.font.italic())
        return cells

    def data() -> dict:
        return {(r, c): (proxy.index(r, c).data() or "",
                         bool(proxy.index(r, c).data(Qt.ItemDataRole.FontRole)
                              and proxy.index(r, c).data(Qt.ItemDataRole.FontRole).italic()))
                for r in range(proxy.rowCount()) for c in range(proxy.columnCount())}

    table.viewport().grab()
    before = painted()
    assert before == data()
    for text in ("250M", "251M", "9B"):
        type_amount(qtbot, window, "input_tokens", text)
        table.viewport().grab()
        after = painted()
        assert after == data() and after != before
        before = after


def test_session_is_restored(qtbot, app):
    from calculator.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    with qtbot.waitSignal(first.state.sig_results_changed):
        first.workload.fields["input_tokens"].set_text("3000万")
    with qtbot.waitSignal(first.state.sig_results_changed):
        first.picker.set_checked("glm-5.3", False)
    first.resize(760, 560)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.state.scenario.workload.input_tokens == 30e6
    assert second.workload.fields["input_tokens"].edit.text() == "30M"
    assert "glm-5.3" not in second.state.scenario.models
    assert second.pricing.preset.currentData() == "custom"  # restored, not a first start
    assert (second.size().width(), second.size().height()) == (760, 560)


def test_quit_shortcut(window):
    action = window.actions["quit"]
    assert "Ctrl+Q" in [s.toString() for s in action.shortcuts()]
    action.trigger()
    assert not window.isVisible()


def test_every_action_has_text_and_a_shortcut(window):
    for key, action in window.actions.items():
        assert action.text(), key
        if action.menu() is None:  # submenus (Export, Open recent) have no shortcut
            assert not action.shortcut().isEmpty(), key
    shortcuts = [a.shortcut().toString() for a in window.actions.values() if a.menu() is None]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"


def test_the_models_tab_built_when_first_opened_follows_the_state(window):
    """The Models tab is built when first opened: it ticks the state's models and names
    the vendors in the window's language of that moment."""
    assert window._picker is None
    window.state.set_models(("glm-4", "gpt-4o"))
    window.set_language("zh_CN", save=False)
    try:
        window.left.setCurrentWidget(window.picker_page)
        picker = window._picker
        assert picker is not None and picker.isVisible()
        assert set(picker.selected()) == {"glm-4", "gpt-4o"}
        vendors = [picker.source.item(r).text() for r in range(picker.source.rowCount())]
        assert "智谱AI Zhipu AI" in vendors
    finally:
        window.set_language("en", save=False)
    assert "Zhipu AI 智谱AI" in [picker.source.item(r).text()
                                for r in range(picker.source.rowCount())]


def test_tab_order_follows_the_panels(window):
    window.picker  # noqa: B018 (the Models tab is built when first opened: build it)
    chain = []
    widget = window.workload.mode
    for _ in range(200):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    expected = [window.workload.mode, window.workload.fields["input_tokens"].edit,
                window.workload.fields["output_tokens"].edit, window.workload.cached,
                window.workload.horizon, window.pricing.preset, window.pricing.baseline,
                window.pricing.fx, window.pricing.reference, window.picker.search,
                window.picker.tree, window.results.table]
    positions = [chain.index(w) for w in expected]
    assert positions == sorted(positions)


def test_today_is_the_default_current_date(window):
    assert window.state.scenario.current_date == dt.date.today()


@pytest.mark.subprocess
def test_first_paint_does_not_wait_for_pyqtgraph():
    """Building the window imports neither pyqtgraph nor the catalog dialogs nor the
    Models, Billing and Plans tabs nor the file locks of writes; the charts (and
    pyqtgraph) arrive right after the first paint, each tab when it is first opened."""
    code = ("import sys\n"
            "from calculator.ui.app import create_app\n"
            "app = create_app([])\n"
            "from calculator.ui.main_window import MainWindow\n"
            "w = MainWindow(restore=False)\n"
            "print(sorted(m for m in sys.modules if m.startswith('pyqtgraph') or m in (\n"
            "    'calculator.ui.catalog.window', 'calculator.ui.catalog.import_dialog', "
            "'openpyxl', 'calculator.ui.widgets.billing_panel', "
            "'calculator.ui.plans.plans_panel', 'calculator.ui.widgets.model_picker', "
            "'filelock')))\n"
            "import os; os._exit(0)\n")
    assert python_prints(code) == "[]"


@pytest.mark.subprocess
def test_start_loads_pandas_before_qt():
    """PySide6 reads (and keeps, in linecache) the source of every module imported after
    it; the start imports pandas first, so none of pandas' sources is read at start."""
    code = ("import linecache\n"
            "from calculator.ui.app import create_app\n"
            "print(sum('/pandas/core/' in name.replace(chr(92), '/') "
            "for name in linecache.cache))\n")
    assert python_prints(code) == "0"


def python_prints(code: str) -> str:
    """What ``code`` prints, run by this Python in a fresh process."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return out.stdout.strip()


def test_inputs_the_engine_refuses_fade_the_old_results(qtbot, window):
    """Each field is in range but together they exceed what the engine prices: the
    notice names the problem and the results are shown faded (they are the old ones)."""
    window.workload.mode.setCurrentIndex(window.workload.mode.findData("users"))
    fields = window.workload.fields
    for key in ("users", "requests_per_user_per_day", "input_per_request"):
        fields[key].set_text("1e9")
    qtbot.waitUntil(lambda: window.state.error is not None, timeout=2000)
    assert window.results.notice.isVisible() and "at most" in window.results.notice.text()
    assert window.results.stale
    assert window.workload.summary.text() == ("These volumes come to more than 1,000,000T "
                                              "tokens a month, more than the calculator prices.")
    fields["requests_per_user_per_day"].set_text("10")
    fields["input_per_request"].set_text("2000")  # 1e9 users x 10 x 2,000 x 30 days: fine
    qtbot.waitUntil(lambda: window.state.error is None, timeout=2000)
    assert not window.results.stale


def test_price_history_redraws_when_the_catalog_changes(qtbot, window):
    """The history chart skips redraws while only the workload changes, but new prices
    (an import, an edit) must show even when nothing else changed."""
    from calculator.engine import Catalog

    chart = window.results.charts[3]
    window.results.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: bool(chart.series), timeout=2000)
    before = {label: list(ys) for label, _, ys in chart.series}
    draws = chart.draw_count
    type_amount(qtbot, window, "input_tokens", "300M")
    assert chart.draw_count == draws  # a new volume: prices over time unchanged
    records = window.state.catalog.records.copy()
    records["input_per_mtok"] = records["input_per_mtok"] * 3
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=3000):
        window.state.set_catalog(Catalog.from_records([records]))
    after = {label: list(ys) for label, _, ys in chart.series}
    assert chart.draw_count == draws + 1
    label = next(label for label, ys in before.items() if ys and ys[0] > 0)
    assert after[label][0] == pytest.approx(3 * before[label][0])


def test_window_fits_the_screen_it_starts_on(qtbot, window):
    """Whatever the screen, the whole window, status bar included, is on it."""
    free = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: window._fitted_shown)
    window.resize(free.width() + 300, free.height() + 300)
    window.move(free.right() - 50, free.bottom() - 50)  # as restored from a larger screen
    window.fit_to_screen()
    assert free.contains(window.frameGeometry()), (free, window.frameGeometry())
    status = window.statusBar()
    bottom = status.mapTo(window, status.rect().bottomLeft()).y()
    assert window.geometry().top() + bottom <= free.bottom() + 1


def test_inputs_panel_is_never_clipped(qtbot, window):
    """A dock restored (or dragged) narrow keeps the inputs' full width."""
    scroll = window.left.widget(0)
    window.resizeDocks([window.dock], [120], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: scroll.viewport().width() >= scroll.widget().minimumSizeHint()
                    .width())
    window.set_language("zh_CN", save=False)
    window.set_language("en", save=False)
    qtbot.waitUntil(lambda: scroll.viewport().width() >= scroll.widget().minimumSizeHint()
                    .width())


@pytest.mark.parametrize(("brand", "prefix"), [
    ("Kimi", ("moonshot-", "kimi-")), ("豆包", ("doubao-",)), ("通义", ("qwen",)),
    ("通义千问", ("qwen",)), ("文心", ("ernie-",)), ("混元", ("hunyuan-",)),
    ("星火", ("spark-",)), ("智谱", ("glm-",)), ("GLM", ("glm-",)),
])
def test_brand_names_find_their_models(window, brand, prefix):
    """What people call the product finds the catalog's models, in the picker and in
    "Prices and sources"."""
    from calculator.ui.catalog.model_list import CatalogList

    window.picker.search.setText(brand)
    shown = window.picker.shown_models()
    assert shown and all(m.startswith(prefix) for m in shown), shown
    listing = CatalogList()
    listing.set_catalog(window.state.catalog)
    listing.search.setText(brand)
    assert set(listing.shown_models()) == set(shown)
    listing.deleteLater()


@pytest.mark.price_war
def test_cost_per_request_and_per_year_are_columns_you_can_show(qtbot, window):
    from calculator.ui.models.comparison_model import COL

    table, chooser = window.results.table, window.results.columns
    assert table.isColumnHidden(COL["current_per_request"])
    assert table.isColumnHidden(COL["current_per_year"])
    chooser.menu.aboutToShow.emit()
    titles = [a.text() for a in chooser.menu.actions()]
    assert "Current cost (CNY / request)" in titles and "Current cost (CNY / year)" in titles
    next(a for a in chooser.menu.actions() if a.text() == "Current cost (CNY / year)").trigger()
    next(a for a in chooser.menu.actions()
         if a.text() == "Current cost (CNY / request)").trigger()
    assert not table.isColumnHidden(COL["current_per_year"])
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.workload.fields["monthly_requests"].set_text("50k")
    # GLM-3-Turbo: ¥120 a month for 50,000 requests; ¥1,440 a year
    assert cell(window, "glm-3-turbo", "current_per_year") == "¥1,440"
    assert cell(window, "glm-3-turbo", "current_per_request") == "¥0.002400"
    again = type(chooser)(table, chooser.columns)  # the next session remembers
    assert again.shown(next(c for c in chooser.columns if c.key == "current_per_year"))


@pytest.mark.subprocess
def test_a_process_that_copied_the_table_exits_cleanly(tmp_path):
    """Offscreen Qt used to crash at exit (SIGSEGV, status 139) once the clipboard held
    the table's text and HTML flavours; the whole test run then failed after passing."""
    code = ("from calculator.ui.app import create_app\n"
            "from calculator.ui.main_window import MainWindow\n"
            "app = create_app()\n"
            "window = MainWindow(restore=False)\n"
            "window.copy_table()\n"
            "print('copied', len(app.clipboard().mimeData().html()) > 0)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LLMCOST_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.stdout.strip() == "copied True", out.stderr[-2000:]
    assert out.returncode == 0, out.stderr[-2000:]
