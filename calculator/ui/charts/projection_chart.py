"""Spend over the coming months: monthly and cumulative, one line per model, baseline dashed."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from ...engine.projection import Projection
from ...reports.formatting import format_money
from .axes import MoneyAxis, nice_ceiling
from .base import ChartBase, side_legend
from .lines import LinesItem
from .pools import brush, hex_color, pen
from .style import SCREEN, ChartStyle, axis_label
from .texts import projection_texts

#: The budget line (dashed red), the same on screen and in exports.
BUDGET_COLOR = "#C92A2A"


class ProjectionChart(ChartBase):
    """Two plots sharing the month axis: spend per month (left) and cumulative (right).

    Current prices draw solid lines, baseline prices dashed, in the model's colour.
    Models whose current cost is unknown are left out of the lines.
    """

    name = "projection"
    min_plots_width = 480  # two plots

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(style, parent)
        self.axes = [MoneyAxis("left"), MoneyAxis("left")]
        self.monthly = self.add_plot(row=0, col=0, axisItems={"left": self.axes[0]})
        self.cumulative = self.add_plot(row=0, col=1, axisItems={"left": self.axes[1]})
        self.legend = side_legend(self, col=2, style=style)
        self.lines = [LinesItem(marker_px=max(4.0, style.value_px * 0.5)),
                      LinesItem(marker_px=max(4.0, style.value_px * 0.5))]
        self.monthly.addItem(self.lines[0])
        self.cumulative.addItem(self.lines[1])
        self.passes = pg.ScatterPlotItem(size=9, pxMode=True)
        self.monthly.addItem(self.passes)
        self.budget: float | None = None
        self.projection: Projection | None = None
        self.labels: list[str] = []
        self.keep = np.zeros(0, dtype=int)
        self.currency = "CNY"
        self._months = 0
        self.texts = projection_texts()

    def set_data(self, projection: Projection, labels: list[str], colors: list,
                 units: str = "plain", more: int = 0, markers: list | None = None,
                 budget: float | None = None, first_over: list[int] | None = None,
                 baseline: bool = True) -> None:
        """``labels``, ``colors`` and ``markers`` (point markers that tell a vendor's
        models apart) follow ``projection.model_ids``; ``more`` models not drawn.

        ``budget`` draws the monthly budget (a level line; its running total on the
        cumulative plot) and, with ``first_over`` (per row, 0 = never), a dot where each
        row first passes it. ``baseline=False`` leaves out the baseline-price lines.
        """
        self.draw_count += 1
        self.currency = projection.currency
        self.projection = projection
        known = ~np.isnan(projection.current_monthly[:, 0]) if len(labels) else np.zeros(0, bool)
        self.keep = np.flatnonzero(known)
        self.labels = [labels[i] for i in self.keep]
        colors = [hex_color(colors[i]) for i in self.keep]
        self.markers = [markers[i] if markers else None for i in self.keep]
        months = projection.months.astype(float)
        solid = [pen(c, 2.2) for c in colors]
        dashed = [pen(c, 1.5, True) for c in colors]
        drawn = []
        for plot, lines, title, axis, (base, cur) in (
            (self.monthly, self.lines[0], "monthly", self.axes[0],
             (projection.baseline_monthly, projection.current_monthly)),
            (self.cumulative, self.lines[1], "cumulative", self.axes[1],
             (projection.baseline_cumulative, projection.current_cumulative)),
        ):
            self.set_title(plot, self.texts[title])
            axis.currency, axis.units = projection.currency, units
            axis_label(plot, "bottom", self.texts["month_axis"], self.style)
            axis_label(plot, "left", self.texts["money_axis"].format(
                currency=projection.currency), self.style)
            series = []
            for k, i in enumerate(self.keep):
                if baseline and not np.isnan(base[i, 0]):
                    series.append((months, base[i], dashed[k]))
                series.append((months, cur[i], solid[k], self.markers[k]))
            limit = None
            if budget is not None:
                limit = budget * months if title == "cumulative" else np.full(len(months),
                                                                               budget)
                series.append((months, limit, pen(BUDGET_COLOR, 1.8, True)))
            drawn.append(lines.set_lines(series))
            shown_base = base[self.keep].ravel() if baseline else np.zeros(0)
            values = np.r_[cur[self.keep].ravel(), shown_base, 0.0,
                           [] if limit is None else limit]
            top = float(np.nanmax(values))
            self.set_range(plot, (0.6, max(2, len(months)) + 0.4),
                           (0, nice_ceiling(top * 1.04) if top > 0 else 1))
            if self._months != len(months):
                step = max(1, math.ceil(len(months) / 12))
                plot.getAxis("bottom").setTicks([[
                    (m, str(m)) for m in range(1, len(months) + 1)
                    if (m - 1) % step == 0 or m == len(months)]])
        self._months = len(months)
        self.budget = budget
        self._mark_passes(months, colors, budget, first_over)
        self._update_legend(drawn[1], more, baseline, budget)
        if not len(labels):
            self.show_empty(self.texts["empty"])
        else:
            self.show_empty(None if len(self.keep) else self.texts["no_price"])

    def _mark_passes(self, months: np.ndarray, colors: list[str], budget: float | None,
                     first_over: list[int] | None) -> None:
        """A dot on the monthly plot where a row first costs more than the budget."""
        xs, ys, brushes = [], [], []
        if budget is not None and first_over is not None and self.projection is not None:
            for k, i in enumerate(self.keep):
                month = int(first_over[i])
                if month:
                    xs.append(float(month))
                    ys.append(float(self.projection.current_monthly[i, month - 1]))
                    brushes.append(brush(colors[k]))
        if xs or self.passes.data.size:  # no dots before nor now: nothing to redo
            self.passes.setData(xs, ys, brush=brushes, pen=pen("#FFFFFF", 1.0))

    def _update_legend(self, lines, more: int, baseline: bool = True,
                       budget: float | None = None) -> None:
        solid = [line for line in lines if not line.dashed]
        entries = [(label, line.pen, None, line.symbol)
                   for label, line in zip(self.labels, solid, strict=True)]
        if self.labels and baseline:
            entries.append((self.texts["baseline_note"], pen("#495057", 1.5, True)))
        if budget is not None:
            entries.append((self.texts["budget"].format(
                amount=format_money(budget, self.currency)), pen(BUDGET_COLOR, 1.8, True)))
        if more:
            entries.append((self.texts["more"].format(n=f"{more:,}"), None))
        self.set_legend(entries, self.texts["legend_more"])

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        if self.projection is None or not len(self.keep):
            return None
        month = int(round(x))
        p = self.projection
        if not p.months[0] <= month <= p.months[-1]:
            return None
        cur = (p.current_monthly if plot_index == 0 else p.current_cumulative)[self.keep, month - 1]
        base = (p.baseline_monthly if plot_index == 0 else p.baseline_cumulative)[
            self.keep, month - 1]
        nearest = int(np.nanargmin(np.abs(cur - y)))
        title = self.texts["monthly" if plot_index == 0 else "cumulative"]
        text = self.texts["hover"].format(model=self.labels[nearest], month=month, what=title,
                                          money=format_money(cur[nearest], self.currency))
        if not np.isnan(base[nearest]):
            text += self.texts["hover_baseline"].format(
                money=format_money(base[nearest], self.currency))
        return text
