"""Savings per model (baseline minus current): money and percentage at each bar.

Models without a saving to draw share one line per reason at the bottom (unchanged
price; baseline not offered; baseline unknown…), so the chart is not a column of
empty rows, and unknown and not offered stay apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg

from ...reports.formatting import column_decimals, format_money, format_percent, money_text
from ...reports.vocabulary import PALETTE
from .bar_chart import BarChart, stack_rows
from .base import set_bars
from .palette import NEGATIVE_RED, STATUS_GREY, vendor_hex
from .pools import Label, brush, pen
from .style import SCREEN, ChartStyle
from .texts import savings_texts

if TYPE_CHECKING:
    from .feed import Rows

BAR = 0.6


class SavingsChart(BarChart):
    """Horizontal bars sorted by savings; a price rise extends left of zero, outlined red.

    ``rows`` columns: label, vendor, savings, savings_pct, the statuses and record
    statuses; ``groups`` the lines for models without a bar (see ``feed.missing_groups``).
    """

    name = "savings"

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(savings_texts(), style, parent)
        self.bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR)
        self.plot.addItem(self.bars)
        self.zero = pg.InfiniteLine(0, angle=90, pen=pg.mkPen("#495057", width=1))
        self.plot.addItem(self.zero)
        self.decimals = 2

    def set_data(self, rows: Rows, currency: str, units: str = "plain",
                 more: int = 0, groups=(), hidden: int = 0, subject: str = "",
                 names: str = "en", positions: np.ndarray | None = None) -> None:
        """Draw ``rows`` (those at ``positions``, else all) as bars and ``groups`` as lines
        below them; ``more`` models left out for room and ``hidden`` without a value
        (named in the title)."""
        if positions is None:
            positions = np.arange(len(rows))
        value = np.nan_to_num(np.asarray(rows["savings"], float)[positions], nan=-np.inf)
        order = positions[np.argsort(-value, kind="stable")]
        ys = self.start(stack_rows(rows, order, groups, self.texts), currency, units, more,
                        subject=subject, hidden=hidden)
        bars = len(order)
        savings = self.column("savings").astype(float)
        vendors = self.column("vendor")
        uncertain = self.uncertain_rows()
        self.decimals = column_decimals(savings[:bars])
        set_bars(self.bars,
            x0=np.zeros(bars), width=np.nan_to_num(savings[:bars]), y=ys[:bars], height=BAR,
            brushes=[brush(vendor_hex(v)) for v in vendors[:bars]],
            pens=[pen(PALETTE["uncertain"], 1.6, True) if u else
                  pen(NEGATIVE_RED, 2) if s < 0 else pen(None)
                  for s, u in zip(np.nan_to_num(savings[:bars]), uncertain[:bars],
                                  strict=True)])
        known = np.isfinite(savings[:bars])
        low = min(0.0, float(np.min(savings[:bars][known]))) if known.any() else 0.0
        high = max(0.0, float(np.max(savings[:bars][known]))) if known.any() else 0.0
        self.set_vendor_legend(vendors[:bars], names, bool(uncertain[:bars].any()))
        self.finish(ys, lambda: self._value_labels(ys, savings, uncertain), low, high)

    def _value_labels(self, ys, savings, uncertain) -> list[Label]:
        labels = []
        rows = zip(self.column("savings_pct"), self.column("group_text"), strict=True)
        for y, value, mark, (pct, group_text) in zip(ys, savings, uncertain, rows, strict=True):
            if isinstance(group_text, str):
                labels.append(Label(group_text, STATUS_GREY, 0.0, y))
                continue
            money = money_text(abs(value), self.currency, self.decimals, units=self.axis.units)
            prefix = "≈ " if mark else ""
            if value < 0:  # the price went up: say by how much, as a positive amount
                text = self.texts["more"].format(money=money, pct=format_percent(-pct))
                labels.append(Label(prefix + text, NEGATIVE_RED, float(value), y, (1, 0.5)))
            else:
                text = self.texts["saved"].format(money=money, pct=format_percent(pct))
                labels.append(Label(prefix + text, "#343A40", float(value), y))
        return labels

    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        row = self.row_at(y)
        if row is None:
            return None
        if isinstance(row["group_text"], str):
            return f"{row['label']}\n" + "\n".join(row["group_names"])
        lines = [row["label"]]
        pct = format_percent(row["savings_pct"])
        lines.append(f"{self.texts['savings']}: {format_money(row['savings'], self.currency)}"
                     + (f" ({pct})" if pct else ""))
        lines += self.hover_costs(row)
        return "\n".join(lines)

