"""Monthly spend per model: baseline and current bars side by side, sorted by current spend.

Each row's label stands right of both its bars, so it never lies on a bar; amounts
share one number of decimals. Models with no current number (unknown, not offered,
retired) share one line per status at the bottom.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg

from ...reports.formatting import column_decimals, money_text
from ...reports.vocabulary import PALETTE, status_color
from ...reports.vocabulary import missing as no_number
from .bar_chart import BarChart, stacked
from .base import set_bars
from .palette import STATUS_GREY, baseline_hex, vendor_hex
from .pools import Label, brush, pen
from .style import SCREEN, ChartStyle
from .texts import spend_texts

BAR = 0.36


class SpendChart(BarChart):
    """Horizontal bars, one row per model, top row = highest current spend.

    ``rows`` columns: label, vendor, baseline_cost, current_cost, the statuses and
    record statuses; ``groups``: the lines for models without a current number.
    """

    name = "spend"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(spend_texts(), style, parent)
        self.labels = {"baseline": "Baseline", "current": "Current"}
        self.baseline_bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR)
        self.current_bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR)
        self.plot.addItem(self.baseline_bars)
        self.plot.addItem(self.current_bars)
        self.decimals = 2

    def set_data(self, rows: pd.DataFrame, currency: str, baseline_label: str = "Baseline",
                 current_label: str = "Current", units: str = "plain", more: int = 0,
                 groups=(), hidden: int = 0, subject: str = "", names: str = "en",
                 positions: np.ndarray | None = None) -> None:
        """Draw ``rows`` (those at ``positions``, else all) as bars and ``groups`` as lines
        below them; ``more`` models left out for room and ``hidden`` without a value
        (named in the title)."""
        self.labels = {"baseline": baseline_label, "current": current_label}
        if positions is None:
            positions = np.arange(len(rows))
        cur = rows["current_cost"].to_numpy(float)[positions]
        order = positions[np.argsort(-np.nan_to_num(cur, nan=-1.0), kind="stable")]
        ys = self.start(stacked(rows, order, groups, self.texts), currency, units, more,
                        subject=subject, hidden=hidden)
        bars = len(order)
        vendors = self.column("vendor")[:bars]
        base = self.column("baseline_cost").astype(float)
        cur = self.column("current_cost").astype(float)
        self.decimals = column_decimals(np.r_[base[:bars], cur[:bars]])
        uncertain = {side: (self.column(f"{side}_record_status")[:bars] == "uncertain")
                     if self.has_column(f"{side}_record_status") else np.zeros(bars, bool)
                     for side in ("baseline", "current")}
        current_colors = [vendor_hex(v) for v in vendors]
        dashed = pen(PALETTE["uncertain"], 1.6, True)
        set_bars(self.baseline_bars,
            x0=np.zeros(bars), width=np.nan_to_num(base[:bars]), y=ys[:bars] + BAR / 2,
            height=BAR, brushes=[brush(baseline_hex(v)) for v in vendors],
            pens=[dashed if u else pen(c)
                  for u, c in zip(uncertain["baseline"], current_colors, strict=True)])
        set_bars(self.current_bars,
            x0=np.zeros(bars), width=np.nan_to_num(cur[:bars]), y=ys[:bars] - BAR / 2,
            height=BAR, brushes=[brush(c) for c in current_colors],
            pens=[dashed if u else pen(None) for u in uncertain["current"]])
        top = float(np.nanmax(np.r_[base[:bars], cur[:bars], 0.0]))
        flags = self.uncertain_rows()
        self.set_vendor_legend(vendors, names, bool(flags[:bars].any()), first=[
            (self.labels["baseline"], pen("#868E96"), "#DEE2E6"),
            (self.labels["current"], None, "#495057")])
        # a label shows the current cost: ≈ when that price is uncertain
        current_uncertain = np.r_[uncertain["current"], np.zeros(len(ys) - bars, bool)]
        self.finish(ys, lambda: self._value_labels(ys, base, cur, units, current_uncertain),
                    0.0, top if top > 0 else 1.0)

    def _value_labels(self, ys, base, cur, units, flags) -> list[Label]:
        """One label per row, right of the row's longer bar (never on a bar): the current
        cost (≈ when uncertain) or its status word, and a missing baseline's status."""
        labels = []
        rows = zip(self.column("baseline_status"), self.column("current_status"),
                   self.column("group_text"), strict=True)
        for y, b, c, mark, (b_status, c_status, group) in zip(ys, base, cur, flags, rows,
                                                             strict=True):
            if isinstance(group, str):
                labels.append(Label(group, STATUS_GREY, 0.0, y))
                continue
            x = float(np.nanmax([b, c, 0.0]))
            if c_status != "priced":  # free: the word, in its colour
                text, color = self.texts[c_status], status_color(c_status)
            else:
                text = money_text(c, self.currency, self.decimals, units=units)
                text, color = ("≈ " if mark else "") + text, PALETTE["ink_soft"]
            if no_number(b_status) and b_status != c_status:
                template = self.texts.get(f"baseline_{b_status}", self.texts["baseline_other"])
                text = template.format(value=text, status=self.texts[b_status])
            labels.append(Label(text, color, x, y))
        return labels

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        row = self.row_at(y)
        if row is None:
            return None
        if isinstance(row["group_text"], str):
            return f"{row['label']}\n" + "\n".join(row["group_names"])
        return "\n".join([row["label"], *self.hover_costs(row, self.labels)])
