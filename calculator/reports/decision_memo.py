"""Plan A beside plan B: two to four options' spend over time against one budget.

An option is one row (a model, a routing plan, a self-hosted deployment) of one
scenario: the open one or another scenario file. :class:`Memo` holds their
monthly spend (from each scenario's own projection: its workload, prices and
growth) and the budget; it gives the month-by-month table, a summary per option
and the sentences that answer the question. The window's comparison view, its
chart and the PNG/CSV/PDF export read the same :class:`Memo`.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..engine.budget import first_month_over
from ..engine.errors import EngineError
from ..engine.evaluate import Evaluation
from ..engine.plans import check_growth
from ..engine.text import spreadsheet_cell
from .formatting import format_money
from .i18n import translate
from .summary import scenario_title

MIN_OPTIONS, MAX_OPTIONS = 2, 4


@dataclass(frozen=True)
class MemoOption:
    """One option: a row of a scenario, its monthly spend in the memo's currency."""

    label: str
    scenario: str
    row_id: str
    monthly: np.ndarray
    growth: float

    @property
    def cumulative(self) -> np.ndarray:
        return np.cumsum(self.monthly)

    @property
    def known(self) -> bool:
        return bool(np.isfinite(self.monthly).all())


def option_from(evaluation: Evaluation, row_id: str, label: str, currency: str,
                rate_to: float = 1.0, growth: float | None = None) -> MemoOption:
    """The row ``row_id`` of ``evaluation`` as an option; ``rate_to`` converts its money
    (its scenario's currency) into the memo's ``currency``. ``growth`` (monthly) replaces
    the row's own: month *m* = month 1 × (1 + growth)^(m−1), as ``quote --plan-growth``
    projects a plan (the window offers it for models and routing plans: a self-hosted
    row steps up by whole replicas and keeps its own projection)."""
    projection = evaluation.projection
    ids = list(projection.model_ids)
    if row_id not in ids:
        raise EngineError(f"{row_id!r} is not a row of {scenario_title(evaluation)!r}")
    pos = ids.index(row_id)
    monthly = np.asarray(projection.current_monthly[pos], float) * rate_to
    if growth is not None:
        check_growth(growth, f"option {label!r}")
        monthly = monthly[0] * (1 + growth) ** np.arange(len(monthly))
        return MemoOption(label, scenario_title(evaluation), row_id, monthly, float(growth))
    plans = evaluation.plans
    own = {p.name: p.growth for p in plans.plans} | {d.name: d.growth for d in plans.deployments}
    growth = own.get(row_id)
    if growth is None:  # a model, or a plan that follows the scenario's growth
        growth = evaluation.scenario.growth
    return MemoOption(label, scenario_title(evaluation), row_id, monthly, growth)


@dataclass(frozen=True)
class Memo:
    title: str
    currency: str
    budget: float | None
    options: tuple[MemoOption, ...]
    # lines under the table: workload, dates, exchange rate, where prices come from
    assumptions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not MIN_OPTIONS <= len(self.options) <= MAX_OPTIONS:
            raise EngineError(f"compare {MIN_OPTIONS} to {MAX_OPTIONS} options, "
                              f"not {len(self.options)}")
        lengths = {len(o.monthly) for o in self.options}
        if len(lengths) != 1:
            raise EngineError("the options cover different numbers of months; give every "
                              "scenario the same horizon")

    @property
    def months(self) -> np.ndarray:
        return np.arange(1, len(self.options[0].monthly) + 1)

    def first_over(self) -> np.ndarray:
        """Per option, the first month above the monthly budget (0: never, or unknown)."""
        return first_month_over(np.array([o.monthly for o in self.options]), self.budget)

    def first_over_in_total(self) -> np.ndarray:
        """Per option, the first month whose running total passes the budget's running
        total (budget x months); 0: never, or unknown."""
        allowed = self.cumulative_budget()
        if allowed is None:
            return np.zeros(len(self.options), dtype=np.int64)
        spent = np.array([o.cumulative for o in self.options])
        with np.errstate(invalid="ignore"):
            over = spent > allowed[None, :] * (1 + 1e-12)
        return np.where(over.any(axis=1), over.argmax(axis=1) + 1, 0).astype(np.int64)

    def cumulative_budget(self) -> np.ndarray | None:
        return None if self.budget is None else self.budget * self.months.astype(float)

    # ------------------------------------------------------------------ tables
    def frame(self) -> pd.DataFrame:
        """Month by month: each option's spend and running total, then the budget."""
        data: dict[str, object] = {translate("Reports", "Month"): self.months}
        for option in self.options:
            data[translate("Reports", "{label}, monthly").format(label=option.label)] = \
                option.monthly
        for option in self.options:
            data[translate("Reports", "{label}, cumulative").format(label=option.label)] = \
                option.cumulative
        if self.budget is not None:
            data[translate("Reports", "Budget, monthly")] = np.full(len(self.months),
                                                                     self.budget)
            data[translate("Reports", "Budget, cumulative")] = self.cumulative_budget()
        return pd.DataFrame(data)

    def summary(self) -> pd.DataFrame:
        """One row per option: what it is, first and last month, total, budget month, runway."""
        first = self.first_over()
        horizon = len(self.months)
        rows = []
        in_total = self.first_over_in_total()
        for option, over, total in zip(self.options, first, in_total, strict=True):
            rows.append({
                translate("Reports", "Option"): option.label,
                translate("Reports", "Scenario"): option.scenario,
                translate("Reports", "Row"): option.row_id,
                translate("Reports", "Growth a month"): option.growth,
                translate("Reports", "Month 1"): option.monthly[0],
                translate("Reports", "Month {n}").format(n=horizon): option.monthly[-1],
                translate("Reports", "Total"): option.cumulative[-1],
                translate("Reports", "First month over budget"): int(over) if over else None,
                translate("Reports", "Total over budget from month"):
                    int(total) if total else None,
                translate("Reports", "Months within budget"):
                    (int(over) - 1 if over else horizon) if option.known else None,
            })
        return pd.DataFrame(rows)

    def headline(self) -> list[str]:
        """The answer in sentences: when each option passes the budget, which costs least."""
        lines = []
        horizon = len(self.months)
        money = lambda v: format_money(v, self.currency)  # noqa: E731
        for option, over in zip(self.options, self.first_over(), strict=True):
            if not option.known:
                lines.append(translate("Reports", "{label}: the cost is not known for every "
                                                  "month.").format(label=option.label))
            elif self.budget is None:
                lines.append(translate("Reports", "{label}: {total} over {months} months.")
                             .format(label=option.label, total=money(option.cumulative[-1]),
                                     months=horizon))
            elif over:
                lines.append(translate(
                    "Reports", "{label} passes the {budget} monthly budget in month {month} "
                               "({cost} that month); {total} over {months} months.")
                    .format(label=option.label, budget=money(self.budget), month=int(over),
                            cost=money(option.monthly[int(over) - 1]),
                            total=money(option.cumulative[-1]), months=horizon))
            else:
                lines.append(translate(
                    "Reports", "{label} stays within the {budget} monthly budget for all "
                               "{months} months; {total} in total.")
                    .format(label=option.label, budget=money(self.budget), months=horizon,
                            total=money(option.cumulative[-1])))
        known = [o for o in self.options if o.known]
        if len(known) >= 2:
            cheap = min(known, key=lambda o: o.cumulative[-1])
            dear = max(known, key=lambda o: o.cumulative[-1])
            if dear.cumulative[-1] > cheap.cumulative[-1]:
                lines.append(translate(
                    "Reports", "Over {months} months {cheap} costs {diff} less than {dear}.")
                    .format(months=horizon, cheap=cheap.label, dear=dear.label,
                            diff=money(dear.cumulative[-1] - cheap.cumulative[-1])))
        return lines


def memo_csv_bytes(memo: Memo) -> bytes:
    """The memo as CSV (UTF-8 with BOM): the title and answer, the summary, the months."""
    out = io.StringIO()

    def line(cells: list[object]) -> None:
        out.write(",".join(_csv_cell(c) for c in cells) + "\r\n")

    line([memo.title])
    for sentence in memo.headline():
        line([sentence])
    line([translate("Reports", "Money in {currency} a month").format(currency=memo.currency)])
    line([])
    summary = memo.summary()
    line(list(summary.columns))
    for row in summary.itertuples(index=False):
        line(list(row))
    line([])
    frame = memo.frame()
    line(list(frame.columns))
    for row in frame.itertuples(index=False):
        line(list(row))
    line([])
    for text in memo.assumptions:
        line([text])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_cell(value: object) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return f"{float(value):.10g}"
    text = str(spreadsheet_cell(str(value)))
    if any(ch in text for ch in ',"\r\n'):
        text = '"' + text.replace('"', '""') + '"'
    return text
