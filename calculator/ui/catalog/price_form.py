"""A form for one price record the user types: a negotiated price of a catalog model,
or a new model (a private deployment, a vendor the catalog does not ship).

Every field is checked as the user types, with the catalog reader's own rules
(:func:`record_from_fields`): a problem shows under the field it concerns and OK
stays disabled until the record is valid. Saving goes through
:meth:`CatalogStore.add_records` (an atomic write); a failed write says why and
keeps the form open.
"""

from __future__ import annotations

import html
import re

import pandas as pd
from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...engine import Catalog, CatalogError
from ...engine.amounts import parse_amount
from ...engine.errors import AmountError
from ...formats.catalog_reader import TIER_COLUMN
from ...userfiles.store import CatalogStore, record_from_fields
from ..dialogs import Dialogs
from ..i18n import translate
from ..styles import set_flag, styled
from ..widgets.amount_edit import decimal_separator
from ..widgets.date_edit import DateEdit
from .price_text import date_text, origin_text, vendor_text

IDENTITY = ("model_id", "vendor", "vendor_cn", "model_name", "tier", "context_window")
PRICE_FIELDS = ("effective_from", TIER_COLUMN, "currency", "input_per_mtok", "output_per_mtok",
                "cached_input_per_mtok", "status", "source", "notes")
_PROBLEM = re.compile(r"^column (\w+): (.*)$", re.DOTALL)


class PriceForm(QDialog):
    """``model_id`` given: a new dated price for that model; ``None``: a new model."""

    sig_saved = Signal(object)
    """The saved record (a one-row records frame)."""

    def __init__(self, store: CatalogStore, catalog: Catalog, model_id: str | None = None,
                 language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PriceForm")
        self.store, self.catalog, self.model_id = store, catalog, model_id
        self.language = language
        self.new_model = model_id is None
        self.touched: set[str] = set()
        self.problems: dict[str, str] = {}
        self.record: pd.DataFrame | None = None
        try:
            own = store.user_records()
            self._own_base = set(own.loc[own[TIER_COLUMN] == 0, "model_id"]) if len(own) else set()
        except CatalogError:
            self._own_base = set()
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.edits: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        keys = (*IDENTITY, *PRICE_FIELDS) if self.new_model else PRICE_FIELDS
        for key in keys:
            if self.new_model and key == TIER_COLUMN:
                continue  # a new model's first price applies to every request
            self._add_field(grid, key)
        self.info = QLabel(self)
        self.info.setObjectName("amountHint")
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Its room is kept even when it says nothing: a line appearing as a field loses
        # focus (the press on Save) must not push Save away from under the mouse, which
        # lost that first click.
        self.info.setMinimumHeight(2 * self.info.fontMetrics().lineSpacing() + 4)
        styled(self.info)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(grid)
        layout.addWidget(self.info)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._prefill()
        self.retranslate_ui()
        self.setMinimumWidth(560)
        self.validate()

    # ------------------------------------------------------------------ building
    def _add_field(self, grid: QGridLayout, key: str) -> None:
        if key == "effective_from":
            edit: QWidget = DateEdit(self)  # a whole date typed over it is read as typed
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(lambda _=None, k=key: self._changed(k))
        elif key in ("currency", "status", "vendor", "tier"):
            edit = QComboBox(self)
            if key == "currency":
                edit.addItems(["CNY", "USD"])
            elif key == "status":
                edit.addItem("", "confirmed")
                edit.addItem("", "uncertain")
            else:
                edit.setEditable(True)
                column = self.catalog.models[key].dropna().astype(str)
                edit.addItems(sorted(set(column) - {""}, key=str.casefold))
                edit.setCurrentText("")
                edit.editTextChanged.connect(lambda _=None, k=key: self._changed(k))
            edit.currentIndexChanged.connect(lambda _=None, k=key: self._changed(k))
        else:
            edit = QLineEdit(self)
            edit.textChanged.connect(lambda _=None, k=key: self._changed(k))
        label = QLabel(self)
        label.setBuddy(edit)
        error = QLabel(self)
        error.setObjectName("amountHint")
        error.setWordWrap(True)
        styled(error, error=True)
        error.hide()
        row = grid.rowCount()
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(edit, row, 1)
        grid.addWidget(error, row + 1, 1)
        self.edits[key], self.labels[key], self.errors[key] = edit, label, error
        if isinstance(edit, QLineEdit):
            styled(edit, invalid=False)

    def _prefill(self) -> None:
        if self.new_model:
            return
        meta = self.catalog.models.loc[self.model_id]
        self.set_field("currency", str(meta["currency"]))
        self.touched.clear()

    def retranslate_ui(self) -> None:
        t = {
            "model_id": translate("PriceForm", "Model id"),
            "vendor": translate("PriceForm", "Vendor"),
            "vendor_cn": translate("PriceForm", "Vendor, Chinese name"),
            "model_name": translate("PriceForm", "Model name"),
            "tier": translate("PriceForm", "Tier"),
            "context_window": translate("PriceForm", "Context window"),
            "effective_from": translate("PriceForm", "Effective from"),
            TIER_COLUMN: translate("PriceForm", "Only requests above"),
            "currency": translate("PriceForm", "Currency"),
            "input_per_mtok": translate("PriceForm", "Input per 1M tokens"),
            "output_per_mtok": translate("PriceForm", "Output per 1M tokens"),
            "cached_input_per_mtok": translate("PriceForm", "Cached input per 1M"),
            "status": translate("PriceForm", "Status"),
            "source": translate("PriceForm", "Source"),
            "notes": translate("PriceForm", "Notes"),
        }
        for key, label in self.labels.items():
            label.setText(t[key])
        hints = {
            "model_id": translate("PriceForm", "e.g. my-llama-70b (no spaces)"),
            "vendor_cn": translate("PriceForm", "optional"),
            "context_window": translate("PriceForm", "optional, e.g. 128k"),
            TIER_COLUMN: translate("PriceForm",
                                   "empty: every request; e.g. 128k for a long-context price"),
            "input_per_mtok": translate("PriceForm", "empty if unknown, 0 if free"),
            "output_per_mtok": translate("PriceForm", "empty if unknown, 0 if free"),
            "cached_input_per_mtok": translate("PriceForm", "empty: billed at the input price"),
            "source": translate("PriceForm",
                                "a link, or where the price comes from (contract, email…)"),
            "notes": translate("PriceForm", "optional"),
        }
        for key, hint in hints.items():
            edit = self.edits.get(key)
            if isinstance(edit, QLineEdit):
                edit.setPlaceholderText(hint)
            elif isinstance(edit, QComboBox) and edit.isEditable():
                edit.lineEdit().setPlaceholderText(hint)
        for key in ("vendor", "tier"):
            edit = self.edits.get(key)
            if isinstance(edit, QComboBox):
                edit.lineEdit().setPlaceholderText(
                    translate("PriceForm", "pick one or type a new one"))
        status = self.edits["status"]
        status.setItemText(0, translate("PriceForm", "confirmed"))
        status.setItemText(1, translate("PriceForm", "uncertain"))
        self.ok_button.setText(translate("PriceForm", "Save"))
        if self.new_model:
            self.setWindowTitle(translate("PriceForm", "Add a model"))
            self.header.setText(translate(
                "PriceForm", "A model the catalog does not ship: a private deployment or "
                             "another vendor. Its price applies from the date you give."))
        else:
            meta = self.catalog.models.loc[self.model_id]
            self.setWindowTitle(translate("PriceForm", "Add a price for {model}").format(
                model=meta["model_name"]))
            self.header.setText(translate(
                "PriceForm", "<b>{model}</b> ({id}) · {vendor}<br>A price you pay (a negotiated "
                             "or private rate) from a date on; it replaces the list price from "
                             "that date.").format(
                model=html.escape(str(meta["model_name"])), id=html.escape(self.model_id),
                vendor=html.escape(vendor_text(meta["vendor"], meta["vendor_cn"],
                                               self.language))))
        self.validate()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ fields
    def field_text(self, key: str) -> str:
        edit = self.edits[key]
        if isinstance(edit, QDateEdit):
            return edit.date().toString("yyyy-MM-dd")
        if isinstance(edit, QComboBox):
            return edit.currentText() if edit.isEditable() or key == "currency" else (
                edit.currentData() or "")
        return edit.text()

    def set_field(self, key: str, value: str) -> None:
        """Set a field as the user would (tests, prefill)."""
        edit = self.edits[key]
        if isinstance(edit, QDateEdit):
            edit.setDate(QDate.fromString(value, "yyyy-MM-dd"))
        elif isinstance(edit, QComboBox):
            index = edit.findData(value) if key == "status" else edit.findText(value)
            if edit.isEditable():
                edit.setCurrentText(value)
            elif index >= 0:
                edit.setCurrentIndex(index)
        else:
            edit.setText(value)

    def error_text(self, key: str) -> str:
        """The problem shown under ``key`` ("" when none is shown)."""
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

    def fields(self) -> dict[str, str]:
        values = {key: self.field_text(key) for key in self.edits}
        if not self.new_model:
            meta = self.catalog.models.loc[self.model_id]
            for key in IDENTITY[1:]:
                value = meta[key]
                if key == "context_window":
                    values[key] = "" if pd.isna(value) else f"{float(value):.0f}"
                else:
                    values[key] = "" if pd.isna(value) else str(value)
            values["model_id"] = self.model_id
        return values

    def _changed(self, key: str) -> None:
        self.touched.add(key)
        self.validate()

    # ------------------------------------------------------------------ checking
    def validate(self) -> bool:
        """Check the record; show each problem at its field; OK only when valid."""
        values = self.fields()
        tier = values.pop(TIER_COLUMN, "").strip()
        problems: dict[str, str] = {}
        general: list[str] = []
        frame = None
        try:
            frame = record_from_fields({**values, TIER_COLUMN: ""}, decimal=decimal_separator())
        except CatalogError as err:
            for problem in err.problems:
                match = _PROBLEM.match(problem)
                if match and match.group(1) in self.edits:
                    problems.setdefault(match.group(1), match.group(2))
                else:
                    general.append(problem)
        above = self._check_tier(tier, problems)
        if frame is not None and above:
            frame[TIER_COLUMN] = above
        model_id = values["model_id"].strip()
        if self.new_model and model_id and model_id in self.catalog and "model_id" not in problems:
            problems["model_id"] = translate(
                "PriceForm", "is already in the catalog: select it and use “Add price…”")
        self.problems = problems
        self.record = frame if not problems and not general else None
        for key, label in self.errors.items():
            text = problems.get(key, "")
            shown = bool(text) and key in self.touched
            label.setText(text)
            label.setVisible(shown)
            edit = self.edits[key]
            set_flag(edit, "invalid", shown)
        self.ok_button.setEnabled(self.record is not None)
        self._show_info(problems, general, values, above)
        self._fit()
        return self.record is not None

    def _fit(self) -> None:
        """Grow (never shrink) when problem lines appear, so none is clipped."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _check_tier(self, text: str, problems: dict[str, str]) -> float:
        if not text or TIER_COLUMN not in self.edits:
            return 0.0
        try:
            above = parse_amount(text, what=TIER_COLUMN, decimal=decimal_separator())
        except AmountError as err:
            reason = str(err).split(": ", 1)[-1]
            problems[TIER_COLUMN] = translate(
                "PriceForm", "is not a token count ({reason})").format(reason=reason)
            return 0.0
        if above > 0 and self.model_id not in self._own_base:
            problems[TIER_COLUMN] = translate(
                "PriceForm", "first add your price for every request (leave this empty); a "
                             "context-tier price needs it")
        return above

    def _show_info(self, problems: dict[str, str], general: list[str], values: dict[str, str],
                   above: float) -> None:
        missing = [self.labels[k].text() for k in problems if k not in self.touched]
        lines = list(general)
        if missing:
            lines.append(translate("PriceForm", "Still needed: {fields}").format(
                fields=", ".join(missing)))
        elif not problems and not general and not self.new_model:
            replaced = self._replaced(values["effective_from"], above)
            if replaced:
                lines.append(replaced)
        self.info.setText("\n".join(lines))

    def _replaced(self, date_iso: str, above: float) -> str:
        records = self.catalog.records
        same = records[(records["model_id"] == self.model_id)
                       & (records["effective_from"] == pd.Timestamp(date_iso))
                       & (records[TIER_COLUMN] == above)]
        if same.empty:
            return ""
        return translate("PriceForm", "Replaces the {origin} price effective {date}.").format(
            origin=origin_text(same["origin"].iloc[-1]),
            date=date_text(same["effective_from"].iloc[-1]))

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        """Write the record (atomically); on failure say why and stay open. What is typed
        but not yet read (a date still being edited) counts: the first click saves."""
        for edit in self.edits.values():
            if isinstance(edit, QDateEdit):
                edit.interpretText()
        if not self.validate() or self.record is None:
            self.touched.update(self.edits)
            self.validate()
            return False
        try:
            self.store.add_records(self.record)
        except (OSError, CatalogError) as err:
            Dialogs.error(self, translate("PriceForm", "Price not saved"),
                          translate("PriceForm", "Your prices were not changed: {reason}").format(
                              reason=getattr(err, "strerror", None) or str(err)))
            return False
        self.sig_saved.emit(self.record)
        self.accept()
        return True
