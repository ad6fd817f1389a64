"""The sort/filter proxy in front of the comparison table.

Sorting is delegated to :class:`ComparisonTableModel`, which sorts numpy arrays
(numbers as numbers, missing values last); the proxy keeps the source order and
filters rows by model id, vendor or name.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from .comparison_model import MODEL_ID_ROLE


class ComparisonProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)

    def multiData(self, index, roles) -> None:  # noqa: N802 (Qt API)
        """Pass a view's many-roles request on to the source model in one call
        (QSortFilterProxyModel would ask the source once per role)."""
        source = self.sourceModel()
        if source is None or not index.isValid():
            for role_data in roles:
                role_data.clearData()
            return
        source.multiData(self.mapToSource(index), roles)

    def set_text_filter(self, text: str) -> None:
        """Show only rows whose model id, model or vendor contains ``text``."""
        self.beginFilterChange()
        self._needle = text.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        if not self._needle:
            return True
        source = self.sourceModel()
        haystack = " ".join(str(source.index(row, c, parent).data() or "") for c in (0, 1))
        model_id = source.index(row, 0, parent).data(MODEL_ID_ROLE) or ""
        return self._needle in f"{haystack} {model_id}".casefold()
