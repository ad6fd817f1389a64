"""Tables of spend over time: month-by-month costs, the month a row passes the budget.

The ``quote`` CSV and JSON, the window's month-by-month table and the exported
month table all come from :func:`budget_columns` / :func:`month_frame`, so they
show the same numbers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..engine.budget import BudgetView
from ..engine.planning import MODEL, row_kinds
from ..engine.projection import Projection
from .formatting import format_money


def budget_columns(projection: Projection, view: BudgetView) -> pd.DataFrame:
    """Per row: ``first_month_over_budget`` (empty if never) then ``month_1`` … ``month_N``."""
    first = pd.array(np.where(view.first_over > 0, view.first_over, 0), dtype="Int64")
    first[view.first_over == 0] = pd.NA
    data: dict[str, object] = {"first_month_over_budget": first}
    for index, month in enumerate(projection.months):
        data[f"month_{int(month)}"] = projection.current_monthly[:, index]
    return pd.DataFrame(data)


def month_frame(projection: Projection, view: BudgetView | None = None,
                cumulative: bool = False) -> pd.DataFrame:
    """Months as rows, one column per model or plan (current prices), plus the budget.

    The shape a product manager pastes into a memo: ``month``, one column per
    row id, and ``budget`` (the monthly budget, or its running total when
    ``cumulative``) when there is one.
    """
    values = projection.current_cumulative if cumulative else projection.current_monthly
    frame = pd.DataFrame({"month": projection.months.astype(int)})
    for index, model in enumerate(projection.model_ids):
        frame[str(model)] = values[index]
    if view is not None and view.budget is not None:
        frame["budget"] = view.budget_line(projection.months, cumulative)
    return frame


def month_table(projection: Projection, view: BudgetView) -> str:
    """A fixed-width text table: one line per row, months across, then the first month over."""
    currency = projection.currency
    headers = ["Row"] + [f"M{int(m)}" for m in projection.months] + ["Over budget"]
    rows = []
    for index, model in enumerate(projection.model_ids):
        cells = [str(model)]
        cells += [format_money(v, currency, symbol=False, decimals=0)
                  if np.isfinite(v) else "-" for v in projection.current_monthly[index]]
        first = int(view.first_over[index])
        if view.budget is None:
            cells.append("")
        elif first:
            cells.append(f"month {first}")
        elif np.isfinite(projection.current_monthly[index]).all():
            cells.append("never")
        else:
            cells.append("unknown")
        rows.append(cells)
    widths = [max(len(c) for c in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        first, *rest = cells
        return "  ".join([first.ljust(widths[0])]
                         + [c.rjust(w) for c, w in zip(rest, widths[1:], strict=True)]).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out) + "\n"


def has_plan_section(evaluation) -> bool:
    """Reports add the plans section when the scenario has plans or a budget."""
    plans = evaluation.plans
    return plans.has_rows or plans.budget is not None


def section_rows(evaluation, limit: int = 6) -> np.ndarray:
    """The rows the plans section shows month by month: the plan rows, or without any,
    the ``limit`` dearest models."""
    kinds = row_kinds(evaluation.comparison)
    plans = np.flatnonzero(kinds != MODEL)
    if len(plans):
        return plans
    cost = np.nan_to_num(np.asarray(evaluation.comparison.arrays["current_cost"], float),
                         nan=-1.0)
    return np.sort(np.argsort(-cost, kind="stable")[:limit])


def months_sheet_frame(evaluation) -> pd.DataFrame:
    """Every row month by month (current prices, its own growth), with the month it
    first passes the budget; a last row holds the budget."""
    projection, view = evaluation.projection, evaluation.budget
    arrays = evaluation.comparison.arrays
    frame = pd.concat([pd.DataFrame({"model_id": arrays["model_id"],
                                     "model_name": arrays["model_name"]}),
                       budget_columns(projection, view)], axis=1)
    if view is not None and view.budget is not None:
        budget_row = {"model_id": "budget", "model_name": "",
                      "first_month_over_budget": pd.NA,
                      **{f"month_{int(m)}": view.budget for m in projection.months}}
        frame = pd.concat([frame, pd.DataFrame([budget_row])], ignore_index=True)
    return frame


def plans_html(evaluation, locale) -> str:
    """The plans section of the HTML/PDF report: each plan (or, without plans, the
    dearest models) with its growth and budget month, then spend month by month."""
    import html as _html

    from .i18n import translate

    e = _html.escape
    ev = evaluation
    currency = ev.comparison.currency
    units = locale.money_units
    arrays = ev.comparison.arrays
    rows = section_rows(ev)
    projection, view = ev.projection, ev.budget
    growth = {p.name: p.growth for p in ev.plans.plans}
    growth.update({d.name: d.growth for d in ev.plans.deployments})
    heading = translate("Reports", "Plans and budget")
    parts = [f"<h2>{e(heading)}</h2>"]
    if view is not None and view.budget is not None:
        parts.append('<p class="sub">' + e(translate(
            "Reports", "Monthly budget {budget}; each row grows at its own rate.").format(
            budget=format_money(view.budget, currency, units=units))) + "</p>")
    head = [translate("Reports", "Row"), translate("Reports", "What it is"),
            translate("Reports", "Growth a month"), translate("Reports", "Month 1"),
            translate("Reports", "Month {n}").format(n=len(projection.months)),
            translate("Reports", "First month over budget")]
    out = ['<table class="grid"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in head)
           + "</tr></thead><tbody>"]
    for i in rows:
        model = str(arrays["model_id"][i])
        rate = growth.get(model)
        rate = ev.scenario.growth if rate is None else rate
        first = int(view.first_over[i]) if view is not None else 0
        over = str(first) if first else ("–" if view is None or view.budget is None else
                                         translate("Reports", "never"))
        monthly = projection.current_monthly[i]
        out.append(
            f"<tr><td>{e(model)}</td><td>{e(str(arrays['model_name'][i]))}</td>"
            f'<td class="num">{rate * 100:+.1f}%</td>'
            f'<td class="num">{e(format_money(monthly[0], currency, units=units))}</td>'
            f'<td class="num">{e(format_money(monthly[-1], currency, units=units))}</td>'
            f'<td class="num">{e(over)}</td></tr>')
    out.append("</tbody></table>")
    parts.append("".join(out))
    head = [translate("Reports", "Month")] + [str(arrays["model_id"][i]) for i in rows]
    table = ['<table class="grid"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in head)
             + "</tr></thead><tbody>"]
    for m in range(len(projection.months)):
        cells = [f'<td class="num">{m + 1}</td>']
        for i in rows:
            value = projection.current_monthly[i, m]
            above = view is not None and view.budget is not None and value > view.budget
            cls = "num over" if above else "num"
            cells.append(f'<td class="{cls}">'
                         f"{e(format_money(value, currency, units=units))}</td>")
        table.append("<tr>" + "".join(cells) + "</tr>")
    table.append("</tbody></table>")
    parts.append("".join(table))
    return "\n".join(parts)
