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
    return pd.DataFrame(group_columns(groups, texts),
                        columns=["label", "group_text", "group_names", "vendor", "savings",
                                 "baseline_cost", "current_cost"])


def group_columns(groups, texts: dict[str, str]) -> dict[str, list]:
    """:func:`group_rows` as lists by column name."""
    words = status_words()
    columns: dict[str, list] = {"label": [], "group_text": [], "group_names": []}
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
        columns["label"].append(title)
        columns["group_text"].append(shown)
        columns["group_names"].append(list(group.labels))
    count = len(columns["label"])
    columns["vendor"] = [""] * count
    for name in ("savings", "baseline_cost", "current_cost"):
        columns[name] = [np.nan] * count
    return columns


def stack_rows(rows, order: np.ndarray, groups, texts: dict[str, str]
            ) -> dict[str, np.ndarray]:
    """The rows at positions ``order`` with the lines of ``groups`` below them, one array
    per column: what ``pd.concat`` of the two frames holds (a column the lines lack is
    NaN or None on their rows), without building a frame on every keystroke. ``rows``
    is a frame or a :class:`~calculator.ui.charts.feed.ChartRows`."""
    extra = group_columns(groups, texts)
    count = len(extra["label"])
    columns: dict[str, np.ndarray] = {}
    for name in [*rows.columns, *(n for n in ("group_text", "group_names")
                                  if n not in rows.columns)]:
        values = np.asarray(rows[name])[order] if name in rows.columns else \
            np.full(len(order), None, dtype=object)
        if count:
            added = extra.get(name, [None] * count)
            if values.dtype.kind == "f":
                tail = np.array([np.nan if v is None else v for v in added], dtype=float)
            else:
                values = values.astype(object)
                tail = np.empty(count, dtype=object)
                for i, value in enumerate(added):  # lists of names stay one cell each
                    tail[i] = value
            values = np.concatenate([values, tail])
        columns[name] = values
    return columns


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
        self._columns: dict[str, np.ndarray] = {}
        self._frame: pd.DataFrame | None = pd.DataFrame()
        self.currency = "CNY"
        self.texts = texts
        self.values = LabelsItem(bundled_font(style.value_px))
        self.values.setZValue(10)  # above the bars the subclass adds
        self.plot.addItem(self.values, ignoreBounds=True)
        self.legend = side_legend(self, col=1, style=style)

    @property
    def rows(self) -> pd.DataFrame:
        """The rows drawn, top first (models, then the missing-value lines), as a frame
        built on first use (hover text, tests); drawing reads :meth:`column`."""
        if self._frame is None:
            self._frame = pd.DataFrame(self._columns)
        return self._frame

    def column(self, name: str) -> np.ndarray:
        """Column ``name`` of :attr:`rows`, as drawn."""
        return self._columns[name]

    def has_column(self, name: str) -> bool:
        return name in self._columns

    def start(self, columns: dict[str, np.ndarray], currency: str, units: str,
              more: int, subject: str = "", hidden: int = 0) -> np.ndarray:
        """Keep the rows' ``columns`` (from :func:`stack_rows`, top row first), set title and
        axis; the rows' y positions. ``subject`` names what was compared (the title says
        it); ``more`` models were left out for room, ``hidden`` for having no value."""
        self.draw_count += 1
        self.currency = currency
        self.axis.currency, self.axis.units = currency, units
        self._columns = columns
        self._frame = None
        title = self.texts["title"].format(comparison=subject) if subject else \
            self.texts["title_plain"]
        if more:
            shown = sum(1 for text in columns["group_text"] if not isinstance(text, str))
            title += " " + self.texts["top"].format(n=shown, total=f"{shown + more:,}")
        if hidden:
            title += " " + self.texts["hidden"].format(n=hidden)
        self.set_title(self.plot, title)
        axis_label(self.plot, "bottom", self.texts["axis"].format(currency=currency), self.style)
        return np.arange(len(columns["label"]))[::-1].astype(float)

    def finish(self, ys: np.ndarray, labels: Callable[[], list[Label]], low: float,
               high: float) -> bool:
        """Value labels, model names and ranges; ``False`` when there is no row (the
        empty-state message shows instead)."""
        n = len(ys)
        self.values.set_labels(labels() if n <= MAX_LABELLED else [])
        self.set_categories(self.plot, ys, list(self.column("label")))
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
        flags = np.zeros(len(self.column("label")), dtype=bool)
        for side in ("baseline", "current"):
            column = f"{side}_record_status"
            if self.has_column(column):
                flags |= (self.column(column) == "uncertain") & (
                    self.column(f"{side}_status") == "priced")
        return flags

    def set_vendor_legend(self, vendors, names: str, uncertain: bool,
                          first: list[tuple] = ()) -> None:
        """The side legend: ``first`` entries, a square per vendor drawn (in the reader's
        language) and, when one shows, what the dashed outline means."""
        entries = list(first)
        shown = list(dict.fromkeys(v for v in vendors if isinstance(v, str) and v))
        chinese = dict(zip(self.column("vendor"), self.column("vendor_cn"), strict=True)) \
            if self.has_column("vendor_cn") else {}
        for vendor in shown:
            label = chinese.get(vendor) if names == "zh" and isinstance(chinese.get(vendor), str) \
                and chinese.get(vendor) else vendor
            entries.append((label, None, vendor_hex(vendor)))
        if uncertain:
            entries.append((self.texts["uncertain_note"], pen(PALETTE["uncertain"], 1.6, True),
                            "#FFFFFF"))
        self.set_legend(entries, self.texts.get("legend_more", "+ {n}"))

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
        n = len(self._columns.get("label", ()))
        index = n - 1 - int(math.floor(y + 0.5))
        return self.rows.iloc[index] if 0 <= index < n else None
