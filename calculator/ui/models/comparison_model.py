"""The comparison table: a QAbstractTableModel over the engine's comparison frame.

Cells show formatted money with the currency; ``SORT_ROLE`` gives the raw number
so the proxy sorts by value, not text. Free, unknown and not offered read
differently, are coloured differently and explain themselves in tooltips.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...reports.formatting import format_money, format_percent, format_price

SORT_ROLE = Qt.ItemDataRole.UserRole
MODEL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

GREY = QColor("#868E96")
GREEN = QColor("#2B8A3E")
AMBER = QColor("#B35C00")
RED = QColor("#C92A2A")
UNCERTAIN_MARK = "≈"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str  # text | price | cost | savings | percent
    side: str = ""  # baseline | current for price and cost columns
    price: str = ""  # input | output


COLUMNS: tuple[Column, ...] = (
    Column("vendor", "Vendor", "text"),
    Column("model", "Model", "text"),
    Column("tier", "Tier", "text"),
    Column("baseline_input", "Baseline input\n{cur} / 1M", "price", "baseline", "input"),
    Column("baseline_output", "Baseline output\n{cur} / 1M", "price", "baseline", "output"),
    Column("current_input", "Current input\n{cur} / 1M", "price", "current", "input"),
    Column("current_output", "Current output\n{cur} / 1M", "price", "current", "output"),
    Column("baseline_cost", "Baseline cost\n{cur} / month", "cost", "baseline"),
    Column("current_cost", "Current cost\n{cur} / month", "cost", "current"),
    Column("savings", "Savings\n{cur} / month", "savings"),
    Column("savings_pct", "Savings\n%", "percent"),
    Column("savings_vs_reference", "vs {ref}\n{cur} / month", "savings"),
)
COL = {column.key: i for i, column in enumerate(COLUMNS)}

#: Words the table shows; replaced by translations (see :meth:`ComparisonTableModel.set_texts`).
TEXTS = {
    "free": "free", "unknown": "unknown", "not_offered": "not offered",
    "reference": "reference",
    "tip_not_offered": "Not offered on {date}: first price record {launched}.",
    "tip_unknown": "Unknown: no published price was found for {date}; it is left out "
                   "rather than counted as 0.",
    "tip_free": "Free: the vendor charges 0 for this model on {date}.",
    "tip_uncertain": "Uncertain price (≈): see the notes.",
    "tip_effective": "Price in effect from {date} ({status})",
    "tip_native": "Billed in {currency}: {price} per 1M tokens",
    "tip_cached": "Cached input: {price} per 1M tokens",
    "tip_source": "Source: {source}",
    "tip_sources": "Sources:",
    "tip_checked": "Checked {date}",
    "tip_discount": "Includes a {pct} vendor discount",
    "tip_tier": "Context tier for requests above {tokens} input tokens",
    "tip_pct_none": "No percentage: the baseline cost is unknown, not offered or 0.",
    "tip_ref_none": "Set a reference model (what you use today) to see switching savings.",
    "confirmed": "confirmed", "uncertain": "uncertain",
}


class ComparisonTableModel(QAbstractTableModel):
    """Rows = models of the comparison frame, columns = :data:`COLUMNS`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frame = pd.DataFrame()
        self.currency = "CNY"
        self.reference: str | None = None
        self.dates: dict[str, str] = {"baseline": "", "current": ""}
        self.language = "en"
        self.units = "plain"
        self.texts = dict(TEXTS)
        self.headers = [c.header for c in COLUMNS]
        self._rows: list[dict] = []
        self._display: list[list[str]] = []

    # ------------------------------------------------------------------ feeding
    def set_frame(self, frame: pd.DataFrame, currency: str, reference: str | None,
                  baseline: str, current: str) -> None:
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self.currency, self.reference = currency, reference
        self.dates = {"baseline": baseline, "current": current}
        self._rows = self.frame.to_dict(orient="records")
        self._display = [[self._text(row, c) for c in COLUMNS] for row in self._rows]
        self.endResetModel()

    def set_texts(self, texts: dict[str, str], headers: list[str]) -> None:
        """Translated words and header templates (``{cur}``, ``{ref}`` placeholders)."""
        self.texts.update(texts)
        self.headers = list(headers)
        self.set_frame(self.frame, self.currency, self.reference, *self.dates.values())

    def set_language(self, language: str, units: str = "plain") -> None:
        self.language, self.units = language, units
        self.set_frame(self.frame, self.currency, self.reference, *self.dates.values())

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            ref = self.reference or self.texts["reference"]
            return self.headers[section].format(cur=self.currency, ref=ref)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].key == "savings_vs_reference":
            return None if self.reference else self.texts["tip_ref_none"]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,  # noqa: C901
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[index.row()][index.column()]
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == MODEL_ID_ROLE:
            return row["model_id"]
        if role == STATUS_ROLE:
            return row.get(f"{column.side}_status") if column.side else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind == "text":
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(row, column)
        if role == Qt.ItemDataRole.FontRole:
            status = row.get(f"{column.side}_status") if column.side else None
            if status in ("unknown", "not_offered"):
                font = QFont()
                font.setItalic(True)
                return font
            if row["model_id"] == self.reference and column.key == "model":
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    # ------------------------------------------------------------------ cells
    def _text(self, row: dict, column: Column) -> str:  # noqa: C901
        t = self.texts
        if column.key == "vendor":
            return (row.get("vendor_cn") or row["vendor"]) if self.language == "zh" else row["vendor"]
        if column.key == "model":
            return row["model_name"]
        if column.key == "tier":
            return t.get("tier_" + str(row["tier"]), str(row["tier"] or ""))
        if column.kind in ("price", "cost"):
            status = row[f"{column.side}_status"]
            if status in ("unknown", "not_offered") and column.kind == "cost":
                return t[status]
            if status == "not_offered":
                return t["not_offered"]
            if column.kind == "cost":
                text = format_money(row[f"{column.side}_cost"], self.currency, units=self.units)
                return f"{t['free']}" if status == "free" else text
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
            return self._display_for(row, column).casefold()
        if column.kind == "price":
            value = row[f"{column.side}_{column.price}_per_mtok"]
        elif column.kind == "cost":
            value = row[f"{column.side}_cost"]
        elif column.kind == "percent":
            value = row["savings_pct"]
        else:
            value = row[column.key]
        return None if _nan(value) else float(value)

    def _display_for(self, row: dict, column: Column) -> str:
        return self._text(row, column)

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
            return t["tip_not_offered"].format(date=date, launched=_date(launched))
        lines = []
        if status == "unknown" or (column.kind == "price"
                                   and _nan(row[f"{side}_{column.price}_per_mtok"])):
            lines.append(t["tip_unknown"].format(date=date))
        elif status == "free":
            lines.append(t["tip_free"].format(date=date))
        record_status = row[f"{side}_record_status"]
        lines.append(t["tip_effective"].format(date=_date(row[f"{side}_effective_from"]),
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
        sources = [part.strip() for part in str(row[f"{side}_source"]).split(" ; ") if part.strip()]
        if len(sources) == 1:
            lines.append(t["tip_source"].format(source=sources[0]))
        else:
            lines.append(t["tip_sources"])
            lines.extend(f"  • {source}" for source in sources)
        lines.append(t["tip_checked"].format(date=_date(row[f"{side}_checked"])))
        notes = row.get(f"{side}_notes")
        if notes and isinstance(notes, str):
            lines.append(notes)
        return "\n".join(lines)


def _nan(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _date(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "?"
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    except (ValueError, TypeError):
        return "?"
