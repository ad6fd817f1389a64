"""Price per 1M tokens over time: a step line per model, the May 2024 cuts marked."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtGui import QColor

from ...reports.formatting import format_price
from .axes import MoneyAxis
from .base import ChartBase, side_legend, text_item
from .style import SCREEN, ChartStyle, axis_label

PRICE_WAR = (dt.date(2024, 5, 6), dt.date(2024, 5, 22))
DAY = 86400.0


def timestamp(date) -> float:
    """Seconds since 1970-01-01 UTC for a date (the date axis is pinned to UTC)."""
    return float(pd.Timestamp(date).normalize().value // 10**9)


class HistoryChart(ChartBase):
    """Step lines of one price (input, output or blended) per model.

    ``history`` is the engine's price-history frame with a ``price`` column added
    (the price to draw) and ``label``; ``colors`` maps model_id to a colour.
    Prices hold from each record's date until the next; unknown prices leave a gap.
    With ``log=True`` the axis is logarithmic and free (0) is drawn on the floor.
    """

    name = "price_history"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(style, parent)
        self.axis = MoneyAxis("left")
        self.date_axis = pg.DateAxisItem("bottom", utcOffset=0)
        self.plot = self.add_plot(axisItems={"left": self.axis, "bottom": self.date_axis})
        self.legend = side_legend(self, col=1, style=style)
        self.series: list[tuple[str, np.ndarray, np.ndarray]] = []
        self.currency = "CNY"
        self.log = False
        self.texts = {"title": "Price per 1M tokens over time", "axis": "{currency} per 1M {what}",
                      "input": "input tokens", "output": "output tokens",
                      "blended": "tokens (your input/output mix)", "war": "May 2024 price war",
                      "baseline": "baseline", "current": "current", "free": "free",
                      "unknown": "unknown", "empty": "Select models to compare"}

    def set_data(self, history: pd.DataFrame, colors: dict, currency: str, what: str,
                 baseline: dt.date, current: dt.date, log: bool = True) -> None:
        self.draw_count += 1
        self.currency, self.log = currency, log
        plot = self.plot
        plot.clear()
        self.legend.clear()
        plot.setLogMode(x=False, y=log)
        self.axis.currency, self.axis.log = currency, log
        plot.setTitle(self.texts["title"])
        axis_label(plot, "left", self.texts["axis"].format(currency=currency,
                                                           what=self.texts[what]), self.style)
        start = min(timestamp(PRICE_WAR[0]) - 60 * DAY, timestamp(baseline) - 30 * DAY)
        end = max(timestamp(current), timestamp(PRICE_WAR[1])) + 45 * DAY
        positive = history["price"][history["price"] > 0]
        floor = 10 ** math.floor(math.log10(positive.min())) / 2 if len(positive) else 0.1
        self.floor = floor
        self.series = []
        groups = history.groupby("model_id", sort=False)
        for model_id in pd.unique(history["model_id"]):  # first-seen order = table order
            group = groups.get_group(model_id)
            group = group[group["effective_from"].notna()]
            xs = np.array([timestamp(d) for d in group["effective_from"]] + [end])
            ys = group["price"].to_numpy(float)
            shown = np.where(ys == 0, floor, ys) if log else ys
            color = QColor(colors[model_id])
            curve = pg.PlotDataItem(xs, np.r_[shown, shown[-1:]], stepMode="left",
                                    pen=pg.mkPen(color, width=2), connect="finite")
            plot.addItem(curve)
            self.legend.addItem(curve, str(group["label"].iloc[0]))
            self.series.append((str(group["label"].iloc[0]), xs, ys))
        region = pg.LinearRegionItem((timestamp(PRICE_WAR[0]), timestamp(PRICE_WAR[1])),
                                     movable=False, brush=pg.mkBrush(250, 82, 82, 40),
                                     pen=pg.mkPen(None))
        plot.addItem(region, ignoreBounds=True)
        for date, key, anchor in ((baseline, "baseline", (0, 1)), (current, "current", (1, 1))):
            line = pg.InfiniteLine(timestamp(date), angle=90, pen=pg.mkPen(
                "#495057", width=1, style=pg.QtCore.Qt.PenStyle.DotLine),
                label=self.texts[key], labelOpts={"position": 0.04, "color": "#495057",
                                                  "anchors": [anchor, anchor]})
            plot.addItem(line, ignoreBounds=True)
        plot.setXRange(start, end, padding=0)
        if len(history):
            prices = np.where(history["price"] == 0, floor, history["price"]).astype(float)
            low, high = np.nanmin(prices), np.nanmax(prices)
            if log:
                plot.setYRange(math.log10(low) - 0.15, math.log10(high) + 0.35, padding=0)
            else:
                plot.setYRange(0, high * 1.15 if high > 0 else 1, padding=0)
        war = text_item(self.texts["war"], "#C92A2A", self.style.value_px, anchor=(0, 0))
        (_, _), (_, y1) = plot.viewRange()
        war.setPos(timestamp(PRICE_WAR[1]) + 3 * DAY, y1)
        plot.addItem(war, ignoreBounds=True)
        if log and (history["price"] == 0).any():
            free = text_item(self.texts["free"] + " (0)", "#2B8A3E", self.style.value_px,
                             anchor=(0, 1))
            free.setPos(start, math.log10(floor))
            plot.addItem(free, ignoreBounds=True)
        self.show_empty(None if len(history) else self.texts["empty"])

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        if not self.series:
            return None
        best, best_gap = None, math.inf
        for label, xs, ys in self.series:
            i = int(np.searchsorted(xs, x, side="right")) - 1
            if i < 0 or i >= len(ys):
                continue
            value = ys[i]
            drawn = (math.log10(self.floor if value == 0 else value) if self.log else value) \
                if not math.isnan(value) else math.nan
            gap = abs(drawn - y) if not math.isnan(drawn) else math.inf
            if gap < best_gap:
                best, best_gap = (label, xs[i], value), gap
        if best is None:
            return None
        label, since, value = best
        when = dt.datetime.fromtimestamp(since, dt.UTC).date().isoformat()
        price = (self.texts["unknown"] if math.isnan(value) else self.texts["free"] if value == 0
                 else format_price(value, self.currency))
        return f"{label}\n{price} per 1M tokens since {when}"
