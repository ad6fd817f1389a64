"""Monthly spend per model: baseline and current bars side by side, sorted by current spend.

Each row's label stands right of both its bars, so it never lies on a bar; amounts
share one number of decimals. Models with no current number (unknown, not offered,
retired) share one line per status at the bottom. With ``parts`` the current bar is
stacked from the cost parts (uncached input, cache reads, cache writes, output,
reasoning, search fees) in the part colours of :mod:`calculator.reports.vocabulary`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg

from ...engine.pricing_parts import PARTS
from ...reports.formatting import column_decimals, format_money, format_percent, money_text
from ...reports.vocabulary import PALETTE, PART_COLORS, part_word, status_color
from ...reports.vocabulary import missing as no_number
from ..i18n import translate
from .bar_chart import BarChart, stack_rows
from .base import set_bars
from .palette import STATUS_GREY, baseline_hex, vendor_hex
from .pools import Label, brush, pen
from .style import SCREEN, ChartStyle
from .texts import spend_texts

if TYPE_CHECKING:
    from .feed import Rows

BAR = 0.36


#: The baseline bars' colours when the current bars are split into parts (and the
#: legend's baseline swatch).
NEUTRAL_FILL, NEUTRAL_LINE = "#DEE2E6", "#868E96"

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
        # the current bars' segments by cost part (drawn under the current bars' outlines)
        self.part_bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR)
        self.current_bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR)
        self.plot.addItem(self.baseline_bars)
        self.plot.addItem(self.part_bars)
        self.plot.addItem(self.current_bars)
        self.decimals = 2
        # the current bars are stacked by cost part (the scenario's chart option)
        self.stacked = False
        self.stacked_rows = np.zeros(0, dtype=bool)  # rows drawn in parts

    def set_data(self, rows: Rows, currency: str, baseline_label: str = "Baseline",
                 current_label: str = "Current", units: str = "plain", more: int = 0,
                 groups=(), hidden: int = 0, subject: str = "", names: str = "en",
                 positions: np.ndarray | None = None, parts: bool = False) -> None:
        """Draw ``rows`` (those at ``positions``, else all) as bars and ``groups`` as lines
        below them; ``more`` models left out for room and ``hidden`` without a value
        (named in the title). ``parts``: stack each current bar from its cost parts
        (``current_cost_<part>`` columns)."""
        self.labels = {"baseline": baseline_label, "current": current_label}
        if positions is None:
            positions = np.arange(len(rows))
        cur = np.asarray(rows["current_cost"], float)[positions]
        order = positions[np.argsort(-np.nan_to_num(cur, nan=-1.0), kind="stable")]
        ys = self.start(stack_rows(rows, order, groups, self.texts), currency, units, more,
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
        # by part, colours mean parts: the baseline bars turn neutral so that no vendor's
        # colour reads as a part (Alibaba's orange beside the output part's)
        base_fill = [NEUTRAL_FILL] * bars if parts else [baseline_hex(v) for v in vendors]
        base_line = [NEUTRAL_LINE] * bars if parts else current_colors
        set_bars(self.baseline_bars,
            x0=np.zeros(bars), width=np.nan_to_num(base[:bars]), y=ys[:bars] + BAR / 2,
            height=BAR, brushes=[brush(c) for c in base_fill],
            pens=[dashed if u else pen(c)
                  for u, c in zip(uncertain["baseline"], base_line, strict=True)])
        self.stacked = parts
        stacked, used = np.zeros(bars, dtype=bool), ()
        if parts:
            stacked, used = self._draw_parts(ys[:bars], cur[:bars])
        else:
            set_bars(self.part_bars, x0=np.zeros(0), width=np.zeros(0), y=np.zeros(0),
                     height=BAR)
        self.stacked_rows = stacked
        # a stacked row's own bar is only its outline (dashed when uncertain)
        set_bars(self.current_bars,
            x0=np.zeros(bars), width=np.nan_to_num(cur[:bars]), y=ys[:bars] - BAR / 2,
            height=BAR, brushes=[brush("#00000000") if s else brush(c)
                                 for s, c in zip(stacked, current_colors, strict=True)],
            pens=[dashed if u else pen(None) for u in uncertain["current"]])
        top = float(np.nanmax(np.r_[base[:bars], cur[:bars], 0.0]))
        flags = self.uncertain_rows()
        first = [(self.labels["baseline"], pen(NEUTRAL_LINE), NEUTRAL_FILL)]
        if not stacked.all() or not used:
            first.append((self.labels["current"], None, "#495057"))
        first += [(self.texts["part_legend"].format(part=part_word(part)), None,
                   PART_COLORS[part]) for part in used]
        # vendors named only where their colour is drawn: rows not split into parts
        self.set_vendor_legend(vendors[~stacked] if parts else vendors, names,
                               bool(flags[:bars].any()), first=first)
        # a label shows the current cost: ≈ when that price is uncertain
        current_uncertain = np.r_[uncertain["current"], np.zeros(len(ys) - bars, bool)]
        self.finish(ys, lambda: self._value_labels(ys, base, cur, units, current_uncertain),
                    0.0, top if top > 0 else 1.0)

    def menu_options(self) -> list[tuple[str, str, bool]]:
        return [("spend_parts", translate("ChartMenu", "Current cost by part"), self.stacked)]

    def part_costs(self, count: int | None = None) -> np.ndarray:
        """Current cost by part of the first ``count`` rows (rows x :data:`PARTS`; NaN
        where the rows have no part columns)."""
        n = len(self.column("label")) if count is None else count
        columns = [f"current_cost_{part}" for part in PARTS]
        if not all(self.has_column(c) for c in columns):
            return np.full((n, len(PARTS)), np.nan)
        return np.column_stack([self.column(c).astype(float)[:n] for c in columns])

    def _draw_parts(self, ys: np.ndarray, cur: np.ndarray) -> tuple[np.ndarray, tuple]:
        """Segments of the current bars, one per cost part, left to right in
        :data:`PARTS` order; which rows are stacked (a priced row whose parts add up to
        its cost) and the parts drawn."""
        values = self.part_costs(len(ys))
        statuses = self.column("current_status")[:len(ys)]
        with np.errstate(invalid="ignore"):
            total = values.sum(axis=1)
            stacked = ((statuses == "priced") & np.isfinite(total) & (values >= 0).all(axis=1)
                       & (np.abs(total - cur) <= 1e-6 * np.maximum(1.0, np.abs(cur))))
        shown = np.where(stacked[:, None], np.nan_to_num(values), 0.0)
        used = tuple(part for j, part in enumerate(PARTS) if (shown[:, j] > 0).any())
        keep = shown > 0
        starts = np.cumsum(shown, axis=1) - shown
        colors = np.array([PART_COLORS[p] for p in PARTS], dtype=object)
        rows_index, parts_index = np.nonzero(keep)
        set_bars(self.part_bars, x0=starts[keep], width=shown[keep],
                 y=ys[rows_index] - BAR / 2, height=BAR,
                 brushes=[brush(c) for c in colors[parts_index]],
                 pens=[pen(None)] * int(keep.sum()))
        return stacked, used

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
            x = float(max(0.0, b if b == b else 0.0, c if c == c else 0.0))  # NaN: no bar
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
        lines = [row["label"]]
        part = self.part_at(x, y)
        if part is not None:
            lines.append(part)
        return "\n".join([*lines, *self.hover_costs(row, self.labels)])

    def part_at(self, x: float, y: float) -> str | None:
        """Over a segment of a stacked current bar: its part, money and share of the
        current cost; else None."""
        if not self.stacked:
            return None
        n = len(self.column("label"))
        index = n - 1 - int(np.floor(y + 0.5))
        centre = n - 1 - index
        if not (0 <= index < len(self.stacked_rows)) or not self.stacked_rows[index] \
                or not centre - BAR <= y <= centre:
            return None
        values = np.nan_to_num(self.part_costs(index + 1)[index])
        ends = np.cumsum(values)
        total = float(ends[-1])
        for part, value, end in zip(PARTS, values, ends, strict=True):
            if value > 0 and end - value <= x <= end:
                return self.texts["part_hover"].format(
                    part=part_word(part), money=format_money(float(value), self.currency),
                    share=format_percent(value / total if total else 0.0))
        return None
