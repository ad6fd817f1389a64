"""A date field that shows dates the locale's way and also accepts typed ISO dates."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit

from ...engine.dates import MAX_DATE, MIN_DATE

ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
ISO_PREFIX = re.compile(r"^\s*\d{0,4}(-\d{0,2}(-\d{0,2})?)?\s*$")
DISPLAY_FORMATS = {"en": "MMM d, yyyy", "zh": "yyyy年M月d日"}


class DateEdit(QDateEdit):
    """``May 1, 2024`` or ``2024年5月1日`` on screen; typing ``2024-05-01`` works too."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        limit_dates(self)
        self.set_language("en")

    def set_language(self, language: str) -> None:
        self.setDisplayFormat(DISPLAY_FORMATS["zh" if language.startswith("zh") else "en"])

    def validate(self, text: str, pos: int):  # noqa: D102 (Qt override)
        if ISO.match(text):
            return QValidator.State.Acceptable if _iso_date(text).isValid() else \
                QValidator.State.Intermediate, text, pos
        if ISO_PREFIX.match(text) and text.strip():
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 (Qt override)
        if ISO.match(text):
            date = _iso_date(text)
            if date.isValid():
                return QDateTime(date, self.time())
        return super().dateTimeFromText(text)

    def fixup(self, text: str) -> str:
        if ISO.match(text) and _iso_date(text).isValid():
            return self.locale().toString(_iso_date(text), self.displayFormat())
        return super().fixup(text)


def _iso_date(text: str) -> QDate:
    year, month, day = (int(part) for part in ISO.match(text).groups())
    return QDate(year, month, day)


def limit_dates(edit: QDateEdit) -> QDateEdit:
    """Only dates the app handles (:mod:`calculator.engine.dates`) can be picked or typed."""
    edit.setDateRange(QDate(MIN_DATE.year, MIN_DATE.month, MIN_DATE.day),
                      QDate(MAX_DATE.year, MAX_DATE.month, MAX_DATE.day))
    return edit
