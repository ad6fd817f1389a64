"""What the two bar charts share: a row per model, money along x, a label at each bar."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pandas as pd

from ..fonts import bundled_font
from .axes import MoneyAxis
from .base import ChartBase
from .pools import Label, LabelsItem
from .style import SCREEN, ChartStyle, axis_label

MAX_LABELLED = 60  # rows beyond this get no value labels (they would overlap)


class BarChart(ChartBase):
    """Horizontal bars, one row per model, the first row at the top.

    Subclasses add their bar items in ``__init__`` and draw in ``set_data`` between
    :meth:`start` (sort, title, axis) and :meth:`finish` (labels, names, ranges).
    ``texts`` needs ``title``, ``top``, ``axis`` and ``empty``.
    """

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

    def start(self, rows: pd.DataFrame, order: np.ndarray, currency: str, units: str,
              more: int) -> np.ndarray:
        """Keep ``rows`` in ``order``, set title and axis; the rows' y positions."""
        self.draw_count += 1
        self.currency = currency
        self.axis.currency, self.axis.units = currency, units
        self.rows = rows.iloc[order]
        self.rows.index = pd.RangeIndex(len(order))  # relabel without copying the columns
        title = self.texts["title"]
        if more:
            title += " " + self.texts["top"].format(n=len(rows), total=f"{len(rows) + more:,}")
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
            self.plot.setXRange(0, 1, padding=0)
            self.plot.setYRange(0, 1, padding=0)
            self.show_empty(self.texts["empty"])
            return False
        self.show_empty(None)
        self.fit_x(self.plot, self.values, low, high)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        return True

    def row_at(self, y: float) -> pd.Series | None:
        """The row under data height ``y`` (for hover text), or ``None``."""
        n = len(self.rows)
        index = n - 1 - int(math.floor(y + 0.5))
        return self.rows.iloc[index] if 0 <= index < n else None
