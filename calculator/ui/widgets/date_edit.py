"""A date field that shows dates the reader's way and takes a whole date typed over it.

Qt's date editor edits one section (month, day, year) at a time: tabbing into
"May 1, 2024" and typing "Nov 30, 2026" gave 2024-11-01, and typing at the start
after a click gave 2026-05-30. Here, a printable key typed while the first section
is selected or the cursor is at the start begins a free entry: the field takes the
text as typed and reads it when the user presses Enter or leaves the field, in the
shown form (``Nov 30, 2026``, ``2026年11月30日``) or ISO (``2026-11-30``). Typing only
the first part (``Jun``) keeps the rest of the date. Text that is no date restores
the previous one. Typing inside a later section keeps Qt's section editing.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from ...engine.dates import MAX_DATE, MIN_DATE

DISPLAY_FORMATS = {"en": "MMM d, yyyy", "zh": "yyyy年M月d日"}
_NUMERIC = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_MONTH_FIRST = re.compile(r"^\s*([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})\s*$")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]{3,9})\.?\s*,?\s*(\d{4})\s*$")


def parse_typed_date(text: str) -> dt.date | None:
    """A whole date as people type it: ``2026-11-30``, ``2026/11/30``, ``2026年11月30日``,
    ``Nov 30, 2026``, ``November 30 2026``, ``30 Nov 2026``; None if it is not one."""
    match = _NUMERIC.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _MONTH_FIRST.match(text)
        if match:
            name, day, year = match.group(1), int(match.group(2)), int(match.group(3))
        else:
            match = _DAY_FIRST.match(text)
            if not match:
                return None
            day, name, year = int(match.group(1)), match.group(2), int(match.group(3))
        month = _month(name)
        if month is None:
            return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if MIN_DATE <= date <= MAX_DATE else None


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")


def _month(name: str) -> int | None:
    """``Nov``, ``nov.``, ``November``, ``Sept`` → 11, 11, 11, 9."""
    key = name.casefold().rstrip(".")
    if key == "sept":
        return 9
    for number, full in enumerate(_MONTH_NAMES, start=1):
        if len(key) >= 3 and full.startswith(key):
            return number
    return None


class DateEdit(QDateEdit):
    """``May 1, 2024`` or ``2024年5月1日`` on screen; a whole date typed over it, in that
    form or ISO, is read as typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        limit_dates(self)
        self._entry: _FreeEntry | None = None
        self._typing = False
        self._before = QDate()
        self._rest = ""
        self.set_language("en")

    def set_language(self, language: str) -> None:
        self.setDisplayFormat(DISPLAY_FORMATS["zh" if language.startswith("zh") else "en"])

    @property
    def typing(self) -> bool:
        """A free entry is under way (not read yet)."""
        return self._typing

    def typed_text(self) -> str:
        return self._entry.text() if self.typing else self.text()

    # ------------------------------------------------------------------ Qt overrides
    def validate(self, text: str, pos: int):  # noqa: D102 (Qt override)
        if parse_typed_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if _looks_numeric(text):
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 (Qt override)
        date = parse_typed_date(text)
        if date is not None:
            return QDateTime(QDate(date.year, date.month, date.day), self.time())
        return super().dateTimeFromText(text)

    def fixup(self, text: str) -> str:
        date = parse_typed_date(text)
        if date is not None:
            return self.locale().toString(QDate(date.year, date.month, date.day),
                                          self.displayFormat())
        return super().fixup(text)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.typing:  # keys sent to the field itself go on to the entry
            self._entry.event(event)
            return
        line = self.lineEdit()
        text = event.text()
        plain = (bool(text) and text.isprintable()
                 and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                              | Qt.KeyboardModifier.AltModifier
                                              | Qt.KeyboardModifier.MetaModifier))
        at_start = line.selectionStart() == 0 or (not line.hasSelectedText()
                                                  and line.cursorPosition() == 0)
        if plain and at_start and not self.isReadOnly():
            self._begin_typing(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def interpretText(self) -> None:  # noqa: N802 (Qt override)
        if self.typing:
            self.finish_typing()
        super().interpretText()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._entry is not None:
            self._entry.setGeometry(self.lineEdit().geometry())

    # ------------------------------------------------------------------ free entry
    def _begin_typing(self, first: str) -> None:
        """A plain line edit over the field takes the typing, away from Qt's sections."""
        if self._entry is None:
            self._entry = _FreeEntry(self)
        self._before = self.date()
        self._rest = _after_first_section(self.text())
        entry = self._entry
        entry.setFont(self.lineEdit().font())
        entry.setAlignment(self.lineEdit().alignment())
        entry.setGeometry(self.lineEdit().geometry())
        entry.setText(first)
        self._typing = True
        entry.show()
        entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish_typing(self) -> bool:
        """Read the typed text; True when it was a date (else the old date stays)."""
        if not self.typing:
            return False
        typed = self._entry.text()
        self._typing = False
        self._entry.hide()
        date = parse_typed_date(typed) or (parse_typed_date(typed.rstrip() + self._rest)
                                           if typed.strip() else None)
        if date is None:
            return False
        self.setDate(QDate(date.year, date.month, date.day))
        return True

    def cancel_typing(self) -> None:
        self._typing = False
        if self._entry is not None:
            self._entry.hide()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave_typing(self, forward: bool) -> None:
        """Tab or Shift+Tab in the entry: read it, then move on as from the field."""
        self.finish_typing()
        self.setFocus(Qt.FocusReason.TabFocusReason)
        # the widget's own Tab, not the date editor's (which moves between sections)
        QWidget.focusNextPrevChild(self, forward)


class _FreeEntry(QLineEdit):
    """The plain line edit a whole date is typed into (see :class:`DateEdit`)."""

    def __init__(self, field: DateEdit):
        super().__init__(field)
        self.field = field
        self.setFrame(False)
        self.hide()
        self.returnPressed.connect(self._done)
        self.editingFinished.connect(self._done)

    def _done(self) -> None:
        if self.field.typing:
            focus_here = self.hasFocus()
            self.field.finish_typing()
            if focus_here:
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def event(self, event) -> bool:  # noqa: D102 (Qt override)
        if event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.field.cancel_typing()
                return True
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.field.leave_typing(event.key() == Qt.Key.Key_Tab and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
                return True
        return super().event(event)


def _looks_numeric(text: str) -> bool:
    """An ISO date on its way (``2026-1``): digits and dashes only."""
    return bool(text.strip()) and bool(re.match(r"^\s*\d{0,4}(-\d{0,2}(-\d{0,2})?)?\s*$", text))


def _after_first_section(text: str) -> str:
    """What follows the first section of a shown date: ``" 1, 2024"`` of ``"May 1, 2024"``,
    ``"5月1日"`` of ``"2024年5月1日"`` (so typing ``Jun`` keeps the day and year)."""
    match = re.match(r"^\s*([A-Za-z]+|\d+)(.*)$", text)
    return match.group(2) if match else ""


def limit_dates(edit: QDateEdit) -> QDateEdit:
    """Only dates the app handles (:mod:`calculator.engine.dates`) can be picked or typed."""
    edit.setDateRange(QDate(MIN_DATE.year, MIN_DATE.month, MIN_DATE.day),
                      QDate(MAX_DATE.year, MAX_DATE.month, MAX_DATE.day))
    return edit
