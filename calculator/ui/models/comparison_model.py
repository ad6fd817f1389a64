"""The comparison table: a QAbstractTableModel over the engine's comparison frame.

Cells show formatted money with the currency; ``SORT_ROLE`` gives the raw number
so the proxy sorts by value, not text. Free, unknown and not offered read
differently, are coloured differently and explain themselves in tooltips.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..roles import MODEL_ID_ROLE, PLAIN_ROLE, SORT_ROLE, STATUS_ROLE
from .cell_format import CellFormat, Row, money_places
from .table_columns import COL, COLUMNS, SOURCES, TEXT_KINDS, Column, table_headers, table_texts

__all__ = ["COL", "COLUMNS", "MODEL_ID_ROLE", "SORT_ROLE", "ComparisonTableModel"]


class ComparisonTableModel(CellFormat, QAbstractTableModel):
    """Rows = models of the comparison frame, columns = :data:`COLUMNS`.

    Cell texts are formatted on first request and cached, so a frame of thousands
    of models costs only the rows the view shows. Sorting happens here, on numpy
    arrays (:meth:`sort`), with missing numbers last in either direction.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currency = "CNY"
        self.reference: str | None = None
        self.reference_name: str | None = None
        self.dates: dict[str, str] = {"baseline": "", "current": ""}
        self.language = "en"
        self.units = "plain"
        self.texts = table_texts()
        self.headers = table_headers()
        self._cols: dict[str, np.ndarray] = {}
        self._order = np.zeros(0, dtype=np.int64)  # view row -> frame row
        self._cache: dict[tuple[int, int], str] = {}
        #: (row, column) -> {role: value} as last given to a view; kept across edits
        #: for the columns whose numbers did not change.
        self._cells: dict[tuple[int, int], dict[int, object]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # ------------------------------------------------------------------ feeding
    def set_frame(self, frame: pd.DataFrame, currency: str, reference: str | None,
                  baseline: str, current: str, reference_name: str | None = None) -> None:
        """Show a comparison frame (see :meth:`set_columns`)."""
        self.set_columns({name: values.to_numpy() for name, values in frame.items()},
                         currency, reference, baseline, current, reference_name)

    def set_columns(self, arrays: dict[str, np.ndarray], currency: str, reference: str | None,
                    baseline: str, current: str, reference_name: str | None = None,
                    share_basis: str | None = None) -> None:
        """Show new comparison columns (``Comparison.arrays``, one numpy array per frame
        column). Same models as before: cells change in place (no reset).
        ``share_basis``: how the off-peak share was found (``price_tips.SHARE_*``)."""
        ids = arrays["model_id"]
        same_rows = ("model_id" in self._cols and len(ids) == len(self._cols["model_id"])
                     and np.array_equal(ids, self._cols["model_id"]))
        reference_name = reference_name or reference
        headers_change = ((currency, reference, reference_name)
                          != (self.currency, self.reference, self.reference_name))
        if not same_rows:
            self.beginResetModel()
        previous = self._cols
        dates = {"baseline": baseline, "current": current}
        everything = headers_change or dates != self.dates
        if share_basis is not None and share_basis != self.share_basis:
            self.share_basis, everything = share_basis, True
        self.currency, self.reference = currency, reference
        self.reference_name = reference_name
        self.dates = dates
        self._cols = arrays
        places = money_places(arrays, COLUMNS)
        # a column's decimals follow its own amounts: a new number of decimals is a change
        moved = {key for key, n in places.items() if self.places.get(key) != n}
        self.places = places
        if not same_rows:
            self._forget()
            self._order = self._sorted_order()
            self.endResetModel()
            return
        order = self._sorted_order()
        if not np.array_equal(order, self._order):
            self._forget()
            self.layoutAboutToBeChanged.emit()
            self._order = order
            self.layoutChanged.emit()
            changed = range(len(COLUMNS))
        else:
            names: dict[str, bool] = {}  # source column -> changed (columns share sources)
            changed = [i for i, column in enumerate(COLUMNS)
                       if everything or column.key in moved
                       or self._column_changed(column, previous, names)]
            self._forget(changed)
        if len(order) and changed:
            # Only the columns whose numbers changed are repainted.
            self.dataChanged.emit(self.index(0, min(changed)),
                                  self.index(len(order) - 1, max(changed)))
        if headers_change:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _forget(self, columns=None) -> None:
        """Drop cached cell texts and roles: all, or those of ``columns``."""
        if columns is None:
            self._cache, self._cells = {}, {}
            return
        drop = set(columns)
        if drop:
            self._cache = {k: v for k, v in self._cache.items() if k[1] not in drop}
            self._cells = {k: v for k, v in self._cells.items() if k[1] not in drop}

    def _column_changed(self, column: Column, previous: dict[str, np.ndarray],
                        names: dict[str, bool]) -> bool:
        """Whether a source of ``column`` differs from ``previous``; ``names`` remembers
        the sources already compared."""
        for name in SOURCES[column.key]:
            if name not in names:
                names[name] = _differs(previous.get(name), self._cols.get(name))
            if names[name]:
                return True
        return False

    def set_language(self, language: str, units: str = "plain") -> None:
        """Show names, words and amounts for ``language`` ("en"/"zh") with ``units``."""
        self.language, self.units = language, units
        self.texts = table_texts()
        self.headers = table_headers()
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        self._forget()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    @property
    def frame(self) -> pd.DataFrame:
        """The rows shown, in frame order (not view order), as a DataFrame."""
        return pd.DataFrame(self._cols, copy=False)

    def row_model_ids(self) -> list[str]:
        """Model ids in the order rows are shown."""
        if not self._cols:
            return []
        return list(self._cols["model_id"][self._order])

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            ref = self.reference_name or self.texts["reference"]
            return self.headers[section].format(cur=self.currency, ref=ref)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].key == "savings_vs_reference":
            return None if self.reference else self.texts["tip_ref_none"]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].kind not in TEXT_KINDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def multiData(self, index, roles) -> None:  # noqa: N802 (Qt API)
        """All the roles a view asks for one cell, in one call: a delegate painting a
        cell asks for about seven, and each separate ``data`` call crosses from C++
        into Python."""
        key = (index.row(), index.column())
        cell = self._cells.get(key)
        if cell is None:
            cell = self._cells[key] = self._paint_roles(*key)
        for role_data in roles:
            role = role_data.role()
            if role in cell:
                value = cell[role]
            elif role in _ROLES:
                value = cell[role] = self.data(index, role)
            else:
                value = None
            role_data.setData(value)

    def _paint_roles(self, r: int, c: int) -> dict[int, object]:
        """The roles a delegate needs to paint cell (r, c), computed together."""
        if not 0 <= r < len(self._order):
            return {}
        column = COLUMNS[c]
        row = self._row(r)
        text = self._cache.get((r, c))
        if text is None:
            text = self._cache[(r, c)] = self._text(row, column)
        return {
            Qt.ItemDataRole.DisplayRole: text,
            Qt.ItemDataRole.TextAlignmentRole: _LEFT if column.kind in TEXT_KINDS else _RIGHT,
            Qt.ItemDataRole.ForegroundRole: self._color(row, column),
            Qt.ItemDataRole.FontRole: self._font_of(row, column),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not 0 <= r < len(self._order):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._cache.get((r, c))
            if text is None:
                text = self._text(self._row(r), COLUMNS[c])
                self._cache[(r, c)] = text
            return text
        column = COLUMNS[c]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column.kind in TEXT_KINDS else _RIGHT
        row = self._row(r)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == MODEL_ID_ROLE:
            return row["model_id"]
        if role == PLAIN_ROLE:
            return self._plain(row, column)
        if role == STATUS_ROLE:
            return row.get(f"{column.side}_status") if column.side else None
        if role == Qt.ItemDataRole.FontRole:
            return self._font_of(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by the column's values (numbers as numbers); missing always last."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._order = self._sorted_order()
        self._forget()
        self.layoutChanged.emit()

    def _sorted_order(self) -> np.ndarray:
        n = len(self._cols.get("model_id", ()))
        if self._sort is None or n == 0:
            return np.arange(n)
        column, order = self._sort
        spec = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if spec.kind in TEXT_KINDS:
            keys = np.array([self._text(self._frame_row(i), spec).casefold() for i in range(n)])
            ranks = np.unique(keys, return_inverse=True)[1].astype(float)
            missing = np.zeros(n, dtype=bool)
        else:
            ranks = self._numbers(spec)
            missing = np.isnan(ranks)
        ranks = np.where(missing, 0.0, -ranks if descending else ranks)
        return np.lexsort((np.arange(n), ranks, missing))

    def _numbers(self, column: Column) -> np.ndarray:
        values = self._cols[column.key]
        if values.dtype.kind == "M":  # dates: days, a missing date NaN
            days = values.astype("datetime64[D]")
            return np.where(np.isnat(days), np.nan, days.astype(np.int64).astype(float))
        return values.astype(float)

    def _row(self, view_row: int) -> Row:
        return self._frame_row(int(self._order[view_row]))

    def _frame_row(self, frame_row: int) -> Row:
        return Row(self._cols, frame_row)

def _differs(old: np.ndarray | None, new: np.ndarray | None) -> bool:
    if old is None or new is None or len(old) != len(new):
        return True
    if old is new:
        return False
    if old.dtype.kind in "fmM" and new.dtype.kind == old.dtype.kind:
        return not np.array_equal(old, new, equal_nan=True)
    return not _same_objects(old, new)


def _same_objects(old: np.ndarray, new: np.ndarray) -> bool:
    """Element-wise equal, a missing value (None, NaN, NaT) equal to any missing value."""
    with np.errstate(invalid="ignore"):
        equal = np.asarray(old == new, dtype=bool)
    if equal.all():
        return True
    missing = pd.isna(old) & pd.isna(new)
    return bool((equal | missing).all())


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole,
    SORT_ROLE, MODEL_ID_ROLE, STATUS_ROLE, PLAIN_ROLE,
})
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
