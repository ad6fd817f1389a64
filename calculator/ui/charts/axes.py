"""Axis items that label money and categories the way the tables do."""

from __future__ import annotations

import pyqtgraph as pg

from ...reports.formatting import format_money


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
