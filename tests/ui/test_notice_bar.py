"""The notice above the results keeps to two lines until the reader asks for all notes."""

from __future__ import annotations

from calculator.ui.widgets.notice_bar import NoticeBar

LONG = "  ".join(f"Note {i}: a model is priced at its lowest context tier because the "
                 "monthly request count is not set." for i in range(8))


def shown_bar(qtbot, width: int = 600) -> NoticeBar:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.resize(width, 300)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def test_many_notes_show_two_lines_and_a_show_all_button(qtbot, app):
    bar = shown_bar(qtbot)
    bar.show_text(LONG)
    qtbot.waitUntil(lambda: bar.more.isVisible())
    assert bar.more.text() == "Show all"
    assert bar.label.maximumHeight() == bar.collapsed_height()
    line = bar.label.fontMetrics().lineSpacing()
    assert 2 * line <= bar.collapsed_height() < 4 * line
    assert bar.label.text() == LONG and bar.label.toolTip() == LONG  # every note kept

    bar.more.click()
    assert bar.expanded and bar.more.text() == "Show less"
    assert bar.label.maximumHeight() > bar.label.heightForWidth(bar.label.width())
    bar.more.click()
    assert not bar.expanded and bar.label.maximumHeight() == bar.collapsed_height()


def test_a_short_notice_has_no_button_and_none_hides_the_bar(qtbot, app):
    bar = shown_bar(qtbot)
    bar.show_text("USD prices converted to CNY at 1 USD = 6.7649 CNY (2026-08-01).")
    assert not bar.more.isVisible() and bar.isVisible()
    assert bar.label.maximumHeight() > bar.collapsed_height()
    bar.show_text(None)
    assert bar.isHidden() and bar.label.isHidden()


def test_widening_the_window_drops_the_button_when_the_text_fits(qtbot, app):
    bar = shown_bar(qtbot, width=400)
    text = "  ".join(["Time-banded prices are billed off-peak at 79.6%."] * 3)
    bar.show_text(text)
    qtbot.waitUntil(lambda: bar.more.isVisible())
    bar.resize(3000, 300)
    qtbot.waitUntil(lambda: not bar.more.isVisible())
    assert bar.label.maximumHeight() > bar.collapsed_height()


def test_the_button_speaks_chinese(qtbot, app):
    from calculator.ui.language import install_language as set_language

    bar = shown_bar(qtbot)
    bar.show_text(LONG)
    try:
        set_language("zh_CN")
        bar.retranslate_ui()
        assert bar.more.text() not in ("Show all", "")
    finally:
        set_language("en")
        bar.retranslate_ui()
