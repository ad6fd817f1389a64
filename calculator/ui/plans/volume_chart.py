"""Monthly cost against monthly volume: straight API lines, step lines of self-hosting or
commitments, and where each starts to win."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg

from ...reports.formatting import format_money, format_tokens
from ..charts.axes import MoneyAxis, nice_ceiling
from ..charts.base import ChartBase, side_legend, text_item
from ..charts.lines import LinesItem
from ..charts.pools import pen
from ..charts.style import SCREEN, ChartStyle, axis_label
from .texts import volume_texts


@dataclass(frozen=True)
class VolumeLine:
    """One option's monthly cost at the volumes ``xs`` (tokens a month)."""

    label: str
    xs: np.ndarray
    costs: np.ndarray
    color: str
    width: float = 2.0
    dashed: bool = False


@dataclass(frozen=True)
class Marker:
    """A vertical line at volume ``x``: where ``label`` starts to win."""

    x: float
    label: str
    color: str


class TokenAxis(pg.AxisItem):
    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        return [format_tokens(v * scale, units="short") if v >= 0 else "" for v in values]


class VolumeChart(ChartBase):
    name = "break_even"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(style, parent)
        self.axis = MoneyAxis("left")
        self.plot = self.add_plot(axisItems={"left": self.axis, "bottom": TokenAxis("bottom")})
        self.legend = side_legend(self, col=1, style=style)
        self.lines = LinesItem()
        self.plot.addItem(self.lines)
        self.extras: list[pg.GraphicsObject] = []
        self.data: list[VolumeLine] = []
        self.currency = "CNY"
        self.texts = volume_texts()

    def set_data(self, lines: list[VolumeLine], markers: list[Marker], today: float | None,
                 currency: str, units: str = "plain") -> None:
        self.draw_count += 1
        self.data, self.currency = list(lines), currency
        for item in self.extras:
            self.plot.removeItem(item)
        self.extras = []
        self.set_title(self.plot, self.texts["title"])
        self.axis.currency, self.axis.units = currency, units
        axis_label(self.plot, "bottom", self.texts["volume_axis"], self.style)
        axis_label(self.plot, "left", self.texts["money_axis"].format(currency=currency),
                   self.style)
        drawable = [line for line in lines if np.isfinite(line.costs).any()]
        self.lines.set_lines([(line.xs, line.costs, pen(line.color, line.width, line.dashed))
                              for line in drawable])
        self.set_legend([(line.label, pen(line.color, line.width, line.dashed))
                         for line in drawable])
        if not drawable:
            self.show_empty(self.texts["empty"])
            return
        right = float(max(line.xs.max() for line in drawable))
        top = float(max(np.nanmax(line.costs) for line in drawable))
        self.plot.setXRange(0, right, padding=0)
        self.plot.setYRange(0, nice_ceiling(top * 1.05) if top > 0 else 1, padding=0)
        for marker in markers:
            if 0 <= marker.x <= right:
                self._vertical(marker.x, marker.color, marker.label, top)
        if today is not None and 0 <= today <= right:
            self._vertical(today, "#868E96", self.texts["today"], top * 0.94)
        self.show_empty(None)

    def _vertical(self, x: float, color: str, text: str, y: float) -> None:
        line = pg.InfiniteLine(pos=x, angle=90, pen=pen(color, 1.2, True))
        self.plot.addItem(line, ignoreBounds=True)
        label = text_item(text, color, self.style.value_px, anchor=(-0.03, 0.0))
        label.setPos(x, y)
        self.plot.addItem(label, ignoreBounds=True)
        self.extras += [line, label]

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        best = None
        for line in self.data:
            if not len(line.xs) or x < line.xs[0] or x > line.xs[-1]:
                continue
            # the last point at or before x: exact for step lines drawn with repeated xs
            i = int(np.searchsorted(line.xs, x, side="right")) - 1
            cost = float(line.costs[max(i, 0)])
            if np.isfinite(cost) and (best is None or abs(cost - y) < abs(best[1] - y)):
                best = (line.label, cost)
        if best is None:
            return None
        return self.texts["hover"].format(name=best[0], money=format_money(best[1],
                                                                           self.currency),
                                          volume=format_tokens(x, units="short"))
