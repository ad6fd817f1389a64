"""What each cell of the comparison table says: text, sort value, colour, font, tooltip.

:class:`CellFormat` is mixed into the table model; it reads the model's ``texts``,
``currency``, ``units``, ``language``, ``reference`` and ``dates``. A :class:`Row` reads
one model straight from the engine's column arrays.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PySide6.QtGui import QFont

from ...reports.formatting import format_money, format_percent, format_price
from ..catalog.price_text import AMBER, GREEN, GREY, RED, UNCERTAIN_MARK, date_text, split_sources
from ..i18n import translate
from .table_columns import Column


class CellFormat:
    """Cell texts, sort keys, colours, fonts and tooltips for the comparison table."""

    texts: dict[str, str]
    currency: str
    units: str
    language: str
    reference: str | None
    dates: dict[str, str]

    def _text(self, row: Row, column: Column) -> str:  # noqa: C901
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

    def _plain(self, row: Row, column: Column):
        """What Copy table pastes: numbers in the header's currency and unit (a percentage
        as 97.0), free as 0, and the word for an unknown or not-offered value."""
        if column.kind == "text":
            return self._text(row, column)
        if column.side:
            status = row[f"{column.side}_status"]
            if status == "not_offered":
                return self.texts["not_offered"]
            if column.kind == "cost" and status == "unknown":
                return self.texts["unknown"]
        value = self._sort_value(row, column)
        if value is None:
            return self.texts["unknown"] if column.kind == "price" else ""
        return value * 100 if column.kind == "percent" else value

    def _sort_value(self, row: Row, column: Column):
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

    def _color(self, row: Row, column: Column):
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

    def _tooltip(self, row: Row, column: Column) -> str | None:
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

    def _font_of(self, row: Row, column: Column) -> QFont | None:
        """Italic for missing prices and costs, bold for the reference model's name."""
        status = row.get(f"{column.side}_status") if column.side else None
        if status in ("unknown", "not_offered"):
            return _font(True)
        if column.key == "model" and row["model_id"] == self.reference:
            return _font(False)
        return None


class Row:
    """One frame row read straight from the column arrays (``row["current_cost"]``)."""

    __slots__ = ("_cols", "_i")

    def __init__(self, cols: dict[str, np.ndarray], i: int):
        self._cols, self._i = cols, i

    def __getitem__(self, key: str):
        return self._cols[key][self._i]

    def get(self, key: str, default=None):
        column = self._cols.get(key)
        return default if column is None else column[self._i]


@lru_cache(maxsize=2)
def _font(italic: bool) -> QFont:
    font = QFont()
    font.setItalic(italic)
    font.setBold(not italic)
    return font


def _nan(value) -> bool:
    """Missing number (cheaper than ``price_text.is_missing``; called for every cell)."""
    return value is None or (isinstance(value, (float, np.floating)) and math.isnan(value))
