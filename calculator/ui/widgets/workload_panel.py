"""Workload inputs: volume in one of three modes, cached share, growth and horizon."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QSignalBlocker
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
from ...engine.scenario import MODES, WORKLOAD_FIELDS
from ...engine.workload import MAX_TOKENS
from ...reports.formatting import format_tokens
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..state import AppState
from ..styles import set_flag, styled
from .amount_edit import AmountEdit
from .undo_keys import leave_undo_to_the_window

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


def _check_fields() -> None:
    """A field name that is not a workload input fails on import, not when typed into."""
    named = {key for keys in MODE_FIELDS.values() for key in keys} | set(FIELD_LABELS)
    unknown = sorted(named - WORKLOAD_FIELDS)
    if unknown or set(MODE_FIELDS) != set(MODES):
        raise ValueError(f"workload panel: unknown fields {unknown} or modes {set(MODE_FIELDS)}")


_check_fields()


class WorkloadPanel(QGroupBox):
    """Edits the scenario's workload, growth and horizon in ``state`` and shows them from it.

    Only valid values reach the state; an invalid field is marked where it is, and the
    state's view learns which fields are invalid (:attr:`invalid_fields`).
    """

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
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
            edit.sig_value_changed.connect(partial(state.set_workload_field, key))
            edit.sig_validity_changed.connect(self._report_validity)
            leave_undo_to_the_window(edit.edit)
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
        for spin in (self.days, self.cached, self.growth, self.horizon):
            leave_undo_to_the_window(spin, spin.lineEdit())
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.days.valueChanged.connect(self._on_days)
        self.cached.valueChanged.connect(self._on_cached)
        self.growth.valueChanged.connect(self._on_growth)
        self.horizon.valueChanged.connect(state.set_horizon)
        state.sig_fields_changed.connect(self._on_fields)
        state.sig_view_changed.connect(self._on_view)
        self._units = state.view.locale.money_units
        self.show_scenario()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(translate("WorkloadPanel", "Workload"))
        self.mode_label.setText(translate("WorkloadPanel", "Volume as"))
        for i, mode in enumerate(MODES):
            self.mode.setItemText(i, translate("WorkloadPanel", MODE_LABELS[mode]))
        for key, label in self.labels.items():
            label.setText(translate("WorkloadPanel", FIELD_LABELS[key]))
        self.fields["monthly_requests"].edit.setPlaceholderText(
            translate("WorkloadPanel", "optional, e.g. 50k"))
        self.days_label.setText(translate("WorkloadPanel", "Days / month"))
        self.cached_label.setText(translate("WorkloadPanel", "Cached share of input"))
        self.cached.setToolTip(translate("WorkloadPanel",
                                         "Part of the input tokens served from the vendor's prompt "
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

    def show_scenario(self, changed: frozenset[str] | None = None) -> None:
        """Show the state's workload, growth and horizon without sending them back;
        ``changed`` (field names) limits it to what changed."""
        scenario = self.state.scenario
        spec = scenario.workload

        def due(name: str) -> bool:
            return changed is None or name in changed

        if due("workload.mode"):
            with QSignalBlocker(self.mode):
                self.mode.setCurrentIndex(MODES.index(spec.mode))
            self._show_mode_rows()
        for key, edit in self.fields.items():
            value = getattr(spec, key)
            if due(f"workload.{key}") and (edit.value != value or not edit.valid):
                with QSignalBlocker(edit):
                    edit.set_value(value)
        for spin, value, name in (
                (self.days, spec.days_per_month, "workload.days_per_month"),
                (self.cached, spec.cached_share * 100, "workload.cached_share"),
                (self.growth, scenario.growth * 100, "growth"),
                (self.horizon, scenario.horizon, "horizon")):
            if due(name) and abs(spin.value() - value) > 1e-9:
                with QSignalBlocker(spin):
                    spin.setValue(value)
        self._report_validity()

    def set_units(self, units: str) -> None:
        self._units = units
        for edit in self.fields.values():
            edit.set_units(units)
        self._update_summary()

    # ------------------------------------------------------------------ state -> widgets
    def _on_fields(self, changed: frozenset[str]) -> None:
        if "workload" in changed or "growth" in changed or "horizon" in changed:
            self.show_scenario(changed)

    def _on_view(self, view) -> None:
        if view.locale.money_units != self._units:
            self.set_units(view.locale.money_units)

    # ------------------------------------------------------------------ widgets -> state
    def _on_mode(self) -> None:
        self._show_mode_rows()
        self.state.set_workload_mode(self.mode.currentData())
        self._report_validity()

    def _on_days(self, days: float) -> None:
        self.state.set_days_per_month(float(days))

    def _on_cached(self, percent: float) -> None:
        self.state.set_cached_share(percent / 100.0)

    def _on_growth(self, percent: float) -> None:
        self.state.set_growth(percent / 100.0)

    def _report_validity(self, *_) -> None:
        self._update_summary()
        self.state.set_invalid_fields(frozenset(self.invalid_fields))

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
        if self.summary.text() != text:
            self.summary.setText(text)
        set_flag(self.summary, "error", error)

    def _volume_text(self) -> tuple[str, bool]:
        """The monthly volumes the state's workload adds up to, or why they cannot be priced."""
        units = "short" if self._units == "plain" else self._units
        try:
            w = self.state.scenario.workload.to_workload()
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
