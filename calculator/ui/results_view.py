"""The right-hand side: a notice line, the comparison table and the chart tabs.

It receives one :class:`Evaluation` and feeds the same frame to the table and
every chart. Charts in hidden tabs are redrawn when their tab is shown.

pyqtgraph (about 0.3 s to import) is not needed for the window's first paint:
the chart tabs start with a placeholder and the charts are built right after the
table has painted, or at once when something asks for them.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
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
from .charts.feed import chart_columns
from .charts.registry import ChartSpec, charts
from .i18n import translate
from .models.comparison_model import COL, COLUMNS, ComparisonTableModel
from .models.comparison_proxy import ComparisonProxy
from .models.price_tips import share_basis
from .widgets.column_chooser import ColumnChooser
from .widgets.notice_bar import NoticeBar
from .widgets.veil import Veil


class ResultsView(QWidget):
    """Shows the results of an :class:`~calculator.ui.state.AppState`: its evaluations,
    its staleness and its notice; one chart tab per registry entry."""

    sig_copy_chart = Signal(str)
    """A chart's right-click menu asked to copy it (its registry key)."""
    sig_export_chart = Signal(str)
    sig_chart_option = Signal(str, bool)
    """A chart's right-click menu turned an option on or off (its View menu key, on)."""
    """A chart's right-click menu asked to export it to a file (its registry key)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.notice_bar = NoticeBar(self)
        self.notice = self.notice_bar.label
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
        self.specs: tuple[ChartSpec, ...] = charts()
        for _ in self.specs:
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
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.splitter, 1)
        self.veil = Veil(self.splitter, self)
        self.evaluation: Evaluation | None = None
        self._rows: pd.DataFrame | None = None
        self._drawn: dict[int, object] = {}  # chart index -> redraw key of what it shows
        self.locale = ENGLISH
        self._dirty: set[int] = set()
        self.tabs.currentChanged.connect(self._draw_current)
        self.retranslate_ui()
        self._sized = False

    def retranslate_ui(self) -> None:
        self.columns.retranslate_ui()
        self.notice_bar.retranslate_ui()
        for i, spec in enumerate(self.specs):
            self.tabs.setTabText(i, spec.tab_title())
        for placeholder in self.placeholders:
            placeholder.setText(translate("ResultsView", "Drawing charts…"))

    def set_language(self, locale: Locale) -> None:
        """Names, words, dates and number units for ``locale``; redraws."""
        self.locale = locale
        self.model.set_language(locale.names, locale.money_units)
        if self._charts is not None:
            for chart, spec in zip(self._charts, self.specs, strict=True):
                chart.retranslate(spec.texts())
        self._rows = None
        self._drawn = {}
        self._dirty = set(range(len(self.pages)))
        self._draw_current()

    # ------------------------------------------------------------------ charts
    @property
    def charts(self) -> list:
        """The charts in registry order, built on first use."""
        if self._charts is None:
            self._build_charts()
        return self._charts

    def chart(self, key: str):
        """The chart of registry entry ``key`` (built on first use)."""
        return self.charts[self.index_of(key)]

    def index_of(self, key: str) -> int:
        return [spec.key for spec in self.specs].index(key)

    def show_chart(self, key: str) -> None:
        """Bring the tab of chart ``key`` to the front."""
        self.tabs.setCurrentIndex(self.index_of(key))

    def current_chart_key(self) -> str:
        return self.specs[self.tabs.currentIndex()].key

    @property
    def spend(self):
        return self.chart("spend")

    @property
    def savings(self):
        return self.chart("savings")

    @property
    def projection(self):
        return self.chart("projection")

    @property
    def history(self):
        return self.chart("price_history")

    def _build_charts(self) -> None:
        from .charts import configure_pyqtgraph

        configure_pyqtgraph()
        self._charts = [spec.load()() for spec in self.specs]
        for chart in self._charts:  # right-click > Copy image / Export this chart…
            chart.sig_copy_requested.connect(self.sig_copy_chart)
            chart.sig_export_requested.connect(self.sig_export_chart)
            chart.sig_option_toggled.connect(self.sig_chart_option)
        for page, placeholder, chart in zip(self.pages, self.placeholders, self._charts,
                                            strict=True):
            placeholder.hide()
            page.layout().addWidget(chart)

    def _after_first_paint(self) -> None:
        if self._charts is None:
            self._build_charts()
        self._draw_current()  # also when something built the charts before

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
                               comparison.current_date.isoformat(), comparison.reference_name,
                               share_basis(comparison.options))
        if not self._sized and comparison.model_count:
            self.table.resizeColumnsToContents()
            self._sized = True
        self._dirty = set(range(len(self.pages)))
        self._rows = None
        self._draw_current()

    def show_view(self, view) -> None:
        """Staleness, the notice and the locale of the state's :class:`ViewState`."""
        from .view_state import notice

        if view.locale != self.locale:
            self.set_language(view.locale)
        self.set_stale(view.stale)
        shown = notice(view)
        self.show_notice(shown.text if shown else None, shown.error if shown else False)

    def set_stale(self, stale: bool) -> None:
        """Wash out the table and charts while the inputs are invalid (they show old numbers)."""
        self.veil.cover(stale)

    @property
    def stale(self) -> bool:
        return self.veil.isVisibleTo(self)

    def show_notice(self, text: str | None, error: bool = False) -> None:
        self.notice_bar.show_text(text, error)

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
            self._rows = chart_columns(ev)
        frame = self._rows
        spec = self.specs[index]
        if spec.redraw_key is not None:
            key = spec.redraw_key(ev, frame)
            if index in self._drawn and self._drawn[index] == key:
                return  # what it draws did not change (prices over time, not the workload)
            self._drawn[index] = key
        chart = self._charts[index]
        chart.locale = self.locale
        spec.draw(chart, ev, frame, self.locale)


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
