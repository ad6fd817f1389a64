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

from ...engine.pricing_parts import PARTS
from ...reports.columns import Column
from ...reports.formatting import (
    column_decimals,
    format_money,
    format_percent,
    format_price,
    money_text,
    small_column_decimals,
)
from ...reports.vocabulary import (
    OVER_CONTEXT_MARK,
    STATUS,
    UNCERTAIN_MARK,
    part_word,
    status_explanation,
)
from ..catalog.price_text import AMBER, GREEN, RED, color, date_text
from ..i18n import translate
from .price_tips import SHARE_FLAT, record_lines, source_lines
from .table_columns import TEXT_KINDS


class CellFormat:
    """Cell texts, sort keys, colours, fonts and tooltips for the comparison table."""

    texts: dict[str, str]
    currency: str
    units: str
    language: str
    reference: str | None
    dates: dict[str, str]
    #: How the off-peak share of time-banded prices was found (``price_tips.SHARE_*``).
    share_basis: str = SHARE_FLAT
    #: Decimals of each money column (``money_places``): one kind per column.
    places: dict[str, int] = {}  # noqa: RUF012 (replaced whole, never changed in place)

    def _money(self, value: float, column: Column) -> str:
        places = self.places.get(column.key)
        if places is None:
            return format_money(value, self.currency, units=self.units)
        return money_text(value, self.currency, places, units=self.units)

    def _text(self, row: Row, column: Column) -> str:  # noqa: C901
        t = self.texts
        if column.kind == "vendor":
            if self.language == "zh":
                return row.get("vendor_cn") or row["vendor"]
            return row["vendor"]
        if column.kind == "model":
            if _true(row.get("current_over_context")):
                return f"{row['model_name']} {OVER_CONTEXT_MARK}"
            return row["model_name"]
        if column.kind == "tier":
            return translate("Tiers", str(row[column.key] or ""))
        if column.kind in ("price", "cost"):
            status = STATUS[row[f"{column.side}_status"]]
            if column.kind == "cost":
                if status.key != "priced":  # free, unknown, not offered: the word says it
                    return t[status.key]
                text = self._money(row[column.key], column)
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
            return "" if _nan(value) else self._money(value, column)
        if column.kind == "percent":
            return format_percent(row["savings_pct"])
        if column.kind == "date":
            return self._date_text(row, column)
        return ""

    def _date_text(self, row: Row, column: Column) -> str:
        """The date the side's price took effect; ``retired <date>`` for a retirement,
        the status word without a record, and ``· old`` when its evidence is over a year
        older than the date priced."""
        side = column.side
        status = row[f"{side}_status"]
        if status == "not_offered":
            return self.texts[status]
        day = date_text(row[column.key]) if not _nat(row[column.key]) else ""
        if status == "retired":
            return self.texts["date_retired"].format(date=day)
        if day and row.get(f"{side}_old_price"):
            return self.texts["date_old"].format(date=day)
        return day

    def _plain(self, row: Row, column: Column):
        """What Copy table pastes: numbers in the header's currency and unit (a percentage
        as 97.0), free as 0, and the word for an unknown, not-offered or retired value."""
        if column.kind == "model":
            return row["model_name"]  # the name, without marks
        if column.kind in TEXT_KINDS:
            return self._text(row, column)  # as shown, not the sort key (case-folded)
        if column.kind == "date":
            value = row[column.key]
            return "" if _nat(value) else date_text(value)
        if column.side:
            status = row[f"{column.side}_status"]
            if status in ("not_offered", "retired"):  # no record to read a number from
                return self.texts[status]
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
        if column.kind == "date":
            return None if _nat(value) else float(np.datetime64(value, "D").astype(np.int64))
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
            if column.kind == "date":
                return AMBER if row.get(f"{column.side}_old_price") else None
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
            tip = (f"{row['model_name']} ({row['model_id']})\n"
                   f"{row['vendor']} {row.get('vendor_cn') or ''}")
            for side in ("baseline", "current"):
                if row.get(f"{side}_status") == "retired":
                    tip += "\n" + status_explanation("retired", date=self.dates[side])
                    break
            if _true(row.get("current_over_context")):
                window = row.get("context_window")
                tip += "\n" + t["tip_over_context"].format(
                    window="?" if _nan(window) else f"{float(window):,.0f}")
            return tip
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
        if status.key == "retired":  # the record in effect is the retirement
            lines = [status_explanation("retired", **values),
                     t["tip_retired_on"].format(date=date_text(row[f"{side}_effective_from"]))]
            return "\n".join([*lines, *source_lines(row, side, t), t["tip_open"]])
        if not status.has_cost and status.key != "unknown":  # no price record to describe
            return status_explanation(status.key, **values)
        lines = []
        if status.key == "unknown" or (column.kind == "price" and _nan(row[column.key])):
            lines.append(status_explanation("unknown", **values))
        elif status.key != "priced":
            lines.append(status_explanation(status.key, **values))
        lines += record_lines(row, side, t, self.currency,
                              column.price if column.kind == "price" else "",
                              self.share_basis, date)
        if column.kind == "cost" and status.has_cost:
            lines += self._billing_lines(row, side)
        lines += source_lines(row, side, t)
        lines.append(t["tip_open"])
        return "\n".join(lines)

    def _billing_lines(self, row: Row, side: str) -> list[str]:
        """The cost by part (those that are not 0) and standard prices used for a batch
        share or tier the model lacks (the off-peak share is among the record's lines)."""
        t = self.texts
        parts = [(part, row.get(f"{side}_cost_{part}")) for part in PARTS]
        shown = [(part, value) for part, value in parts if not _nan(value) and value]
        lines = []
        if len(shown) > 1 or (shown and shown[0][0] != "input"):
            lines.append(t["tip_parts"])
            lines.extend(f"  • {part_word(part)}: "
                         f"{format_money(value, self.currency, units=self.units)}"
                         for part, value in shown)
        if _true(row.get(f"{side}_variant_fallback")):
            lines.append(t["tip_fallback"])
        return lines

    def _font_of(self, row: Row, column: Column) -> QFont | None:
        """Italic for missing prices and costs, bold for the reference model's name, struck
        through for a model retired at the current date."""
        status = STATUS.get(row.get(f"{column.side}_status")) if column.side else None
        if status is not None and not status.has_cost:
            return _font(italic=True)
        if column.kind == "model":
            retired = row.get("current_status") == "retired"
            bold = row["model_id"] == self.reference
            if retired or bold:
                return _font(bold=bold, strike=retired)
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


@lru_cache(maxsize=8)
def _font(italic: bool = False, bold: bool = False, strike: bool = False) -> QFont:
    font = QFont()
    font.setItalic(italic)
    font.setBold(bold)
    font.setStrikeOut(strike)
    return font


def _nat(value) -> bool:
    """Missing date (NaT or None)."""
    return value is None or (isinstance(value, np.datetime64) and np.isnat(value))


def _true(value) -> bool:
    """A flag column's value is set (numpy or Python bool; None and NaN are not)."""
    return isinstance(value, (bool, np.bool_)) and bool(value)


def _nan(value) -> bool:
    """Missing number (cheaper than ``price_text.is_missing``; called for every cell)."""
    return value is None or (isinstance(value, (float, np.floating)) and math.isnan(value))


def money_places(arrays: dict[str, np.ndarray], columns) -> dict[str, int]:
    """One number of decimals for each money column of ``columns`` in ``arrays``, from
    its own amounts (costs per request from their smallest, to keep three significant
    digits): ¥876 beside ¥1,360, not ¥875.81."""
    places = {}
    for column in columns:
        if column.kind in ("cost", "savings") and column.key in arrays:
            values = np.asarray(arrays[column.key], dtype=float)
            places[column.key] = (small_column_decimals(values)
                                  if column.key.endswith("_per_request")
                                  else column_decimals(values))
    return places

