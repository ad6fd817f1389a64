"""The main window: workload and price inputs, model picker, table and charts.

``MainWindow()`` needs no arguments: it loads the shipped catalog and restores
the last session. Widgets talk to one :class:`AppState`; nothing here prices.
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..engine import Catalog, FxRate, FxTable
from ..engine.evaluate import Evaluation
from ..engine.presets import PRESETS, first_scenario
from ..engine.scenario import HISTORY_PRICES, Scenario
from ..reports.i18n import note_text
from ..reports.locale import Locale
from ..reports.price_age import price_age_text
from ..reports.vocabulary import status_counts_text
from ..userfiles.loading import fx_rates, load_user_catalog
from . import settings as session
from .catalog.actions import CatalogActions
from .documents import DocumentController
from .export_actions import ExportActions
from .i18n import translate
from .language import (
    chinese_units_enabled,
    current_language,
    install_language,
    save_chinese_units,
    save_language,
)
from .menus import MenuBar
from .results_view import ResultsView
from .state import AppState
from .table_text import mime_data, table_copy
from .widgets.pricing_panel import PricingPanel
from .widgets.scenario_panel import ScenarioPanel
from .widgets.workload_panel import WorkloadPanel

if TYPE_CHECKING:  # built when their tab is first opened, not at start-up
    from .plans.plans_panel import PlansPanel
    from .widgets.billing_panel import BillingPanel
    from .widgets.model_picker import ModelPicker

log = logging.getLogger(__name__)


#: The window's size on a first start, where the screen leaves room for it.
PREFERRED_SIZE = (1366, 768)
#: Frame assumed before the window manager has framed the window (borders, title bar).
FRAME_ALLOWANCE = (16, 40)


class MainWindow(QMainWindow):
    def __init__(self, catalog: Catalog | None = None, fx: FxRate | FxTable | None = None,
                 scenario: Scenario | None = None, restore: bool = True):
        super().__init__()
        self.setObjectName("MainWindow")
        problems: list[str] = []
        legacy: dict[str, float] = {}
        if catalog is None:
            loaded = load_user_catalog(cache_shipped=True)  # start: read, not validated again
            catalog, problems, legacy = loaded.catalog, loaded.problems, loaded.discounts
            for problem in problems:  # named on stderr (and the log) and in the notice below
                log.warning("left out: %s", " ".join(problem.split()))
        fx = fx or fx_rates()
        restored = session.load_last_session() if restore and scenario is None else None
        # a first start (nothing to restore) opens on the "Today" preset
        scenario = (scenario or (restored.scenario if restored else None)
                    or first_scenario(dt.date.today()))
        if legacy:
            scenario = adopt_vendor_discounts(scenario, legacy)
        self.state = AppState(catalog, fx, scenario, self)
        if restored is not None:
            self.state.set_scenario_prices(restored.prices)
        self.state.set_catalog_problems(problems)
        self.documents = DocumentController(
            self.state, self, restored.path if restored else None,
            restored.saved if restored else None)
        self.exports = ExportActions(
            self.state, self, lambda text: self.statusBar().showMessage(text, 6000),
            lambda: self.locale)

        self.scenario_panel = ScenarioPanel(self.state)
        self.workload = WorkloadPanel(self.state)
        self.pricing = PricingPanel(self.state)
        self._plans_window = None
        # The Models, Billing and Plans tabs are built when first opened (``picker``,
        # ``billing``, ``plans_panel``): the first paint does not wait for them (a
        # picker of 10,000 imported models took 0.2 s).
        self._picker: ModelPicker | None = None
        self._billing: BillingPanel | None = None
        self._plans_panel: PlansPanel | None = None
        inputs = QWidget()
        inputs_layout = QVBoxLayout(inputs)
        inputs_layout.setContentsMargins(4, 4, 4, 4)
        inputs_layout.addWidget(self.scenario_panel)
        inputs_layout.addWidget(self.workload)
        inputs_layout.addWidget(self.pricing)
        inputs_layout.addStretch(1)
        # Inputs, billing details and the model list in tabs: each gets the dock's height.
        self.left = QTabWidget()
        self.left.setDocumentMode(True)
        self.left.addTab(_scrolled(inputs), "")
        self.picker_page = QWidget()
        QVBoxLayout(self.picker_page).setContentsMargins(0, 0, 0, 0)
        self.left.addTab(self.picker_page, "")
        self.billing_scroll = _scrolled()
        self.left.addTab(self.billing_scroll, "")
        # scrolled: the plans panel never sets the window's minimum height
        self.plans_scroll = _scrolled()
        self.left.addTab(self.plans_scroll, "")
        self.left.currentChanged.connect(self._on_left_tab)
        self.dock = QDockWidget(self)
        self.dock.setObjectName("inputsDock")
        self.dock.setWidget(self.left)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
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

        self.catalog_actions = CatalogActions(self)
        self._build_actions()
        self._connect()
        self.state.set_locale(Locale(current_language(),
                                     chinese_units_enabled() if restore else True))
        self._apply_language()
        self.retranslate_ui()
        self._on_fields(frozenset({"currency", "chart"}))
        self.results.show_view(self.state.view)  # problems found while loading
        self.resize(*PREFERRED_SIZE)
        if not (restore and self._restore_geometry()):
            self._center_on_screen()
        self.fit_to_screen()
        self._fitted_shown = False
        self._set_tab_order()
        self.state.recompute_now()
        if restore:
            QTimer.singleShot(0, self.documents.offer_recovery)

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
        docs, exports = self.documents, self.exports
        handlers = {
            "new": docs.new, "open": self._open, "save": docs.save,
            "save_as": docs.save_as, "quit": self.close,
            **{f"export_{key}": partial(exports.export, key)
               for key in ("png", "png2x", "svg", "csv", "xlsx", "html", "pdf", "all")},
            "import_prices": self._import_prices,
            "update_prices": self._update_prices,
            "prices_and_sources": self._prices_and_sources,
            "plans": partial(self.show_plan_view, "months"),
            "compare_plans": partial(self.show_plan_view, "compare"),
            "projection_baseline": self.state.set_projection_baseline,
            "undo": self.state.undo_stack.undo, "redo": self.state.undo_stack.redo,
            "copy_table": self.copy_table, "copy_chart": self.copy_chart,
            "select_all_models": lambda: self.picker.select_shown(),
            "clear_models": lambda: self.picker.clear_shown(),
            "find_model": self._focus_search,
            **{f"preset_{item.key}": partial(self.state.apply_preset, item.key)
               for item in PRESETS},
            "currency_cny": partial(self.state.set_currency, "CNY"),
            "currency_usd": partial(self.state.set_currency, "USD"),
            **{f"chart_{spec.key}": partial(self.results.show_chart, spec.key)
               for spec in self.results.specs},
            "history_log": self.state.set_history_log,
            "charts_hide_missing": self.state.set_hide_missing,
            "spend_parts": self.state.set_spend_parts,
            "export_chart": self._export_chart,
            **{f"history_{key}": partial(self.state.set_history_price, key)
               for key in HISTORY_PRICES},
            "lang_en": partial(self.set_language, "en"),
            "lang_zh_CN": partial(self.set_language, "zh_CN"),
            "cn_units": self.set_chinese_units,
            "about": self._about,
        }
        self.menu_bar = MenuBar(self, handlers, docs.recent, docs.open)
        # In the table, Ctrl+C copies the selected rows as the spreadsheet copy does
        # (Qt's own copies one cell as shown); Ctrl+A selects every row.
        copy_rows = QAction(self.results.table)
        copy_rows.setObjectName("action_copy_rows")
        copy_rows.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy_rows.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_rows.triggered.connect(self._copy_selected_rows)
        self.results.table.addAction(copy_rows)
        self.menus = self.menu_bar.menus
        self.menus["view"].addSeparator()
        self.menus["view"].addMenu(self.results.columns.menu)
        self.actions = self.menu_bar.actions
        stack = self.state.undo_stack
        self.actions["undo"].setEnabled(stack.canUndo())
        self.actions["redo"].setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.actions["undo"].setEnabled)
        stack.canRedoChanged.connect(self.actions["redo"].setEnabled)

    def _set_tab_order(self) -> None:
        """Tab moves through the panels in reading order: workload, prices, billing, models
        (those two once built), results."""
        w, p, m, b = self.workload, self.pricing, self._picker, self._billing
        billing = [] if b is None else [
            b.cache_write, b.cache_ttl, b.reasoning, b.searches, b.sizes, b.batch, b.tier,
            b.prices, b.traffic, b.edit_traffic, b.timezone, b.month, b.off_peak]
        models = [] if m is None else [m.search, m.tier, m.tree, m.all_button, m.none_button]
        chain = [self.scenario_panel.name, self.scenario_panel.notes, w.mode,
                 *(f.edit for f in w.fields.values()), w.days, w.cached, w.growth,
                 w.horizon, p.preset, p.baseline, p.current, p.currency, p.fx, p.fx_reset,
                 p.reference, *billing, *models, self.results.table, self.results.tabs]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ tabs built late
    @property
    def picker(self) -> ModelPicker:
        """The Models tab's picker, built when the tab is first opened (or asked for); it
        ticks the state's models from the start."""
        if self._picker is None:
            from .widgets.model_picker import ModelPicker

            self._picker = ModelPicker(self.state)
            self.picker_page.layout().addWidget(self._picker)
            self._picker.show()  # now, not on the next event loop pass (a page shown empty)
            self._set_tab_order()
        return self._picker

    @property
    def billing(self) -> BillingPanel:
        """The Billing tab's panel, built when the tab is first opened (or asked for); it
        shows the state's values from the start."""
        if self._billing is None:
            from .widgets.billing_panel import BillingPanel

            self._billing = BillingPanel(self.state)
            inner = QWidget()
            layout = QVBoxLayout(inner)
            layout.setContentsMargins(4, 4, 4, 4)
            layout.addWidget(self._billing)
            layout.addStretch(1)
            self.billing_scroll.setWidget(inner)
            self._set_tab_order()
        return self._billing

    @property
    def plans_panel(self) -> PlansPanel:
        """The Plans tab's panel, built when the tab is first opened (or asked for)."""
        if self._plans_panel is None:
            from .plans.plans_panel import PlansPanel

            self._plans_panel = PlansPanel(self.state, self.show_plan_view, _gpu_presets,
                                           _save_gpu_preset)
            self.plans_scroll.setWidget(self._plans_panel)
        return self._plans_panel

    def _on_left_tab(self, index: int) -> None:
        page = self.left.widget(index)
        if page is self.picker_page:
            self.picker  # noqa: B018 (builds the tab)
        elif page is self.billing_scroll:
            self.billing  # noqa: B018 (builds the tab)
        elif page is self.plans_scroll:
            self.plans_panel  # noqa: B018 (builds the tab)

    def _connect(self) -> None:
        s = self.state
        s.sig_results_changed.connect(self.results.show_results)
        s.sig_results_changed.connect(self._on_results)
        s.sig_view_changed.connect(self.results.show_view)
        s.sig_view_changed.connect(self._on_view)
        s.sig_fields_changed.connect(self._on_fields)
        s.sig_catalog_changed.connect(self._on_catalog_changed)
        self.documents.sig_changed.connect(self._update_title)
        self.results.table.doubleClicked.connect(self.catalog_actions.on_table_double_clicked)
        self.results.sig_copy_chart.connect(self.exports.copy_chart)
        self.results.sig_export_chart.connect(self._export_chart)
        self.results.sig_chart_option.connect(self._chart_option)

    def retranslate_ui(self) -> None:
        self.menu_bar.retranslate()
        self.dock.setWindowTitle(translate("MainWindow", "Inputs"))
        self.left.setTabText(0, translate("MainWindow", "Workload and prices"))
        self.left.setTabText(self.left.indexOf(self.billing_scroll),
                             translate("MainWindow", "Billing"))
        self.left.setTabText(self.left.indexOf(self.plans_scroll),
                             translate("MainWindow", "Plans"))
        self._update_model_count()
        self._update_title()
        self._update_status()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ language
    @property
    def locale(self) -> Locale:
        """Interface language, name language and money units (the state's view)."""
        return self.state.view.locale

    @property
    def language(self) -> str:
        return self.locale.language

    @property
    def chinese_units(self) -> bool:
        return self.locale.chinese_units

    @property
    def catalog_problems(self) -> list[str]:
        return list(self.state.view.catalog_problems)

    def set_language(self, language: str, save: bool = True) -> None:
        """Switch the interface language now (no restart) and remember it."""
        language = install_language(language)
        # Deliver the LanguageChange events now, so every widget is retranslated on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if save:
            save_language(language)
        self.state.set_locale(Locale(language, self.chinese_units))
        self._apply_language()

    def set_chinese_units(self, enabled: bool) -> None:
        save_chinese_units(bool(enabled))
        self.state.set_locale(Locale(self.language, bool(enabled)))
        self._apply_language()

    def _apply_language(self) -> None:
        """The language menu entries (panels follow the state's locale themselves)."""
        self.actions["lang_en"].setChecked(self.language == "en")
        self.actions["lang_zh_CN"].setChecked(self.language == "zh_CN")
        self.actions["cn_units"].setChecked(self.chinese_units)
        self.actions["cn_units"].setEnabled(self.language == "zh_CN")
        self._update_status()

    # ------------------------------------------------------------------ state -> window
    def _on_fields(self, changed: frozenset[str]) -> None:
        """Menu entries that show scenario values, the title and the model count."""
        scenario = self.state.scenario
        if "currency" in changed:
            self.actions["currency_cny"].setChecked(scenario.currency == "CNY")
            self.actions["currency_usd"].setChecked(scenario.currency == "USD")
        if "chart" in changed:
            self.actions["history_log"].setChecked(scenario.chart.history_log)
            self.actions["projection_baseline"].setChecked(scenario.chart.projection_baseline)
            self.actions["charts_hide_missing"].setChecked(scenario.chart.hide_missing)
            self.actions["spend_parts"].setChecked(scenario.chart.spend_parts)
            for key in HISTORY_PRICES:
                self.actions[f"history_{key}"].setChecked(scenario.chart.history_price == key)
        if "name" in changed:
            self._update_title()
        if "models" in changed:
            self._update_model_count()

    def _on_view(self, view) -> None:
        for key, action in self.actions.items():
            if key.startswith("export_") or key in ("copy_table", "copy_chart"):
                action.setEnabled(view.can_export)

    def _update_model_count(self) -> None:
        text = translate("MainWindow", "Models ({n})").format(n=len(self.state.scenario.models))
        index = self.left.indexOf(self.picker_page)
        if self.left.tabText(index) != text:  # setting the same text still relayouts the dock
            self.left.setTabText(index, text)

    def _on_catalog_changed(self, catalog) -> None:
        self._update_status()

    def _on_results(self, evaluation: Evaluation) -> None:
        self._update_status()

    def _update_status(self) -> None:
        state = self.state
        catalog = state.catalog
        self.status_prices.setText(price_age_text(
            catalog.newest_price_date, catalog.sources, self.locale.date))
        ev = state.results
        if ev is None:
            return
        fx = ev.comparison.fx
        self.status_fx.setText(
            translate("MainWindow", "1 USD = {rate:g} CNY").format(rate=fx.cny_per_usd))
        self.status_fx.setToolTip(fx.describe())
        self.status_counts.setText(translate("MainWindow", "{n} models: {counts}").format(
            n=ev.comparison.model_count,
            counts=status_counts_text(ev.comparison.status_counts("current"))))

    def _update_title(self) -> None:
        name = self.documents.display_name() or translate("MainWindow", "Untitled scenario")
        self.setWindowTitle(translate("MainWindow", "{name}[*] — LLM Cost Calculator").format(
            name=name))
        self.setWindowModified(self.documents.dirty)

    # ------------------------------------------------------------------ actions
    def _open(self) -> None:
        self.documents.open()

    def _import_prices(self) -> None:
        self.catalog_actions.import_prices()

    def _update_prices(self) -> None:
        self.catalog_actions.update_prices()

    def _prices_and_sources(self) -> None:
        self.catalog_actions.open_catalog()

    @property
    def plans_window(self):
        """The plan views' window (built when first shown)."""
        if self._plans_window is None:
            from .. import __version__
            from .plans.plans_window import PlansWindow

            self._plans_window = PlansWindow(self.state, _offers, __version__, self)
        return self._plans_window

    def show_plan_view(self, key: str) -> None:
        """Open the plan views on ``key``: compare, months, self_hosting or commitments."""
        self.plans_window.show_view(key)

    def _export_chart(self, key: str | None = None) -> None:
        """File > Export > This chart…, or a chart's right-click menu: one file, named by
        the user."""
        self.exports.export_chart(key if isinstance(key, str) else
                                  self.results.current_chart_key())

    def _chart_option(self, key: str, on: bool) -> None:
        """A chart's right-click menu turned a chart option on or off: the View menu's
        entry of that key does it (one undoable edit)."""
        action = self.actions[key]
        if action.isChecked() != on:
            action.trigger()

    def copy_chart(self) -> None:
        self.exports.copy_chart(self.results.current_chart_key())

    def _focus_search(self) -> None:
        self.picker.search.setFocus()
        self.picker.search.selectAll()

    def _copy_selected_rows(self) -> None:
        self.copy_table(selection_only=True)

    def copy_table(self, selection_only: bool = False) -> None:
        """Put the table (or, with ``selection_only``, the selected rows) on the clipboard
        as plain numbers with model ids, in text and HTML (see ``table_text``)."""
        view = self.results.table
        columns = [c for c in range(self.results.proxy.columnCount())
                   if not view.isColumnHidden(c)]
        rows = None
        if selection_only:
            rows = sorted({index.row() for index in view.selectionModel().selectedIndexes()})
            if not rows and view.currentIndex().isValid():
                rows = [view.currentIndex().row()]
        ev = self.state.results
        notes = []
        if ev is not None:
            from ..reports.summary import comparison_text, scenario_title, workload_text

            notes = [f"{scenario_title(ev)}: {workload_text(ev, self.locale)}",
                     comparison_text(ev, self.locale)]
            notes += [note_text(note) for note in ev.notes]
        copied = table_copy(self.results.proxy, columns, rows, notes)
        QGuiApplication.clipboard().setMimeData(mime_data(copied))
        self.statusBar().showMessage(translate(
            "MainWindow", "{n} rows copied with model ids and plain numbers: paste them into "
                          "a spreadsheet.").format(n=len(copied.rows)), 4000)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .. import __version__

        QMessageBox.about(self, translate("MainWindow", "About LLM Cost Calculator"), translate(
            "MainWindow",
            "<b>LLM Cost Calculator</b> {version}<br>Monthly LLM API spend across vendors, "
            "before and after the May 2024 price cuts.<br>{age}; every price "
            "shows its source and the date it took effect in the table's tooltips.").format(
            version=__version__, age=price_age_text(self.state.catalog.newest_price_date,
                                                    self.state.catalog.sources)))

    # ------------------------------------------------------------------ session
    def _restore_geometry(self) -> bool:
        """The last session's window; False on a first start."""
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
        return geometry is not None

    def _center_on_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        width = min(self.width(), free.width() - FRAME_ALLOWANCE[0])
        height = min(self.height(), free.height() - FRAME_ALLOWANCE[1])
        self.resize(width, height)
        self.move(free.left() + max(0, (free.width() - width - FRAME_ALLOWANCE[0]) // 2),
                  free.top() + max(0, (free.height() - height - FRAME_ALLOWANCE[1]) // 2))

    def _splitters(self) -> dict[str, QSplitter]:
        return {"results": self.results.splitter}

    def save_session(self) -> None:
        session.save_session(self.state.scenario, self.documents.path, self.documents.saved,
                             self.saveGeometry(), self.saveState(),
                             {k: v.saveState() for k, v in self._splitters().items()},
                             self.documents.carried())

    def fit_to_screen(self) -> None:
        """Keep the whole window, frame and status bar included, on the screen it is on:
        smaller than the screen's free area (a 1366×768 laptop with a taskbar), and
        moved inside it (a restored position from a larger or a second screen)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        free = screen.availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        # before the window manager framed the window the frame is unknown: assume a
        # title bar and thin borders, then correct once shown
        extra_w = frame.width() - inner.width() or FRAME_ALLOWANCE[0]
        extra_h = frame.height() - inner.height() or FRAME_ALLOWANCE[1]
        width = min(inner.width(), free.width() - extra_w)
        height = min(inner.height(), free.height() - extra_h)
        if (width, height) != (inner.width(), inner.height()):
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        outer_w, outer_h = self.width() + extra_w, self.height() + extra_h
        x = frame.x() if free.left() <= frame.x() <= free.right() - outer_w + 1 \
            else free.left() + max(0, (free.width() - outer_w) // 2)
        y = frame.y() if free.top() <= frame.y() <= free.bottom() - outer_h + 1 \
            else free.top() + max(0, (free.height() - outer_h) // 2)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._fitted_shown:  # now the frame is known: fit again with it
            self._fitted_shown = True
            QTimer.singleShot(0, self.fit_to_screen)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Untitled work is never lost on close: the session brings it back next time.
        # A scenario with a file asks before its unsaved changes are dropped.
        if self.documents.path is not None:
            if not self.documents.maybe_save():
                event.ignore()
                return
            if self.documents.dirty:  # the user chose to discard the changes
                self.documents.revert_to_saved()
        self.save_session()
        self.documents.close_autosave()
        event.accept()


def _offers() -> list:
    """Shipped commitments with the user's layered over them (problems left out)."""
    from ..userfiles.plan_store import PlanStore

    return PlanStore().commitments().items


def _gpu_presets() -> list:
    from ..userfiles.plan_store import PlanStore

    return PlanStore().gpu_presets().items


def _save_gpu_preset(preset) -> None:
    from ..userfiles.plan_store import PlanStore

    PlanStore().save_preset(preset)


def adopt_vendor_discounts(scenario: Scenario, legacy: dict[str, float]) -> Scenario:
    """Discounts from the per-user file of earlier versions move into the scenario on
    screen (they belong to scenarios now, at every date as before); the file is set
    aside so they are not applied twice."""
    from dataclasses import replace

    from ..engine.discounts import as_discounts
    from ..userfiles.store import CatalogStore

    if not scenario.discounts:
        scenario = replace(scenario, discounts=as_discounts(legacy))
    old = CatalogStore().discounts_file
    try:
        old.replace(old.with_name(old.name + ".moved-to-scenario"))
    except OSError:
        pass
    return scenario


def _scrolled(inner: QWidget | None = None) -> InputsScroll:
    """A scroll area for a tab of the inputs (``inner`` may come later: ``setWidget``)."""
    scroll = InputsScroll()
    if inner is not None:
        scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


class InputsScroll(QScrollArea):
    """The inputs' scroll area: never narrower than the inputs themselves, so neither the
    first layout nor a restored (or dragged) dock width clips them on the right."""

    def minimumSizeHint(self):  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is not None:
            hint.setWidth(max(hint.width(), inner.minimumSizeHint().width()
                              + self.verticalScrollBar().sizeHint().width()
                              + 2 * self.frameWidth()))
        return hint

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.updateGeometry()  # other words, other widths
