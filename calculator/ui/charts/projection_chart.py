"""Spend over the coming months: monthly and cumulative, one line per model, baseline dashed."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from ...engine.projection import Projection
from ...reports.formatting import format_money
from .axes import MoneyAxis
from .base import ChartBase, side_legend
from .style import SCREEN, ChartStyle, axis_label


class ProjectionChart(ChartBase):
    """Two plots sharing the month axis: spend per month (left) and cumulative (right).

    Current prices draw solid lines, baseline prices dashed, in the model's colour.
    Models whose current cost is unknown are left out of the lines.
    """

    name = "projection"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(style, parent)
        self.axes = [MoneyAxis("left"), MoneyAxis("left")]
        self.monthly = self.add_plot(row=0, col=0, axisItems={"left": self.axes[0]})
        self.cumulative = self.add_plot(row=0, col=1, axisItems={"left": self.axes[1]})
        self.legend = side_legend(self, col=2, style=style)
        self.projection: Projection | None = None
        self.labels: list[str] = []
        self.currency = "CNY"
        self.texts = {"monthly": "Spend per month", "cumulative": "Cumulative spend",
                      "month_axis": "Month", "money_axis": "{currency}",
                      "baseline_note": "dashed: at baseline prices", "month": "month",
                      "baseline": "baseline", "empty": "No model with a current price"}

    def set_data(self, projection: Projection, labels: list[str], colors: list,
                 units: str = "plain") -> None:
        """``labels`` and ``colors`` follow ``projection.model_ids``."""
        self.draw_count += 1
        self.currency = projection.currency
        keep = ~np.isnan(projection.current_monthly[:, 0]) if len(labels) else np.array([], bool)
        self.projection = projection
        self.keep = np.flatnonzero(keep)
        self.labels = [labels[i] for i in self.keep]
        self.legend.clear()
        months = projection.months.astype(float)
        for plot, title, axis, (base, cur) in (
            (self.monthly, "monthly", self.axes[0],
             (projection.baseline_monthly, projection.current_monthly)),
            (self.cumulative, "cumulative", self.axes[1],
             (projection.baseline_cumulative, projection.current_cumulative)),
        ):
            plot.clear()
            plot.setTitle(self.texts[title])
            axis.currency, axis.units = projection.currency, units
            axis_label(plot, "bottom", self.texts["month_axis"], self.style)
            axis_label(plot, "left", self.texts["money_axis"].format(
                currency=projection.currency), self.style)
            top = 0.0
            for i in self.keep:
                color = colors[i]
                if not np.isnan(base[i, 0]):
                    plot.plot(months, base[i], pen=pg.mkPen(color, width=1.5,
                                                            style=Qt.PenStyle.DashLine))
                    top = max(top, float(np.nanmax(base[i])))
                curve = plot.plot(months, cur[i], pen=pg.mkPen(color, width=2.2))
                top = max(top, float(np.nanmax(cur[i])))
                if plot is self.cumulative:
                    self.legend.addItem(curve, labels[i])
            plot.setXRange(1, max(2, len(months)), padding=0.02)
            step = max(1, math.ceil(len(months) / 12))
            plot.getAxis("bottom").setTicks([[(m, str(m)) for m in range(1, len(months) + 1)
                                              if (m - 1) % step == 0 or m == len(months)]])
            plot.setYRange(0, top * 1.08 if top > 0 else 1, padding=0)
        if len(self.keep):
            note = pg.PlotDataItem([], [], pen=pg.mkPen("#495057", width=1.5,
                                                        style=Qt.PenStyle.DashLine))
            self.legend.addItem(note, self.texts["baseline_note"])
        self.show_empty(None if len(self.keep) else self.texts["empty"])

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        if self.projection is None or not len(self.keep):
            return None
        month = int(round(x))
        months = self.projection.months
        if not months[0] <= month <= months[-1]:
            return None
        p = self.projection
        cur = (p.current_monthly if plot_index == 0 else p.current_cumulative)[self.keep, month - 1]
        base = (p.baseline_monthly if plot_index == 0 else p.baseline_cumulative)[
            self.keep, month - 1]
        nearest = int(np.nanargmin(np.abs(cur - y)))
        title = self.texts["monthly" if plot_index == 0 else "cumulative"]
        text = (f"{self.labels[nearest]}, {self.texts['month']} {month}\n{title}: "
                f"{format_money(cur[nearest], self.currency)}")
        if not np.isnan(base[nearest]):
            text += f" ({self.texts['baseline']} {format_money(base[nearest], self.currency)})"
        return text
