"""The main window: workload and price inputs, model picker, table and charts.

``MainWindow()`` needs no arguments: it loads the shipped catalog and restores
the last session. Widgets talk to one :class:`AppState`; nothing here prices.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..data import default_fx, load_catalog
from ..engine import Catalog, FxRate
from ..engine.evaluate import Evaluation
from ..engine.scenario import Scenario
from . import settings as session
from .i18n import translate
from .results_view import ResultsView
from .state import AppState
from .table_text import table_as_tsv
from .widgets.model_picker import ModelPicker
from .widgets.pricing_panel import PricingPanel
from .widgets.workload_panel import WorkloadPanel

CONTEXT = "MainWindow"
APP_TITLE = "LLM Cost Calculator"


def tr(text: str) -> str:
    return translate(CONTEXT, text)


class MainWindow(QMainWindow):
    def __init__(self, catalog: Catalog | None = None, fx: FxRate | None = None,
                 scenario: Scenario | None = None, restore: bool = True):
        super().__init__()
        self.setObjectName("MainWindow")
        catalog = catalog or load_catalog()
        fx = fx or default_fx()
        scenario = scenario or (session.load_last_scenario() if restore else None) or Scenario()
        self.state = AppState(catalog, fx, scenario, self)

        self.workload = WorkloadPanel()
        self.pricing = PricingPanel(catalog, fx)
        self.picker = ModelPicker(catalog)
        inputs = QWidget()
        inputs_layout = QVBoxLayout(inputs)
        inputs_layout.setContentsMargins(4, 4, 4, 4)
        inputs_layout.addWidget(self.workload)
        inputs_layout.addWidget(self.pricing)
        inputs_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inputs)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(scroll)
        self.left.addWidget(self.picker)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 2)
        self.left.setChildrenCollapsible(False)
        self.left.setSizes([600, 400])
        self.dock = QDockWidget(self)
        self.dock.setObjectName("inputsDock")
        self.dock.setWidget(self.left)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.dock.setMinimumWidth(330)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.results = ResultsView()
        self.setCentralWidget(self.results)

        self.status_prices = QLabel()
        self.status_fx = QLabel()
        self.status_counts = QLabel()
        for i, label in enumerate((self.status_prices, self.status_fx, self.status_counts)):
            if i:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.VLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                self.statusBar().addPermanentWidget(line)
            label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(label)

        self._build_actions()
        self._connect()
        self.retranslate_ui()
        self._load_scenario(self.state.scenario)
        self.resize(1366, 768)
        if restore:
            self._restore_geometry()
        self._set_tab_order()
        self.state.recompute_now()

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.menus = {key: bar.addMenu("") for key in ("file", "edit", "view", "help")}
        self.actions: dict[str, QAction] = {}

        def add(menu: str, key: str, slot, shortcut=None, checkable=False) -> QAction:
            action = QAction(self)
            action.setObjectName(f"action_{key}")
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(checkable)
            action.triggered.connect(slot)
            self.menus[menu].addAction(action)
            self.actions[key] = action
            return action

        add("file", "quit", self.close, QKeySequence.StandardKey.Quit)
        self.actions["quit"].setShortcuts([QKeySequence("Ctrl+Q")])
        add("edit", "copy_table", self.copy_table, "Ctrl+Shift+C")
        self.menus["edit"].addSeparator()
        add("edit", "select_all_models", lambda: self.picker._check_shown(True), "Ctrl+Shift+A")
        add("edit", "clear_models", lambda: self.picker._check_shown(False), "Ctrl+Shift+D")
        add("edit", "find_model", self._focus_search, QKeySequence.StandardKey.Find)
        add("view", "preset_war", lambda: self.pricing.apply_preset("price_war"), "Ctrl+1")
        add("view", "preset_since", lambda: self.pricing.apply_preset("since"), "Ctrl+2")
        self.menus["view"].addSeparator()
        add("view", "currency_cny", lambda: self._set_currency("CNY"), "Ctrl+Shift+Y", True)
        add("view", "currency_usd", lambda: self._set_currency("USD"), "Ctrl+Shift+U", True)
        self.menus["view"].addSeparator()
        for i in range(4):
            add("view", f"chart_{i}", lambda _=False, i=i: self.results.tabs.setCurrentIndex(i),
                f"Alt+{i + 1}")
        self.menus["view"].addSeparator()
        add("view", "history_log", lambda on: self.state.update_chart(history_log=on),
            "Ctrl+L", True)
        for key, shortcut in (("input", "Ctrl+Shift+I"), ("output", "Ctrl+Shift+O"),
                              ("blended", "Ctrl+Shift+B")):
            add("view", f"history_{key}",
                lambda _=False, key=key: self.state.update_chart(history_price=key),
                shortcut, True)
        add("help", "about", self._about, QKeySequence.StandardKey.HelpContents)

    def _set_tab_order(self) -> None:
        """Tab moves through the panels in reading order: workload, prices, models, results."""
        w, p, m = self.workload, self.pricing, self.picker
        chain = [w.mode, *(f.edit for f in w.fields.values()), w.days, w.cached, w.growth,
                 w.horizon, p.preset, p.baseline, p.current, p.currency, p.fx, p.fx_reset,
                 p.reference, m.search, m.tier, m.tree, m.all_button, m.none_button,
                 self.results.table, self.results.tabs]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        s = self.state
        self.workload.sig_workload_changed.connect(lambda c: s.update_workload(**c))
        self.workload.sig_growth_changed.connect(lambda c: s.update(**c))
        self.workload.sig_validity_changed.connect(lambda _: self._update_notice())
        self.pricing.sig_changed.connect(lambda c: s.update(**c))
        self.picker.sig_selection_changed.connect(lambda ids: s.update(models=ids))
        s.sig_results_changed.connect(self._on_results)
        s.sig_scenario_replaced.connect(self._load_scenario)
        s.sig_scenario_edited.connect(self._on_scenario_edited)
        s.sig_error.connect(lambda message: self._update_notice())

    def retranslate_ui(self) -> None:
        titles = {"file": tr("&File"), "edit": tr("&Edit"), "view": tr("&View"),
                  "help": tr("&Help")}
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        texts = {
            "quit": tr("&Quit"), "copy_table": tr("&Copy table"),
            "select_all_models": tr("Select all shown &models"),
            "clear_models": tr("Clear shown models"), "find_model": tr("&Find model…"),
            "preset_war": tr("Compare: May 2024 price war"),
            "preset_since": tr("Compare: since the price war"),
            "currency_cny": tr("Show money in CNY (¥)"),
            "currency_usd": tr("Show money in USD ($)"),
            "chart_0": tr("Chart: monthly spend"), "chart_1": tr("Chart: savings"),
            "chart_2": tr("Chart: projection"), "chart_3": tr("Chart: price history"),
            "history_log": tr("Price history: logarithmic scale"),
            "history_input": tr("Price history: input price"),
            "history_output": tr("Price history: output price"),
            "history_blended": tr("Price history: blended price of your mix"),
            "about": tr("&About LLM Cost Calculator"),
        }
        for key, action in self.actions.items():
            action.setText(texts[key])
        self.dock.setWindowTitle(tr("Inputs"))
        self._update_title()
        self._update_status()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state → widgets
    def _load_scenario(self, scenario: Scenario) -> None:
        self.workload.set_scenario(scenario)
        self.pricing.set_scenario(scenario)
        self.picker.set_selected(scenario.models)
        self._sync_actions(scenario)
        self._update_title()

    def _on_scenario_edited(self, scenario: Scenario) -> None:
        self._sync_actions(scenario)
        self._update_title()

    def _sync_actions(self, scenario: Scenario) -> None:
        self.actions["currency_cny"].setChecked(scenario.currency == "CNY")
        self.actions["currency_usd"].setChecked(scenario.currency == "USD")
        self.actions["history_log"].setChecked(scenario.chart.history_log)
        for key in ("input", "output", "blended"):
            self.actions[f"history_{key}"].setChecked(scenario.chart.history_price == key)

    def _on_results(self, evaluation: Evaluation) -> None:
        self.results.show_results(evaluation)
        self._update_status()
        self._update_notice()

    def _update_notice(self) -> None:
        invalid = self.workload.invalid_fields
        if invalid:
            self.results.show_notice(tr("A workload field is invalid (marked in red); the "
                                        "results below are for the last valid workload."), True)
        elif self.state.error:
            self.results.show_notice(self.state.error, True)
        elif self.state.results is not None and self.state.results.notes:
            self.results.show_notice("  ".join(self.state.results.notes))
        else:
            self.results.show_notice(None)

    def _update_status(self) -> None:
        state = self.state
        self.status_prices.setText(tr("Prices checked {date}").format(
            date=state.catalog.checked_date.isoformat()))
        ev = state.results
        if ev is None:
            return
        fx = ev.comparison.fx
        self.status_fx.setText(tr("1 USD = {rate:g} CNY").format(rate=fx.cny_per_usd))
        self.status_fx.setToolTip(fx.describe())
        counts = ev.comparison.status_counts("current")
        self.status_counts.setText(tr("{n} models: {priced} priced, {free} free, {unknown} "
                                      "unknown, {na} not offered").format(
            n=len(ev.comparison.frame), priced=counts["priced"], free=counts["free"],
            unknown=counts["unknown"], na=counts["not_offered"]))

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.state.scenario.name} — {APP_TITLE}")

    # ------------------------------------------------------------------ actions
    def _set_currency(self, currency: str) -> None:
        self.pricing.currency.setCurrentIndex(self.pricing.currency.findData(currency))
        self._sync_actions(self.state.scenario)

    def _focus_search(self) -> None:
        self.picker.search.setFocus()
        self.picker.search.selectAll()

    def copy_table(self) -> None:
        QGuiApplication.clipboard().setText(table_as_tsv(self.results.proxy))
        self.statusBar().showMessage(tr("Table copied: paste it into a spreadsheet."), 4000)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .. import __version__

        QMessageBox.about(self, tr("About LLM Cost Calculator"), tr(
            "<b>LLM Cost Calculator</b> {version}<br>Monthly LLM API spend across vendors, "
            "before and after the May 2024 price cuts.<br>Prices checked {date}; every price "
            "shows its source in the table's tooltips.").format(
            version=__version__, date=self.state.catalog.checked_date.isoformat()))

    # ------------------------------------------------------------------ session
    def _restore_geometry(self) -> None:
        geometry = session.window_value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = session.window_value("state")
        if state is not None:
            self.restoreState(state)
        for name, splitter in self._splitters().items():
            value = session.window_value(f"splitter_{name}")
            if value is not None:
                splitter.restoreState(value)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"left": self.left, "results": self.results.splitter}

    def save_session(self) -> None:
        session.save_session(self.state.scenario, self.saveGeometry(), self.saveState(),
                             {k: v.saveState() for k, v in self._splitters().items()})

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_session()
        event.accept()

