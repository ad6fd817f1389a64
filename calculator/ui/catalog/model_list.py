"""The catalog window's model list: every model with a text, vendor and status filter.

A table model over numpy arrays (a catalog with a full LiteLLM import has
thousands of models); the filter reads the arrays directly.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...engine import Catalog
from ...engine.brands import search_words
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..roles import MODEL_ID_ROLE, SORT_ROLE
from .price_text import AMBER, UNCERTAIN_MARK, origin_text

#: Status filter keys and their labels.
STATUS_FILTERS = (
    ("all", QT_TRANSLATE_NOOP("CatalogWindow", "All models")),
    ("confirmed", QT_TRANSLATE_NOOP("CatalogWindow", "Confirmed prices only")),
    ("uncertain", QT_TRANSLATE_NOOP("CatalogWindow", "With uncertain prices")),
    ("yours", QT_TRANSLATE_NOOP("CatalogWindow", "With your prices")),
    ("imported", QT_TRANSLATE_NOOP("CatalogWindow", "Imported")),
)
HEADERS = (QT_TRANSLATE_NOOP("CatalogWindow", "Model"),
           QT_TRANSLATE_NOOP("CatalogWindow", "Vendor"),
           QT_TRANSLATE_NOOP("CatalogWindow", "Prices"))


class _Models(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.cols: dict[str, np.ndarray] = {"model_id": np.array([], dtype=object)}
        self.records = pd.DataFrame({"model_id": [], "origin": []})

    def set_catalog(self, catalog: Catalog, language: str) -> None:
        models, records = catalog.models, catalog.records
        ids = models.index.to_numpy(dtype=object)
        flags = records.assign(
            uncertain=records["status"].eq("uncertain"), yours=records["origin"].eq("yours"),
            imported=records["origin"].astype(str).str.startswith("import:"),
        ).groupby("model_id", sort=False)[["uncertain", "yours", "imported"]].any()
        flags = flags.reindex(models.index, fill_value=False)
        cn = models["vendor_cn"].where(models["vendor_cn"].notna(), "").astype(str)
        vendor_shown = (np.where(cn != "", cn, models["vendor"]) if language == "zh"
                        else models["vendor"].to_numpy())
        self.beginResetModel()
        self.records = records[["model_id", "origin"]]
        self.cols = {
            "model_id": ids, "name": models["model_name"].astype(str).to_numpy(),
            "vendor": models["vendor"].to_numpy(dtype=object),
            "vendor_shown": np.asarray(vendor_shown, dtype=object),
            "records": models["records"].to_numpy(),
            **{key: flags[key].to_numpy(bool) for key in ("uncertain", "yours", "imported")},
        }
        self.cols["search"] = np.array([
            f"{m} {n} {v} {c} {search_words(v, c)}".casefold() for m, n, v, c in zip(
                ids, self.cols["name"], self.cols["vendor"], cn, strict=True)], dtype=object)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.cols["model_id"])

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("CatalogWindow", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c, cols = index.row(), index.column(), self.cols
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if c == 0:
                name = cols["name"][r]
                return f"{UNCERTAIN_MARK} {name}" if cols["uncertain"][r] and role != SORT_ROLE \
                    else name
            if c == 1:
                return cols["vendor_shown"][r]
            return int(cols["records"][r]) if role == SORT_ROLE else f"{cols['records'][r]:,}"
        if role == MODEL_ID_ROLE:
            return cols["model_id"][r]
        if role == Qt.ItemDataRole.ForegroundRole and c == 0 and cols["uncertain"][r]:
            return AMBER
        if role == Qt.ItemDataRole.FontRole and c == 0 and cols["yours"][r]:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r) if c == 0 else str(cols["vendor"][r])
        if role == Qt.ItemDataRole.TextAlignmentRole and c == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, r: int) -> str:
        model_id = self.cols["model_id"][r]
        origins = pd.unique(self.records.loc[self.records["model_id"] == model_id, "origin"])
        lines = [model_id, translate("CatalogWindow", "Prices: {origins}").format(
            origins=", ".join(origin_text(o) for o in origins))]
        if self.cols["uncertain"][r]:
            lines.append(translate("CatalogWindow", "≈ has uncertain prices"))
        if self.cols["yours"][r]:
            lines.append(translate("CatalogWindow", "Bold: has your own prices"))
        return "\n".join(lines)


@lru_cache(maxsize=1)
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.vendor: str | None = None
        self.status = "all"
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, vendor: str | None, status: str) -> None:
        self.beginFilterChange()
        self.words, self.vendor, self.status = text.casefold().split(), vendor, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802
        cols = self.sourceModel().cols
        if self.vendor is not None and cols["vendor"][row] != self.vendor:
            return False
        status = self.status
        if status == "confirmed" and cols["uncertain"][row]:
            return False
        if status in ("uncertain", "yours", "imported") and not cols[status][row]:
            return False
        haystack = cols["search"][row]
        return all(word in haystack for word in self.words)


class CatalogList(QWidget):
    sig_model_selected = Signal(object)
    """The selected model id, or None."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = "en"
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.vendor = QComboBox(self)
        self.vendor.setMinimumContentsLength(12)
        self.vendor.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status = QComboBox(self)
        for key, _ in STATUS_FILTERS:
            self.status.addItem("", key)
        self.source = _Models(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.source)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.resizeSection(1, 130)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self.vendor, 1)
        filters.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(self._apply)
        self.vendor.currentIndexChanged.connect(self._apply)
        self.status.currentIndexChanged.connect(self._apply)
        # A mouse click moves the current row first and selects it after: follow the
        # selection (a click once showed the previous model's details), and the current
        # row too (arrow keys); each new model is announced once.
        self._announced: object = ()
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentRowChanged.connect(self._selection_changed)

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(translate("CatalogWindow", "Search models, vendors, 中文名"))
        if self.vendor.count():
            self.vendor.setItemText(0, translate("CatalogWindow", "All vendors"))
        for i, (_, text) in enumerate(STATUS_FILTERS):
            self.status.setItemText(i, translate("CatalogWindow", text))

    def set_catalog(self, catalog: Catalog, language: str = "en") -> None:
        self.language = language
        selected = self.selected()
        self.view.selectionModel().blockSignals(True)
        self.source.set_catalog(catalog, language)
        vendor = self.vendor.currentData()
        self.vendor.blockSignals(True)
        self.vendor.clear()
        self.vendor.addItem(translate("CatalogWindow", "All vendors"), None)
        cols = self.source.cols
        names = dict(zip(cols["vendor"], cols["vendor_shown"], strict=True))
        for key in sorted(names, key=lambda k: str(names[k]).casefold()):
            self.vendor.addItem(str(names[key]), key)
        self.vendor.setCurrentIndex(max(0, self.vendor.findData(vendor)))
        self.vendor.blockSignals(False)
        self._apply(emit=False)
        self.view.selectionModel().blockSignals(False)
        if selected is None or not self.select(selected):
            self._emit()

    def _apply(self, *_, emit: bool = True) -> None:
        before = self.selected()
        self.proxy.set_filter(self.search.text(), self.vendor.currentData(),
                              self.status.currentData())
        if emit and self.selected() != before:
            self._emit()

    def shown_models(self) -> list[str]:
        return [self.proxy.index(r, 0).data(MODEL_ID_ROLE) for r in range(self.proxy.rowCount())]

    def selected(self) -> str | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return index.siblingAtColumn(0).data(MODEL_ID_ROLE)

    def select(self, model_id: str) -> bool:
        ids = self.source.cols["model_id"]
        rows = np.flatnonzero(ids == model_id)
        if not len(rows):
            return False
        index = self.proxy.mapFromSource(self.source.index(int(rows[0]), 0))
        if not index.isValid():
            return False
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.view.viewport().update()
        self.view.scrollTo(index)
        self._emit()
        return True

    def _selection_changed(self, *_) -> None:
        model_id = self.selected()
        if model_id != self._announced:
            self._emit()

    def _emit(self) -> None:
        self._announced = self.selected()
        self.sig_model_selected.emit(self._announced)
