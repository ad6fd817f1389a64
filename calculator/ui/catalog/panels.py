"""The catalog window's "Imports" tab (discounts: :mod:`discounts_panel`).

They only show and ask; the catalog window writes through the store and reloads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...userfiles.store import ImportInfo
from ..i18n import translate
from ..roles import PATH_ROLE
from .price_text import import_name


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ImportsPanel(QWidget):
    """Every import file with its record and model counts; remove one as a whole."""

    sig_import = Signal()
    sig_remove = Signal(object)
    """The path of the import to remove (the window asks first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.import_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.import_button.clicked.connect(self.sig_import)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(self.selected_path() is not None))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(translate(
            "CatalogWindow", "Each import is kept as one file. Removing an import removes "
                             "every price it brought; your own prices stay."))
        self.table.setHorizontalHeaderLabels([
            translate("CatalogWindow", "Imported file"), translate("CatalogWindow", "Imported"),
            translate("CatalogWindow", "Price records"), translate("CatalogWindow", "Models")])
        self.import_button.setText(translate("CatalogWindow", "Import prices…"))
        self.remove_button.setText(translate("CatalogWindow", "Remove import"))

    def set_imports(self, imports: list[ImportInfo]) -> None:
        selected = self.selected_path()
        self.table.setRowCount(len(imports))
        for row, info in enumerate(imports):
            name, when = import_name(info.path.stem)
            first = _item(name)
            first.setData(PATH_ROLE, str(info.path))
            first.setToolTip(str(info.path))
            self.table.setItem(row, 0, first)
            self.table.setItem(row, 1, _item(when.strftime("%Y-%m-%d %H:%M") if when else ""))
            self.table.setItem(row, 2, _item(f"{info.records:,}", True))
            self.table.setItem(row, 3, _item(f"{info.models:,}", True))
            if selected is not None and Path(selected) == info.path:
                self.table.selectRow(row)
        self.remove_button.setEnabled(self.selected_path() is not None)

    def paths(self) -> list[Path]:
        return [Path(self.table.item(r, 0).data(PATH_ROLE)) for r in range(self.table.rowCount())]

    def select(self, path: str | Path) -> None:
        for row, candidate in enumerate(self.paths()):
            if candidate == Path(path):
                self.table.selectRow(row)

    def selected_path(self) -> Path | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        return Path(self.table.item(min(rows), 0).data(PATH_ROLE))

    def _remove(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.sig_remove.emit(path)
