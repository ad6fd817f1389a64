"""Plan A beside plan B: each option's spend over the months, with the budget line."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from ...reports.decision_memo import Memo
from ...reports.formatting import format_money
from ..charts.axes import MoneyAxis, nice_ceiling
from ..charts.base import ChartBase, side_legend, text_item
from ..charts.lines import LinesItem
from ..charts.pools import brush, pen
from ..charts.style import SCREEN, ChartStyle, axis_label
from .texts import BUDGET_COLOR, OPTION_COLORS, memo_texts


class MemoChart(ChartBase):
    """One plot: a solid line per option, the budget dashed, a dot where each option
    passes the budget (cumulative: its running total passes the budget's; monthly: the
    month's spend passes the monthly budget), labelled with that month."""

    name = "plan_compare"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(style, parent)
        self.axis = MoneyAxis("left")
        self.plot = self.add_plot(axisItems={"left": self.axis})
        self.legend = side_legend(self, col=1, style=style)
        self.lines = LinesItem()
        self.plot.addItem(self.lines)
        self.dots = pg.ScatterPlotItem(size=9, pxMode=True)
        self.plot.addItem(self.dots)
        self.marks: list[pg.TextItem] = []
        self.memo: Memo | None = None
        self.cumulative = True
        self.texts = memo_texts()

    def series(self) -> list[np.ndarray]:
        assert self.memo is not None
        return [o.cumulative if self.cumulative else o.monthly for o in self.memo.options]

    def set_data(self, memo: Memo | None, cumulative: bool = True, units: str = "plain") -> None:
        self.draw_count += 1
        self.memo, self.cumulative = memo, cumulative
        for mark in self.marks:
            self.plot.removeItem(mark)
        self.marks = []
        if memo is None:
            self.lines.set_lines([])
            self.dots.setData([], [])
            self.set_legend([])
            self.show_empty(self.texts["empty"])
            return
        months = memo.months.astype(float)
        self.axis.currency, self.axis.units = memo.currency, units
        self.set_title(self.plot, self.texts["cumulative" if cumulative else "monthly"])
        axis_label(self.plot, "bottom", self.texts["month_axis"], self.style)
        axis_label(self.plot, "left", self.texts["money_axis"].format(currency=memo.currency),
                   self.style)
        colors = [OPTION_COLORS[i % len(OPTION_COLORS)] for i in range(len(memo.options))]
        series = [(months, values, pen(color, 2.4))
                  for values, color in zip(self.series(), colors, strict=True)]
        budget = memo.cumulative_budget() if cumulative else (
            None if memo.budget is None else np.full(len(months), memo.budget))
        entries = [(o.label, pen(c, 2.4)) for o, c in zip(memo.options, colors, strict=True)]
        if budget is not None:
            series.append((months, budget, pen(BUDGET_COLOR, 1.6, True)))
            entries.append((self.texts["budget"].format(
                amount=format_money(memo.budget, memo.currency)), pen(BUDGET_COLOR, 1.6, True)))
        self.lines.set_lines(series)
        self.set_legend(entries)
        self._mark_passes(months, colors)
        finite = np.concatenate([v[np.isfinite(v)] for v in self.series()] +
                                ([budget] if budget is not None else []) + [np.zeros(1)])
        top = float(finite.max())
        self.plot.setXRange(0.6, max(2, len(months)) + 0.4, padding=0)
        self.plot.setYRange(0, nice_ceiling(top * 1.06) if top > 0 else 1, padding=0)
        step = max(1, math.ceil(len(months) / 12))
        self.plot.getAxis("bottom").setTicks([[
            (m, str(m)) for m in range(1, len(months) + 1)
            if (m - 1) % step == 0 or m == len(months)]])
        self.show_empty(None)

    def _mark_passes(self, months: np.ndarray, colors: list[str]) -> None:
        memo = self.memo
        passes = memo.first_over_in_total() if self.cumulative else memo.first_over()
        xs, ys, brushes = [], [], []
        for values, month, color in zip(self.series(), passes, colors, strict=True):
            if not month:
                continue
            x, y = float(month), float(values[month - 1])
            xs.append(x)
            ys.append(y)
            brushes.append(brush(color))
            word = self.texts["over_total" if self.cumulative else "over"]
            mark = text_item(word.format(month=int(month)), color,
                             self.style.value_px, anchor=(1.05, 1.1))
            mark.setPos(x, y)
            self.plot.addItem(mark, ignoreBounds=True)
            self.marks.append(mark)
        self.dots.setData(xs, ys, brush=brushes, pen=pen("#FFFFFF", 1.0))

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        if self.memo is None:
            return None
        month = int(round(x))
        if not 1 <= month <= len(self.memo.months):
            return None
        values = np.array([s[month - 1] for s in self.series()])
        if not np.isfinite(values).any():
            return None
        nearest = int(np.nanargmin(np.abs(values - y)))
        what = self.texts["cumulative" if self.cumulative else "monthly"]
        return self.texts["hover"].format(option=self.memo.options[nearest].label, month=month,
                                          what=what, money=format_money(values[nearest],
                                                                        self.memo.currency))
