"""Which columns the comparison table shows: a menu (View > Table columns, and a right-click
on the table's header) with a check box per column, remembered between sessions.

Columns marked ``optional`` in the shared column list (cost per request, cost per year)
start hidden; every other one starts shown. Vendor and model always show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from ...reports.columns import Column
from ..i18n import translate
from ..settings import settings
from ..table_text import plain_header

ALWAYS = ("vendor", "model")  # kinds that always show
SETTING = "table/columns"  # keys shown or hidden against their default, "+key"/"-key"


class ColumnChooser(QObject):
    def __init__(self, table: QTableView, columns: tuple[Column, ...]):
        super().__init__(table)
        self.table, self.columns = table, columns
        self.menu = QMenu(table)
        self.menu.aboutToShow.connect(self._fill)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._popup)
        self.choices: dict[str, bool] = {}
        value = settings().value(SETTING, []) or []
        for item in [value] if isinstance(value, str) else value:
            if isinstance(item, str) and item[:1] in "+-":
                self.choices[item[1:]] = item[0] == "+"
        self.apply()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(translate("ColumnChooser", "Table columns"))
        self.table.horizontalHeader().setToolTip(translate(
            "ColumnChooser", "Right-click to choose the columns (cost per request, per "
                             "year…)"))

    def shown(self, column: Column) -> bool:
        if column.kind in ALWAYS:
            return True
        return self.choices.get(column.key, not column.optional)

    def set_shown(self, key: str, shown: bool) -> None:
        column = next(c for c in self.columns if c.key == key)
        if shown == (not column.optional):
            self.choices.pop(key, None)
        else:
            self.choices[key] = shown
        settings().setValue(SETTING, [("+" if on else "-") + k for k, on in self.choices.items()])
        self.apply()

    def apply(self) -> None:
        for index, column in enumerate(self.columns):
            hidden = not self.shown(column)
            if self.table.isColumnHidden(index) != hidden:
                self.table.setColumnHidden(index, hidden)
                if not hidden:
                    self.table.resizeColumnToContents(index)

    def _fill(self) -> None:
        self.menu.clear()
        model = self.table.model()
        for index, column in enumerate(self.columns):
            if column.kind in ALWAYS:
                continue
            text = plain_header(model.headerData(index, Qt.Orientation.Horizontal))
            action = self.menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.shown(column))
            action.toggled.connect(lambda on, key=column.key: self.set_shown(key, on))

    def _popup(self, pos: QPoint) -> None:
        self.menu.popup(self.table.horizontalHeader().mapToGlobal(pos))
