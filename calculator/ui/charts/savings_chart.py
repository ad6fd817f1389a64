"""Savings per model (baseline minus current), with the percentage at each bar."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyqtgraph as pg

from ...reports.formatting import format_money, format_percent
from ...reports.vocabulary import missing
from .bar_chart import BarChart
from .base import set_bars
from .palette import NEGATIVE_RED, STATUS_GREY, vendor_hex
from .pools import Label, brush, pen
from .style import SCREEN, ChartStyle
from .texts import savings_texts

BAR = 0.6


class SavingsChart(BarChart):
    """Horizontal bars sorted by savings; a price rise extends left of zero.

    ``rows`` columns: label, vendor, savings, savings_pct, baseline_status,
    current_status. Rows without both prices show why instead of a bar.
    """

    name = "savings"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(savings_texts(), style, parent)
        self.bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR)
        self.plot.addItem(self.bars)
        self.zero = pg.InfiniteLine(0, angle=90, pen=pg.mkPen("#495057", width=1))
        self.plot.addItem(self.zero)

    def set_data(self, rows: pd.DataFrame, currency: str, units: str = "plain",
                 more: int = 0) -> None:
        """Draw ``rows``; ``more`` counts models left out of the chart (named in the title)."""
        order = np.argsort(-np.nan_to_num(rows["savings"].to_numpy(float), nan=-np.inf),
                           kind="stable")
        ys = self.start(rows, order, currency, units, more)
        n = len(ys)
        savings = self.rows["savings"].to_numpy(float)
        vendors = self.rows["vendor"].to_numpy()
        set_bars(self.bars,
            x0=np.zeros(n), width=np.nan_to_num(savings), y=ys, height=BAR,
            brushes=[brush(vendor_hex(v)) for v in vendors],
            pens=[pen(NEGATIVE_RED, 2) if s < 0 else pen(None) for s in np.nan_to_num(savings)])
        known = ~np.isnan(savings)
        low = min(0.0, float(np.nanmin(savings))) if known.any() else 0.0
        high = max(0.0, float(np.nanmax(savings))) if known.any() else 0.0
        self.finish(ys, lambda: self._value_labels(ys, savings), low, high)

    def _reason(self, baseline_status: str) -> str:
        return (self.texts["no_baseline"] if missing(baseline_status)
                else self.texts["no_current"])

    def _value_labels(self, ys, savings) -> list[Label]:
        labels = []
        rows = zip(self.rows["baseline_status"], self.rows["savings_pct"], strict=True)
        for y, value, (b_status, pct) in zip(ys, savings, rows, strict=True):
            if math.isnan(value):
                labels.append(Label(self._reason(b_status), STATUS_GREY, 0.0, y))
                continue
            if value < 0:  # the price went up: say by how much, as a positive amount
                amount = format_percent(-pct) or format_money(-value, self.currency)
                labels.append(Label(self.texts["more"].format(amount=amount), NEGATIVE_RED,
                                    float(value), y, (1, 0.5)))
            else:
                text = format_percent(pct) or format_money(value, self.currency)
                labels.append(Label(text, "#343A40", float(value), y))
        return labels

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        row = self.row_at(y)
        if row is None:
            return None
        if math.isnan(row["savings"]):
            return f"{row['label']}\n{self._reason(row['baseline_status'])}"
        pct = format_percent(row["savings_pct"])
        return (f"{row['label']}\n{self.texts['savings']}: "
                f"{format_money(row['savings'], self.currency)}" + (f" ({pct})" if pct else ""))
