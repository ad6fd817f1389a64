"""One model's dated price records as a table (the catalog window's right side).

Rows are records in date order (then context tier). Empty prices read "unknown",
0 reads "free", uncertain records carry ≈ and an amber colour. The source column
has no display text: the view puts a link label on it (``SOURCE_HTML_ROLE``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...formats.catalog_reader import TIER_COLUMN
from ..catalog.price_text import (
    AMBER,
    GREEN,
    GREY,
    UNCERTAIN_MARK,
    date_text,
    is_missing,
    origin_text,
    price_text,
    source_cell_html,
    split_sources,
    status_text,
    tier_text,
)
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..roles import ORIGIN_ROLE, RECORD_ROLE, SOURCE_HTML_ROLE


@dataclass(frozen=True)
class HistoryColumn:
    key: str
    header: str


COLUMNS: tuple[HistoryColumn, ...] = (
    HistoryColumn("effective_from", QT_TRANSLATE_NOOP("PriceHistory", "Effective from")),
    HistoryColumn("tier", QT_TRANSLATE_NOOP("PriceHistory", "Context tier")),
    HistoryColumn("currency", QT_TRANSLATE_NOOP("PriceHistory", "Currency")),
    HistoryColumn("input", QT_TRANSLATE_NOOP("PriceHistory", "Input / 1M")),
    HistoryColumn("output", QT_TRANSLATE_NOOP("PriceHistory", "Output / 1M")),
    HistoryColumn("cached", QT_TRANSLATE_NOOP("PriceHistory", "Cached / 1M")),
    HistoryColumn("status", QT_TRANSLATE_NOOP("PriceHistory", "Status")),
    HistoryColumn("checked", QT_TRANSLATE_NOOP("PriceHistory", "Checked")),
    HistoryColumn("origin", QT_TRANSLATE_NOOP("PriceHistory", "Origin")),
    HistoryColumn("source", QT_TRANSLATE_NOOP("PriceHistory", "Source")),
)
HCOL = {column.key: i for i, column in enumerate(COLUMNS)}
_PRICE = {"input": "input_per_mtok", "output": "output_per_mtok",
          "cached": "cached_input_per_mtok"}


@dataclass(frozen=True)
class RecordKey:
    model_id: str
    effective_from: pd.Timestamp
    above_input_tokens: float
    origin: str


class PriceHistoryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.records = pd.DataFrame()
        self._rows: list[dict] = []

    def set_records(self, records: pd.DataFrame) -> None:
        """Show ``records`` (one model's rows of ``Catalog.records``)."""
        self.beginResetModel()
        if len(records):
            records = records.sort_values(["effective_from", TIER_COLUMN], kind="stable")
        self.records = records.reset_index(drop=True)
        self._rows = self.records.to_dict("records")
        self.endResetModel()

    def record(self, row: int) -> dict:
        return self._rows[row]

    def key(self, row: int) -> RecordKey:
        rec = self._rows[row]
        return RecordKey(rec["model_id"], pd.Timestamp(rec["effective_from"]),
                         float(rec[TIER_COLUMN]), str(rec.get("origin") or ""))

    def refresh_texts(self) -> None:
        """Texts follow the language (called on a language change)."""
        self.beginResetModel()
        self.endResetModel()

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return translate("PriceHistory", COLUMNS[section].header)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rec = self._rows[index.row()]
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rec, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(rec, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(rec, key)
        if role == SOURCE_HTML_ROLE and key == "source":
            return source_cell_html(rec["source"])
        if role == RECORD_ROLE:
            return self.key(index.row())
        if role == ORIGIN_ROLE:
            return str(rec.get("origin") or "")
        return None

    def _text(self, rec: dict, key: str) -> str:
        if key in ("effective_from", "checked"):
            return date_text(rec[key])
        if key == "tier":
            return tier_text(rec[TIER_COLUMN])
        if key == "currency":
            return str(rec["currency"])
        if key in _PRICE:
            text = price_text(rec[_PRICE[key]], rec["currency"], cached=key == "cached")
            return f"{UNCERTAIN_MARK} {text}" if rec["status"] == "uncertain" else text
        if key == "status":
            return status_text(rec["status"])
        if key == "origin":
            return origin_text(rec.get("origin"))
        return ""  # source: drawn by a link label

    def _color(self, rec: dict, key: str):
        if key in _PRICE:
            value = rec[_PRICE[key]]
            if is_missing(value):
                return GREY
            if float(value) == 0:
                return GREEN
        if rec["status"] == "uncertain" and key in (*_PRICE, "status", "effective_from"):
            return AMBER
        return None

    def _tooltip(self, rec: dict, key: str) -> str | None:
        if key in _PRICE and is_missing(rec[_PRICE[key]]):
            if key == "cached":
                return translate("PriceHistory", "No cache price: cached input tokens are "
                                                 "billed at the input price.")
            return translate("PriceHistory", "Unknown: no published price was found; costs "
                                             "that need it are left out, not counted as 0.")
        if key == "status" and rec["status"] == "uncertain":
            return translate("PriceHistory", "Uncertain: part of this record could not be "
                                             "confirmed; see the notes.")
        if key == "source":
            return "\n".join(split_sources(rec["source"]))
        if key == "origin":
            return str(rec.get("origin") or "")
        notes = rec.get("notes")
        return notes if isinstance(notes, str) and notes and not is_missing(notes) else None
