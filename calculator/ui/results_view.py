"""The right-hand side: a notice line, the comparison table and the chart tabs.

It receives one :class:`Evaluation` and feeds the same frame to the table and
every chart. Charts in hidden tabs are redrawn when their tab is shown.

pyqtgraph (about 0.3 s to import) is not needed for the window's first paint:
the chart tabs start with a placeholder and the charts are built right after the
table has painted, or at once when something asks for them.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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
from ..reports.locale import ENGLISH, Locale
from .charts.feed import chart_rows, draw_chart, history_key
from .i18n import translate
from .models.comparison_model import COL, COLUMNS, ComparisonTableModel
from .models.comparison_proxy import ComparisonProxy
from .styles import set_flag, styled
from .widgets.column_chooser import ColumnChooser
from .widgets.veil import Veil


class ResultsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        styled(self.notice, error=False)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.model = ComparisonTableModel(self)
        self.proxy = ComparisonProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Most expensive first, like the spend chart; click a header to sort otherwise.
        self.table.sortByColumn(COL["current_cost"], Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumHeight(44)
        self.columns = ColumnChooser(self.table, COLUMNS)
        header.setStretchLastSection(False)
        self._charts: list | None = None
        self.tabs = QTabWidget(self)
        self.pages: list[QWidget] = []
        self.placeholders: list[QLabel] = []
        for _ in range(4):
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            placeholder = QLabel(page)
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(placeholder)
            self.pages.append(page)
            self.placeholders.append(placeholder)
            self.tabs.addTab(page, "")
        self._first_paint = _FirstPaint(self.table.viewport(), self._after_first_paint)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.table.setMinimumHeight(150)
        self.tabs.setMinimumHeight(260)
        self.splitter.setSizes([400, 600])  # table 40 %, charts 60 % until the user drags
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.veil = Veil(self.splitter, self)
        self.evaluation: Evaluation | None = None
        self._rows: pd.DataFrame | None = None
        self._history_key: tuple | None = None
        self.locale = ENGLISH
        self._dirty: set[int] = set()
        self.tabs.currentChanged.connect(self._draw_current)
        self.retranslate_ui()
        self._sized = False

    def retranslate_ui(self) -> None:
        self.columns.retranslate_ui()
        for i, text in enumerate((translate("ResultsView", "Monthly spend"), translate("ResultsView", "Savings"), translate("ResultsView", "Projection"),
                                  translate("ResultsView", "Price history"))):
            self.tabs.setTabText(i, text)
        for placeholder in self.placeholders:
            placeholder.setText(translate("ResultsView", "Drawing charts…"))

    def set_language(self, locale: Locale) -> None:
        """Names, words, dates and number units for ``locale``; redraws."""
        self.locale = locale
        self.model.set_language(locale.names, locale.money_units)
        if self._charts is not None:
            from .charts.texts import history_texts, projection_texts, savings_texts, spend_texts

            for chart, texts in zip(self._charts, (spend_texts(), savings_texts(),
                                                   projection_texts(), history_texts()),
                                    strict=True):
                chart.retranslate(texts)
        self._rows = None
        self._history_key = None
        self._dirty = set(range(len(self.pages)))
        self._draw_current()

    # ------------------------------------------------------------------ charts
    @property
    def charts(self) -> list:
        """The four charts, built on first use."""
        if self._charts is None:
            self._build_charts()
        return self._charts

    @property
    def spend(self):
        return self.charts[0]

    @property
    def savings(self):
        return self.charts[1]

    @property
    def projection(self):
        return self.charts[2]

    @property
    def history(self):
        return self.charts[3]

    def _build_charts(self) -> None:
        from .charts import configure_pyqtgraph
        from .charts.history_chart import HistoryChart
        from .charts.projection_chart import ProjectionChart
        from .charts.savings_chart import SavingsChart
        from .charts.spend_chart import SpendChart

        configure_pyqtgraph()
        self._charts = [SpendChart(), SavingsChart(), ProjectionChart(), HistoryChart()]
        for page, placeholder, chart in zip(self.pages, self.placeholders, self._charts,
                                            strict=True):
            placeholder.hide()
            page.layout().addWidget(chart)

    def _after_first_paint(self) -> None:
        if self._charts is None:
            self._build_charts()
            self._draw_current()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ feeding
    def show_results(self, evaluation: Evaluation) -> None:
        self.evaluation = evaluation
        comparison = evaluation.comparison
        self.model.set_columns(comparison.arrays, comparison.currency, comparison.reference,
                               comparison.baseline_date.isoformat(),
                               comparison.current_date.isoformat(), comparison.reference_name)
        if not self._sized and comparison.model_count:
            self.table.resizeColumnsToContents()
            self._sized = True
        self._dirty = set(range(len(self.pages)))
        self._rows = None
        self._draw_current()

    def set_stale(self, stale: bool) -> None:
        """Wash out the table and charts while the inputs are invalid (they show old numbers)."""
        self.veil.cover(stale)

    @property
    def stale(self) -> bool:
        return self.veil.isVisibleTo(self)

    def show_notice(self, text: str | None, error: bool = False) -> None:
        if self.notice.isVisible() != bool(text):
            self.notice.setVisible(bool(text))
        if self.notice.text() != (text or ""):
            self.notice.setText(text or "")
        set_flag(self.notice, "error", error)

    def redraw_all(self) -> None:
        """Draw every chart now, shown or not (exports and benchmarks)."""
        for index in range(len(self.charts)):
            self._draw(index)

    def _draw_current(self) -> None:
        self._draw(self.tabs.currentIndex())

    def _draw(self, index: int) -> None:
        if index not in self._dirty or self.evaluation is None or self._charts is None:
            return
        self._dirty.discard(index)
        ev = self.evaluation
        if self._rows is None:
            self._rows = chart_rows(ev)
        frame = self._rows
        chart = self._charts[index]
        if chart is self.history:
            # evaluate() hands on the same history frame while catalog, models, currency,
            # rate and discounts are unchanged; a new frame (new prices) draws again
            key = (history_key(ev, frame), ev.history)
            if (self._history_key is not None and key[0] == self._history_key[0]
                    and key[1] is self._history_key[1]):
                return  # prices over time do not depend on the workload
            self._history_key = key
        draw_chart(chart, ev, frame, self.locale)


class _FirstPaint(QObject):
    """Calls ``callback`` once, soon after ``widget`` has painted for the first time."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False
