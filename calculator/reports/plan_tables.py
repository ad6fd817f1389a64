"""Tables of spend over time: month-by-month costs, the month a row passes the budget.

The ``quote`` CSV and JSON, the window's month-by-month table and the exported
month table all come from :func:`budget_columns` / :func:`month_frame`, so they
show the same numbers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..engine.budget import BudgetView
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
