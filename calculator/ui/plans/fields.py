"""Small input helpers the plan editors share: a line edit whose hint line says why its
text is wrong, and the translated reasons.

The engine's messages are English; the editors check the common mistakes themselves
and say so in the interface language at the field (an empty name, shares that do not
add up to 100 %, a model the catalog lacks, a throughput or utilisation that is not
above 0), falling back to the engine's message for anything else.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...engine.amounts import parse_amount
from ...engine.errors import AmountError
from ..i18n import translate
from ..styles import set_flag, styled


def reason(key: str, **values: object) -> str:
    """A translated reason a plan field is wrong."""
    texts = {
        "empty_name": translate("Plans", "Give it a name."),
        "name_chars": translate("Plans", "A name cannot contain = , : or a line break."),
        "name_taken": translate("Plans", "Another plan or a model already has this name."),
        "no_models": translate("Plans", "Add at least one model."),
        "unknown_model": translate("Plans", "{model} is not in the price catalog."),
        "twice": translate("Plans", "{model} is listed twice."),
        "share": translate("Plans", "Enter a share such as 0.7 or 70%."),
        "share_range": translate("Plans", "A share is between 0% and 100%."),
        "sum": translate("Plans", "The shares add up to {total}, not 100%."),
        "number": translate("Plans", "Enter a number."),
        "positive": translate("Plans", "Must be above 0."),
        "not_negative": translate("Plans", "Must not be negative."),
        "whole": translate("Plans", "Enter a whole number of GPUs (1 or more)."),
        "utilization": translate("Plans", "Between 0% (not included) and 100%."),
        "growth": translate("Plans", "Enter a monthly growth such as 10% or -5% "
                                     "(-99% to 1000%)."),
    }
    return texts[key].format(**values)


class CheckedEdit(QWidget):
    """A line edit with a hint line below; :meth:`set_problem` marks it and says why."""

    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.hint = QLabel(self)
        self.hint.setObjectName("amountHint")
        self.hint.setWordWrap(True)
        styled(self.hint, error=False)
        styled(self.edit, invalid=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self.problem: str | None = None

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def set_problem(self, problem: str | None, hint: str = "") -> None:
        self.problem = problem
        set_flag(self.edit, "invalid", problem is not None)
        set_flag(self.hint, "error", problem is not None)
        self.hint.setText(problem if problem is not None else hint)


def parse_fraction(text: str) -> float | None:
    """``0.7``, ``70%`` -> 0.7; None when it is not a number."""
    raw = text.strip()
    percent = raw.endswith("%")
    try:
        value = float(raw[:-1].strip() if percent else raw)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    return value / 100 if percent else value


def parse_quantity(text: str) -> float | None:
    """An amount in any of the app's forms (``2.5k``, ``3000万``), or a plain negative
    number (so the range check can say what is wrong); None when not a number."""
    raw = text.strip()
    if raw.startswith("-"):
        inner = parse_quantity(raw[1:])
        return None if inner is None else -inner
    try:
        return parse_amount(raw, what="value")
    except AmountError:
        return None


def percent_text(value: float) -> str:
    text = f"{value * 100:.4f}".rstrip("0").rstrip(".")
    return f"{text}%"
