"""Price per 1M tokens over time: a step line per model, the May 2024 cuts marked."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from ...reports.formatting import format_price
from ...reports.vocabulary import PALETTE
from ..fonts import bundled_font
from .axes import MoneyAxis
from .base import ChartBase, side_legend
from .lines import LinesItem
from .pools import Label, LabelsItem, hex_color, pen
from .style import SCREEN, ChartStyle, axis_label
from .texts import history_texts

PRICE_WAR = (dt.date(2024, 5, 6), dt.date(2024, 5, 22))
DAY = 86400.0


def timestamp(date) -> float:
    """Seconds since 1970-01-01 UTC for a date (the date axis is pinned to UTC)."""
    return float(pd.Timestamp(date).normalize().value // 10**9)


#: Share of the plot's height below the free (0) floor of the log axis.
FREE_ROOM = 0.12

class HistoryChart(ChartBase):
    """Step lines of one price (input, output or blended) per model.

    ``history`` is the engine's price-history frame with a ``price`` column (the
    price to draw) and a ``label``; ``colors`` maps model_id to a colour. Prices
    hold from each record's date until the next; unknown prices leave a gap. With
    ``log=True`` the axis is logarithmic and free (0) is drawn on the floor.
    """

    name = "price_history"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(style, parent)
        self.axis = MoneyAxis("left")
        self.date_axis = pg.DateAxisItem("bottom", utcOffset=0)
        # DateAxisItem picks its tick spacing from font metrics it otherwise takes from
        # the application font (system dependent): measure with the bundled font.
        self.date_axis.fontMetrics = QFontMetrics(bundled_font(style.tick_px))
        self.plot = self.add_plot(axisItems={"left": self.axis, "bottom": self.date_axis})
        self.date_axis.setStyle(maxTextLevel=1)  # label years and months, not every day
        self.legend = side_legend(self, col=1, style=style)
        self.region = pg.LinearRegionItem((timestamp(PRICE_WAR[0]), timestamp(PRICE_WAR[1])),
                                          movable=False, brush=pg.mkBrush(250, 82, 82, 40),
                                          pen=pg.mkPen(None))
        self.plot.addItem(self.region, ignoreBounds=True)
        self.lines = {}
        for key, anchor in (("baseline", (0, 1)), ("current", (1, 1))):
            line = pg.InfiniteLine(0, angle=90, pen=pg.mkPen(
                "#495057", width=1, style=pg.QtCore.Qt.PenStyle.DotLine), label=key,
                labelOpts={"position": 0.04, "color": "#495057", "anchors": [anchor, anchor]})
            line.label.setFont(bundled_font(style.value_px))
            self.plot.addItem(line, ignoreBounds=True)
            self.lines[key] = line
        self.curves = LinesItem(step=True, marker_px=max(4.0, style.value_px * 0.5))
        self.plot.addItem(self.curves)
        self.notes = LabelsItem(bundled_font(style.value_px))
        self.plot.addItem(self.notes, ignoreBounds=True)
        self.series: list[tuple[str, np.ndarray, np.ndarray]] = []
        self.currency = "CNY"
        self.log: bool | None = None
        self.floor = 0.1
        self.texts = history_texts()

    def set_data(self, history: pd.DataFrame, colors: dict, currency: str, what: str,
                 baseline: dt.date, current: dt.date, log: bool = True, more: int = 0,
                 markers: dict | None = None) -> None:
        """``colors`` and ``markers`` (point markers at each price change, telling a
        vendor's models apart) by model id."""
        self.draw_count += 1
        self.currency = currency
        plot = self.plot
        if log != self.log:
            plot.setLogMode(x=False, y=log)
            self.log = log
        self.axis.currency, self.axis.log = currency, log
        self.set_title(plot, self.texts["title"])
        axis_label(plot, "left", self.texts["axis"].format(currency=currency,
                                                           what=self.texts[what]), self.style)
        start = min(timestamp(PRICE_WAR[0]) - 60 * DAY, timestamp(baseline) - 30 * DAY)
        end = max(timestamp(current), timestamp(PRICE_WAR[1])) + 45 * DAY
        if history.empty:
            self.series = []
            self.curves.set_lines([])
            self._update_legend([], [], 0)
            self.notes.set_labels([])
            for line in self.lines.values():
                line.setVisible(False)
            self.region.setVisible(False)
            self.set_range(plot, (start, end), (0, 1))
            self.show_empty(self.texts["empty"])
            return
        for line in self.lines.values():
            line.setVisible(True)
        self.region.setVisible(True)
        prices = history["price"].to_numpy(float)
        positive = prices[prices > 0]
        self.floor = 10 ** math.floor(math.log10(positive.min())) / 2 if len(positive) else 0.1
        ids = history["model_id"].to_numpy()
        dates = history["effective_from"].to_numpy("datetime64[s]").astype(np.int64).astype(float)
        labels = history["label"].to_numpy()
        starts = np.r_[0, np.flatnonzero(ids[1:] != ids[:-1]) + 1] if len(ids) else np.array([])
        bounds = list(zip(starts, np.r_[starts[1:], len(ids)], strict=True))
        self.series, series, legend = [], [], []
        for a, b in bounds:
            keep = dates[a:b] < end  # records after the chart's right edge are not drawn
            if not keep.any():
                continue
            xs = np.r_[dates[a:b][keep], end]
            ys = prices[a:b][keep]
            # LinesItem does not apply the plot's log mode itself: draw log10 values.
            shown = np.log10(np.where(ys == 0, self.floor, ys)) if log else ys
            color = hex_color(colors[ids[a]])
            # Step "right": each price holds from its date to the next x; the closing
            # NaN ends the last step at the chart's right edge without a dot.
            series.append((xs, np.r_[shown, np.nan], pen(color, 2.0),
                           (markers or {}).get(ids[a])))
            self.series.append((str(labels[a]), xs, ys))
            legend.append((str(labels[a]), color))
        curves = self.curves.set_lines(series)
        self._update_legend(legend, curves, more)
        for key, date in (("baseline", baseline), ("current", current)):
            self.lines[key].setValue(timestamp(date))
            self.lines[key].label.setFormat(self.texts[key])
        self.set_range(plot, x=(start, end))
        if len(prices) and np.isfinite(prices).any():
            drawn = np.where(prices == 0, self.floor, prices)
            low, high = np.nanmin(drawn), np.nanmax(drawn)
            if log:
                y0, y1 = math.log10(low) - 0.15, math.log10(high) + 0.35
                if (prices == 0).any():
                    # the free floor 12 % up, so the "baseline" and "current" labels at
                    # the bottom stay under it and "free (0)" above it (they overlapped
                    # when the baseline date was near the left edge)
                    floor = math.log10(self.floor)
                    y0 = min(y0, floor - FREE_ROOM / (1 - FREE_ROOM) * (y1 - floor))
            else:
                y0, y1 = 0.0, high * 1.15 if high > 0 else 1.0
        else:
            y0, y1 = (-1.0, 1.0) if log else (0.0, 1.0)
        self.set_range(plot, y=(y0, y1))
        notes = [Label(self.texts["war"], PALETTE["negative"], timestamp(PRICE_WAR[1]) + 3 * DAY,
                       y1, (0, 0))]
        if log and (prices == 0).any():
            notes.append(Label(f"{self.texts['free']} (0)", PALETTE["free"], start,
                               math.log10(self.floor), (0, 1)))
        self.notes.set_labels(notes)
        self.show_empty(None if len(history) else self.texts["empty"])

    def _update_legend(self, entries: list[tuple[str, str]], curves, more: int) -> None:
        rows = [(label, line.pen, None, line.symbol)
                for (label, _), line in zip(entries, curves, strict=True)]
        if more:
            rows.append((self.texts["more"].format(n=f"{more:,}"), None))
        self.set_legend(rows, self.texts["legend_more"])

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        best, best_gap = None, math.inf
        for label, xs, ys in self.series:
            i = int(np.searchsorted(xs, x, side="right")) - 1
            if i < 0 or i >= len(ys):
                continue
            value = ys[i]
            if math.isnan(value):
                drawn = math.nan
            else:
                drawn = math.log10(self.floor if value == 0 else value) if self.log else value
            gap = abs(drawn - y) if not math.isnan(drawn) else math.inf
            if gap < best_gap:
                best, best_gap = (label, xs[i], value), gap
        if best is None:
            return None
        label, since, value = best
        when = self.locale.date(dt.datetime.fromtimestamp(since, dt.UTC).date())
        price = (self.texts["unknown"] if math.isnan(value) else self.texts["free"] if value == 0
                 else format_price(value, self.currency))
        return f"{label}\n" + self.texts["hover"].format(price=price, date=when)
