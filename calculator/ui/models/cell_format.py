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

from ...reports.columns import Column
from ...reports.formatting import format_money, format_percent, format_price
from ...reports.vocabulary import STATUS, UNCERTAIN_MARK, status_explanation
from ..catalog.price_text import AMBER, GREEN, RED, color, date_text, split_sources
from ..i18n import translate
from .table_columns import TEXT_KINDS


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
        if column.kind == "vendor":
            return (row.get("vendor_cn") or row["vendor"]) if self.language == "zh" else row["vendor"]
        if column.kind == "model":
            return row["model_name"]
        if column.kind == "tier":
            return translate("Tiers", str(row[column.key] or ""))
        if column.kind in ("price", "cost"):
            status = STATUS[row[f"{column.side}_status"]]
            if column.kind == "cost":
                if status.key != "priced":  # free, unknown, not offered: the word says it
                    return t[status.key]
                text = format_money(row[column.key], self.currency, units=self.units)
                if row[f"{column.side}_record_status"] == "uncertain":
                    text = f"{UNCERTAIN_MARK} {text}"  # said in text too, not by colour alone
                return text
            if not status.has_cost and status.key != "unknown":
                return t[status.key]  # no price record at all (not offered...)
            value = row[column.key]
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
        if column.kind in TEXT_KINDS:
            return self._text(row, column)  # as shown, not the sort key (case-folded)
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
        if column.kind in TEXT_KINDS:
            return self._text(row, column).casefold()
        value = row[column.key]
        return None if _nan(value) else float(value)

    def _color(self, row: Row, column: Column):
        if column.side:
            status = STATUS[row[f"{column.side}_status"]]
            if not status.has_cost:
                return color(status.color)
            if column.kind == "price":
                value = row[column.key]
                if _nan(value):
                    return color(STATUS["unknown"].color)
                if value == 0:
                    return GREEN
            if status.key != "priced":
                return color(status.color)
            if row[f"{column.side}_record_status"] == "uncertain":
                return AMBER
        if column.kind == "savings" and not _nan(row[column.key]) and row[column.key] < 0:
            return RED
        return None

    def _tooltip(self, row: Row, column: Column) -> str | None:
        t = self.texts
        if column.kind in ("vendor", "model"):
            return f"{row['model_name']} ({row['model_id']})\n{row['vendor']} {row.get('vendor_cn') or ''}"
        if column.kind == "percent" and _nan(row["savings_pct"]):
            return t["tip_pct_none"]
        if column.key == "savings_vs_reference" and not self.reference:
            return t["tip_ref_none"]
        if not column.side:
            return None
        side = column.side
        date = self.dates[side]
        status = STATUS[row[f"{side}_status"]]
        values = {"date": date, "launched": date_text(row.get("launched"))}
        if not status.has_cost and status.key != "unknown":  # no price record to describe
            return status_explanation(status.key, **values)
        lines = []
        if status.key == "unknown" or (column.kind == "price" and _nan(row[column.key])):
            lines.append(status_explanation("unknown", **values))
        elif status.key != "priced":
            lines.append(status_explanation(status.key, **values))
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
        status = STATUS.get(row.get(f"{column.side}_status")) if column.side else None
        if status is not None and not status.has_cost:
            return _font(True)
        if column.kind == "model" and row["model_id"] == self.reference:
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
