"""Monthly spend per model: baseline and current bars side by side, sorted by current spend."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg

from ...reports.formatting import format_money
from ...reports.vocabulary import PALETTE, status_color
from ...reports.vocabulary import missing as no_number
from .bar_chart import BarChart
from .base import set_bars
from .palette import baseline_hex, vendor_hex
from .pools import Label, brush, pen
from .style import SCREEN, ChartStyle
from .texts import spend_texts

BAR = 0.36


class SpendChart(BarChart):
    """Horizontal bars, one row per model, top row = highest current spend.

    ``rows`` columns: label, vendor, baseline_cost, current_cost, baseline_status,
    current_status. Unknown and not offered get a grey word instead of a bar.
    """

    name = "spend"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(spend_texts(), style, parent)
        self.labels = {"baseline": "Baseline", "current": "Current"}
        self.baseline_bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR)
        self.current_bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR)
        self.plot.addItem(self.baseline_bars)
        self.plot.addItem(self.current_bars)
        self.legend = self.plot.addLegend(offset=(-8, -8), labelTextSize=f"{style.value_px}px")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.legend.addItem(pg.BarGraphItem(x=[0], height=[1], width=1, brush="#CED4DA",
                                            pen="#868E96"), "")
        self.legend.addItem(pg.BarGraphItem(x=[0], height=[1], width=1, brush="#495057",
                                            pen=None), "")

    def set_data(self, rows: pd.DataFrame, currency: str, baseline_label: str = "Baseline",
                 current_label: str = "Current", units: str = "plain", more: int = 0) -> None:
        """Draw ``rows``; ``more`` counts models left out of the chart (named in the title)."""
        labels = {"baseline": baseline_label, "current": current_label}
        if labels != self.labels or not self.legend.items[0][1].text:
            # relabelling relayouts the legend and repaints the chart: only on change
            self.labels = labels
            for sample, key in zip(self.legend.items, ("baseline", "current"), strict=True):
                sample[1].setText(self.labels[key])
            self.bundle_legend_fonts(self.legend)
        cur = rows["current_cost"].to_numpy(float)
        ys = self.start(rows, np.argsort(-np.nan_to_num(cur, nan=-1.0), kind="stable"),
                        currency, units, more)
        n = len(ys)
        vendors = self.rows["vendor"].to_numpy()
        base = self.rows["baseline_cost"].to_numpy(float)
        cur = self.rows["current_cost"].to_numpy(float)
        current_colors = [vendor_hex(v) for v in vendors]
        set_bars(self.baseline_bars,
            x0=np.zeros(n), width=np.nan_to_num(base), y=ys + BAR / 2, height=BAR,
            brushes=[brush(baseline_hex(v)) for v in vendors],
            pens=[pen(c) for c in current_colors])
        set_bars(self.current_bars,
            x0=np.zeros(n), width=np.nan_to_num(cur), y=ys - BAR / 2, height=BAR,
            brushes=[brush(c) for c in current_colors], pens=[pen(None)] * n)
        top = float(np.nanmax(np.r_[base, cur, 0.0]))
        self.finish(ys, lambda: self._value_labels(ys, base, cur, units), 0.0,
                    top if top > 0 else 1.0)

    def _value_labels(self, ys, base, cur, units) -> list[Label]:
        """A label at the end of each row's current bar. Rows tall enough for two lines
        of text also name a missing baseline beside the baseline bar; lower rows say it
        in the one label (``¥3,744 · not offered at baseline``), so labels never overlap."""
        roomy = BAR * self.row_pixels(len(ys)) >= 1.25 * self.style.value_px
        labels = []
        statuses = zip(self.rows["baseline_status"], self.rows["current_status"], strict=True)
        for y, c, (b_status, c_status) in zip(ys, cur, statuses, strict=True):
            missing = no_number(b_status)
            if roomy and missing:
                labels.append(Label(self.texts[b_status], status_color(b_status), 0.0,
                                    y + BAR / 2))
            at = y - BAR / 2 if roomy else y
            if c_status != "priced":  # free, unknown, not offered: a word, no number
                text, color, x = self.texts[c_status], status_color(c_status), 0.0
            else:
                text, color, x = (format_money(c, self.currency, units=units),
                                  PALETTE["ink_soft"], float(c))
            if missing and not roomy and b_status != c_status:
                template = self.texts.get(f"baseline_{b_status}", self.texts["baseline_other"])
                text = template.format(value=text, status=self.texts[b_status])
            labels.append(Label(text, color, x, at))
        return labels

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        row = self.row_at(y)
        if row is None:
            return None
        lines = [row["label"]]
        for side in ("baseline", "current"):
            status = row[f"{side}_status"]
            value = (self.texts[status] if no_number(status)
                     else format_money(row[f"{side}_cost"], self.currency))
            if status == "free":
                value += f" ({self.texts['free']})"
            lines.append(f"{self.labels[side]}: {value}")
        return "\n".join(lines)
