"""A text field for amounts like ``800k``, ``1.2M``, ``3000万``; shows what it understood."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...engine import AmountError, parse_amount
from ...engine.amounts import REASONS
from ...engine.workload import MAX_TOKENS
from ...reports.formatting import format_tokens
from ..i18n import translate
from ..styles import set_flag, styled


class AmountEdit(QWidget):
    """Line edit plus a hint line: the parsed value, or the reason it is invalid.

    ``sig_value_changed(float | None)`` fires only for valid text (``None`` when an
    optional field is left empty). An invalid entry is marked at the field and
    :attr:`error` holds the reason; its value is never passed on.
    """

    sig_value_changed = Signal(object)
    """Emitted with the new valid value (float, or None for an empty optional field)."""
    sig_validity_changed = Signal(bool)
    """Emitted when the field turns valid or invalid."""

    def __init__(self, what: str, value: float | None = None, *, optional: bool = False,
                 placeholder: str = "", parent=None):
        super().__init__(parent)
        self.what = what
        self.optional = optional
        self.units = "plain"
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(optional)
        self.hint = QLabel(self)
        self.hint.setObjectName("amountHint")
        styled(self.hint, error=False)
        styled(self.edit, invalid=False)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self._value: float | None = value
        self.error: str | None = None
        self.edit.textChanged.connect(self._on_text_changed)
        self.set_value(value)

    @property
    def value(self) -> float | None:
        return self._value

    @property
    def valid(self) -> bool:
        return self.error is None

    def set_units(self, units: str) -> None:
        """``plain`` (1,200,000) or ``cn`` (120万) for the parsed-value hint."""
        self.units = units
        if self.error is None:
            self._set_error(None)

    def set_value(self, value: float | None) -> None:
        """Show ``value`` (from a loaded scenario) without emitting a change."""
        self.edit.blockSignals(True)
        self.edit.setText("" if value is None else _plain(value))
        self.edit.blockSignals(False)
        self._value = value
        self._set_error(None)

    def set_text(self, text: str) -> None:
        """Type ``text`` as a user would (used by tests and presets)."""
        self.edit.setText(text)

    def _on_text_changed(self, text: str) -> None:
        if self.optional and not text.strip():
            self._value = None
            self._set_error(None)
            self.sig_value_changed.emit(None)
            return
        try:
            value = parse_amount(text, what=self.what, maximum=MAX_TOKENS,
                                 decimal=decimal_separator())
        except AmountError as err:
            self._set_error(reason_text(err))
            return
        self._value = value
        self._set_error(None)
        self.sig_value_changed.emit(value)

    def _set_error(self, error: str | None) -> None:
        was_valid = self.error is None
        self.error = error
        if error:
            self.hint.setText(error)
            self.edit.setToolTip(error)
        else:
            self.hint.setText("" if self._value is None
                              else "= " + format_tokens(self._value, units=self.units))
            self.edit.setToolTip("")
        set_flag(self.edit, "invalid", error is not None)
        set_flag(self.hint, "error", error is not None)
        if was_valid != (error is None):
            self.sig_validity_changed.emit(error is None)


def decimal_separator() -> str:
    """The decimal separator fields accept: the locale's ``,`` or ``.`` (see the number
    rule in :mod:`calculator.engine.amounts`)."""
    return "," if QLocale().decimalPoint() == "," else "."


def reason_text(err: AmountError) -> str:
    """Why the text is not an amount, in the interface language."""
    if err.key in REASONS:
        return translate("Amounts", REASONS[err.key]).format(**err.values)
    return str(err).split(": ", 1)[-1]


def _plain(value: float) -> str:
    """How a stored value is shown for editing: compact but exact (120M, 2k, 1500)."""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if value >= size and (value / size) == round(value / size, 3):
            return f"{value / size:g}{suffix}"
    return f"{value:g}" if value != int(value) else f"{int(value)}"
