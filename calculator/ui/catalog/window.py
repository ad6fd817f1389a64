"""Prices and sources: every model's dated prices, where each comes from, and the
user's own layer (added prices and models, imports), and the open scenario's discounts.

Non-modal. Every change is written through :class:`CatalogStore` (atomic writes);
the window then emits ``sig_catalog_changed`` and whoever owns it reloads the
catalog and calls :meth:`CatalogWindow.set_catalog`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine import Catalog, CatalogError
from ...engine.discounts import Discount
from ...formats.catalog_reader import TIER_COLUMN
from ...userfiles.store import CatalogStore
from ..dialogs import Dialogs
from ..i18n import translate
from ..styles import styled
from .discounts_panel import DiscountsPanel
from .history_pane import PriceHistoryPane
from .model_list import CatalogList
from .panels import ImportsPanel
from .price_form import PriceForm
from .price_text import date_text, vendor_text


class CatalogWindow(QDialog):
    sig_catalog_changed = Signal()
    """Something was written: reload the catalog (and call :meth:`set_catalog`)."""
    sig_import_requested = Signal()
    sig_model_added = Signal(str)
    """The user added a model of their own (after ``sig_catalog_changed``)."""
    sig_discounts_changed = Signal(object)
    """The scenario's discounts as edited here (a tuple of :class:`Discount`)."""

    def __init__(self, store: CatalogStore, catalog: Catalog,
                 discounts: tuple[Discount, ...] = (), language: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CatalogWindow")
        self.setModal(False)
        self.store, self.catalog, self.language = store, catalog, language
        self.discounts: tuple[Discount, ...] = tuple(discounts)
        self.price_form: PriceForm | None = None
        self._imports_key: tuple | None = None
        self.models = CatalogList(self)
        self.search, self.vendor, self.status = (self.models.search, self.models.vendor,
                                                 self.models.status)
        self.add_model_button = QPushButton(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.models, 1)
        left_layout.addWidget(self.add_model_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.pane = PriceHistoryPane(self)
        pane = self.pane
        self.model_header, self.history, self.history_model = (pane.model_header, pane.history,
                                                               pane.history_model)
        self.details, self.add_price_button, self.remove_button = (
            pane.details, pane.add_price_button, pane.remove_button)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(self.pane)
        self.split.setSizes([340, 900])
        self.split.setChildrenCollapsible(False)

        self.imports = ImportsPanel(self)
        self.discount_panel = DiscountsPanel(self)
        self.tabs = QTabWidget(self)
        prices_page = QWidget(self)
        QVBoxLayout(prices_page).addWidget(self.split)
        self.tabs.addTab(prices_page, "")
        self.tabs.addTab(self.imports, "")
        self.tabs.addTab(self.discount_panel, "")
        self.problems = QLabel(self)
        self.problems.setObjectName("notice")
        self.problems.setWordWrap(True)
        styled(self.problems, error=True)
        self.problems.hide()
        self.restore_button = QPushButton(self)
        self.close_button = QPushButton(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

        self.models.sig_model_selected.connect(self._show_model)
        self.add_price_button.clicked.connect(self.add_price)
        self.add_model_button.clicked.connect(self.add_model)
        self.remove_button.clicked.connect(self.remove_record)
        self.imports.sig_remove.connect(self.remove_import)
        self.imports.sig_import.connect(self.sig_import_requested)
        self.discount_panel.sig_discounts_changed.connect(self._discounts_edited)
        self.restore_button.clicked.connect(self.restore_shipped)
        self.close_button.clicked.connect(self.close)
        self.retranslate_ui()
        self.set_catalog(catalog)
        self.resize(1260, 680)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("CatalogWindow", "Prices and sources"))
        self.tabs.setTabText(0, translate("CatalogWindow", "Prices"))
        self.tabs.setTabText(1, translate("CatalogWindow", "Imports"))
        self.tabs.setTabText(2, translate("CatalogWindow", "Discounts"))
        self.add_model_button.setText(translate("CatalogWindow", "Add model…"))
        self.add_model_button.setToolTip(translate(
            "CatalogWindow", "A model the catalog does not ship: a private deployment or "
                             "another vendor"))
        self.restore_button.setText(translate("CatalogWindow", "Restore shipped prices…"))
        self.restore_button.setToolTip(translate(
            "CatalogWindow", "Remove every import and your own prices and models"))
        self.close_button.setText(translate("CatalogWindow", "Close"))
        self.models.retranslate_ui()
        self.imports.retranslate_ui()
        self.discount_panel.retranslate_ui()
        self.pane.retranslate_ui()
        self._show_model(self.selected_model())

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ showing
    def set_catalog(self, catalog: Catalog, problems: Iterable[str] = ()) -> None:
        """Show a (reloaded) catalog; the selected model stays selected when it still exists."""
        self.catalog = catalog
        self.models.set_catalog(catalog, self.language)
        models = catalog.models
        vendor_cn = models["vendor_cn"].where(models["vendor_cn"].notna(), "")
        counts = models.groupby("vendor", sort=False).size()
        names = vendor_cn.groupby(models["vendor"], sort=False).first()
        vendors = sorted(((v, str(names[v]), int(counts[v])) for v in counts.index),
                         key=lambda item: vendor_text(item[0], item[1], self.language).casefold())
        names = models["model_name"].where(models["model_name"].notna(), "")
        self.discount_panel.set_catalog(
            vendors, [(m, str(names[m]) or m) for m in models.index], self.language)
        self._refresh_imports()
        problems = list(problems)
        self.problems.setText(translate("CatalogWindow", "Some of your price files were left "
                                                         "out: {problems}").format(
            problems="; ".join(problems)) if problems else "")
        self.problems.setVisible(bool(problems))
        self.restore_button.setEnabled(self.store.has_changes())
        self._show_model(self.selected_model())

    def _refresh_imports(self) -> None:
        """Re-read the import files only when they changed (a big import takes a while)."""
        try:
            files = [p for p in self.store.user_files() if p != self.store.user_file]
            key = tuple((p, p.stat().st_mtime_ns) for p in files)
        except OSError:
            key = None
        if key is not None and key == self._imports_key:
            return
        self._imports_key = key
        try:
            self.imports.set_imports(self.store.imports())
        except OSError:
            self.imports.set_imports([])

    def set_language(self, language: str) -> None:
        self.language = language
        self.set_catalog(self.catalog)

    def set_scenario(self, discounts: tuple[Discount, ...], baseline: dt.date,
                     current: dt.date) -> None:
        """The open scenario's discounts (shown in the Discounts tab and the history)."""
        changed = tuple(discounts) != self.discounts
        self.discounts = tuple(discounts)
        self.discount_panel.set_scenario(self.discounts, baseline, current)
        if changed:
            self._show_model(self.selected_model())

    def _discounts_edited(self, discounts: tuple[Discount, ...]) -> None:
        self.discounts = tuple(discounts)
        self.sig_discounts_changed.emit(self.discounts)
        self._show_model(self.selected_model())

    def selected_model(self) -> str | None:
        return self.models.selected()

    def select_model(self, model_id: str) -> bool:
        return self.models.select(model_id)

    def _show_model(self, model_id: str | None) -> None:
        self.pane.show_model(self.catalog, model_id, self.discounts, self.language)

    def selected_row(self) -> int | None:
        return self.pane.selected_row()

    # ------------------------------------------------------------------ changes
    def add_price(self) -> PriceForm | None:
        model_id = self.selected_model()
        if model_id is None or model_id not in self.catalog:
            return None
        return self._open_form(model_id)

    def add_model(self) -> PriceForm:
        return self._open_form(None)

    def _open_form(self, model_id: str | None) -> PriceForm:
        if self.price_form is not None and not self.price_form.isVisible():
            self.price_form.deleteLater()
        form = PriceForm(self.store, self.catalog, model_id, self.language, self)
        form.sig_saved.connect(lambda record, new=form.new_model: self._saved(record, new))
        self.price_form = form
        form.open()
        return form

    def _saved(self, record: pd.DataFrame, new_model: bool) -> None:
        model_id = str(record["model_id"].iloc[0])
        self.sig_catalog_changed.emit()
        self.select_model(model_id)
        if new_model:
            self.sig_model_added.emit(model_id)

    def remove_record(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        key = self.history_model.key(row)
        if key.origin != "yours":
            return False
        title = translate("CatalogWindow", "Remove your price")
        if key.above_input_tokens == 0 and self._has_own_tiers(key.model_id):
            Dialogs.error(self, title, translate(
                "CatalogWindow", "Remove your context-tier prices of {model} first: they need "
                                 "a price for every request.").format(model=key.model_id))
            return False
        if not Dialogs.confirm(self, title, translate(
                "CatalogWindow", "Remove your price of {model} effective {date}?").format(
                model=key.model_id, date=date_text(key.effective_from))):
            return False
        return self._write(title, lambda: self.store.remove_user_record(
            key.model_id, key.effective_from.date(), key.above_input_tokens))

    def _has_own_tiers(self, model_id: str) -> bool:
        try:
            own = self.store.user_records()
        except CatalogError:
            return False
        if own.empty:
            return False
        mine = own[own["model_id"] == model_id]
        return bool((mine[TIER_COLUMN] > 0).any()) and int((mine[TIER_COLUMN] == 0).sum()) <= 1

    def remove_import(self, path: str | Path) -> bool:
        path = Path(path)
        title = translate("CatalogWindow", "Remove import")
        if not Dialogs.confirm(self, title, translate(
                "CatalogWindow", "Remove the import “{name}” and every price it brought?").format(
                name=path.stem)):
            return False
        return self._write(title, lambda: self.store.remove_import(path))

    def restore_shipped(self) -> bool:
        title = translate("CatalogWindow", "Restore shipped prices")
        if not Dialogs.confirm(self, title, translate(
                "CatalogWindow", "Remove every import and your own prices and models? The "
                                 "shipped prices stay; discounts belong to the scenario and "
                                 "stay too.")):
            return False
        return self._write(title, self.store.restore_shipped)

    def _write(self, title: str, change: Callable[[], object]) -> bool:
        try:
            change()
        except (OSError, CatalogError) as err:
            Dialogs.error(self, title, translate(
                "CatalogWindow", "Nothing was changed: {reason}").format(
                reason=getattr(err, "strerror", None) or str(err)))
            self.sig_catalog_changed.emit()  # show what is on disk
            return False
        self.sig_catalog_changed.emit()
        return True

