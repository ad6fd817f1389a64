"""What each chart draws for an :class:`Evaluation`: the one place that feeds charts.

The window and the exporter both call :func:`draw_chart`, so an exported chart
shows the same rows, labels and colours as the chart on screen. Each chart's
``draw_*`` function is named in its registry entry
(:mod:`calculator.ui.charts.registry`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ...engine.evaluate import Evaluation
from ...engine.history import blended
from ...engine.planning import MODEL, row_kinds
from ...engine.pricing_parts import PARTS
from ...reports.locale import ENGLISH, Locale
from ...reports.summary import comparison_name
from ...reports.vocabulary import missing
from ..i18n import translate
from . import MAX_BARS, MAX_LINES
from .markers import marker
from .palette import model_shades


class ChartRows:
    """The columns charts draw, one numpy array each, read like a frame's columns:
    ``rows["current_cost"]``, ``len(rows)`` (rows), ``rows.columns``.

    Building a ``DataFrame`` of these columns and reading them back cost about a
    millisecond on every keystroke; :attr:`frame` builds one when asked (tests)."""

    __slots__ = ("_columns", "_frame", "_count")

    def __init__(self, columns: dict[str, np.ndarray]):
        self._columns = columns
        self._count = len(next(iter(columns.values()))) if columns else 0
        self._frame: pd.DataFrame | None = None

    def __getitem__(self, name: str) -> np.ndarray:
        return self._columns[name]

    def __len__(self) -> int:
        return self._count

    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    @property
    def frame(self) -> pd.DataFrame:
        if self._frame is None:
            self._frame = pd.DataFrame(self._columns, copy=False)
        return self._frame


#: What the ``draw_*`` functions read: :func:`chart_columns`, or a frame of the same
#: columns (:func:`chart_rows`, tests).
Rows = pd.DataFrame | ChartRows


def draw_chart(chart, evaluation: Evaluation, rows: Rows,
               locale: Locale = ENGLISH) -> None:
    """Give ``chart`` its data from ``evaluation``, the way its registry entry says
    (:mod:`calculator.ui.charts.registry`, by the chart's ``name``).

    ``rows`` is :func:`chart_columns` (or :func:`chart_rows`) of the evaluation, passed
    in so callers can reuse it.
    """
    from .registry import chart_spec

    chart.locale = locale
    chart_spec(chart.name).draw(chart, evaluation, rows, locale)


@dataclass(frozen=True)
class MissingGroup:
    """Models a bar chart has no bar for, on one line: why (the side without a number and
    its status, or ``unchanged``), and their names."""

    side: str  # baseline | current | "" (unchanged)
    status: str  # a status key (unknown, not_offered, retired…) or "unchanged"
    labels: tuple[str, ...]


GROUP_ORDER = ("unchanged", "not_offered", "unknown", "retired")


def missing_groups(rows: pd.DataFrame, savings: bool) -> tuple[pd.DataFrame, list[MissingGroup]]:
    """``rows`` split into those with a bar and the lines for the rest: for savings, a
    missing price on either side (by side and status) and unchanged prices; for spend, a
    current price without a number. Unknown and not offered stay apart."""
    positions, groups = missing_positions(rows, savings)
    return rows.iloc[positions], groups


def missing_positions(rows: Rows, savings: bool
                      ) -> tuple[np.ndarray, list[MissingGroup]]:
    """:func:`missing_groups` with the rows that have a bar as positions in ``rows``."""
    current = np.asarray(rows["current_status"])
    if savings:
        value = np.asarray(rows["savings"], float)
        has_bar = np.isfinite(value) & (value != 0)
    else:
        has_bar = np.array([not missing(s) for s in current], dtype=bool)
    groups: dict[tuple[str, str], list[str]] = {}
    left_out = np.flatnonzero(~has_bar)
    if len(left_out):
        baseline = np.asarray(rows["baseline_status"])
        labels = np.asarray(rows["label"])
        for i in left_out:
            if savings and not (missing(baseline[i]) or missing(current[i])):
                key = ("", "unchanged")
            elif savings and missing(baseline[i]):
                key = ("baseline", baseline[i])
            else:
                key = ("current", current[i])
            groups.setdefault(key, []).append(str(labels[i]))
    order = {status: i for i, status in enumerate(GROUP_ORDER)}
    keys = sorted(groups, key=lambda k: (k[0] != "", k[0], order.get(k[1], 99)))
    return np.flatnonzero(has_bar), [MissingGroup(side, status, tuple(groups[(side, status)]))
                                     for side, status in keys]


def _bars_and_groups(chart, ev: Evaluation, rows: Rows, savings: bool, column: str,
                     per_row: float):
    valued, groups = missing_positions(rows, savings)
    hidden = 0
    if ev.scenario.chart.hide_missing:
        hidden, groups = sum(len(g.labels) for g in groups), []
    room = max(1, min(MAX_BARS, chart.max_rows(per_row)) - len(groups))
    top = valued if len(valued) <= room else valued[
        top_positions(np.asarray(rows[column], float)[valued], room)]
    return top, groups, len(valued) - len(top), hidden


def draw_spend(chart, ev: Evaluation, rows: Rows, locale: Locale) -> None:
    top, groups, more, hidden = _bars_and_groups(chart, ev, rows, False, "current_cost", 1.5)
    chart.set_data(rows, ev.comparison.currency, translate("Charts", "Baseline {date}").format(
        date=locale.date(ev.comparison.baseline_date)),
        translate("Charts", "Current {date}").format(
        date=locale.date(ev.comparison.current_date)),
        units=locale.money_units, more=more, groups=groups, hidden=hidden,
        subject=comparison_name(ev, locale), names=locale.names, positions=top,
        parts=ev.scenario.chart.spend_parts)


def draw_savings(chart, ev: Evaluation, rows: Rows, locale: Locale) -> None:
    top, groups, more, hidden = _bars_and_groups(chart, ev, rows, True, "savings", 1.3)
    chart.set_data(rows, ev.comparison.currency, units=locale.money_units, more=more,
                   groups=groups, hidden=hidden, subject=comparison_name(ev, locale),
                   names=locale.names, positions=top)


def draw_projection(chart, ev: Evaluation, rows: Rows, locale: Locale) -> None:
    shown = line_positions(rows)
    more = len(rows) - len(shown)
    if ev.scenario.chart.projection_plans_only:
        plans = np.flatnonzero(row_kinds(ev.comparison) != MODEL)
        if len(plans):
            shown, more = plans, 0  # the models are left out on purpose, not for room
    budget = ev.budget.budget if ev.budget is not None else None
    chart.set_data(ev.projection.take(shown), list(np.asarray(rows["label"])[shown]),
                   list(np.asarray(rows["color"])[shown]), units=locale.money_units,
                   more=more, budget=budget,
                   first_over=None if budget is None else list(ev.budget.first_over[shown]),
                   baseline=ev.scenario.chart.projection_baseline,
                   markers=[marker(v) for v in np.asarray(rows["variant"])[shown]])


def draw_history(chart, ev: Evaluation, rows: Rows, locale: Locale) -> None:
    shown = line_positions(rows)
    history = history_rows(ev, rows)
    if len(shown) < len(rows):
        history = history[history["model_id"].isin(set(np.asarray(rows["model_id"])[shown]))]
    chart.set_data(history, dict(zip(rows["model_id"], rows["color"], strict=True)),
                   ev.comparison.currency, ev.scenario.chart.history_price,
                   ev.comparison.baseline_date, ev.comparison.current_date,
                   log=ev.scenario.chart.history_log, more=len(rows) - len(shown),
                   markers=dict(zip(rows["model_id"], map(marker, rows["variant"]),
                                    strict=True)))


class Same:
    """Equal only to a ``Same`` of the very same object (a frame compared by identity)."""

    __slots__ = ("obj",)

    def __init__(self, obj: object):
        self.obj = obj

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.obj is self.obj

    __hash__ = None  # type: ignore[assignment]


def history_key(evaluation: Evaluation, rows: Rows) -> tuple:
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


def chart_columns(evaluation: Evaluation) -> ChartRows:
    """The columns charts draw: labels, vendor, costs, statuses, and a colour per model.

    Labels are model names, the same in every language."""
    source = evaluation.comparison.arrays
    vendors = source["vendor"]
    colors = np.empty(len(vendors), dtype=object)
    by_vendor: dict[str, list[int]] = {}
    for position, vendor in enumerate(vendors):
        by_vendor.setdefault(vendor, []).append(position)
    variants = np.zeros(len(vendors), dtype=int)
    for vendor, positions in by_vendor.items():
        for index, (position, color) in enumerate(zip(positions, model_shades(
                vendor, len(positions)), strict=True)):
            colors[position] = color
            variants[position] = index
    columns = ("model_id", "vendor", "vendor_cn", "model_name", "baseline_cost",
               "current_cost", "baseline_status", "current_status", "savings", "savings_pct",
               "baseline_record_status", "current_record_status")
    data = {name: np.asarray(source[name]) for name in columns}
    for part in PARTS:  # the spend chart can stack the current cost by part
        name = f"current_cost_{part}"
        if name in source:
            data[name] = np.asarray(source[name])
    data["label"] = data["model_name"]
    data["color"] = colors
    data["variant"] = variants  # the model's place among its vendor's: its line style
    return ChartRows(data)


def chart_rows(evaluation: Evaluation) -> pd.DataFrame:
    """:func:`chart_columns` as a frame."""
    return chart_columns(evaluation).frame


def top_rows(frame: pd.DataFrame, column: str, limit: int = MAX_BARS) -> pd.DataFrame:
    """All rows, or the ``limit`` with the highest ``column`` (bar charts stay readable)."""
    if len(frame) <= limit:
        return frame
    return frame.iloc[top_positions(frame[column].to_numpy(float), limit)]


def top_positions(values: np.ndarray, limit: int) -> np.ndarray:
    """Positions of the ``limit`` highest ``values`` (NaN lowest), in their order."""
    values = np.nan_to_num(values, nan=-np.inf)
    return np.sort(np.argsort(-values, kind="stable")[:limit])


def line_positions(frame: Rows, limit: int = MAX_LINES) -> np.ndarray:
    """Rows whose lines are drawn: all, or the ``limit`` highest current costs, in frame order."""
    if len(frame) <= limit:
        return np.arange(len(frame))
    cost = np.nan_to_num(np.asarray(frame["current_cost"], float), nan=-1.0)
    return np.sort(np.argsort(-cost, kind="stable")[:limit])


def history_rows(evaluation: Evaluation, frame: Rows) -> pd.DataFrame:
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
