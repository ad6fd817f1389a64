"""Sorting by raw values with missing numbers always last, and filtering by model id."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from .comparison_model import MODEL_ID_ROLE, SORT_ROLE


class ComparisonProxy(QSortFilterProxyModel):
    """Sorts numbers as numbers; unknown and not-offered cells stay at the bottom."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None or b is None:
            # None is "largest" when ascending and "smallest" when descending: always last.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            if a is None and b is None:
                return left.data(MODEL_ID_ROLE) < right.data(MODEL_ID_ROLE)
            return (a is None) == descending
        if a == b:
            return left.row() < right.row()
        return a < b
