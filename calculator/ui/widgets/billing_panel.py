"""Billing inputs: how vendors bill the workload beyond its token totals.

Three groups, each field a typed edit on the :class:`~calculator.ui.state.AppState`
(so undo, files and every other view follow): **Tokens** (cache writes and their
lifetime, the reasoning share of output, web searches per request, the request-size
mix), **Service** (batch share, service tier of the rest, list or promotional prices)
and **Traffic by time** (the weekly profile with its 7×24 editor, the time zone, the
month, an off-peak share set by hand). A field whose value the engine would refuse
together with another is marked where it is, with the reason under it
(:mod:`calculator.ui.field_checks`).
"""

from __future__ import annotations

import zoneinfo
from functools import partial

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.amounts import format_request_sizes, parse_request_sizes
from ...engine.errors import AmountError, EngineError
from ...engine.options import SERVICE_TIERS
from ...engine.scenario import CUSTOM_TRAFFIC, TRAFFIC_PROFILES, check_zone, parse_month
from ...engine.workload import CACHE_TTLS, MAX_TOKENS
from ...reports.formatting import format_tokens
from ...runtime.local_zone import zone_label
from ..field_checks import LABELS
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..state import AppState
from ..styles import set_flag, styled
from .amount_edit import decimal_separator, reason_text
from .traffic_editor import BUSINESS_HOURS, PRESET_NAMES, TrafficDialog, share_of
from .undo_keys import leave_undo_to_the_window

TIER_NAMES = {
    "standard": QT_TRANSLATE_NOOP("BillingPanel", "Standard"),
    "flex": QT_TRANSLATE_NOOP("BillingPanel", "Flex (slower, cheaper)"),
    "priority": QT_TRANSLATE_NOOP("BillingPanel", "Priority (faster, dearer)"),
}
TTL_NAMES = {"5m": QT_TRANSLATE_NOOP("BillingPanel", "5 minutes"),
             "1h": QT_TRANSLATE_NOOP("BillingPanel", "1 hour")}
PRICE_NAMES = {"list": QT_TRANSLATE_NOOP("BillingPanel", "List prices"),
               "promotion": QT_TRANSLATE_NOOP("BillingPanel", "Promotional where offered")}
CUSTOM_NAME = QT_TRANSLATE_NOOP("BillingPanel", "Your own (edited)")
#: The shares shown as percentages: field -> (scenario part, name).
SHARES = {"workload.cache_write_share": ("workload", "cache_write_share"),
          "workload.reasoning_share": ("workload", "reasoning_share"),
          "billing.batch_share": ("billing", "batch_share")}
GROUPS = {"tokens": QT_TRANSLATE_NOOP("BillingPanel", "Tokens and calls"),
          "service": QT_TRANSLATE_NOOP("BillingPanel", "Service"),
          "traffic": QT_TRANSLATE_NOOP("BillingPanel", "Traffic by time")}


class BillingPanel(QWidget):
    """Edits the scenario's billing dimensions in ``state`` and shows them from it."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}
        self.forms: dict[str, QFormLayout] = {}
        self.groups: dict[str, QGroupBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key in GROUPS:
            box = QGroupBox(self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.groups[key], self.forms[key] = box, form
            layout.addWidget(box)
        self._build_tokens()
        self._build_service()
        self._build_traffic()
        self.dialog: TrafficDialog | None = None
        state.sig_fields_changed.connect(self._on_fields)
        state.sig_view_changed.connect(self._on_view)
        self.show_scenario()
        self.retranslate_ui()

    # ------------------------------------------------------------------ building
    def _row(self, group: str, field: str, widget: QWidget) -> None:
        label, problem = QLabel(self), QLabel(self)
        problem.setObjectName("fieldProblem")
        problem.setWordWrap(True)
        styled(problem, error=True)
        self.fields[field], self.labels[field], self.problems[field] = widget, label, problem
        form = self.forms[group]
        form.addRow(label, widget)
        form.addRow("", problem)
        form.setRowVisible(problem, False)
        styled(widget, invalid=False)

    def _percent(self, group: str, field: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0, 100)
        spin.setDecimals(1)
        spin.setSuffix(" %")
        self._row(group, field, spin)
        leave_undo_to_the_window(spin, spin.lineEdit())
        part, name = SHARES[field]
        setter = (partial(self.state.set_workload_field, name) if part == "workload"
                  else partial(self.state.set_billing_field, name))
        spin.valueChanged.connect(lambda value, set_=setter: set_(value / 100.0))
        return spin

    def _combo(self, group: str, field: str, keys) -> QComboBox:
        combo = QComboBox(self)
        for key in keys:
            combo.addItem("", key)
        self._row(group, field, combo)
        return combo

    def _build_tokens(self) -> None:
        self.cache_write = self._percent("tokens", "workload.cache_write_share")
        self.cache_ttl = self._combo("tokens", "workload.cache_ttl", CACHE_TTLS)
        self.cache_ttl.currentIndexChanged.connect(
            lambda: self.state.set_workload_field("cache_ttl", self.cache_ttl.currentData()))
        self.reasoning = self._percent("tokens", "workload.reasoning_share")
        self.searches = QDoubleSpinBox(self)
        self.searches.setRange(0, 1e6)
        self.searches.setDecimals(2)
        self.searches.setSingleStep(0.1)
        self._row("tokens", "workload.searches_per_request", self.searches)
        leave_undo_to_the_window(self.searches, self.searches.lineEdit())
        self.searches.valueChanged.connect(
            partial(self.state.set_workload_field, "searches_per_request"))
        self.sizes = QLineEdit(self)
        self.sizes.setClearButtonEnabled(True)
        self._row("tokens", "workload.request_sizes", self.sizes)
        leave_undo_to_the_window(self.sizes)
        self.sizes.textEdited.connect(self._on_sizes)
        self.sizes_error: str | None = None

    def _build_service(self) -> None:
        self.batch = self._percent("service", "billing.batch_share")
        self.tier = self._combo("service", "billing.service_tier", SERVICE_TIERS)
        self.tier.currentIndexChanged.connect(
            lambda: self.state.set_billing_field("service_tier", self.tier.currentData()))
        self.prices = self._combo("service", "billing.prices", PRICE_NAMES)
        self.prices.currentIndexChanged.connect(
            lambda: self.state.set_billing_field("prices", self.prices.currentData()))

    def _build_traffic(self) -> None:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.traffic = QComboBox(row)
        for key in TRAFFIC_PROFILES:
            self.traffic.addItem("", key)
        self.edit_traffic = QPushButton(row)
        box.addWidget(self.traffic, 1)
        box.addWidget(self.edit_traffic)
        self._row("traffic", "billing.traffic", row)
        self.traffic_summary = QLabel(self)
        self.traffic_summary.setObjectName("trafficSummary")
        self.traffic_summary.setWordWrap(True)
        styled(self.traffic_summary, error=False)
        self.forms["traffic"].insertRow(2, "", self.traffic_summary)
        self.traffic.activated.connect(self._on_traffic)
        self.edit_traffic.clicked.connect(self.open_traffic_editor)
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItem("", "")
        for name in sorted(zoneinfo.available_timezones()):
            self.timezone.addItem(name, name)
        completer = QCompleter([self.timezone.itemText(i) for i in range(1, self.timezone.count())],
                               self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self._row("traffic", "billing.timezone", self.timezone)
        leave_undo_to_the_window(self.timezone.lineEdit())
        self.timezone.activated.connect(self._on_zone_chosen)
        self.timezone.lineEdit().editingFinished.connect(self._on_zone_typed)
        self.month = QLineEdit(self)
        self.month.setMaxLength(7)
        self.month.setClearButtonEnabled(True)
        self._row("traffic", "billing.month", self.month)
        leave_undo_to_the_window(self.month)
        self.month.textEdited.connect(self._on_month)
        self.off_peak = QDoubleSpinBox(self)
        self.off_peak.setRange(-1, 100)  # -1: from the traffic (the special value)
        self.off_peak.setDecimals(1)
        self.off_peak.setSuffix(" %")
        self._row("traffic", "billing.off_peak_share", self.off_peak)
        leave_undo_to_the_window(self.off_peak, self.off_peak.lineEdit())
        self.off_peak.valueChanged.connect(self._on_off_peak)

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        for key, box in self.groups.items():
            box.setTitle(translate("BillingPanel", GROUPS[key]))
        for field, label in self.labels.items():
            label.setText(translate("BillingPanel", LABELS[field]))
        for i, key in enumerate(CACHE_TTLS):
            self.cache_ttl.setItemText(i, translate("BillingPanel", TTL_NAMES[key]))
        for i, key in enumerate(SERVICE_TIERS):
            self.tier.setItemText(i, translate("BillingPanel", TIER_NAMES[key]))
        for i, key in enumerate(PRICE_NAMES):
            self.prices.setItemText(i, translate("BillingPanel", PRICE_NAMES[key]))
        for i, key in enumerate(TRAFFIC_PROFILES):
            name = CUSTOM_NAME if key == CUSTOM_TRAFFIC else PRESET_NAMES[key]
            self.traffic.setItemText(i, translate(
                "BillingPanel" if key == CUSTOM_TRAFFIC else "TrafficEditor", name))
        self.timezone.setItemText(0, translate("BillingPanel", "This computer's ({zone})").format(
            zone=zone_label(self.state.local_zone)))
        self.edit_traffic.setText(translate("BillingPanel", "Edit…"))
        self.sizes.setPlaceholderText(translate("BillingPanel", "none, e.g. 8k:60%, 64k:30%, "
                                                                "200k:10%"))
        self.month.setPlaceholderText(translate("BillingPanel", "month of the current date"))
        self.off_peak.setSpecialValueText(translate("BillingPanel", "from the traffic"))
        tips = {
            "workload.cache_write_share": translate(
                "BillingPanel", "Share of the input tokens written to the vendor's prompt "
                                "cache, billed at its cache-write price (else the input "
                                "price). Reads and writes are separate parts of the input."),
            "workload.cache_ttl": translate(
                "BillingPanel", "How long written cache entries live; a 1-hour write costs "
                                "more where the vendor prices it apart (Anthropic)."),
            "workload.reasoning_share": translate(
                "BillingPanel", "Share of the output tokens that are reasoning (thinking) "
                                "tokens, at the model's reasoning price where it has one, "
                                "else the output price."),
            "workload.searches_per_request": translate(
                "BillingPanel", "Web searches (or search-and-fetch calls) per request, "
                                "billed per 1,000 calls; needs the requests per month."),
            "workload.request_sizes": translate(
                "BillingPanel", "Input tokens per request and the share of requests of that "
                                "size; tiers priced by the whole request's size are priced "
                                "per size. Requests × mean size must match the input total."),
            "billing.batch_share": translate(
                "BillingPanel", "Share of the traffic sent through the batch API, at batch "
                                "prices where the model has them."),
            "billing.service_tier": translate(
                "BillingPanel", "Service tier of the traffic that is not batch, at that "
                                "tier's prices where the model has them."),
            "billing.prices": translate(
                "BillingPanel", "List prices, or a vendor's promotional price while it runs."),
            "billing.traffic": translate(
                "BillingPanel", "When in the week the traffic happens; time-banded prices "
                                "(DeepSeek's peak hours) follow it on the vendor's clock and "
                                "holiday calendar."),
            "billing.timezone": translate(
                "BillingPanel", "The time zone your traffic profile's hours are in."),
            "billing.month": translate(
                "BillingPanel", "The month the weekly profile is spread over, with its "
                                "weekdays and holidays (YYYY-MM)."),
            "billing.off_peak_share": translate(
                "BillingPanel", "Set the share billed at off-peak rates by hand for every "
                                "time-banded model, instead of working it out from the "
                                "traffic."),
        }
        for field, tip in tips.items():
            self.fields[field].setToolTip(tip)
            self.labels[field].setToolTip(tip)
        self._show_problems()
        self._update_traffic_summary()
        self._update_sizes_hint()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ public
    @property
    def invalid_fields(self) -> list[str]:
        """Fields whose text is not a valid value (not priced)."""
        out = []
        if self.sizes_error:
            out.append("workload.request_sizes")
        if self._month_error():
            out.append("billing.month")
        if self._zone_error():
            out.append("billing.timezone")
        return out

    def show_scenario(self, changed: frozenset[str] | None = None) -> None:
        """Show the state's billing values without sending them back."""
        spec, billing = self.state.scenario.workload, self.state.scenario.billing

        def due(name: str) -> bool:
            return changed is None or name in changed

        for field, (part, name) in SHARES.items():
            value = getattr(spec if part == "workload" else billing, name) * 100
            spin = self.fields[field]
            if due(field) and abs(spin.value() - value) > 1e-9:
                with QSignalBlocker(spin):
                    spin.setValue(value)
        for combo, value, field in ((self.cache_ttl, spec.cache_ttl, "workload.cache_ttl"),
                                    (self.tier, billing.service_tier, "billing.service_tier"),
                                    (self.prices, billing.prices, "billing.prices"),
                                    (self.traffic, billing.traffic, "billing.traffic")):
            index = combo.findData(value)
            if due(field) and index >= 0 and combo.currentIndex() != index:
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(index)
        if due("workload.searches_per_request") and \
                abs(self.searches.value() - spec.searches_per_request) > 1e-9:
            with QSignalBlocker(self.searches):
                self.searches.setValue(spec.searches_per_request)
        if due("workload.request_sizes"):
            try:
                shown = parse_request_sizes(self.sizes.text(), decimal=decimal_separator())
            except AmountError:
                shown = None
            if shown != tuple(spec.request_sizes):
                self.sizes.setText(format_request_sizes(spec.request_sizes))
            self.sizes_error = None
        if due("billing.timezone") and self._zone_text() != billing.timezone:
            with QSignalBlocker(self.timezone):
                index = self.timezone.findData(billing.timezone)
                if index >= 0:
                    self.timezone.setCurrentIndex(index)
                else:
                    self.timezone.setEditText(billing.timezone)
        if due("billing.month") and self.month.text().strip() != billing.month:
            self.month.setText(billing.month)
        share = -1.0 if billing.off_peak_share is None else billing.off_peak_share * 100
        if due("billing.off_peak_share") and abs(self.off_peak.value() - share) > 1e-9:
            with QSignalBlocker(self.off_peak):
                self.off_peak.setValue(share)
        self.traffic.model().item(TRAFFIC_PROFILES.index(CUSTOM_TRAFFIC)).setEnabled(
            len(billing.traffic_weights) == 168)
        self._report_validity()
        self._update_traffic_summary()
        self._update_sizes_hint()

    def open_traffic_editor(self) -> TrafficDialog:
        """The 7×24 editor on the scenario's profile (window-modal; accepting it is one
        edit)."""
        billing = self.state.scenario.billing
        try:
            weights = billing.weights
        except EngineError:
            weights = ()
        if len(weights) != 168:
            from ...engine.traffic import PROFILES

            weights = PROFILES["flat"]
        zone = billing.timezone or zone_label(self.state.local_zone)
        self.dialog = TrafficDialog(weights, zone, self.window())
        self.dialog.accepted.connect(self._on_traffic_accepted)
        self.dialog.open()
        return self.dialog

    # ------------------------------------------------------------------ state -> widgets
    def _on_fields(self, changed: frozenset[str]) -> None:
        if "workload" in changed or "billing" in changed:
            self.show_scenario(changed)

    def _on_view(self, view) -> None:
        self._show_problems()
        self._update_sizes_hint()

    def _show_problems(self) -> None:
        view = self.state.view
        for field, label in self.problems.items():
            problem = view.problem(field)
            text = problem.reason() if problem else ""
            if field == "workload.request_sizes" and self.sizes_error:
                text = self.sizes_error
            elif field == "billing.month" and self._month_error():
                text = self._month_error() or ""
            elif field == "billing.timezone" and self._zone_error():
                text = self._zone_error() or ""
            if label.text() != text:
                label.setText(text)
            self.forms[self._group_of(field)].setRowVisible(label, bool(text))
            set_flag(self.fields[field], "invalid", bool(text))

    def _update_traffic_summary(self) -> None:
        billing = self.state.scenario.billing
        try:
            weights = billing.weights
            text = translate("BillingPanel", "Business hours (Mon–Fri 09–18) carry {share} "
                                             "of the traffic.").format(
                share=f"{share_of(weights, BUSINESS_HOURS):.0%}")
        except EngineError:
            text = ""
        if billing.off_peak_share is not None:
            text += " " + translate("BillingPanel", "The off-peak share is set by hand.")
        self.traffic_summary.setText(text)

    def _update_sizes_hint(self) -> None:
        sizes = self.state.scenario.workload.request_sizes
        if self.sizes_error or not sizes or self.state.view.problem("workload.request_sizes"):
            self.sizes.setToolTip(self.fields["workload.request_sizes"].toolTip())
            return
        mean = sum(size * share for size, share in sizes)
        units = self.state.view.locale.token_units
        self.sizes.setToolTip(translate("BillingPanel", "Mean {mean} input tokens per "
                                                        "request.").format(
            mean=format_tokens(mean, units=units)))

    # ------------------------------------------------------------------ widgets -> state
    def _on_sizes(self, text: str) -> None:
        try:
            sizes = parse_request_sizes(text, decimal=decimal_separator(), maximum=MAX_TOKENS)
        except AmountError as err:
            self.sizes_error = reason_text(err)
            self._report_validity()
            return
        self.sizes_error = None
        self.state.set_request_sizes(sizes)
        self._report_validity()

    def _on_traffic(self) -> None:
        key = self.traffic.currentData()
        if key == CUSTOM_TRAFFIC:
            self.state.set_traffic(CUSTOM_TRAFFIC)
        else:
            self.state.set_traffic(key)

    def _on_traffic_accepted(self) -> None:
        if self.dialog is not None:
            self.state.set_traffic(CUSTOM_TRAFFIC, self.dialog.weights)

    def _on_zone_chosen(self, index: int) -> None:
        self.state.set_billing_field("timezone", self.timezone.itemData(index) or "")
        self._report_validity()

    def _on_zone_typed(self) -> None:
        if self._zone_error():
            self._report_validity()
            return
        self.state.set_billing_field("timezone", self._zone_text())
        self._report_validity()

    def _on_month(self, text: str) -> None:
        if not self._month_error():
            self.state.set_billing_field("month", text.strip())
        self._report_validity()

    def _on_off_peak(self, value: float) -> None:
        self.state.set_billing_field("off_peak_share", None if value < 0 else value / 100.0)

    def _report_validity(self) -> None:
        self.state.set_invalid_fields(frozenset(self.invalid_fields), panel="billing")
        self._show_problems()

    # ------------------------------------------------------------------ helpers
    def _zone_text(self) -> str:
        """The zone typed or chosen: '' for this computer's."""
        index = self.timezone.currentIndex()
        text = self.timezone.currentText().strip()
        if index >= 0 and self.timezone.itemText(index) == text:
            return self.timezone.itemData(index) or ""
        return text

    def _zone_error(self) -> str | None:
        text = self._zone_text()
        if not text:
            return None
        try:
            check_zone(text)
        except EngineError:
            return translate("FieldChecks", "{value} is not a time zone (e.g. "
                                            "Asia/Shanghai)").format(value=text)
        return None

    def _month_error(self) -> str | None:
        text = self.month.text().strip()
        if not text:
            return None
        try:
            parse_month(text)
        except EngineError:
            return translate("FieldChecks", "{value} is not a month (YYYY-MM, e.g. "
                                            "2026-10)").format(value=text)
        return None

    def _group_of(self, field: str) -> str:
        return next(key for key, form in self.forms.items()
                    if form.indexOf(self.problems[field]) >= 0)
