"""Text for numbers: money with currency, token counts, percentages, dates.

Used by the command line, the window and every report so the same number reads
the same everywhere. ``units="cn"`` writes large amounts with 万 and 亿.
"""

from __future__ import annotations

import math

import numpy as np

from ..engine.fx import SYMBOLS

# Currency prefixes: CN¥ vs US$ would be clearest to an international reader, "¥" and
# "$" are what Chinese and US readers expect; the code is always nearby.

_CN_UNITS = ((1e8, "亿"), (1e4, "万"))
_EN_UNITS = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))


def money_decimals(value: float) -> int:
    """Decimals a budget reader wants: ¥12,346 (no cents from 1,000 up), ¥12.35, ¥0.0024."""
    magnitude = abs(value)
    if magnitude >= 1000:
        return 0
    if magnitude == 0 or magnitude >= 0.1:
        return 2
    return min(6, 2 - math.floor(math.log10(magnitude)))  # 3 significant digits: ¥0.0024


def column_decimals(values) -> int:
    """One number of decimals for a column of amounts, from its largest: ¥42 beside
    ¥11,478 (not ¥42.00), ¥0.35 beside ¥12.50. Use :func:`money_text` per cell."""
    amounts = _finite_magnitudes(values)
    return money_decimals(float(amounts.max())) if amounts.size else 2


def small_column_decimals(values) -> int:
    """One number of decimals for a column of small amounts (costs per request), from its
    smallest non-zero one, so that it keeps three significant digits and the rest line
    up with it: ¥0.00240 beside ¥0.15000."""
    amounts = _finite_magnitudes(values)
    amounts = amounts[amounts != 0]
    return money_decimals(float(amounts.min())) if amounts.size else 2


def _finite_magnitudes(values) -> np.ndarray:
    """|v| of the finite amounts among ``values`` (None and NaN left out)."""
    array = np.asarray(values, dtype=float)
    return np.abs(array[np.isfinite(array)])


def money_text(value: float | None, currency: str, decimals: int, *,
               units: str = "plain") -> str:
    """``format_money`` with a column's decimals; an amount under 10 that would lose
    its cents (¥0.80 in a column of thousands) keeps two decimals."""
    if value is not None and not math.isnan(value) and decimals == 0 and 0 < abs(value) < 10:
        decimals = 2
    return format_money(value, currency, units=units, decimals=decimals)


def format_money(value: float | None, currency: str, *, units: str = "plain",
                 decimals: int | None = None, symbol: bool = True) -> str:
    """``¥1,234.56``, ``$0.0024``, or with ``units="cn"`` ``¥3.5万``. NaN/None → ``""``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    sign = "-" if value < 0 else ""
    prefix = SYMBOLS.get(currency, currency + " ") if symbol else ""
    magnitude = abs(value)
    if units == "cn" and magnitude >= 1e4:
        return f"{sign}{prefix}{_scaled(magnitude, _CN_UNITS, fixed=2)}"
    places = money_decimals(magnitude) if decimals is None else decimals
    return f"{sign}{prefix}{magnitude:,.{places}f}"


def format_price(value: float | None, currency: str, *, symbol: bool = True) -> str:
    """A price per 1M tokens to 3 significant digits, zeros trimmed: ``¥0.8``, ``$2.78``
    (a converted ¥20 at 7.2), ``$16.7``, ``¥120``. Exact prices are in the tooltips."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    prefix = SYMBOLS.get(currency, currency + " ") if symbol else ""
    magnitude = abs(value)
    places = 0 if magnitude == 0 else min(6, max(0, 2 - math.floor(math.log10(magnitude))))
    text = f"{value:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{prefix}{text}"


def format_tokens(value: float | None, *, units: str = "plain") -> str:
    """``1,200,000``; ``units="short"`` → ``1.2M``; ``units="cn"`` → ``120万``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if units == "cn" and abs(value) >= 1e4:
        return _scaled(abs(value), _CN_UNITS)
    if units == "short" and abs(value) >= 1e3:
        return _scaled(abs(value), _EN_UNITS)
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_percent(fraction: float | None, decimals: int = 1) -> str:
    if fraction is None or (isinstance(fraction, float) and math.isnan(fraction)):
        return ""
    return f"{fraction * 100:.{decimals}f}%"


def _scaled(magnitude: float, table: tuple[tuple[float, str], ...], fixed: int | None = None
            ) -> str:
    """``1.2亿`` (``fixed=2``: ``1.20亿``, so a column of amounts lines up)."""
    for size, unit in table:
        if magnitude >= size:
            scaled = magnitude / size
            if scaled >= 1000:
                text = f"{scaled:,.0f}"
            elif fixed is not None:
                text = f"{scaled:,.{fixed}f}"
            else:
                text = f"{scaled:,.2f}".rstrip("0").rstrip(".")
            return f"{text}{unit}"
    return f"{magnitude:,.0f}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(value, language: str = "en") -> str:
    """A date as readers of ``language`` write it: ``May 1, 2024`` or ``2024年5月1日``.

    Data columns (CSV, XLSX, JSON) keep ISO dates; this is for text people read.
    """
    if value is None:
        return ""
    try:
        date = value.date() if hasattr(value, "date") and callable(value.date) else value
        year, month, day = date.year, date.month, date.day
    except AttributeError:
        return str(value)
    if language.startswith("zh"):
        return f"{year}年{month}月{day}日"
    return f"{_MONTHS[month - 1]} {day}, {year}"
