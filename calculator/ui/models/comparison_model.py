"""The comparison table: a QAbstractTableModel over the engine's comparison frame.

Cells show formatted money with the currency; ``SORT_ROLE`` gives the raw number
so the proxy sorts by value, not text. Free, unknown and not offered read
differently, are coloured differently and explain themselves in tooltips.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...reports.formatting import format_money, format_percent, format_price
from ..i18n import translate
from ..price_text import AMBER, GREEN, GREY, RED, UNCERTAIN_MARK, date_text, split_sources
from ..roles import MODEL_ID_ROLE, SORT_ROLE, STATUS_ROLE


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # text | price | cost | savings | percent
    side: str = ""  # baseline | current for price and cost columns
    price: str = ""  # input | output


COLUMNS: tuple[Column, ...] = (
    Column("vendor", "text"),
    Column("model", "text"),
    Column("baseline_cost", "cost", "baseline"),
    Column("current_cost", "cost", "current"),
    Column("savings", "savings"),
    Column("savings_pct", "percent"),
    Column("savings_vs_reference", "savings"),
    Column("baseline_input", "price", "baseline", "input"),
    Column("baseline_output", "price", "baseline", "output"),
    Column("current_input", "price", "current", "input"),
    Column("current_output", "price", "current", "output"),
    Column("tier", "text"),
)
COL = {column.key: i for i, column in enumerate(COLUMNS)}
_PROVENANCE = ("effective_from", "record_status", "source", "checked", "notes", "currency")
#: Frame columns each table column is painted from: everything ``_text``, ``_color`` and
#: ``_font_of`` read. A change there repaints the column and drops its cached cells.
_SOURCES: dict[str, tuple[str, ...]] = {
    "vendor": ("vendor", "vendor_cn"), "model": ("model_name", "model_id"), "tier": ("tier",),
    **{f"{side}_{price}": (f"{side}_{price}_per_mtok", f"{side}_status", f"{side}_cached_per_mtok",
                           *(f"{side}_{p}" for p in _PROVENANCE))
       for side in ("baseline", "current") for price in ("input", "output")},
    "baseline_cost": ("baseline_cost", "baseline_status", "baseline_record_status"),
    "current_cost": ("current_cost", "current_status", "current_record_status"),
    "savings": ("savings",), "savings_pct": ("savings_pct",),
    "savings_vs_reference": ("savings_vs_reference",),
}

def table_texts() -> dict[str, str]:
    """Words the table shows, in the current language."""
    return {
        "free": translate("ComparisonTable", "free"), "unknown": translate("ComparisonTable", "unknown"),
        "not_offered": translate("ComparisonTable", "not offered"),
        "reference": translate("ComparisonTable", "reference"),
        "tip_not_offered": translate("ComparisonTable",
                             "Not offered on {date}: first price record {launched}."),
        "tip_unknown": translate("ComparisonTable", "Unknown: no published price was found for {date}; "
                                            "it is left out rather than counted as 0."),
        "tip_free": translate("ComparisonTable", "Free: the vendor charges 0 for this model on {date}."),
        "tip_uncertain": translate("ComparisonTable", "Uncertain price (≈): see the notes."),
        "tip_effective": translate("ComparisonTable", "Price in effect from {date} ({status})"),
        "tip_native": translate("ComparisonTable", "Billed in {currency}: {price} per 1M tokens"),
        "tip_cached": translate("ComparisonTable", "Cached input: {price} per 1M tokens"),
        "tip_source": translate("ComparisonTable", "Source: {source}"),
        "tip_sources": translate("ComparisonTable", "Sources:"),
        "tip_checked": translate("ComparisonTable", "Checked {date}"),
        "tip_discount": translate("ComparisonTable", "Includes a {pct} vendor discount"),
        "tip_tier": translate("ComparisonTable", "Context tier for requests above {tokens} input tokens"),
        "tip_pct_none": translate("ComparisonTable",
                          "No percentage: the baseline cost is unknown, not offered or 0."),
        "tip_ref_none": translate("ComparisonTable", "Set a reference model (what you use today) to see "
                                             "switching savings."),
        "tip_open": translate("ComparisonTable", "Double-click for the price record and its sources."),
        "confirmed": translate("ComparisonTable", "confirmed"),
        "uncertain": translate("ComparisonTable", "uncertain"),
    }


def table_headers() -> list[str]:
    """Column headers in :data:`COLUMNS` order; ``{cur}`` and ``{ref}`` filled in when shown.

    Monthly costs and savings come first: what a budget needs is visible without
    scrolling; prices per 1M tokens and the tier follow.
    """
    return [
        translate("ComparisonTable", "Vendor"), translate("ComparisonTable", "Model"),
        translate("ComparisonTable", "Baseline cost\n{cur} / month"),
        translate("ComparisonTable", "Current cost\n{cur} / month"),
        translate("ComparisonTable", "Savings\n{cur} / month"),
        translate("ComparisonTable", "Savings\n%"),
        translate("ComparisonTable", "vs {ref}\n{cur} / month"),
        translate("ComparisonTable", "Baseline input\n{cur} / 1M"),
        translate("ComparisonTable", "Baseline output\n{cur} / 1M"),
        translate("ComparisonTable", "Current input\n{cur} / 1M"),
        translate("ComparisonTable", "Current output\n{cur} / 1M"),
        translate("ComparisonTable", "Tier"),
    ]


class ComparisonTableModel(QAbstractTableModel):
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
                    baseline: str, current: str, reference_name: str | None = None) -> None:
        """Show new comparison columns (``Comparison.arrays``, one numpy array per frame
        column). Same models as before: cells change in place (no reset)."""
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
        self.currency, self.reference = currency, reference
        self.reference_name = reference_name
        self.dates = dates
        self._cols = arrays
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
            changed = [i for i, column in enumerate(COLUMNS)
                       if everything or self._column_changed(column, previous)]
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

    def _column_changed(self, column: Column, previous: dict[str, np.ndarray]) -> bool:
        for name in _SOURCES[column.key]:
            old, new = previous.get(name), self._cols.get(name)
            if old is None or new is None or len(old) != len(new):
                return True
            if old is new:
                continue
            if old.dtype.kind in "fmM" and new.dtype.kind == old.dtype.kind:
                if not np.array_equal(old, new, equal_nan=True):
                    return True
            elif not _same_objects(old, new):
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
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].kind != "text":
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
            Qt.ItemDataRole.TextAlignmentRole: _LEFT if column.kind == "text" else _RIGHT,
            Qt.ItemDataRole.ForegroundRole: self._color(row, column),
            Qt.ItemDataRole.FontRole: self._font_of(row, column),
        }

    def _font_of(self, row: _Row, column: Column) -> QFont | None:
        """Italic for missing prices and costs, bold for the reference model's name."""
        status = row.get(f"{column.side}_status") if column.side else None
        if status in ("unknown", "not_offered"):
            return _font(True)
        if column.key == "model" and row["model_id"] == self.reference:
            return _font(False)
        return None

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
            return _LEFT if column.kind == "text" else _RIGHT
        row = self._row(r)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == MODEL_ID_ROLE:
            return row["model_id"]
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
        if spec.kind == "text":
            keys = np.array([self._text(self._frame_row(i), spec).casefold() for i in range(n)])
            ranks = np.unique(keys, return_inverse=True)[1].astype(float)
            missing = np.zeros(n, dtype=bool)
        else:
            ranks = self._numbers(spec)
            missing = np.isnan(ranks)
        ranks = np.where(missing, 0.0, -ranks if descending else ranks)
        return np.lexsort((np.arange(n), ranks, missing))

    def _numbers(self, column: Column) -> np.ndarray:
        cols = self._cols
        if column.kind == "price":
            return cols[f"{column.side}_{column.price}_per_mtok"].astype(float)
        if column.kind == "cost":
            return cols[f"{column.side}_cost"].astype(float)
        if column.kind == "percent":
            return cols["savings_pct"].astype(float)
        return cols[column.key].astype(float)

    def _row(self, view_row: int) -> _Row:
        return self._frame_row(int(self._order[view_row]))

    def _frame_row(self, frame_row: int) -> _Row:
        return _Row(self._cols, frame_row)

    # ------------------------------------------------------------------ cells
    def _text(self, row: dict, column: Column) -> str:  # noqa: C901
        t = self.texts
        if column.key == "vendor":
            return (row.get("vendor_cn") or row["vendor"]) if self.language == "zh" else row["vendor"]
        if column.key == "model":
            return row["model_name"]
        if column.key == "tier":
            return translate("Tiers", str(row["tier"] or ""))
        if column.kind in ("price", "cost"):
            status = row[f"{column.side}_status"]
            if status in ("unknown", "not_offered") and column.kind == "cost":
                return t[status]
            if status == "not_offered":
                return t["not_offered"]
            if column.kind == "cost":
                if status == "free":
                    return t["free"]
                text = format_money(row[f"{column.side}_cost"], self.currency, units=self.units)
                if row[f"{column.side}_record_status"] == "uncertain":
                    text = f"{UNCERTAIN_MARK} {text}"  # said in text too, not by colour alone
                return text
            value = row[f"{column.side}_{column.price}_per_mtok"]
            if _nan(value):
                return t["unknown"]
            text = t["free"] if value == 0 else format_price(value, self.currency)
            if row[f"{column.side}_record_status"] == "uncertain":
                text = f"{UNCERTAIN_MARK} {text}"
            return text
        if column.kind == "savings":
            value = row[column.key]
            return "" if _nan(value) else format_money(value, self.currency, units=self.units)
        if column.kind == "percent":
            return format_percent(row["savings_pct"])
        return ""

    def _sort_value(self, row: dict, column: Column):
        if column.kind == "text":
            return self._text(row, column).casefold()
        if column.kind == "price":
            value = row[f"{column.side}_{column.price}_per_mtok"]
        elif column.kind == "cost":
            value = row[f"{column.side}_cost"]
        elif column.kind == "percent":
            value = row["savings_pct"]
        else:
            value = row[column.key]
        return None if _nan(value) else float(value)

    def _color(self, row: dict, column: Column):
        if column.side:
            status = row[f"{column.side}_status"]
            if status in ("unknown", "not_offered"):
                return GREY
            if column.kind == "price":
                value = row[f"{column.side}_{column.price}_per_mtok"]
                if _nan(value):
                    return GREY
                if value == 0:
                    return GREEN
            if status == "free":
                return GREEN
            if row[f"{column.side}_record_status"] == "uncertain":
                return AMBER
        if column.kind == "savings" and not _nan(row[column.key]) and row[column.key] < 0:
            return RED
        return None

    def _tooltip(self, row: dict, column: Column) -> str | None:
        t = self.texts
        if column.key in ("vendor", "model"):
            return f"{row['model_name']} ({row['model_id']})\n{row['vendor']} {row.get('vendor_cn') or ''}"
        if column.kind == "percent" and _nan(row["savings_pct"]):
            return t["tip_pct_none"]
        if column.key == "savings_vs_reference" and not self.reference:
            return t["tip_ref_none"]
        if not column.side:
            return None
        side = column.side
        date = self.dates[side]
        status = row[f"{side}_status"]
        if status == "not_offered":
            launched = row.get("launched")
            return t["tip_not_offered"].format(date=date, launched=date_text(launched))
        lines = []
        if status == "unknown" or (column.kind == "price"
                                   and _nan(row[f"{side}_{column.price}_per_mtok"])):
            lines.append(t["tip_unknown"].format(date=date))
        elif status == "free":
            lines.append(t["tip_free"].format(date=date))
        record_status = row[f"{side}_record_status"]
        lines.append(t["tip_effective"].format(date=date_text(row[f"{side}_effective_from"]),
                                               status=t.get(record_status, record_status)))
        if column.kind == "price":
            native = row[f"{side}_native_{column.price}_per_mtok"]
            currency = row[f"{side}_currency"]
            if not _nan(native) and currency != self.currency:
                lines.append(t["tip_native"].format(currency=currency,
                                                    price=format_price(native, currency)))
        cached = row[f"{side}_cached_per_mtok"]
        if not _nan(cached):
            lines.append(t["tip_cached"].format(price=format_price(cached, self.currency)))
        if row.get("discount"):
            lines.append(t["tip_discount"].format(pct=format_percent(row["discount"])))
        above = row.get(f"{side}_above_input_tokens")
        if above and not _nan(above):
            lines.append(t["tip_tier"].format(tokens=f"{above:,.0f}"))
        if record_status == "uncertain":
            lines.append(t["tip_uncertain"])
        sources = split_sources(row[f"{side}_source"])
        if len(sources) == 1:
            lines.append(t["tip_source"].format(source=sources[0]))
        else:
            lines.append(t["tip_sources"])
            lines.extend(f"  • {source}" for source in sources)
        lines.append(t["tip_checked"].format(date=date_text(row[f"{side}_checked"])))
        notes = row.get(f"{side}_notes")
        if notes and isinstance(notes, str):
            lines.append(notes)
        lines.append(t["tip_open"])
        return "\n".join(lines)


class _Row:
    """One frame row read straight from the column arrays (``row["current_cost"]``)."""

    __slots__ = ("_cols", "_i")

    def __init__(self, cols: dict[str, np.ndarray], i: int):
        self._cols, self._i = cols, i

    def __getitem__(self, key: str):
        return self._cols[key][self._i]

    def get(self, key: str, default=None):
        column = self._cols.get(key)
        return default if column is None else column[self._i]


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
    SORT_ROLE, MODEL_ID_ROLE, STATUS_ROLE,
})
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@lru_cache(maxsize=2)
def _font(italic: bool) -> QFont:
    font = QFont()
    font.setItalic(italic)
    font.setBold(not italic)
    return font


def _nan(value) -> bool:
    """Missing number (cheaper than ``price_text.is_missing``; called for every cell)."""
    return value is None or (isinstance(value, (float, np.floating)) and math.isnan(value))
