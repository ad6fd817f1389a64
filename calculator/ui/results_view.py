"""The right-hand side: a notice line, the comparison table and the chart tabs.

It receives one :class:`Evaluation` and feeds the same frame to the table and
every chart. Charts in hidden tabs are redrawn when their tab is shown.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..engine.evaluate import Evaluation
from ..engine.history import blended
from .charts.base import ChartBase
from .charts.history_chart import HistoryChart
from .charts.palette import model_shades
from .charts.projection_chart import ProjectionChart
from .charts.savings_chart import SavingsChart
from .charts.spend_chart import SpendChart
from .i18n import translate
from .models.comparison_model import COL, ComparisonTableModel
from .models.comparison_proxy import ComparisonProxy

CONTEXT = "ResultsView"


def tr(text: str) -> str:
    return translate(CONTEXT, text)


class ResultsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.model = ComparisonTableModel(self)
        self.proxy = ComparisonProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL["current_cost"], Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumHeight(44)
        header.setStretchLastSection(False)
        self.spend = SpendChart()
        self.savings = SavingsChart()
        self.projection = ProjectionChart()
        self.history = HistoryChart()
        self.charts: list[ChartBase] = [self.spend, self.savings, self.projection, self.history]
        self.tabs = QTabWidget(self)
        for chart in self.charts:
            self.tabs.addTab(chart, "")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.evaluation: Evaluation | None = None
        self.language = "en"
        self.units = "plain"
        self._dirty: set[int] = set()
        self.tabs.currentChanged.connect(self._draw_current)
        self.retranslate_ui()
        self._sized = False

    def retranslate_ui(self) -> None:
        for i, text in enumerate((tr("Monthly spend"), tr("Savings"), tr("Projection"),
                                  tr("Price history"))):
            self.tabs.setTabText(i, text)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ feeding
    def show_results(self, evaluation: Evaluation) -> None:
        self.evaluation = evaluation
        comparison = evaluation.comparison
        self.model.set_frame(comparison.frame, comparison.currency, comparison.reference,
                             comparison.baseline_date.isoformat(),
                             comparison.current_date.isoformat())
        if not self._sized and len(comparison.frame):
            self.table.resizeColumnsToContents()
            self._sized = True
        self._dirty = set(range(len(self.charts)))
        self._draw_current()

    def show_notice(self, text: str | None, error: bool = False) -> None:
        self.notice.setVisible(bool(text))
        self.notice.setText(text or "")
        self.notice.setProperty("error", error)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)

    def redraw_all(self) -> None:
        """Draw every chart now, shown or not (exports and benchmarks)."""
        for index in range(len(self.charts)):
            self._draw(index)

    def _draw_current(self) -> None:
        self._draw(self.tabs.currentIndex())

    def _draw(self, index: int) -> None:
        if index not in self._dirty or self.evaluation is None:
            return
        self._dirty.discard(index)
        ev = self.evaluation
        frame = chart_rows(ev, self.language)
        cur = ev.comparison.currency
        chart = self.charts[index]
        if chart is self.spend:
            self.spend.set_data(frame, cur, tr("Baseline {date}").format(
                date=ev.comparison.baseline_date.isoformat()), tr("Current {date}").format(
                date=ev.comparison.current_date.isoformat()), units=self.units)
        elif chart is self.savings:
            self.savings.set_data(frame, cur, units=self.units)
        elif chart is self.projection:
            colors = dict(zip(frame["model_id"], frame["color"], strict=True))
            ids = list(ev.projection.model_ids)
            labels = dict(zip(frame["model_id"], frame["label"], strict=True))
            self.projection.set_data(ev.projection, [labels[m] for m in ids],
                                     [colors[m] for m in ids], units=self.units)
        else:
            self.history.set_data(history_rows(ev, frame), dict(zip(
                frame["model_id"], frame["color"], strict=True)), cur,
                ev.scenario.chart.history_price, ev.comparison.baseline_date,
                ev.comparison.current_date, log=ev.scenario.chart.history_log)


def chart_rows(evaluation: Evaluation, language: str = "en") -> pd.DataFrame:
    """The comparison frame plus a display label and a colour per model."""
    frame = evaluation.comparison.frame.copy()
    frame["label"] = frame["model_name"]
    colors = np.empty(len(frame), dtype=object)
    for vendor, positions in frame.groupby("vendor", sort=False).indices.items():
        for pos, color in zip(positions, model_shades(vendor, len(positions)), strict=True):
            colors[pos] = color
    frame["color"] = colors
    return frame


def history_rows(evaluation: Evaluation, frame: pd.DataFrame) -> pd.DataFrame:
    history = evaluation.history.copy()
    what = evaluation.scenario.chart.history_price
    if what == "blended":
        w = evaluation.comparison.workload
        total = w.input_tokens + w.output_tokens
        history["price"] = blended(history, w.input_tokens / total if total else 0.5)
    else:
        history["price"] = history[what]
    labels = dict(zip(frame["model_id"], frame["label"], strict=True))
    history["label"] = history["model_id"].map(labels)
    position = {m: i for i, m in enumerate(frame["model_id"])}
    history["order_key"] = history["model_id"].map(position)
    return history.sort_values(["order_key", "effective_from"], kind="stable")
