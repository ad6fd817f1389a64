"""The catalog window's "Discounts" tab: the open scenario's negotiated discounts.

One row per vendor (a share off every model of that vendor, whatever its source)
and one per model discount ("20 % off list", which wins over its vendor's). Each
applies from a date: the prices of that date and later are lowered, so a 2026
contract leaves the May 2024 baseline alone unless its date reaches back. The
earliest date ("every date") applies it at both dates. Edits go to the scenario
(and are saved with it), never to a per-user file.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.discounts import Discount
from ...reports.formatting import format_date
from ..i18n import translate
from ..widgets.date_edit import DateEdit
from .price_text import vendor_text

#: The "from" field at this date means the discount applies at every date.
EVERY_DATE = QDate(1990, 1, 1)


class DiscountsPanel(QWidget):
    sig_discounts_changed = Signal(object)
    """The scenario's new discounts (a tuple of :class:`Discount`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = "en"
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 110)
        header.resizeSection(2, 150)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.model_choice = QComboBox(self)
        self.model_choice.setEditable(True)
        self.model_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_choice.setMinimumContentsLength(24)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.model_choice, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        #: (kind, target) per table row: ("vendor", "OpenAI") or ("model", "qwen-max").
        self.rows: list[tuple[str, str]] = []
        self.spins: dict[tuple[str, str], QDoubleSpinBox] = {}
        self.dates: dict[tuple[str, str], DateEdit] = {}
        self._vendors: list[tuple[str, str, int]] = []
        self._models: list[tuple[str, str]] = []
        self._discounts: tuple[Discount, ...] = ()
        self._dates = (dt.date(2024, 5, 1), dt.date.today())
        self.add_button.clicked.connect(self._add_model)
        self.remove_button.clicked.connect(self._remove_model)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(translate(
            "Discounts", "Discounts belong to the open scenario and are saved with it. A "
                         "vendor discount reaches every model of that vendor, shipped or "
                         "imported; a model's own discount wins over its vendor's. A discount "
                         "lowers the prices of its start date and later, so it leaves the "
                         "baseline alone unless its date reaches back that far."))
        self.table.setHorizontalHeaderLabels([
            translate("Discounts", "Applies to"), translate("Discounts", "Off list"),
            translate("Discounts", "From"), translate("Discounts", "Reaches")])
        self.add_button.setText(translate("Discounts", "Add model discount"))
        self.remove_button.setText(translate("Discounts", "Remove model discount"))
        self.model_choice.lineEdit().setPlaceholderText(translate("Discounts", "Model…"))
        for date in self.dates.values():
            date.setSpecialValueText(translate("Discounts", "every date"))
        self._label_rows()

    # ------------------------------------------------------------------ showing
    def set_catalog(self, vendors: list[tuple[str, str, int]], models: list[tuple[str, str]],
                    language: str = "en") -> None:
        """``vendors``: (vendor, Chinese name, model count); ``models``: (id, name)."""
        self.language = language
        self._vendors, self._models = list(vendors), list(models)
        self.model_choice.blockSignals(True)
        text = self.model_choice.currentText()
        self.model_choice.clear()
        for model_id, name in models:
            self.model_choice.addItem(f"{name} ({model_id})" if name != model_id else model_id,
                                      model_id)
        self.model_choice.setEditText(text)
        self.model_choice.blockSignals(False)
        self._rebuild()

    def set_scenario(self, discounts: tuple[Discount, ...], baseline: dt.date,
                     current: dt.date) -> None:
        """The scenario's discounts and dates (the "Reaches" column depends on them)."""
        if discounts == self._discounts and (baseline, current) == self._dates:
            return
        self._discounts, self._dates = tuple(discounts), (baseline, current)
        self._rebuild()

    def discounts(self) -> tuple[Discount, ...]:
        """What the rows say, as the scenario stores it (0 % rows left out)."""
        out = []
        for key in self.rows:
            off = round(self.spins[key].value() / 100, 4)
            if off <= 0:
                continue
            date = self.dates[key].date()
            since = None if date <= EVERY_DATE else dt.date(date.year(), date.month(), date.day())
            kind, target = key
            out.append(Discount(off, vendor=target if kind == "vendor" else "",
                                model=target if kind == "model" else "", since=since))
        return tuple(out)

    def _rebuild(self) -> None:
        """Rows for every vendor and every model discount; widgets are kept when the rows
        stay the same, so a field being edited keeps its focus."""
        given = {(("model", d.model) if d.model else ("vendor", d.vendor)): d
                 for d in self._discounts}
        vendor_names = {v[0] for v in self._vendors}
        rows = [("vendor", v[0]) for v in self._vendors]
        rows += [key for key in given if key[0] == "vendor" and key[1] not in vendor_names]
        rows += [key for key in given if key[0] == "model"]
        if rows != self.rows:
            self.table.setRowCount(0)
            self.spins, self.dates = {}, {}
            self.table.setRowCount(len(rows))
            for index, key in enumerate(rows):
                self._add_widgets(index, key)
            self.rows = rows
        for key in rows:
            discount = given.get(key)
            spin, date = self.spins[key], self.dates[key]
            spin.blockSignals(True)
            date.blockSignals(True)
            spin.setValue(round(discount.off * 100, 1) if discount else 0.0)
            since = discount.since if discount else self._dates[1]
            if discount and since is None:
                date.setDate(EVERY_DATE)
            else:
                date.setDate(QDate(since.year, since.month, since.day))
            spin.blockSignals(False)
            date.blockSignals(False)
        self._label_rows()
        self._update_buttons()

    def _add_widgets(self, index: int, key: tuple[str, str]) -> None:
        spin = QDoubleSpinBox(self.table)
        spin.setRange(0.0, 99.9)
        spin.setDecimals(1)
        spin.setSingleStep(1.0)
        spin.setSuffix(" %")
        spin.setKeyboardTracking(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.valueChanged.connect(self._edited)
        date = DateEdit(self.table)
        date.set_language(self.language)
        date.setMinimumDate(EVERY_DATE)
        date.setSpecialValueText(translate("Discounts", "every date"))
        date.dateChanged.connect(self._edited)
        self.table.setCellWidget(index, 1, spin)
        self.table.setCellWidget(index, 2, date)
        self.spins[key], self.dates[key] = spin, date

    def _label_rows(self) -> None:
        names = {v[0]: v for v in self._vendors}
        model_names = dict(self._models)
        baseline, current = self._dates
        for index, key in enumerate(self.rows):
            kind, target = key
            if kind == "vendor":
                vendor = names.get(target, (target, "", 0))
                text = vendor_text(vendor[0], vendor[1], self.language)
                tip = translate("Discounts", "Every model of {vendor}: {n}").format(
                    vendor=f"{vendor[0]} {vendor[1]}".strip(), n=vendor[2])
            else:
                name = model_names.get(target, target)
                text = translate("Discounts", "Model {name}").format(name=name)
                tip = target
            item = _item(text)
            item.setToolTip(tip)
            self.table.setItem(index, 0, item)
            self.table.setItem(index, 3, _item(self._reach(key, baseline, current)))

    def _reach(self, key: tuple[str, str], baseline: dt.date, current: dt.date) -> str:
        spin, date = self.spins.get(key), self.dates.get(key)
        if spin is None or spin.value() <= 0:
            return ""
        value = date.date()
        since = None if value <= EVERY_DATE else dt.date(value.year(), value.month(),
                                                         value.day())
        lang = self.language
        if since is None or since <= min(baseline, current):
            return translate("Discounts", "both dates")
        if since <= current:
            return translate("Discounts", "current prices ({date}), not the baseline").format(
                date=format_date(current, lang))
        if since <= baseline:
            return translate("Discounts", "baseline prices ({date}) only").format(
                date=format_date(baseline, lang))
        return translate("Discounts", "neither date: it starts after {date}").format(
            date=format_date(max(baseline, current), lang))

    # ------------------------------------------------------------------ editing
    def _edited(self, *_) -> None:
        self._label_rows()
        discounts = self.discounts()
        self._discounts = discounts
        self.sig_discounts_changed.emit(discounts)

    def _add_model(self) -> None:
        model_id = self.model_choice.currentData()
        text = self.model_choice.currentText().strip()
        if model_id is None or self.model_choice.itemText(
                self.model_choice.currentIndex()) != text:
            model_id = next((m for m, name in self._models if text in (m, name)), None)
        if not model_id or ("model", model_id) in self.rows:
            return
        discounts = (*self.discounts(), Discount(0.1, model=model_id, since=self._dates[1]))
        self._discounts = discounts
        self._rebuild()
        self.sig_discounts_changed.emit(discounts)
        self.spins[("model", model_id)].setFocus()

    def selected_key(self) -> tuple[str, str] | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.rows[min(rows)] if rows else None

    def _remove_model(self) -> None:
        key = self.selected_key()
        if key is None or key[0] != "model":
            return
        self.spins[key].setValue(0.0)  # a 0 % model discount is dropped from the scenario
        self._rebuild()

    def _update_buttons(self) -> None:
        key = self.selected_key()
        self.remove_button.setEnabled(key is not None and key[0] == "model")


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item
