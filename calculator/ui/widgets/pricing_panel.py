"""Pricing inputs: the preset compared, baseline and current dates, display currency, FX,
reference.

The "Compare" box lists the engine's preset registry (:data:`calculator.engine.presets.PRESETS`)
and "Custom" when the scenario's dates or models match none of them; choosing a
preset applies it through :meth:`AppState.apply_preset` (one undo step).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine import Catalog, FxRate
from ...engine.presets import PRESETS, Preset, matching_preset
from ...reports.formatting import format_date
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..state import AppState
from ..styles import styled
from .date_edit import DateEdit
from .undo_keys import leave_undo_to_the_window

#: The "Compare" entry shown when the scenario matches no preset (not one to choose).
CUSTOM = "custom"
CUSTOM_TEXT = QT_TRANSLATE_NOOP("PricingPanel", "Custom")


def to_qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def from_qdate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class PricingPanel(QGroupBox):
    """Edits dates, currency, FX and the reference model of the scenario in ``state`` and
    shows them from it."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        catalog: Catalog = state.catalog
        self.language = "en"
        self.preset = QComboBox(self)
        for item in PRESETS:
            self.preset.addItem("", item.key)
        self.preset.addItem("", CUSTOM)
        self.baseline = self._date_edit(catalog)
        self.current = self._date_edit(catalog)
        self.currency = QComboBox(self)
        self.currency.addItem("CNY ¥", "CNY")
        self.currency.addItem("USD $", "USD")
        self.fx = QDoubleSpinBox(self)
        self.fx.setRange(0.5, 100)
        self.fx.setDecimals(4)
        self.fx.setSingleStep(0.01)
        self.fx_reset = QToolButton(self)
        self.fx_reset.setText("↺")
        self.fx_source = QLabel(self)
        self.fx_source.setObjectName("fxSource")
        styled(self.fx_source)
        self.fx_source.setWordWrap(True)
        self.reference = QComboBox(self)
        self.reference.setMaxVisibleItems(20)
        # sized by a fixed number of characters, not by its longest model name: measuring
        # 10,000 imported names took ~50 ms before the first paint, and one long name
        # widened the whole inputs dock (the form stretches it to the row anyway)
        self.reference.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reference.setMinimumContentsLength(24)
        self.set_catalog(catalog)

        fx_row = QWidget(self)
        fx_layout = QHBoxLayout(fx_row)
        fx_layout.setContentsMargins(0, 0, 0, 0)
        fx_layout.addWidget(self.fx, 1)
        fx_layout.addWidget(self.fx_reset)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = {key: QLabel(self) for key in
                       ("preset", "baseline", "current", "currency", "fx", "reference")}
        self.form.addRow(self.labels["preset"], self.preset)
        self.form.addRow(self.labels["baseline"], self.baseline)
        self.form.addRow(self.labels["current"], self.current)
        self.form.addRow(self.labels["currency"], self.currency)
        self.form.addRow(self.labels["fx"], fx_row)
        self.form.addRow("", self.fx_source)
        self.form.addRow(self.labels["reference"], self.reference)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for edit in (self.baseline, self.current, self.fx):
            leave_undo_to_the_window(edit, edit.lineEdit())

        self.preset.activated.connect(self._on_preset)
        self.baseline.dateChanged.connect(self._on_baseline)
        self.current.dateChanged.connect(self._on_current)
        self.currency.currentIndexChanged.connect(self._on_currency)
        self.fx.valueChanged.connect(self._on_fx)
        self.fx_reset.clicked.connect(self._on_fx_reset)
        self.reference.currentIndexChanged.connect(self._on_reference)
        state.sig_fields_changed.connect(self._on_fields)
        state.sig_catalog_changed.connect(self.set_catalog)
        state.sig_view_changed.connect(self._on_view)
        self.show_scenario()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(translate("PricingPanel", "Prices"))
        for i, item in enumerate(PRESETS):
            self.preset.setItemText(i, translate("Presets", item.title))
        self.preset.setItemText(len(PRESETS), translate("PricingPanel", CUSTOM_TEXT))
        self.preset.setToolTip(translate("PricingPanel", "A preset sets the models, both dates, "
                                         "the reference and the exchange rate in one step "
                                         "(Edit > Undo takes it back). \"Custom\": your own "
                                         "dates or models."))
        texts = {"preset": translate("PricingPanel", "Compare"),
                 "baseline": translate("PricingPanel", "Baseline date"),
                 "current": translate("PricingPanel", "Current date"),
                 "currency": translate("PricingPanel", "Show money in"),
                 "fx": translate("PricingPanel", "CNY per USD"),
                 "reference": translate("PricingPanel", "We use today")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.baseline.setToolTip(translate("PricingPanel", "Prices in effect on this date: what "
                                           "the workload cost before the cuts."))
        self.current.setToolTip(translate("PricingPanel", "Prices in effect on this date: what "
                                          "it costs now."))
        self.fx_reset.setToolTip(translate("PricingPanel", "Back to the default rate"))
        self.reference.setToolTip(translate("PricingPanel", "The model your team uses today; the "
                                            "table shows what switching to each model would "
                                            "save per month."))
        self.reference.setItemText(0, translate("PricingPanel", "(none)"))
        self._update_fx_source()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ public
    def set_language(self, language: str, catalog: Catalog) -> None:
        """Vendor names and date display for ``language`` ("en" or "zh")."""
        self.language = language
        for edit in (self.baseline, self.current):
            edit.set_language(language)
        self.set_catalog(catalog, language)
        self._update_fx_source()

    def set_catalog(self, catalog: Catalog, language: str | None = None) -> None:
        language = language or self.language
        current = self.state.scenario.reference
        self.reference.blockSignals(True)
        # one model filled at once: item by item, thousands of imported models took ~0.5 s
        items = QStandardItemModel(self.reference)
        none = QStandardItem(translate("PricingPanel", "(none)"))
        none.setData(None, Qt.ItemDataRole.UserRole)
        rows = [none]
        arrays = catalog.model_arrays
        for model_id, name, vendor, vendor_cn in zip(
                arrays["model_id"], arrays["model_name"], arrays["vendor"], arrays["vendor_cn"],
                strict=True):
            shown = (vendor_cn or vendor) if language == "zh" else vendor
            item = QStandardItem(f"{name} · {shown}")
            item.setData(model_id, Qt.ItemDataRole.UserRole)
            rows.append(item)
        items.appendColumn(rows)
        self.reference.setModel(items)  # the combo deletes the model it owned before
        index = self.reference.findData(current)
        self.reference.setCurrentIndex(max(index, 0))
        self.reference.blockSignals(False)
        for edit in (self.baseline, self.current):
            edit.setMinimumDate(to_qdate(catalog.earliest_date))

    @property
    def default_fx(self) -> FxRate:
        """The default rate: the shipped rate in effect at the scenario's current date."""
        return self.state.default_fx

    def show_scenario(self) -> None:
        """Show the state's dates, currency, rate and reference without sending them back."""
        scenario = self.state.scenario
        for edit, date in ((self.baseline, scenario.baseline_date),
                           (self.current, scenario.current_date)):
            if from_qdate(edit.date()) != date:
                with QSignalBlocker(edit):
                    edit.setDate(to_qdate(date))
        index = max(0, self.currency.findData(scenario.currency))
        if self.currency.currentIndex() != index:
            with QSignalBlocker(self.currency):
                self.currency.setCurrentIndex(index)
        rate = scenario.fx_cny_per_usd or self.default_fx.cny_per_usd
        if abs(self.fx.value() - rate) > 1e-9:
            with QSignalBlocker(self.fx):
                self.fx.setValue(rate)
        index = max(0, self.reference.findData(scenario.reference))
        if self.reference.currentIndex() != index:
            with QSignalBlocker(self.reference):
                self.reference.setCurrentIndex(index)
        self._sync_preset()
        self._update_fx_source()

    def apply_preset(self, key: str) -> None:
        """Apply a preset of the registry (models, dates, reference, rate) in one step."""
        self.state.apply_preset(key)

    def matching_preset(self) -> Preset | None:
        """The preset the scenario's dates and models match, or None (custom)."""
        return matching_preset(self.state.scenario, self.state.today())

    # ------------------------------------------------------------------ state -> widgets
    def _on_fields(self, changed: frozenset[str]) -> None:
        if changed & {"baseline_date", "current_date", "currency", "fx_cny_per_usd",
                      "reference", "models"}:
            self.show_scenario()

    def _on_view(self, view) -> None:
        if view.locale.names != self.language:
            self.set_language(view.locale.names, self.state.catalog)

    # ------------------------------------------------------------------ widgets -> state
    def _on_preset(self) -> None:
        key = self.preset.currentData()
        if key != CUSTOM:
            self.apply_preset(key)
        else:  # "Custom" is what the scenario is, not something to apply
            self._sync_preset()

    def _on_baseline(self, date: QDate) -> None:
        self.state.set_baseline_date(from_qdate(date))

    def _on_current(self, date: QDate) -> None:
        self.state.set_current_date(from_qdate(date))

    def _on_currency(self) -> None:
        self.state.set_currency(self.currency.currentData())

    def _on_fx(self, value: float) -> None:
        self.state.set_fx(value)

    def _on_fx_reset(self) -> None:
        self.state.set_fx(None)

    def _on_reference(self) -> None:
        self.state.set_reference(self.reference.currentData())

    def _sync_preset(self) -> None:
        item = self.matching_preset()
        key = item.key if item is not None else CUSTOM
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(key))
        self.preset.blockSignals(False)

    def _update_fx_source(self) -> None:
        fx = self.default_fx
        own = self.state.scenario.fx_cny_per_usd
        item = self.matching_preset()
        if (own is not None and item is not None and item.fx_cny_per_usd is not None
                and abs(own - item.fx_cny_per_usd) < 1e-9):
            # the preset's own dated rate (the May 2024 tracker's 7.2), not "your rate"
            when = format_date(item.fx_date, self.language) if item.fx_date else ""
            self.fx_source.setText(translate("PricingPanel", "Rate of {date} (the preset's); "
                                             "source: {source}").format(
                date=when, source=item.fx_source))
            self.fx_source.setToolTip(translate("PricingPanel", "Default rate: {rate}").format(
                rate=fx.describe()))
            return
        if abs(self.fx.value() - fx.cny_per_usd) < 1e-9:
            when = format_date(fx.effective_from, self.language) if fx.effective_from else ""
            self.fx_source.setText(translate("PricingPanel", "Default rate of {date}; source: "
                                             "{source}").format(date=when, source=fx.source))
        else:
            self.fx_source.setText(translate("PricingPanel", "Your rate (default {rate:g})").format(
                rate=fx.cny_per_usd))
        self.fx_source.setToolTip(fx.describe())

    def _date_edit(self, catalog: Catalog) -> DateEdit:
        edit = DateEdit(self)
        edit.setMinimumDate(to_qdate(catalog.earliest_date))
        edit.setMaximumDate(QDate(2100, 12, 31))
        return edit
