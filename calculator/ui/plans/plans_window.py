"""The plan views in one window beside the main one: plan A beside plan B, month by month,
self-hosting break-even, and commitments. They follow the state's results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine.errors import EngineError
from ...engine.evaluate import Evaluation, evaluate
from ...formats.scenario_file import read_document
from ...formats.scenario_prices import with_records
from ...reports.decision_memo import Memo
from ..dialogs import Dialogs
from ..i18n import translate
from ..state import AppState
from .commitments_view import CommitmentsView
from .compare_view import CompareView
from .memo_export import write_memo
from .month_table import MonthTableModel
from .self_hosting_view import SelfHostingView

#: What a window manager adds around the window (title bar, borders), in pixels.
FRAME = (16, 40)

VIEWS = ("compare", "months", "self_hosting", "commitments")
MEMO_FILTER = "PDF (*.pdf);;PNG (*.png);;CSV (*.csv)"


class MonthsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.cumulative = QCheckBox(self)
        self.model = MonthTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.cumulative)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.cumulative.toggled.connect(lambda _on: self.refresh())
        self.evaluation: Evaluation | None = None
        self.units = "plain"
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.cumulative.setText(translate("Plans", "Cumulative"))
        self.refresh()

    def show_for(self, evaluation: Evaluation, units: str = "plain") -> None:
        self.evaluation, self.units = evaluation, units
        self.refresh()

    def refresh(self) -> None:
        ev = self.evaluation
        if ev is None:
            return
        labels = [str(n) for n in ev.comparison.arrays["model_name"]]
        self.model.set_data(ev.projection, ev.budget, labels, self.units,
                            self.cumulative.isChecked(),
                            [str(s) for s in ev.comparison.arrays["current_status"]])
        budget = ev.budget.budget if ev.budget is not None else None
        if budget is None:
            self.intro.setText(translate("Plans", "Spend per month at current prices, each row "
                                                  "with its own growth. Set a monthly budget "
                                                  "in the Plans tab to see when each passes "
                                                  "it."))
        else:
            from ...reports.formatting import format_money

            self.intro.setText(translate(
                "Plans", "Spend per month at current prices against a budget of {budget} a "
                         "month; months above it are shaded, the first one darker.").format(
                budget=format_money(budget, ev.comparison.currency)))


class PlansWindow(QDialog):
    """Non-modal; :meth:`show_view` brings a view to the front."""

    def __init__(self, state: AppState, offers, version: str, parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("PlansWindow")
        self.state = state
        self.offers = offers  # () -> list of Commitment
        self.version = version
        self.tabs = QTabWidget(self)
        self.compare = CompareView(self._open_scenario, self._export_memo, self)
        self.months = MonthsView(self)
        self.self_hosting = SelfHostingView(self)
        self.commitments = CommitmentsView(self)
        self.commitments.add_button.clicked.connect(self._add_offers)
        for view in (self.compare, self.months, self.self_hosting, self.commitments):
            self.tabs.addTab(view, "")
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        state.sig_results_changed.connect(lambda _ev: self.refresh())
        self.resize(1100, 800)  # made to fit the screen when shown (show_view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("Plans", "Plans, budget and commitments"))
        for i, text in enumerate((translate("Plans", "Plan A beside plan B"),
                                  translate("Plans", "Month by month"),
                                  translate("Plans", "Self-hosting"),
                                  translate("Plans", "Packs and plans"))):
            self.tabs.setTabText(i, text)
        self.close_button.setText(translate("Plans", "Close"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            for view in (self.compare, self.months, self.self_hosting, self.commitments):
                view.retranslate_ui()
            self.refresh()
        super().changeEvent(event)

    def show_view(self, key: str) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(key))
        if not self.isVisible():
            self.fit_to_screen()
        self.show()
        self.raise_()
        self.activateWindow()
        self.refresh()

    def fit_to_screen(self) -> None:
        """No taller or wider than the screen's free area, frame included: at 1366×768
        the window's 800 pixels hid its Close button and the month table."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        width = min(self.width(), free.width() - FRAME[0])
        height = min(self.height(), free.height() - FRAME[1])
        # (Qt places a dialog over its parent and inside the free area when it shows)
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    def refresh(self) -> None:
        """Give the visible view the latest results (the others catch up when shown)."""
        ev = self.state.results
        if ev is None or not self.isVisible():
            return
        units = self.state.view.locale.money_units
        key = VIEWS[self.tabs.currentIndex()]
        if key == "compare":
            self.compare.set_current(ev, units, self.state.view.locale)
        elif key == "months":
            self.months.show_for(ev, units)
        elif key == "self_hosting":
            self.self_hosting.show_for(ev, units)
        else:
            self.commitments.show_for(ev, self.state.catalog, self.state.discounts,
                                      self.offers(), units)

    # ------------------------------------------------------------------ files
    def _open_scenario(self) -> Evaluation | None:
        path = Dialogs.open_file(self, str(Path.home()),
                                 translate("Plans", "Compare with a scenario file"))
        if not path:
            return None
        try:
            document = read_document(path)
            catalog = with_records(self.state.base_catalog, document.prices)
            return evaluate(document.scenario, catalog, self.state.default_fx,
                            self.state.discounts)
        except EngineError as err:
            Dialogs.error(self, translate("Plans", "Cannot compare with this scenario"),
                          str(err))
            return None

    def _export_memo(self, memo: Memo, cumulative: bool) -> None:
        stem = "".join(ch if ch.isalnum() else "-" for ch in memo.title).strip("-")[:60]
        path = Dialogs.save_file(self, str(Path.home() / f"{stem or 'plans'}.pdf"),
                                 translate("Plans", "Export for a memo"), MEMO_FILTER)
        if not path:
            return
        if Path(path).suffix.lower() not in (".pdf", ".png", ".csv"):
            path = f"{path}.pdf"
        try:
            write_memo(memo, path, self.version, cumulative)
        except (OSError, ValueError) as err:
            Dialogs.error(self, translate("Plans", "Cannot export"), str(err))

    def _add_offers(self) -> None:
        from ...formats.commitments_csv import read_commitments
        from ...userfiles.plan_store import PlanStore

        path = Dialogs.open_file(self, str(Path.home()),
                                 translate("Plans", "Add offers from a CSV file"),
                                 "CSV (*.csv)")
        if not path:
            return
        try:
            offers = read_commitments(path)
            store = PlanStore()
            for offer in offers:
                store.save_commitment(offer)
        except (EngineError, OSError) as err:
            Dialogs.error(self, translate("Plans", "Cannot add these offers"), str(err))
            return
        self.refresh()
