"""Month by month: one row per model or plan, one column per month, then the month it
passes the budget. Months above the budget are tinted."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...engine.budget import BudgetView
from ...engine.projection import Projection
from ...reports.formatting import column_decimals, format_money, money_text
from ...reports.vocabulary import status_words
from ..i18n import translate

OVER = QBrush(QColor("#FFE3E3"))
FIRST_OVER = QBrush(QColor("#FFC9C9"))


class MonthTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.projection: Projection | None = None
        self.view: BudgetView | None = None
        self.labels: list[str] = []
        self.units = "plain"
        self.cumulative = False
        self.statuses: list[str] = []
        self.decimals = 2

    def set_data(self, projection: Projection | None, view: BudgetView | None,
                 labels: list[str], units: str = "plain", cumulative: bool = False,
                 statuses: list[str] | None = None) -> None:
        """``statuses`` (each row's current status) name a row without a cost: unknown,
        not offered and retired read differently, never as one dash."""
        self.beginResetModel()
        self.projection, self.view, self.labels = projection, view, list(labels)
        self.units, self.cumulative = units, cumulative
        self.statuses = list(statuses or [])
        # one number of decimals for the whole table (¥867 beside ¥1,004, not ¥867.00)
        self.decimals = column_decimals(self.values().ravel()) if projection is not None else 2
        self.endResetModel()

    def values(self) -> np.ndarray:
        p = self.projection
        return p.current_cumulative if self.cumulative else p.current_monthly

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if self.projection is None or parent.isValid() else len(self.labels)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        if self.projection is None or parent.isValid():
            return 0
        return len(self.projection.months) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self.projection is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.labels[section] if section < len(self.labels) else None
        months = len(self.projection.months)
        if section < months:
            return translate("Plans", "M{n}").format(n=section + 1)
        return translate("Plans", "Over budget")

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.projection is None:
            return None
        row, col = index.row(), index.column()
        months = len(self.projection.months)
        first = int(self.view.first_over[row]) if self.view is not None else 0
        if col == months:
            return self._over_cell(row, first, role)
        value = float(self.values()[row, col])
        monthly = float(self.projection.current_monthly[row, col])
        if role == Qt.ItemDataRole.DisplayRole:
            if np.isfinite(value):
                return money_text(value, self.projection.currency, self.decimals,
                                  units=self.units)
            status = self.statuses[row] if row < len(self.statuses) else ""
            return status_words().get(status, "–") if status not in ("", "priced") else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.view is not None \
                and self.view.budget is not None and np.isfinite(monthly) \
                and monthly > self.view.budget:
            return FIRST_OVER if col + 1 == first else OVER
        if role == Qt.ItemDataRole.ToolTipRole and np.isfinite(value):
            return translate("Plans", "{row}, month {month}: {money}").format(
                row=self.labels[row], month=col + 1,
                money=format_money(value, self.projection.currency))
        return None

    def _over_cell(self, row: int, first: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if self.view is None or self.view.budget is None:
                return ""
            if first:
                return translate("Plans", "month {n}").format(n=first)
            if not np.isfinite(self.projection.current_monthly[row]).all():
                status = self.statuses[row] if row < len(self.statuses) else ""
                if status in ("not_offered", "retired"):
                    return status_words()[status]
                return translate("Plans", "unknown")
            return translate("Plans", "never")
        if role == Qt.ItemDataRole.ToolTipRole and first:
            return translate("Plans", "Within the budget for {n} month(s), then above it "
                                      "from month {first}.").format(n=first - 1, first=first)
        return None
