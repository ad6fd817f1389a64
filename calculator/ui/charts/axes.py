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
        out = []
        whole = spacing is not None and abs(spacing * (scale or 1)) >= 1
        for value in values:
            number = 10 ** value if self.log else value * scale
            places = 0 if whole or self.log else None
            if self.log and number < 1:
                places = None
            text = format_money(number, self.currency, units=self.units, decimals=places,
                                symbol=False)
            if self.log and "." in text:
                text = text.rstrip("0").rstrip(".")
            out.append(text)
        return out
