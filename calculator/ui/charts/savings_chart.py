"""Savings per model (baseline minus current), with the percentage at each bar."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyqtgraph as pg

from ...reports.formatting import format_money, format_percent
from .axes import MoneyAxis
from .base import ChartBase, text_item
from .palette import NEGATIVE_RED, STATUS_GREY, vendor_color
from .style import SCREEN, ChartStyle, axis_label

BAR = 0.6


class SavingsChart(ChartBase):
    """Horizontal bars sorted by savings; a price rise extends left of zero.

    ``rows`` columns: label, vendor, savings, savings_pct, baseline_status,
    current_status. Rows without both prices show why instead of a bar.
    """

    name = "savings"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(style, parent)
        self.axis = MoneyAxis("bottom")
        self.plot = self.add_plot(axisItems={"bottom": self.axis})
        self.rows = pd.DataFrame()
        self.currency = "CNY"
        self.texts = {"title": "Monthly savings from the price changes",
                      "axis": "{currency} saved / month", "empty": "Select models to compare",
                      "no_baseline": "no baseline price", "no_current": "no current price",
                      "savings": "Savings", "more": "costs more"}

    def set_data(self, rows: pd.DataFrame, currency: str, units: str = "plain") -> None:
        self.draw_count += 1
        self.currency = currency
        self.axis.currency, self.axis.units = currency, units
        order = np.argsort(-rows["savings"].fillna(-np.inf).to_numpy(), kind="stable")
        self.rows = rows.iloc[order].reset_index(drop=True)
        plot = self.plot
        plot.clear()
        plot.setTitle(self.texts["title"])
        axis_label(plot, "bottom", self.texts["axis"].format(currency=currency), self.style)
        n = len(self.rows)
        if n == 0:
            self.set_categories(plot, [], [])
            plot.setXRange(0, 1, padding=0)
            plot.setYRange(0, 1, padding=0)
            self.show_empty(self.texts["empty"])
            return
        self.show_empty(None)
        ys = np.arange(n)[::-1].astype(float)
        savings = self.rows["savings"].to_numpy(float)
        vendors = self.rows["vendor"].tolist()
        known = ~np.isnan(savings)
        plot.addItem(pg.BarGraphItem(
            x0=np.zeros(n), width=np.nan_to_num(savings), y=ys, height=BAR,
            brushes=[vendor_color(v) for v in vendors],
            pens=[pg.mkPen(NEGATIVE_RED, width=2) if s < 0 else pg.mkPen(None)
                  for s in np.nan_to_num(savings)]))
        low = min(0.0, np.nanmin(savings) if known.any() else 0.0)
        high = max(0.0, np.nanmax(savings) if known.any() else 0.0)
        span = (high - low) or 1.0
        px = self.style.value_px
        if n <= 60:
            for y, row, value in zip(ys, self.rows.itertuples(index=False), savings, strict=True):
                if math.isnan(value):
                    reason = (self.texts["no_baseline"]
                              if row.baseline_status in ("unknown", "not_offered")
                              else self.texts["no_current"])
                    item = text_item(reason, STATUS_GREY, px)
                    item.setPos(0, y)
                else:
                    text = format_percent(row.savings_pct) or format_money(value, currency)
                    if value < 0:
                        text = f"{text} {self.texts['more']}"
                    item = text_item(text, NEGATIVE_RED if value < 0 else "#343A40", px,
                                     anchor=(1, 0.5) if value < 0 else (0, 0.5))
                    item.setPos(value, y)
                plot.addItem(item)
        plot.addItem(pg.InfiniteLine(0, angle=90, pen=pg.mkPen("#495057", width=1)))
        self.set_categories(plot, ys, list(self.rows["label"]))
        plot.setXRange(low - (0.25 * span if low < 0 else 0), high + 0.22 * span, padding=0)
        plot.setYRange(-0.6, n - 0.4, padding=0)

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        n = len(self.rows)
        index = n - 1 - int(math.floor(y + 0.5))
        if n == 0 or not 0 <= index < n:
            return None
        row = self.rows.iloc[index]
        if math.isnan(row["savings"]):
            reason = (self.texts["no_baseline"] if row["baseline_status"] in
                      ("unknown", "not_offered") else self.texts["no_current"])
            return f"{row['label']}\n{reason}"
        pct = format_percent(row["savings_pct"])
        return (f"{row['label']}\n{self.texts['savings']}: "
                f"{format_money(row['savings'], self.currency)}" + (f" ({pct})" if pct else ""))
