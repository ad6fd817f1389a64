"""What each chart draws for an :class:`Evaluation`: the one place that feeds charts.

The window and the exporter both call :func:`draw_chart`, so an exported chart
shows the same rows, labels and colours as the chart on screen. Each chart's
``draw_*`` function is named in its registry entry
(:mod:`calculator.ui.charts.registry`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ...engine.evaluate import Evaluation
from ...engine.history import blended
from ...reports.locale import ENGLISH, Locale
from ..i18n import translate
from . import MAX_BARS, MAX_LINES
from .palette import model_shades


def draw_chart(chart, evaluation: Evaluation, rows: pd.DataFrame,
               locale: Locale = ENGLISH) -> None:
    """Give ``chart`` its data from ``evaluation``, the way its registry entry says
    (:mod:`calculator.ui.charts.registry`, by the chart's ``name``).

    ``rows`` is :func:`chart_rows` of the evaluation (passed in so callers can reuse it).
    """
    from .registry import chart_spec

    chart.locale = locale
    chart_spec(chart.name).draw(chart, evaluation, rows, locale)


def draw_spend(chart, ev: Evaluation, rows: pd.DataFrame, locale: Locale) -> None:
    top = top_rows(rows, "current_cost", min(MAX_BARS, chart.max_rows()))
    chart.set_data(top, ev.comparison.currency, translate("Charts", "Baseline {date}").format(
        date=locale.date(ev.comparison.baseline_date)),
        translate("Charts", "Current {date}").format(
        date=locale.date(ev.comparison.current_date)),
        units=locale.money_units, more=len(rows) - len(top))


def draw_savings(chart, ev: Evaluation, rows: pd.DataFrame, locale: Locale) -> None:
    top = top_rows(rows, "savings", min(MAX_BARS, chart.max_rows(1.3)))
    chart.set_data(top, ev.comparison.currency, units=locale.money_units,
                   more=len(rows) - len(top))


def draw_projection(chart, ev: Evaluation, rows: pd.DataFrame, locale: Locale) -> None:
    shown = line_positions(rows)
    chart.set_data(ev.projection.take(shown), list(rows["label"].to_numpy()[shown]),
                   list(rows["color"].to_numpy()[shown]), units=locale.money_units,
                   more=len(rows) - len(shown))


def draw_history(chart, ev: Evaluation, rows: pd.DataFrame, locale: Locale) -> None:
    shown = line_positions(rows)
    history = history_rows(ev, rows)
    if len(shown) < len(rows):
        history = history[history["model_id"].isin(set(rows["model_id"].to_numpy()[shown]))]
    chart.set_data(history, dict(zip(rows["model_id"], rows["color"], strict=True)),
                   ev.comparison.currency, ev.scenario.chart.history_price,
                   ev.comparison.baseline_date, ev.comparison.current_date,
                   log=ev.scenario.chart.history_log, more=len(rows) - len(shown))


class Same:
    """Equal only to a ``Same`` of the very same object (a frame compared by identity)."""

    __slots__ = ("obj",)

    def __init__(self, obj: object):
        self.obj = obj

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.obj is self.obj

    __hash__ = None  # type: ignore[assignment]


def history_key(evaluation: Evaluation, rows: pd.DataFrame) -> tuple:
    """Everything the price-history chart depends on (it ignores the workload volume).

    ``evaluate()`` hands on the same history frame while catalog, models, currency, rate
    and discounts are unchanged; a new frame (new prices) draws again."""
    ev = evaluation
    w = ev.comparison.workload
    return (tuple(rows["model_id"]), tuple(rows["label"]), ev.comparison.currency,
            ev.comparison.fx.cny_per_usd, ev.scenario.chart, ev.comparison.baseline_date,
            ev.comparison.current_date, ev.discounts,
            (w.input_tokens, w.output_tokens, w.cached_share)
            if ev.scenario.chart.history_price == "blended" else None, Same(ev.history))


def chart_rows(evaluation: Evaluation) -> pd.DataFrame:
    """The columns charts draw: labels, vendor, costs, statuses, and a colour per model.

    Labels are model names, the same in every language."""
    source = evaluation.comparison.arrays
    vendors = source["vendor"]
    colors = np.empty(len(vendors), dtype=object)
    by_vendor: dict[str, list[int]] = {}
    for position, vendor in enumerate(vendors):
        by_vendor.setdefault(vendor, []).append(position)
    for vendor, positions in by_vendor.items():
        for position, color in zip(positions, model_shades(vendor, len(positions)), strict=True):
            colors[position] = color
    columns = ("model_id", "vendor", "vendor_cn", "model_name", "baseline_cost",
               "current_cost", "baseline_status", "current_status", "savings", "savings_pct")
    data = {name: source[name] for name in columns}
    data["label"] = data["model_name"]
    data["color"] = colors
    return pd.DataFrame(data, copy=False)


def top_rows(frame: pd.DataFrame, column: str, limit: int = MAX_BARS) -> pd.DataFrame:
    """All rows, or the ``limit`` with the highest ``column`` (bar charts stay readable)."""
    if len(frame) <= limit:
        return frame
    values = np.nan_to_num(frame[column].to_numpy(float), nan=-np.inf)
    return frame.iloc[np.sort(np.argsort(-values, kind="stable")[:limit])]


def line_positions(frame: pd.DataFrame, limit: int = MAX_LINES) -> np.ndarray:
    """Rows whose lines are drawn: all, or the ``limit`` highest current costs, in frame order."""
    if len(frame) <= limit:
        return np.arange(len(frame))
    cost = np.nan_to_num(frame["current_cost"].to_numpy(float), nan=-1.0)
    return np.sort(np.argsort(-cost, kind="stable")[:limit])


def history_rows(evaluation: Evaluation, frame: pd.DataFrame) -> pd.DataFrame:
    history = evaluation.history.copy()
    what = evaluation.scenario.chart.history_price
    if what == "blended":
        w = evaluation.comparison.workload
        total = w.input_tokens + w.output_tokens
        history["price"] = blended(history, w.input_tokens / total if total else 0.5,
                                   w.cached_share)
    else:
        history["price"] = history[what]
    labels = dict(zip(frame["model_id"], frame["label"], strict=True))
    history["label"] = history["model_id"].map(labels)
    position = {m: i for i, m in enumerate(frame["model_id"])}
    history["order_key"] = history["model_id"].map(position)
    return history.sort_values(["order_key", "effective_from"], kind="stable")
