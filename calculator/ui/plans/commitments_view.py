"""Commitments against pay-as-you-go for one row: a table of the options (effective
monthly cost, saving, waste, the volume from which each wins) and the break-even chart."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import EngineError, compare
from ...engine.commitment_options import (
    OK,
    Options,
    RowTraffic,
    compare_options,
    volume_curves,
)
from ...engine.commitments import Commitment
from ...engine.evaluate import Evaluation
from ...engine.planning import MODEL, PLAN, row_kinds
from ...reports.formatting import format_money, format_tokens
from ..i18n import translate
from .texts import OPTION_COLORS, volume_texts
from .volume_chart import Marker, VolumeChart, VolumeLine

STATUS_WORDS = {
    "unknown": "unknown price", "needs_requests": "needs a monthly request count",
    "out_of_scope": "not for this row",
}


def option_name(offer: Commitment | None) -> str:
    return translate("Plans", "Pay as you go") if offer is None else offer.name


class CommitmentsView(QWidget):
    """Read-only view; :meth:`show_for` gives it the scenario's numbers and the offers."""

    COLUMNS = ("option", "kind", "effective", "compared", "saving", "waste", "unserved",
               "wins", "evidence")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.row = QComboBox(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = VolumeChart()
        self.add_button = QPushButton(self)
        top = QHBoxLayout()
        self.row_label = QLabel(self)
        top.addWidget(self.row_label)
        top.addWidget(self.row, 1)
        top.addWidget(self.add_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        self.evaluation: Evaluation | None = None
        self.catalog = None
        self.discounts = None
        self.offers: list[Commitment] = []
        self.options: Options | None = None
        self.units = "plain"
        self.row.currentIndexChanged.connect(self.refresh)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.chart.texts = volume_texts()  # drawn again when the window refreshes
        self.row_label.setText(translate("Plans", "Measured on"))
        self.add_button.setText(translate("Plans", "Add offers from a CSV file…"))
        self.intro.setText(translate(
            "Plans", "Prepaid packs, subscriptions and free quotas against paying as you go, "
                     "over the scenario's horizon and growth. Free quotas are used first; a "
                     "pack's leftover expires. Coding plans serve coding tools only."))
        self.table.setHorizontalHeaderLabels([
            translate("Plans", "Option"), translate("Plans", "Kind"),
            translate("Plans", "Effective a month"), translate("Plans", "Compared with"),
            translate("Plans", "Saving a month"), translate("Plans", "Waste"),
            translate("Plans", "Not served"), translate("Plans", "Wins from (tokens a month)"),
            translate("Plans", "Evidence")])
        self.chart.texts = self.chart.texts | {}  # words are refreshed on the next draw

    # ------------------------------------------------------------------ inputs
    def show_for(self, evaluation: Evaluation, catalog, discounts, offers: Sequence[Commitment],
                 units: str = "plain") -> None:
        self.evaluation, self.catalog, self.discounts = evaluation, catalog, discounts
        self.offers, self.units = list(offers), units
        comparison = evaluation.comparison
        kinds = row_kinds(comparison)
        wanted = [(str(m), str(n)) for m, n, k in zip(comparison.arrays["model_id"],
                                                       comparison.arrays["model_name"], kinds,
                                                       strict=True) if k in (MODEL, PLAN)]
        current = self.row.currentData()
        self.row.blockSignals(True)
        self.row.clear()
        for model, name in wanted:
            self.row.addItem(name if name == model else f"{name} ({model})"
                             if not name.startswith(model) else name, model)
        index = self.row.findData(current)
        if index < 0:  # first time: the first row an offer covers
            covered = {str(m) for m, v in zip(comparison.arrays["model_id"],
                                               comparison.arrays["vendor"], strict=True)
                       if any(o.covers(str(m), str(v)) for o in self.offers)}
            index = next((i for i, (m, _) in enumerate(wanted) if m in covered), 0)
        self.row.setCurrentIndex(index)
        self.row.blockSignals(False)
        self.refresh()

    def traffic(self, row_id: str) -> RowTraffic:
        """The row's traffic, its plan's members priced at the current date."""
        ev = self.evaluation
        plans = ev.plans.plans
        plan = next((p for p in plans if p.name == row_id), None)
        members = plan.model_ids if plan is not None else (row_id,)
        scenario = ev.scenario
        comparison = compare(self.catalog, ev.comparison.workload, scenario.current_date,
                             scenario.current_date, fx=ev.comparison.fx,
                             currency=scenario.currency, models=list(members),
                             discounts=self.discounts)
        return RowTraffic.of(comparison, row_id, plans)

    def refresh(self) -> None:
        row_id = self.row.currentData()
        self.table.setRowCount(0)
        if self.evaluation is None or row_id is None:
            self.chart.set_data([], [], None, "CNY")
            return
        scenario = self.evaluation.scenario
        try:
            traffic = self.traffic(row_id)
        except EngineError:
            self.chart.set_data([], [], None, scenario.currency)
            return
        offers = [o for o in self.offers if traffic.covered(o)[3] > 0]
        fx, currency = self.evaluation.comparison.fx, scenario.currency
        self.options = compare_options(traffic, offers, months=scenario.horizon,
                                       growth=scenario.growth, fx=fx, currency=currency)
        self._fill_table(traffic, currency)
        self._draw(traffic, offers, currency)

    def _fill_table(self, traffic: RowTraffic, currency: str) -> None:
        total = traffic.input_tokens + traffic.output_tokens
        kinds = {"pack": translate("Plans", "prepaid pack"),
                 "subscription": translate("Plans", "subscription"),
                 "free_quota": translate("Plans", "free quota"), None: ""}
        self.table.setRowCount(len(self.options.results))
        for row, result in enumerate(self.options.results):
            offer = result.offer
            if result.status != OK:
                cells = [option_name(offer), kinds[offer.kind if offer else None], "", "", "",
                         "", "", translate("Plans", STATUS_WORDS.get(result.status, "")), ""]
            else:
                unit = "" if offer is None else offer.unit
                waste = "" if not result.waste_units else (
                    format_money(result.waste_value, currency) if unit == "value" else
                    f"{format_tokens(result.waste_units, units='short')}"
                    + (f" ({format_money(result.waste_value, currency)})"
                       if result.waste_value else ""))
                wins = "" if offer is None else (
                    translate("Plans", "never") if result.break_even is None else
                    translate("Plans", "any volume") if result.break_even == 0 else
                    format_tokens(result.break_even * total, units="short"))
                info = offer.info if offer else {}
                evidence = "" if offer is None else translate(
                    "Plans", "{status}, {checked}").format(
                    status=translate("Plans", info.get("status", "")),
                    checked=info.get("checked", ""))
                cells = [option_name(offer), kinds[offer.kind if offer else None],
                         format_money(result.effective_monthly, currency),
                         format_money(result.baseline_monthly, currency),
                         format_money(result.saving_monthly, currency), waste,
                         "" if not result.unserved_units else
                         format_tokens(result.unserved_units, units="short"), wins, evidence]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if offer is not None and col == len(cells) - 1:
                    item.setToolTip(f"{offer.info.get('source', '')}\n"
                                    f"{offer.info.get('notes', '')}")
                self.table.setItem(row, col, item)

    def _draw(self, traffic: RowTraffic, offers: list[Commitment], currency: str) -> None:
        total = traffic.input_tokens + traffic.output_tokens
        priced = [r for r in self.options.results[1:] if r.status == OK]
        evens = [r.break_even for r in priced if r.break_even]
        right = max([2.0, *[3 * e for e in evens if e and e < 1e4]])
        factors = np.linspace(0, right, 241)[1:]
        scenario = self.evaluation.scenario
        curves = volume_curves(traffic, [r.offer for r in priced], factors,
                               months=scenario.horizon, growth=scenario.growth,
                               fx=self.evaluation.comparison.fx, currency=currency)
        xs = factors * total
        lines = [VolumeLine(option_name(None), xs, curves["payg"], "#212529", 2.0, True)]
        markers = []
        for i, result in enumerate(priced):
            color = OPTION_COLORS[i % len(OPTION_COLORS)] if i < len(OPTION_COLORS) else \
                "#868E96"
            lines.append(VolumeLine(result.offer.name, xs, curves[result.offer.offer_id], color))
            if result.break_even and math.isfinite(result.break_even):
                markers.append(Marker(result.break_even * total, self.chart.texts[
                    "break_even"].format(name=result.offer.name,
                                         volume=format_tokens(result.break_even * total,
                                                              units="short")), color))
        self.chart.set_data(lines, markers, total, currency, self.units)
