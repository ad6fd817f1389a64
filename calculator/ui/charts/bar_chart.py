"""What the two bar charts share: a row per model, money along x, a label at each bar."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pandas as pd

from ...reports.formatting import format_money
from ...reports.vocabulary import PALETTE, status_words
from ..fonts import bundled_font
from .axes import MoneyAxis
from .base import ChartBase, side_legend
from .palette import vendor_hex
from .pools import Label, LabelsItem, pen
from .style import SCREEN, ChartStyle, axis_label

MAX_LABELLED = 60  # rows beyond this get no value labels (they would overlap)
MAX_NAMES = 6  # a missing-value line names this many models, then "+ N more"


def group_rows(groups, texts: dict[str, str]) -> pd.DataFrame:
    """One row per missing-value group (``feed.MissingGroup``): its title as the row's
    label, the models' names as its value text; no numbers."""
    words = status_words()
    rows = []
    for group in groups:
        n = len(group.labels)
        if group.status == "unchanged":
            title = texts["group_unchanged"].format(n=n)
        else:
            title = texts["group"].format(side=texts[f"side_{group.side}"],
                                          status=words.get(group.status, group.status), n=n)
        shown = ", ".join(group.labels[:MAX_NAMES])
        if n > MAX_NAMES:
            shown += " " + texts["group_more"].format(n=n - MAX_NAMES)
        rows.append({"label": title, "group_text": shown, "group_names": list(group.labels),
                     "vendor": "", "savings": np.nan, "baseline_cost": np.nan,
                     "current_cost": np.nan})
    return pd.DataFrame(rows, columns=["label", "group_text", "group_names", "vendor",
                                       "savings", "baseline_cost", "current_cost"])


class BarChart(ChartBase):
    """Horizontal bars, one row per model, the first row at the top.

    Subclasses add their bar items in ``__init__`` and draw in ``set_data`` between
    :meth:`start` (sort, title, axis) and :meth:`finish` (labels, names, ranges).
    ``texts`` needs ``title``, ``top``, ``axis`` and ``empty``.
    """

    zoom_axes = "x"  # money zooms; the rows stay

    def __init__(self, texts: dict[str, str], style: ChartStyle = SCREEN, parent=None):
        super().__init__(style, parent)
        self.axis = MoneyAxis("bottom")
        self.plot = self.add_plot(grid="x", axisItems={"bottom": self.axis})
        self.rows = pd.DataFrame()
        self.currency = "CNY"
        self.texts = texts
        self.values = LabelsItem(bundled_font(style.value_px))
        self.values.setZValue(10)  # above the bars the subclass adds
        self.plot.addItem(self.values, ignoreBounds=True)
        self.legend = side_legend(self, col=1, style=style)

    def start(self, rows: pd.DataFrame, order: np.ndarray, currency: str, units: str,
              more: int, subject: str = "", hidden: int = 0) -> np.ndarray:
        """Keep ``rows`` in ``order``, set title and axis; the rows' y positions.
        ``subject`` names what was compared (the title says it); ``more`` models were
        left out for room, ``hidden`` for having no value."""
        self.draw_count += 1
        self.currency = currency
        self.axis.currency, self.axis.units = currency, units
        self.rows = rows.iloc[order]
        self.rows.index = pd.RangeIndex(len(order))  # relabel without copying the columns
        if "group_text" not in self.rows:
            self.rows = self.rows.assign(group_text=None, group_names=None)
        title = self.texts["title"].format(comparison=subject) if subject else \
            self.texts["title_plain"]
        if more:
            shown = int(self.rows["group_text"].isna().sum())
            title += " " + self.texts["top"].format(n=shown, total=f"{shown + more:,}")
        if hidden:
            title += " " + self.texts["hidden"].format(n=hidden)
        self.set_title(self.plot, title)
        axis_label(self.plot, "bottom", self.texts["axis"].format(currency=currency), self.style)
        return np.arange(len(self.rows))[::-1].astype(float)

    def finish(self, ys: np.ndarray, labels: Callable[[], list[Label]], low: float,
               high: float) -> bool:
        """Value labels, model names and ranges; ``False`` when there is no row (the
        empty-state message shows instead)."""
        n = len(ys)
        self.values.set_labels(labels() if n <= MAX_LABELLED else [])
        self.set_categories(self.plot, ys, list(self.rows["label"]))
        if n == 0:
            self.set_range(self.plot, (0, 1), (0, 1))
            self.show_empty(self.texts["empty"])
            return False
        self.show_empty(None)
        self.fit_x(self.plot, self.values, low, high)
        self.set_range(self.plot, y=(-0.6, n - 0.4))
        return True

    def uncertain_rows(self) -> np.ndarray:
        """Rows whose number rests on a price the catalog marks uncertain (either date)."""
        flags = np.zeros(len(self.rows), dtype=bool)
        for side in ("baseline", "current"):
            column = f"{side}_record_status"
            if column in self.rows:
                flags |= (self.rows[column].to_numpy() == "uncertain") & (
                    self.rows[f"{side}_status"].to_numpy() == "priced")
        return flags

    def set_vendor_legend(self, vendors, names: str, uncertain: bool,
                          first: list[tuple] = ()) -> None:
        """The side legend: ``first`` entries, a square per vendor drawn (in the reader's
        language) and, when one shows, what the dashed outline means."""
        entries = list(first)
        shown = list(dict.fromkeys(v for v in vendors if isinstance(v, str) and v))
        chinese = dict(zip(self.rows["vendor"], self.rows.get("vendor_cn", self.rows["vendor"]),
                           strict=True)) if "vendor_cn" in self.rows else {}
        for vendor in shown:
            label = chinese.get(vendor) if names == "zh" and isinstance(chinese.get(vendor), str) \
                and chinese.get(vendor) else vendor
            entries.append((label, None, vendor_hex(vendor)))
        if uncertain:
            entries.append((self.texts["uncertain_note"], pen(PALETTE["uncertain"], 1.6, True),
                            "#FFFFFF"))
        self.legend.set_entries(entries, self.texts.get("legend_more", "+ {n}"))

    def hover_costs(self, row: pd.Series, names: dict[str, str] | None = None) -> list[str]:
        """Exact monthly costs at both dates (≈ where the price is uncertain); ``names``
        of the two sides (``Baseline May 1, 2024``), else Baseline and Current."""
        words = status_words()
        lines = []
        for side in ("baseline", "current"):
            status = row.get(f"{side}_status")
            cost = row.get(f"{side}_cost")
            if status == "priced":
                text = format_money(cost, self.currency)
                if row.get(f"{side}_record_status") == "uncertain":
                    text = f"≈ {text} ({words['uncertain']})"
            else:
                text = words.get(status, str(status))
            name = (names or {}).get(side) or self.texts[f"side_{side}"]
            lines.append(f"{name}: {text}")
        return lines

    def row_at(self, y: float) -> pd.Series | None:
        """The row under data height ``y`` (for hover text), or ``None``."""
        n = len(self.rows)
        index = n - 1 - int(math.floor(y + 0.5))
        return self.rows.iloc[index] if 0 <= index < n else None
