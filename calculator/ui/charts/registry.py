"""Every chart the app draws, one entry each: the list the window's tabs, the View menu,
copy-chart, the exporter and the HTML/PDF report all read.

Adding a chart is adding one :class:`ChartSpec` to :data:`CHARTS` (its class draws what
``draw`` gives it; see :mod:`calculator.ui.charts.base`). The list is read when it is
used, not when modules are imported, so a test can add a throwaway chart.

Importing this module does not import pyqtgraph: a chart's class is imported when the
first chart is built (the window paints before that).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...engine.evaluate import Evaluation
from ...reports.locale import Locale
from ..i18n import QT_TRANSLATE_NOOP, translate
from . import feed, texts

#: ``draw(chart, evaluation, rows, locale)``: ``rows`` are the evaluation's
#: :func:`~calculator.ui.charts.feed.chart_columns` (numpy arrays by column name; their
#: ``frame`` is a ``DataFrame`` of them), built once for all charts.
Draw = Callable[[Any, Evaluation, feed.ChartRows, Locale], None]


@dataclass(frozen=True)
class ChartSpec:
    key: str  # the chart's name: export file names (spend.png), the chart class's ``name``
    title: str  # tab title (context "Charts")
    menu: str  # View menu entry (context "Menus")
    caption: str  # the report's caption and image text (context "Reports")
    chart_class: str | type  # "module:Class", imported when first built, or the class
    draw: Draw  # gives a chart of this kind its data (calculator.ui.charts.feed)
    texts: Callable[[], dict[str, str]]  # every word the chart draws, translated now
    #: What the drawing depends on; the window skips a redraw while it is equal (None:
    #: always redraw). The history chart ignores the workload, say.
    redraw_key: Callable[[Evaluation, feed.ChartRows], object] | None = None

    @property
    def file_stem(self) -> str:
        """Exported files are ``<file_stem>.png`` / ``.svg``."""
        return self.key

    def tab_title(self) -> str:
        return translate("Charts", self.title)

    def menu_text(self) -> str:
        return translate("Menus", self.menu)

    def caption_text(self) -> str:
        return translate("Reports", self.caption)

    def load(self) -> type:
        """The chart's class (imports its module the first time)."""
        if isinstance(self.chart_class, type):
            return self.chart_class
        module, _, name = self.chart_class.partition(":")
        return getattr(importlib.import_module(module), name)


CHARTS: list[ChartSpec] = [
    ChartSpec("spend", QT_TRANSLATE_NOOP("Charts", "Monthly spend"),
              QT_TRANSLATE_NOOP("Menus", "Chart: monthly spend"),
              QT_TRANSLATE_NOOP("Reports", "Monthly spend per model, baseline and current "
                                           "prices"),
              "calculator.ui.charts.spend_chart:SpendChart", feed.draw_spend,
              texts.spend_texts),
    ChartSpec("savings", QT_TRANSLATE_NOOP("Charts", "Savings"),
              QT_TRANSLATE_NOOP("Menus", "Chart: savings"),
              QT_TRANSLATE_NOOP("Reports", "Monthly savings from the price changes"),
              "calculator.ui.charts.savings_chart:SavingsChart", feed.draw_savings,
              texts.savings_texts),
    ChartSpec("projection", QT_TRANSLATE_NOOP("Charts", "Projection"),
              QT_TRANSLATE_NOOP("Menus", "Chart: projection"),
              QT_TRANSLATE_NOOP("Reports", "Projected monthly and cumulative spend"),
              "calculator.ui.charts.projection_chart:ProjectionChart", feed.draw_projection,
              texts.projection_texts),
    ChartSpec("price_history", QT_TRANSLATE_NOOP("Charts", "Price history"),
              QT_TRANSLATE_NOOP("Menus", "Chart: price history"),
              QT_TRANSLATE_NOOP("Reports", "Price per 1M tokens over time"),
              "calculator.ui.charts.history_chart:HistoryChart", feed.draw_history,
              texts.history_texts, feed.history_key),
]


def charts() -> tuple[ChartSpec, ...]:
    """The charts in the order tabs, menus and exports show them."""
    return tuple(CHARTS)


def chart_keys() -> tuple[str, ...]:
    return tuple(spec.key for spec in CHARTS)


def chart_spec(key: str) -> ChartSpec:
    for spec in CHARTS:
        if spec.key == key:
            return spec
    raise ValueError(f"unknown chart {key!r} (use {', '.join(chart_keys())})")
