"""Plan A beside plan B: two to four options from this scenario or other scenario files,
their spend over the months against one budget, and the export for a decision memo."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.budget import BudgetView
from ...engine.errors import EngineError
from ...engine.evaluate import Evaluation
from ...engine.projection import Projection
from ...reports.decision_memo import MAX_OPTIONS, MIN_OPTIONS, Memo
from ...reports.formatting import column_decimals, money_text
from ...reports.locale import ENGLISH, Locale
from ...reports.summary import scenario_title, workload_text
from ..i18n import translate
from ..styles import set_flag
from ..widgets.amount_edit import AmountEdit
from .fields import reason
from .memo_chart import MemoChart
from .month_table import MonthTableModel
from .option_slot import OptionSlot, Source
from .texts import memo_texts

LETTERS = "ABCD"


class CompareView(QWidget):
    """``open_scenario`` asks the user for a scenario file and returns its evaluation
    (None when cancelled); ``export`` receives the memo and writes the file the user picks."""

    sig_memo_changed = Signal(object)

    def __init__(self, open_scenario: Callable[[], Evaluation | None] | None = None,
                 export: Callable[[Memo, bool], None] | None = None, parent=None):
        super().__init__(parent)
        self.open_scenario = open_scenario
        self.export = export
        self.sources: list[Source] = []
        self.memo: Memo | None = None
        self.growth_problem: str | None = None  # a growth field's text that is no growth
        self.units = "plain"
        self.locale = ENGLISH
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        grid = QGridLayout()
        self.slots = [OptionSlot(i, self, self.sources) for i in range(MAX_OPTIONS)]
        self.head_labels = [QLabel(self) for _ in range(4)]
        for col, label in enumerate(self.head_labels):
            grid.addWidget(label, 0, col)
        for i, slot in enumerate(self.slots):
            grid.addWidget(slot.label, i + 1, 0)
            grid.addWidget(slot.source, i + 1, 1)
            grid.addWidget(slot.row, i + 1, 2)
            grid.addWidget(slot.growth, i + 1, 3)
            slot.label.textChanged.connect(self.rebuild)
            slot.growth.textChanged.connect(self.rebuild)
            slot.source.currentIndexChanged.connect(lambda _=0, s=slot: self._source_changed(s))
            slot.row.currentIndexChanged.connect(self.rebuild)
        grid.setColumnStretch(2, 1)
        self.budget_label = QLabel(self)
        self.budget = AmountEdit("budget", None, optional=True)
        self.budget.sig_value_changed.connect(lambda _v: self.rebuild())
        self.cumulative = QCheckBox(self)
        self.cumulative.setChecked(True)
        self.cumulative.toggled.connect(self.rebuild)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self._export)
        controls = QHBoxLayout()
        controls.addWidget(self.budget_label)
        controls.addWidget(self.budget)
        controls.addWidget(self.cumulative)
        controls.addStretch(1)
        controls.addWidget(self.open_button)
        controls.addWidget(self.export_button)
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = MemoChart()
        self.summary = QTableWidget(0, 0, self)
        self.summary.verticalHeader().setVisible(False)
        self.summary.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.months = QTableView(self)
        self.month_model = MonthTableModel(self)
        self.months.setModel(self.month_model)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.summary)
        split.addWidget(self.months)
        split.setSizes([400, 120, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(controls)
        layout.addWidget(self.answer)
        layout.addWidget(split, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.chart.texts = memo_texts()  # the chart's words, drawn again by rebuild()
        self.intro.setText(translate(
            "Plans", "Put two to four options side by side: a model, a routing plan or a "
                     "self-hosted deployment of this scenario or of another scenario file, "
                     "each with its own workload, prices and growth."))
        for label, text in zip(self.head_labels, (
                translate("Plans", "Option"), translate("Plans", "Scenario"),
                translate("Plans", "Model or plan"), translate("Plans", "Growth a month")),
                strict=True):
            label.setText(text)
        self.budget_label.setText(translate("Plans", "Monthly budget"))
        self.cumulative.setText(translate("Plans", "Cumulative"))
        self.open_button.setText(translate("Plans", "Add a scenario file…"))
        self.export_button.setText(translate("Plans", "Export for a memo…"))
        for slot in self.slots:
            if not slot.label.text():
                slot.label.setPlaceholderText(translate("Plans", "Plan {letter}").format(
                    letter=LETTERS[slot.index]))
        self.rebuild()

    # ------------------------------------------------------------------ sources
    def set_current(self, evaluation: Evaluation, units: str = "plain",
                    locale: Locale = ENGLISH) -> None:
        """The open scenario's latest numbers (source 0); keeps the user's choices."""
        self.units = units
        self.locale = locale
        current = Source(translate("Plans", "This scenario"), evaluation)
        if self.sources:
            self.sources[0] = current
        else:
            self.sources.append(current)
            if evaluation.plans.budget is not None:
                self.budget.set_value(evaluation.plans.budget)
        self._refill_sources()

    def add_source(self, evaluation: Evaluation) -> None:
        self.sources.append(Source(scenario_title(evaluation), evaluation))
        self._refill_sources()

    def _open(self) -> None:
        if self.open_scenario is None:
            return
        evaluation = self.open_scenario()
        if evaluation is not None:
            self.add_source(evaluation)

    def _refill_sources(self) -> None:
        for slot in self.slots:
            chosen = slot.source.currentIndex()
            slot.source.blockSignals(True)
            slot.source.clear()
            slot.source.addItem(translate("Plans", "(none)"), -1)
            for i, source in enumerate(self.sources):
                slot.source.addItem(source.name, i)
            if chosen < 0:  # first fill: A and B from this scenario
                chosen = 1 if slot.index < MIN_OPTIONS else 0
            slot.source.setCurrentIndex(min(chosen, slot.source.count() - 1))
            slot.source.blockSignals(False)
            slot.fill_rows()
        self.rebuild()

    def _source_changed(self, slot: OptionSlot) -> None:
        slot.fill_rows()
        self.rebuild()

    # ------------------------------------------------------------------ memo
    def build_memo(self) -> Memo | None:
        current = self.sources[0].evaluation if self.sources else None
        if current is None:
            return None
        currency = current.scenario.currency
        options = []
        self.growth_problem = None
        for slot in self.slots:
            growth, ok = slot.typed_growth()
            set_flag(slot.growth, "invalid", not ok)
            slot.growth_tip(ok)
            if not ok:
                self.growth_problem = reason("growth")
            option = slot.option(growth, currency)
            if option is not None:
                options.append(option)
        if len(options) < MIN_OPTIONS:
            return None
        horizon = min(len(o.monthly) for o in options)
        options = [o if len(o.monthly) == horizon else
                   type(o)(o.label, o.scenario, o.row_id, o.monthly[:horizon], o.growth)
                   for o in options]
        scenario = current.scenario
        # what each scenario prices per month, so a pasted memo says what was compared
        workloads = {}
        for slot in self.slots:
            index = slot.source.currentData()
            if index is not None and index >= 0 and slot.row.currentData() is not None:
                source = self.sources[index].evaluation
                workloads.setdefault(
                    index, f"{scenario_title(source)}: {workload_text(source, self.locale)}")
        assumptions = (*workloads.values(), translate(
            "Plans", "Money in {currency}; {fx}; each option priced with its scenario's "
                     "workload and prices, at the growth shown.").format(
            currency=currency, fx=current.comparison.fx.short()))
        title = translate("Plans", "{a} or {b}?").format(
            a=options[0].label, b=" / ".join(o.label for o in options[1:]))
        try:
            return Memo(scenario.name or title, currency, self.budget.value, tuple(options),
                        assumptions)
        except EngineError:
            return None

    def rebuild(self) -> None:
        self.memo = self.build_memo()
        cumulative = self.cumulative.isChecked()
        self.chart.set_data(self.memo, cumulative, self.units)
        # never export a memo that quietly ignores a growth the user typed
        self.export_button.setEnabled(self.memo is not None and self.export is not None
                                      and self.growth_problem is None)
        if self.memo is None:
            self.answer.setText(translate("Plans", "Choose at least two options."))
            self.summary.setRowCount(0)
            self.month_model.set_data(None, None, [])
            self.sig_memo_changed.emit(None)
            return
        lines = list(self.memo.headline())
        if self.growth_problem:
            lines.insert(0, self.growth_problem)
        self.answer.setText("\n".join(lines))
        self._fill_summary()
        self.sig_memo_changed.emit(self.memo)

    def _fill_summary(self) -> None:
        frame = self.memo.summary()
        self.summary.setColumnCount(len(frame.columns))
        self.summary.setHorizontalHeaderLabels([str(c) for c in frame.columns])
        self.summary.setRowCount(len(frame))
        # one number of decimals per money column (¥42 beside ¥11,478, not ¥42.00)
        places = {c: column_decimals(frame.iloc[:, c].to_numpy(float))
                  for c in (4, 5, 6) if c < len(frame.columns)}
        for r, row in enumerate(frame.itertuples(index=False)):
            for c, value in enumerate(row):
                if value is None or (isinstance(value, float) and value != value):
                    text = "–"
                elif c == 3:
                    text = f"{value * 100:+.1f}%"
                elif c in (4, 5, 6):
                    text = money_text(float(value), self.memo.currency, places[c],
                                      units=self.units)
                elif c >= 7:
                    text = str(int(value))
                else:
                    text = str(value)
                self.summary.setItem(r, c, QTableWidgetItem(text))
        monthly = np.array([o.monthly for o in self.memo.options])
        projection = Projection(self.memo.months, np.array([o.label for o in self.memo.options]),
                                0.0, np.full_like(monthly, np.nan), monthly, self.memo.currency)
        self.month_model.set_data(projection, BudgetView.of(projection, self.memo.budget),
                                  [o.label for o in self.memo.options], self.units,
                                  self.cumulative.isChecked())

    def _export(self) -> None:
        if self.memo is not None and self.export is not None:
            self.export(self.memo, self.cumulative.isChecked())
