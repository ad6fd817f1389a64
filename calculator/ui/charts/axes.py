"""Axis items that label money and categories the way the tables do."""

from __future__ import annotations

import math

import pyqtgraph as pg

from ...reports.formatting import format_money

#: Steps an axis end is rounded up to, per power of ten.
NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
#: Finer steps, for bar charts whose longest bar should nearly fill the plot (at most
#: about 15 % of room is added).
FINE_STEPS = (1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 2.0, 2.25, 2.5, 2.75, 3.0, 3.5, 4.0,
              4.5, 5.0, 5.5, 6.0, 7.0, 8.0, 9.0, 10.0)


def nice_ceiling(value: float, steps: tuple[float, ...] = NICE_STEPS) -> float:
    """The smallest "round" number >= ``value`` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k).

    Axis ends rounded this way stay put while a number is typed, so the ticks do not
    jump on every keystroke (and the axis need not be drawn again); 0 and negative
    values are returned as they are.
    """
    if not value > 0 or not math.isfinite(value):
        return value
    power = 10.0 ** math.floor(math.log10(value))
    for step in steps:
        if step * power >= value * (1 - 1e-12):
            return step * power
    return 10.0 * power


class MoneyAxis(pg.AxisItem):
    """Tick labels with thousands separators (``12,000``) or 万/亿 (``1.2万``)."""

    def __init__(self, orientation: str, currency: str = "CNY", units: str = "plain", **kw):
        super().__init__(orientation, **kw)
        self.currency = currency
        self.units = units
        self.log = False

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if self.units == "cn" and not self.log:
            wan = cn_ticks([v * scale for v in values])
            if wan is not None:
                return wan
        out = []
        whole = spacing is not None and abs(spacing * (scale or 1)) >= 1
        for value in values:
            if self.log and abs(value - round(value)) > 1e-6:
                out.append("")  # log axis: label the decades only (0.1, 1, 10, 100)
                continue
            number = 10 ** value if self.log else value * scale
            places = 0 if whole or self.log else None
            if self.log and number < 1:
                places = None
            text = format_money(number, self.currency, decimals=places, symbol=False)
            if self.log and "." in text:
                text = text.rstrip("0").rstrip(".")
            out.append(text)
        return out


def cn_ticks(numbers: list[float]) -> list[str] | None:
    """One unit along a Chinese axis: ``0, 5万, 10万, 15万`` (never ``5,000`` next to
    ``1万``), or 亿 from 1亿 up; ``None`` below 10万, where ``2,000 … 14,000`` reads
    better than ``0.2万 … 1.4万``."""
    top = max((abs(n) for n in numbers), default=0.0)
    if top < 1e5:
        return None
    size, unit = (1e8, "亿") if top >= 1e8 else (1e4, "万")
    out = []
    for n in numbers:
        scaled = round(n / size, 4)
        text = f"{scaled:,.2f}".rstrip("0").rstrip(".") if scaled else "0"
        out.append(text + unit if scaled else text)
    return out
