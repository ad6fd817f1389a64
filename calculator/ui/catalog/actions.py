"""Glue between the main window and the user's catalog: import, browse and edit prices,
explain a price, and reload the app after any change.

``CatalogActions(window, store=None)``: the store defaults to the user's catalog
folder. Every dialog here is non-blocking (``open()``/``show()``); writes go
through the store, then :meth:`reload` loads the layered catalog and hands it to
``window.state`` (which recomputes and tells the pickers).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QWidget

from ...userfiles.store import CatalogStore, LoadResult
from ..i18n import translate
from ..models.comparison_model import COLUMNS, MODEL_ID_ROLE

if TYPE_CHECKING:  # the dialogs are imported when first opened, not at start-up
    from .import_dialog import ImportDialog
    from .price_info import PriceInfoDialog
    from .update_dialog import UpdateDialog
    from .window import CatalogWindow


def _alive(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    try:
        widget.objectName()
    except RuntimeError:  # the C++ object is gone
        return False
    return True


class CatalogActions(QObject):
    def __init__(self, window, store: CatalogStore | None = None):
        super().__init__(window)
        self.window = window
        self.store = store or CatalogStore(cache_shipped=True)
        self.import_dialog: ImportDialog | None = None
        self.update_dialog: UpdateDialog | None = None
        self.catalog_window: CatalogWindow | None = None
        self.price_info: PriceInfoDialog | None = None
        self.problems: list[str] = []

    @property
    def language(self) -> str:
        return getattr(self.window.results.model, "language", "en") or "en"

    def _status(self, text: str, msecs: int = 8000) -> None:
        self.window.statusBar().showMessage(text, msecs)

    # ------------------------------------------------------------------ import
    def import_prices(self, ask: bool = True) -> ImportDialog:
        """File > Import prices…: the preview dialog, asking for the file right away."""
        if _alive(self.import_dialog) and self.import_dialog.isVisible():
            self.import_dialog.raise_()
            self.import_dialog.activateWindow()
            return self.import_dialog
        if _alive(self.import_dialog):
            self.import_dialog.deleteLater()
        parent = self.catalog_window if (_alive(self.catalog_window)
                                         and self.catalog_window.isVisible()) else self.window
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.store, self.language, parent)
        dialog.sig_imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()
        if ask:
            dialog.choose_file()
        return dialog

    def _imported(self, path: Path) -> None:
        dialog = self.import_dialog
        count = len(dialog.preview.new_records) if _alive(dialog) and dialog.preview else 0
        self.reload()
        self._status(translate("CatalogActions", "Imported {n} price records from {file}.").format(
            n=f"{count:,}", file=dialog.path.name if _alive(dialog) and dialog.path else path.name))
        if _alive(self.catalog_window):
            self.catalog_window.imports.select(path)

    def update_prices(self) -> UpdateDialog:
        """File > Update prices…: download a source's prices, preview, apply."""
        if _alive(self.update_dialog):
            self.update_dialog.show()
            self.update_dialog.raise_()
            self.update_dialog.activateWindow()
            return self.update_dialog
        from .update_dialog import UpdateDialog

        dialog = UpdateDialog(self.store, self.window)
        dialog.sig_imported.connect(self._updated)
        self.update_dialog = dialog
        dialog.open()
        return dialog

    def _updated(self, path: Path) -> None:
        dialog = self.update_dialog
        pending = dialog.pending if _alive(dialog) else None
        count = len(pending.preview.new_records) if pending is not None else 0
        label = pending.result.label if pending is not None else path.stem
        self.reload()
        self._status(translate("CatalogActions", "Imported {n} price records from {file}.").format(
            n=f"{count:,}", file=label))
        if _alive(self.catalog_window):
            self.catalog_window.imports.select(path)

    # ------------------------------------------------------------------ catalog window
    def open_catalog(self) -> CatalogWindow:
        """View > Prices and sources…: non-modal; one window, brought to the front."""
        if _alive(self.catalog_window):
            if not self.catalog_window.isVisible():
                self.reload()  # files may have changed while it was closed
            self.catalog_window.show()
            self.catalog_window.raise_()
            self.catalog_window.activateWindow()
            return self.catalog_window
        result = self.reload()  # what is on disk now (an import from the command line...)
        from .window import CatalogWindow

        state = self.window.state
        window = CatalogWindow(self.store, state.catalog, state.scenario.discounts,
                               self.language, self.window)
        window.set_catalog(state.catalog, result.problems)
        self._show_scenario(state.scenario, window)
        # open on a model the user compares, so the history pane is not empty
        shown = window.models.shown_models()
        compared = set(self.window.state.scenario.models)
        first = next((m for m in shown if m in compared), shown[0] if shown else None)
        if first is not None:
            window.select_model(first)
        window.sig_catalog_changed.connect(self.reload)
        window.sig_import_requested.connect(self.import_prices)
        window.sig_model_added.connect(self._model_added)
        window.sig_discounts_changed.connect(self._discounts_changed)
        state.sig_scenario_edited.connect(self._show_scenario)
        state.sig_scenario_replaced.connect(self._show_scenario)
        self.catalog_window = window
        window.show()
        return window

    def _show_scenario(self, scenario, window=None) -> None:
        window = window or self.catalog_window
        if _alive(window):
            window.set_scenario(scenario.discounts, scenario.baseline_date, scenario.current_date)

    def _discounts_changed(self, discounts) -> None:
        """Discounts edited in the catalog window belong to the scenario."""
        self.window.state.set_discounts(tuple(discounts))

    def _model_added(self, model_id: str) -> None:
        """A new model of the user's is compared at once (and ticked in the picker)."""
        state = self.window.state
        if model_id in state.catalog:
            state.add_model(model_id)  # the picker ticks it: it follows the state

    # ------------------------------------------------------------------ price info
    def on_table_double_clicked(self, index: QModelIndex | QPersistentModelIndex):
        """A double-click on the comparison table: price and cost cells explain themselves."""
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        side = COLUMNS[index.column()].side
        model_id = index.data(MODEL_ID_ROLE)
        if not side or not model_id:
            return None
        return self.show_price_info(model_id, side)

    def show_price_info(self, model_id: str, side: str) -> PriceInfoDialog | None:
        results = self.window.state.results
        if results is None:
            return None
        frame = results.comparison.frame
        rows = frame.index[frame["model_id"] == model_id]
        if not len(rows):
            return None
        row = frame.loc[rows[0]].to_dict()
        if _alive(self.price_info):
            self.price_info.language = self.language
            self.price_info.show_row(row, side, results.comparison)
        else:
            from .price_info import PriceInfoDialog

            self.price_info = PriceInfoDialog(row, side, results.comparison, self.language,
                                              self.window)
        self.price_info.show()
        self.price_info.raise_()
        return self.price_info

    # ------------------------------------------------------------------ reload
    def reload(self) -> LoadResult:
        """Load the layered catalog from disk and hand it to the app."""
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            result = self.store.load()
        finally:
            QApplication.restoreOverrideCursor()
        self.problems = list(result.problems)
        self.window.state.set_catalog_problems(result.problems)
        self.window.state.set_catalog(result.catalog, result.discounts)
        if result.problems:
            self._status(translate("CatalogActions", "Some of your price files were left out: "
                                                     "{problems}").format(
                problems="; ".join(" ".join(p.split()) for p in result.problems)), 20000)
        if _alive(self.catalog_window):
            self.catalog_window.set_catalog(self.window.state.catalog, result.problems)
        return result
