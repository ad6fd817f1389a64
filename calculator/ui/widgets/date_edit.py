"""A date field that shows dates the reader's way and takes a whole date typed over it.

Qt's date editor edits one section (month, day, year) at a time: tabbing into
"May 1, 2024" and typing "Nov 30, 2026" gave 2024-11-01, and typing at the start
after a click gave 2026-05-30. Here, a printable key typed in any section (selected
by Tab or Shift+Tab, or the cursor placed by a click) begins a free entry: the field
takes the text as typed and reads it when the user presses Enter or leaves the field,
in the shown form (``Nov 30, 2026``, ``2026年11月30日``) or ISO (``2026-11-30``).
Text that is not a whole date replaces the section typing began in (``Jun`` at the
start keeps the day and year; ``7`` in the day of ``May 1, 2024`` gives May 7). Text
that is no date either way restores the previous one.
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
        self._around = ("", "")
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
        if plain and not self.isReadOnly():
            where = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
            self._around = _around_section(self.text(), where)
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
        before, after = self._around
        date = parse_typed_date(typed) or (parse_typed_date(before + typed.strip() + after)
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


def _around_section(text: str, position: int) -> tuple[str, str]:
    """The text before and after the section at ``position`` of a shown date:
    ``("", " 1, 2024")`` at 0 of ``"May 1, 2024"``, ``("May ", ", 2024")`` in its day,
    ``("2024年", "月1日")`` in the month of ``"2024年5月1日"`` (so typing only that part
    keeps the others)."""
    sections = list(re.finditer(r"[A-Za-z]+|\d+", text))
    for match in sections:
        if match.start() <= position <= match.end():
            return text[:match.start()], text[match.end():]
    following = [match for match in sections if match.start() > position]
    if following:
        return text[:following[0].start()], text[following[0].end():]
    return text, ""


def limit_dates(edit: QDateEdit) -> QDateEdit:
    """Only dates the app handles (:mod:`calculator.engine.dates`) can be picked or typed."""
    edit.setDateRange(QDate(MIN_DATE.year, MIN_DATE.month, MIN_DATE.day),
                      QDate(MAX_DATE.year, MAX_DATE.month, MAX_DATE.day))
    return edit
