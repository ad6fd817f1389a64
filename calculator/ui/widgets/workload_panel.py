"""Workload inputs: volume in one of three modes, cached share, growth and horizon."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ...engine import EngineError
from ...engine.scenario import MODES, Scenario, WorkloadSpec
from ...engine.workload import MAX_TOKENS
from ...reports.formatting import format_tokens
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..styles import set_flag, styled
from .amount_edit import AmountEdit

#: Which amount fields each mode shows, in order.
MODE_FIELDS = {
    "tokens": ("input_tokens", "output_tokens", "monthly_requests"),
    "requests": ("requests_per_day", "input_per_request", "output_per_request"),
    "users": ("users", "requests_per_user_per_day", "input_per_request", "output_per_request"),
}
FIELD_LABELS = {
    "input_tokens": QT_TRANSLATE_NOOP("WorkloadPanel", "Input tokens / month"),
    "output_tokens": QT_TRANSLATE_NOOP("WorkloadPanel", "Output tokens / month"),
    "monthly_requests": QT_TRANSLATE_NOOP("WorkloadPanel", "Requests / month"),
    "requests_per_day": QT_TRANSLATE_NOOP("WorkloadPanel", "Requests / day"),
    "users": QT_TRANSLATE_NOOP("WorkloadPanel", "Active users"),
    "requests_per_user_per_day": QT_TRANSLATE_NOOP("WorkloadPanel", "Requests / user / day"),
    "input_per_request": QT_TRANSLATE_NOOP("WorkloadPanel", "Input tokens / request"),
    "output_per_request": QT_TRANSLATE_NOOP("WorkloadPanel", "Output tokens / request"),
}
MODE_LABELS = {
    "tokens": QT_TRANSLATE_NOOP("WorkloadPanel", "Monthly token totals"),
    "requests": QT_TRANSLATE_NOOP("WorkloadPanel", "Requests per day × tokens"),
    "users": QT_TRANSLATE_NOOP("WorkloadPanel", "Users × requests × tokens"),
}



class WorkloadPanel(QGroupBox):
    """Edits the scenario's :class:`WorkloadSpec`, growth and horizon.

    Only valid values leave the panel; an invalid field is marked where it is
    and :attr:`invalid_fields` names it.
    """

    sig_workload_changed = Signal(dict)
    """Changed WorkloadSpec fields, e.g. ``{"input_tokens": 1.2e8}``."""
    sig_growth_changed = Signal(dict)
    """Changed scenario fields ``growth`` and/or ``horizon``."""
    sig_validity_changed = Signal(bool)
    """True when every field is valid."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = QComboBox(self)
        for mode in MODES:
            self.mode.addItem("", mode)
        self.fields: dict[str, AmountEdit] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mode_label = QLabel()
        self.form.addRow(self.mode_label, self.mode)
        self.labels: dict[str, QLabel] = {}
        for key in FIELD_LABELS:
            edit = AmountEdit(key.replace("_", " "), optional=key == "monthly_requests")
            self.fields[key] = edit
            self.labels[key] = QLabel()
            self.form.addRow(self.labels[key], edit)
            edit.sig_value_changed.connect(lambda value, key=key: self._on_field(key, value))
            edit.sig_validity_changed.connect(self._on_validity)
        self.days = QDoubleSpinBox(self)
        self.days.setRange(1, 31)
        self.days.setDecimals(0)
        self.days_label = QLabel()
        self.form.addRow(self.days_label, self.days)
        self.cached = QDoubleSpinBox(self)
        self.cached.setRange(0, 100)
        self.cached.setDecimals(1)
        self.cached.setSuffix(" %")
        self.cached_label = QLabel()
        self.form.addRow(self.cached_label, self.cached)
        self.summary = QLabel(self)
        self.summary.setObjectName("workloadSummary")
        styled(self.summary, error=False)
        self.summary.setWordWrap(True)
        self.growth = QDoubleSpinBox(self)
        self.growth.setRange(-50, 500)
        self.growth.setDecimals(1)
        self.horizon = QSpinBox(self)
        self.horizon.setRange(1, 120)
        self.growth_label = QLabel()
        self.horizon_label = QLabel()
        self.form.addRow(self.growth_label, self.growth)
        self.form.addRow(self.horizon_label, self.horizon)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        self.spec = WorkloadSpec()
        self._loading = False
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.days.valueChanged.connect(lambda v: self._on_field("days_per_month", float(v)))
        self.cached.valueChanged.connect(lambda v: self._on_field("cached_share", v / 100.0))
        self.growth.valueChanged.connect(self._on_growth)
        self.horizon.valueChanged.connect(self._on_growth)
        self._show_mode_rows()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(translate("WorkloadPanel", "Workload"))
        self.mode_label.setText(translate("WorkloadPanel", "Volume as"))
        for i, mode in enumerate(MODES):
            self.mode.setItemText(i, translate("WorkloadPanel", MODE_LABELS[mode]))
        for key, label in self.labels.items():
            label.setText(translate("WorkloadPanel", FIELD_LABELS[key]))
        self.fields["monthly_requests"].edit.setPlaceholderText(translate("WorkloadPanel", "optional, e.g. 50k"))
        self.days_label.setText(translate("WorkloadPanel", "Days / month"))
        self.cached_label.setText(translate("WorkloadPanel", "Cached share of input"))
        self.cached.setToolTip(translate("WorkloadPanel", "Part of the input tokens served from the vendor's prompt "
                                  "cache, billed at the cached-input price where offered."))
        self.growth_label.setText(translate("WorkloadPanel", "Monthly growth"))
        self.growth.setSuffix(translate("WorkloadPanel", " % / month"))
        self.horizon_label.setText(translate("WorkloadPanel", "Horizon"))
        self.horizon.setSuffix(translate("WorkloadPanel", " months"))
        self._update_summary()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ public
    @property
    def invalid_fields(self) -> list[str]:
        return [key for key, edit in self.fields.items()
                if not edit.valid and self.form.isRowVisible(edit)]

    def set_scenario(self, scenario: Scenario) -> None:
        """Show ``scenario``'s values without emitting changes."""
        self._loading = True
        try:
            self.spec = scenario.workload
            self.mode.setCurrentIndex(MODES.index(self.spec.mode))
            for key, edit in self.fields.items():
                edit.set_value(getattr(self.spec, key))
            self.days.setValue(self.spec.days_per_month)
            self.cached.setValue(self.spec.cached_share * 100)
            self.growth.setValue(scenario.growth * 100)
            self.horizon.setValue(scenario.horizon)
            self._show_mode_rows()
        finally:
            self._loading = False
        self._update_summary()

    def set_units(self, units: str) -> None:
        for edit in self.fields.values():
            edit.set_units(units)
        self._update_summary()

    # ------------------------------------------------------------------ slots
    def _on_mode(self) -> None:
        self._show_mode_rows()
        self._on_field("mode", self.mode.currentData())
        self.sig_validity_changed.emit(not self.invalid_fields)

    def _on_field(self, key: str, value: object) -> None:
        if self._loading:
            return
        self.spec = _replace(self.spec, key, value)
        self._update_summary()
        self.sig_workload_changed.emit({key: value})

    def _on_growth(self) -> None:
        if self._loading:
            return
        self.sig_growth_changed.emit({"growth": self.growth.value() / 100.0,
                                      "horizon": self.horizon.value()})

    def _on_validity(self) -> None:
        self._update_summary()
        self.sig_validity_changed.emit(not self.invalid_fields)

    def _show_mode_rows(self) -> None:
        mode = self.mode.currentData() or "tokens"
        shown = MODE_FIELDS[mode]
        for key, edit in self.fields.items():
            self.form.setRowVisible(edit, key in shown)
        self.form.setRowVisible(self.days, mode != "tokens")

    def _update_summary(self) -> None:
        if self.invalid_fields:
            text, error = translate("WorkloadPanel", "Fix the marked field; results show the "
                                                     "last valid workload."), True
        else:
            text, error = self._volume_text()
        self.summary.setText(text)
        set_flag(self.summary, "error", error)

    def _volume_text(self) -> tuple[str, bool]:
        """The monthly volumes the fields add up to, or why they cannot be priced."""
        units = self.fields["input_tokens"].units
        units = "short" if units == "plain" else units
        try:
            w = self.spec.to_workload()
        except EngineError as err:
            if getattr(err, "key", "") == "too_large":
                return translate("WorkloadPanel", "These volumes come to more than {limit} "
                                                  "tokens a month, more than the calculator "
                                                  "prices.").format(
                    limit=format_tokens(MAX_TOKENS, units=units)), True
            return str(err), True
        parts = [translate("WorkloadPanel", "Per month: {inp} input, {out} output tokens").format(
            inp=format_tokens(w.input_tokens, units=units),
            out=format_tokens(w.output_tokens, units=units))]
        if w.requests is not None:
            parts.append(translate("WorkloadPanel", "{n} requests").format(
                n=format_tokens(w.requests, units=units)))
        else:
            parts.append(translate("WorkloadPanel", "request count not set"))
        return translate("WorkloadPanel", ", ").join(parts), False


def _replace(spec: WorkloadSpec, key: str, value: object) -> WorkloadSpec:
    return replace(spec, **{key: value})
