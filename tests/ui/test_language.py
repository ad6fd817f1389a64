"""The interface in Simplified Chinese: switching, names, units, dates, no English left."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu

from calculator.ui.language import install_language, saved_language
from calculator.ui.models.comparison_model import COL

from .conftest import cell


@pytest.fixture
def chinese(window, qtbot):
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=3000, raising=False):
        window.actions["lang_zh_CN"].trigger()
    yield window
    install_language("en")


def header(window, key):
    return window.results.model.headerData(COL[key], Qt.Orientation.Horizontal)


def test_switching_changes_window_texts_without_restart(window):
    english = (window.menus["file"].title(), header(window, "current_cost"),
               window.workload.title(), window.results.tabs.tabText(0))
    assert english == ("&File", "Current cost\nCNY / month", "Workload", "Monthly spend")
    window.actions["lang_zh_CN"].trigger()
    try:
        chinese = (window.menus["file"].title(), header(window, "current_cost"),
                   window.workload.title(), window.results.tabs.tabText(0))
        for before, after in zip(english, chinese, strict=True):
            assert after != before and re.search(r"[\u4e00-\u9fff]", after), after
        assert "CNY" in chinese[1]
        assert saved_language() == "zh_CN"
        assert window.actions["lang_zh_CN"].isChecked()
    finally:
        window.actions["lang_en"].trigger()
    assert window.menus["file"].title() == "&File"
    assert header(window, "current_cost") == "Current cost\nCNY / month"
    assert saved_language() == "en"


@pytest.mark.price_war
def test_chinese_names_units_and_dates(chinese):
    window = chinese
    assert cell(window, "qwen-long", "vendor") == "阿里云"
    # 100M input + 20M output on GLM-4 at ¥100/M: ¥12,000 = 1.2万
    assert cell(window, "glm-4", "current_cost") == "¥1.20万"
    assert window.status_prices.text().endswith("2026年10月17日")
    assert window.pricing.baseline.text() == "2024年5月1日"
    assert window.workload.fields["input_tokens"].hint.text() == "= 1亿"
    window.actions["cn_units"].trigger()  # off: plain thousands separators
    assert cell(window, "glm-4", "current_cost") == "¥12,000"


def test_charts_follow_the_language(chinese, qtbot):
    window = chinese
    spend = window.results.spend
    qtbot.waitUntil(lambda: spend.draw_count > 0)
    assert re.search(r"[\u4e00-\u9fff]", spend.plot.titleLabel.text)
    assert "CNY" in spend.plot.getAxis("bottom").labelText


ALLOWED = re.compile(
    r"LLM|LiteLLM|tokens?|Tokens?|CNY|USD|English|Simplified Chinese|CSV|Excel|HTML|PDF|PNG|"
    r"SVG|JSON|USD|GPT[\w.-]*|OpenAI|DeepSeek|Moonshot|Kimi|ERNIE|Qwen|GLM|Doubao|Spark|"
    r"hunyuan|Yi|Baichuan|k|M|B|Ctrl|Shift|Alt|Del|deepseek|qwen|glm|doubao|ernie|spark|"
    r"moonshot|yi|baichuan|gpt|MMM|yyyy|[\u4e00-\u9fff]")


def visible_texts(window) -> list[str]:
    window.billing, window.plans_panel  # noqa: B018 (tabs built when first opened: build them)
    texts = []
    for widget in window.findChildren(QLabel):
        if widget.isVisible() and widget.text():
            texts.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            texts.append(widget.text())
    for widget in window.findChildren(QGroupBox):
        texts.append(widget.title())
    for widget in window.findChildren(QComboBox):
        # model names; IANA time zone names (Asia/Shanghai) are names too
        if widget not in (window.pricing.reference, window.billing.timezone):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
    for widget in window.findChildren(QLineEdit):
        texts.append(widget.placeholderText())
    for menu in window.findChildren(QMenu):
        texts.append(menu.title())
        texts.extend(action.text() for action in menu.actions())
    texts.extend(window.results.tabs.tabText(i) for i in range(window.results.tabs.count()))
    texts.extend(header(window, column.key) for column in
                 __import__("calculator.ui.models.comparison_model",
                            fromlist=["COLUMNS"]).COLUMNS)
    return texts


@pytest.fixture(params=["tabs built in Chinese", "tabs built before the switch"])
def chinese_tabs(request, window, qtbot):
    """The Chinese window, its Billing and Plans tabs built after the switch (as they are
    when first opened then) or before it (then they follow the switch)."""
    if request.param == "tabs built before the switch":
        window.billing, window.plans_panel  # noqa: B018 (builds them)
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=3000, raising=False):
        window.actions["lang_zh_CN"].trigger()
    yield window
    install_language("en")


def test_no_english_left_in_the_chinese_window(chinese_tabs):
    """Every visible label, button, menu, tab, header and choice is Chinese, except
    brand and model names, currency codes, units and file formats."""
    chinese = chinese_tabs
    leftovers = set()
    models = chinese.state.catalog.models
    names = " ".join([*models.index, *models["model_name"], *models["vendor"]]).casefold()
    for text in visible_texts(chinese):
        if "http" in text or "github.com" in text:  # a source reference, not prose
            continue
        plain = re.sub(r"<[^>]+>|&\w+;|\{[^}]*\}|\(&\w\)|&", " ", text)
        plain = re.sub(r"\b[A-Z][A-Za-z]+/[A-Za-z_+-]+", " ", plain)  # IANA zones (Etc/UTC)
        for word in re.findall(r"[A-Za-z][A-Za-z.-]{2,}", plain):
            if not ALLOWED.fullmatch(word) and word.casefold() not in names:
                leftovers.add(f"{word!r} in {text!r}")
    assert not leftovers, "\n".join(sorted(leftovers))


def test_first_start_follows_the_system_locale(app, monkeypatch):
    from PySide6.QtCore import QLocale

    import calculator.ui.language as language

    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert language.saved_language() == "zh_CN"
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert language.saved_language() == "en"
    language.save_language("zh_CN")  # a choice made in the menu wins over the system
    assert language.saved_language() == "zh_CN"


def test_date_fields_show_locale_dates_and_accept_iso(qtbot, app):
    from PySide6.QtCore import QDate

    from calculator.ui.widgets.date_edit import DateEdit

    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2024, 5, 21))
    assert edit.text() == "May 21, 2024"
    edit.set_language("zh")
    assert edit.text() == "2024年5月21日"
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "2025-02-09")
    edit.interpretText()
    assert edit.date() == QDate(2025, 2, 9)


def test_bad_scenario_is_explained_in_chinese(chinese, dialogs, tmp_path):
    """The dialog leads with what is wrong in the interface language; the engine's
    details (file, position) follow."""
    answers, asked = dialogs
    path = tmp_path / "坏.json"
    path.write_bytes(b'{"format": "llm-cost-scenario", "version": 1, ')
    answers.update(open_file=str(path), error=None)
    chinese.actions["open"].trigger()
    (title, message) = [args[:2] for name, args in asked if name == "error"][0]
    assert title == "无法打开场景"
    lead, details = message.split("\n\n", 1)
    assert lead == "该文件不是有效的 JSON，可能已损坏或不完整。"
    assert details.startswith("坏.json: not valid JSON at line 1")
