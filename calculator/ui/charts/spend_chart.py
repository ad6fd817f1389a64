"""Monthly spend per model: baseline and current bars side by side, sorted by current spend."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtGui import QColor

from ...reports.formatting import format_money
from .axes import MoneyAxis
from .base import ChartBase, text_item
from .palette import STATUS_GREY, baseline_color, vendor_color
from .style import SCREEN, ChartStyle, axis_label

BAR = 0.36
STATUS_WORDS = {"unknown": "unknown", "not_offered": "not offered", "free": "free"}


class SpendChart(ChartBase):
    """Horizontal bars, one row per model, top row = highest current spend.

    ``rows`` columns: label, vendor, baseline_cost, current_cost, baseline_status,
    current_status. Unknown and not offered get a grey word instead of a bar.
    """

    name = "spend"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(style, parent)
        self.axis = MoneyAxis("bottom")
        self.plot = self.add_plot(axisItems={"bottom": self.axis})
        self.rows = pd.DataFrame()
        self.currency = "CNY"
        self.words = dict(STATUS_WORDS)
        self.labels = {"baseline": "Baseline", "current": "Current"}
        self.texts = {"title": "Monthly spend per model", "axis": "{currency} / month",
                      "empty": "Select models to compare"}
        self.legend = self.plot.addLegend(offset=(-8, -8), labelTextSize=f"{style.value_px}px")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 220))

    def set_data(self, rows: pd.DataFrame, currency: str, baseline_label: str = "Baseline",
                 current_label: str = "Current", units: str = "plain") -> None:
        self.draw_count += 1
        self.currency = currency
        self.axis.currency, self.axis.units = currency, units
        self.labels = {"baseline": baseline_label, "current": current_label}
        order = np.argsort(-rows["current_cost"].fillna(-1.0).to_numpy(), kind="stable")
        self.rows = rows.iloc[order].reset_index(drop=True)
        plot = self.plot
        plot.clear()
        self.legend.clear()
        plot.setTitle(self.texts["title"])
        axis_label(plot, "bottom", self.texts["axis"].format(currency=currency), self.style)
        n = len(self.rows)
        if n == 0:
            plot.setXRange(0, 1, padding=0)
            plot.setYRange(0, 1, padding=0)
            self.set_categories(plot, [], [])
            self.show_empty(self.texts["empty"])
            return
        self.show_empty(None)
        ys = np.arange(n)[::-1].astype(float)
        vendors = self.rows["vendor"].tolist()
        base = self.rows["baseline_cost"].to_numpy(float)
        cur = self.rows["current_cost"].to_numpy(float)
        top = np.nanmax(np.r_[base, cur, 0.0])
        top = top if top > 0 else 1.0
        plot.addItem(pg.BarGraphItem(
            x0=np.zeros(n), width=np.nan_to_num(base), y=ys + BAR / 2, height=BAR,
            brushes=[baseline_color(v) for v in vendors],
            pens=[pg.mkPen(vendor_color(v), width=1) for v in vendors]))
        plot.addItem(pg.BarGraphItem(
            x0=np.zeros(n), width=np.nan_to_num(cur), y=ys - BAR / 2, height=BAR,
            brushes=[vendor_color(v) for v in vendors], pens=[pg.mkPen(None)] * n))
        px = self.style.value_px
        if n <= 60:
            for y, row in zip(ys, self.rows.itertuples(index=False), strict=True):
                for side, offset in (("baseline", BAR / 2), ("current", -BAR / 2)):
                    status = getattr(row, f"{side}_status")
                    value = getattr(row, f"{side}_cost")
                    if status in ("unknown", "not_offered"):
                        item = text_item(self.words[status], STATUS_GREY, px)
                        item.setPos(0, y + offset)
                    elif side == "current":
                        word = f" ({self.words['free']})" if status == "free" else ""
                        item = text_item(format_money(value, currency, units=units) + word,
                                         "#343A40", px)
                        item.setPos(value, y + offset)
                    else:
                        continue
                    plot.addItem(item)
        self.set_categories(plot, ys, list(self.rows["label"]))
        plot.setXRange(0, top * 1.18, padding=0)
        plot.setYRange(-0.6, n - 0.4, padding=0)
        for key, color in (("baseline", QColor("#CED4DA")), ("current", QColor("#495057"))):
            sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=color,
                                     pen=pg.mkPen("#868E96" if key == "baseline" else None))
            self.legend.addItem(sample, self.labels[key])

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        n = len(self.rows)
        if n == 0:
            return None
        index = n - 1 - int(math.floor(y + 0.5))
        if not 0 <= index < n:
            return None
        row = self.rows.iloc[index]
        lines = [row["label"]]
        for side in ("baseline", "current"):
            status = row[f"{side}_status"]
            value = (self.words[status] if status in ("unknown", "not_offered")
                     else format_money(row[f"{side}_cost"], self.currency))
            if status == "free":
                value += f" ({self.words['free']})"
            lines.append(f"{self.labels[side]}: {value}")
        return "\n".join(lines)
