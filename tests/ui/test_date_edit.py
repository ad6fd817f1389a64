"""A whole date typed over the field is read as typed, however the field was entered."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from calculator.ui.widgets.date_edit import DateEdit, parse_typed_date


@pytest.mark.parametrize(("text", "date"), [
    ("2026-11-30", dt.date(2026, 11, 30)), ("2026/11/30", dt.date(2026, 11, 30)),
    ("2026年11月30日", dt.date(2026, 11, 30)), ("Nov 30, 2026", dt.date(2026, 11, 30)),
    ("november 30 2026", dt.date(2026, 11, 30)), ("30 Nov 2026", dt.date(2026, 11, 30)),
    ("Sept 3, 2025", dt.date(2025, 9, 3)), (" May 1,2024 ", dt.date(2024, 5, 1)),
])
def test_dates_people_type(text, date):
    assert parse_typed_date(text) == date


@pytest.mark.parametrize("text", ["Nov 31, 2026", "Nox 3, 2026", "2026-13-01", "Nov 2026",
                                  "1850-01-01", "soon", ""])
def test_not_dates(text):
    assert parse_typed_date(text) is None


@pytest.fixture
def form(qtbot):
    """A date field between two line edits, shown, so Tab and clicks behave as on screen."""
    page = QWidget()
    before, field, after = QLineEdit(page), DateEdit(page), QLineEdit(page)
    layout = QVBoxLayout(page)
    for widget in (before, field, after):
        layout.addWidget(widget)
    field.setDate(QDate(2024, 5, 1))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, before, field, after


def test_tab_in_and_type_the_shown_form(qtbot, form):
    page, before, field, after = form
    assert field.text() == "May 1, 2024"
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Nov 30, 2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # where the keyboard goes
    assert field.date() == QDate(2026, 11, 30)
    assert field.text() == "Nov 30, 2026"
    qtbot.waitUntil(after.hasFocus)  # Tab went on to the next field


def test_click_at_the_start_and_type_iso(qtbot, form):
    page, before, field, after = form
    line = field.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(2, line.height() // 2))
    qtbot.waitUntil(field.hasFocus)
    assert line.cursorPosition() == 0
    qtbot.keyClicks(field, "Nov 30, 2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 11, 30)
    field.lineEdit().setCursorPosition(0)
    qtbot.keyClicks(field, "2025-02-09")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2025, 2, 9)


def test_typing_only_the_first_part_keeps_the_rest(qtbot, form):
    page, before, field, after = form
    field.setFocus()
    field.lineEdit().setCursorPosition(0)
    qtbot.keyClicks(field, "Jun")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2024, 6, 1)


def test_chinese_form(qtbot, form):
    page, before, field, after = form
    field.set_language("zh")
    assert field.text() == "2024年5月1日"
    field.setFocus()
    field.lineEdit().setCursorPosition(0)
    for char in "2026年11月30日":  # QTest cannot type CJK characters: key events with text
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                Qt.KeyboardModifier.NoModifier, char))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 11, 30)


def test_no_date_restores_the_old_one(qtbot, form):
    page, before, field, after = form
    field.setFocus()
    field.lineEdit().setCursorPosition(0)
    qtbot.keyClicks(field, "next week")
    after.setFocus()
    qtbot.waitUntil(lambda: not field.typing)
    assert field.date() == QDate(2024, 5, 1) and field.text() == "May 1, 2024"


def test_typing_inside_a_later_section_edits_that_section(qtbot, form):
    page, before, field, after = form
    field.setFocus()
    line = field.lineEdit()
    line.setCursorPosition(4)  # in the day: "May |1, 2024"
    field.setSelectedSection(DateEdit.Section.DaySection)
    qtbot.keyClicks(field, "7")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2024, 5, 7)


def test_click_inside_the_day_and_type_a_whole_date(qtbot, form):
    page, before, field, after = form
    line = field.lineEdit()
    x = line.fontMetrics().horizontalAdvance("May ") + 2  # on the "1" of "May 1, 2024"
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.waitUntil(field.hasFocus)
    assert line.cursorPosition() > 0
    qtbot.keyClicks(field, "Nov 30, 2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 11, 30)


def test_shift_tab_in_and_type_iso(qtbot, form):
    """Shift+Tab selects the year; a whole ISO date typed there is still read whole."""
    page, before, field, after = form
    after.setFocus()
    qtbot.waitUntil(after.hasFocus)
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "2025-02-09")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert field.date() == QDate(2025, 2, 9)


def test_typing_only_the_year_keeps_month_and_day(qtbot, form):
    page, before, field, after = form
    field.setFocus()
    field.lineEdit().setCursorPosition(len("May 1, 20"))
    qtbot.keyClicks(field, "2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 5, 1)
