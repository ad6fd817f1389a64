"""Savings per model (baseline minus current), with the percentage at each bar."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyqtgraph as pg

from ...reports.formatting import format_money, format_percent
from ..fonts import bundled_font
from .axes import MoneyAxis
from .base import ChartBase, set_bars
from .palette import NEGATIVE_RED, STATUS_GREY, vendor_hex
from .pools import Label, LabelsItem, brush, pen
from .style import SCREEN, ChartStyle, axis_label
from .texts import savings_texts

BAR = 0.6
MAX_LABELLED = 60


class SavingsChart(ChartBase):
    """Horizontal bars sorted by savings; a price rise extends left of zero.

    ``rows`` columns: label, vendor, savings, savings_pct, baseline_status,
    current_status. Rows without both prices show why instead of a bar.
    """

    name = "savings"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(style, parent)
        self.axis = MoneyAxis("bottom")
        self.plot = self.add_plot(grid="x", axisItems={"bottom": self.axis})
        self.rows = pd.DataFrame()
        self.currency = "CNY"
        self.texts = savings_texts()
        self.bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR)
        self.plot.addItem(self.bars)
        self.zero = pg.InfiniteLine(0, angle=90, pen=pg.mkPen("#495057", width=1))
        self.plot.addItem(self.zero)
        self.values = LabelsItem(bundled_font(style.value_px))
        self.plot.addItem(self.values, ignoreBounds=True)

    def set_data(self, rows: pd.DataFrame, currency: str, units: str = "plain",
                 more: int = 0) -> None:
        """Draw ``rows``; ``more`` counts models left out of the chart (named in the title)."""
        self.draw_count += 1
        self.currency = currency
        self.axis.currency, self.axis.units = currency, units
        order = np.argsort(-np.nan_to_num(rows["savings"].to_numpy(float), nan=-np.inf),
                           kind="stable")
        self.rows = rows.iloc[order].reset_index(drop=True)
        title = self.texts["title"]
        if more:
            title += " " + self.texts["top"].format(n=len(rows), total=f"{len(rows) + more:,}")
        self.set_title(self.plot, title)
        axis_label(self.plot, "bottom", self.texts["axis"].format(currency=currency), self.style)
        n = len(self.rows)
        ys = np.arange(n)[::-1].astype(float)
        savings = self.rows["savings"].to_numpy(float)
        vendors = self.rows["vendor"].to_numpy()
        set_bars(self.bars,
            x0=np.zeros(n), width=np.nan_to_num(savings), y=ys, height=BAR,
            brushes=[brush(vendor_hex(v)) for v in vendors],
            pens=[pen(NEGATIVE_RED, 2) if s < 0 else pen(None) for s in np.nan_to_num(savings)])
        self.values.set_labels(self._value_labels(ys, savings) if n <= MAX_LABELLED else [])
        self.set_categories(self.plot, ys, list(self.rows["label"]))
        if n == 0:
            self.plot.setXRange(0, 1, padding=0)
            self.plot.setYRange(0, 1, padding=0)
            self.show_empty(self.texts["empty"])
            return
        self.show_empty(None)
        known = ~np.isnan(savings)
        low = min(0.0, float(np.nanmin(savings))) if known.any() else 0.0
        high = max(0.0, float(np.nanmax(savings))) if known.any() else 0.0
        self.fit_x(self.plot, self.values, low, high)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)

    def _reason(self, baseline_status: str) -> str:
        return (self.texts["no_baseline"] if baseline_status in ("unknown", "not_offered")
                else self.texts["no_current"])

    def _value_labels(self, ys, savings) -> list[Label]:
        labels = []
        rows = zip(self.rows["baseline_status"], self.rows["savings_pct"], strict=True)
        for y, value, (b_status, pct) in zip(ys, savings, rows, strict=True):
            if math.isnan(value):
                labels.append(Label(self._reason(b_status), STATUS_GREY, 0.0, y))
                continue
            text = format_percent(pct) or format_money(value, self.currency)
            if value < 0:
                labels.append(Label(f"{text} {self.texts['more']}", NEGATIVE_RED, float(value), y,
                                    (1, 0.5)))
            else:
                labels.append(Label(text, "#343A40", float(value), y))
        return labels

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        n = len(self.rows)
        index = n - 1 - int(math.floor(y + 0.5))
        if n == 0 or not 0 <= index < n:
            return None
        row = self.rows.iloc[index]
        if math.isnan(row["savings"]):
            return f"{row['label']}\n{self._reason(row['baseline_status'])}"
        pct = format_percent(row["savings_pct"])
        return (f"{row['label']}\n{self.texts['savings']}: "
                f"{format_money(row['savings'], self.currency)}" + (f" ({pct})" if pct else ""))
