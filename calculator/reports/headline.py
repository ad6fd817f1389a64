"""The story a report opens with: which chart leads, in what order, and the headline.

A manager reads page one in a minute: the biggest saving, the cheapest model at
the current date with what it costs per request and per year, and what switching
from the reference model saves. The comparison table is sorted the way the lead
chart is, so the two read together.
"""

from __future__ import annotations

import math

import numpy as np

from ..engine.comparison import FREE, PRICED, Comparison
from ..engine.evaluate import Evaluation
from ..engine.unit_costs import per_request, per_year
from .formatting import column_decimals, format_money, format_percent, money_text
from .i18n import translate
from .locale import ENGLISH, Locale

SAVINGS, SPEND = "savings", "spend"


def lead_chart(comparison: Comparison) -> str:
    """``savings`` when some model got cheaper between the dates, else ``spend``."""
    savings = comparison.arrays["savings"].astype(float)
    return SAVINGS if bool(np.any(np.nan_to_num(savings) > 0)) else SPEND


def chart_order(comparison: Comparison, chart: str) -> np.ndarray:
    """Row positions in the order ``chart`` draws them, top first: by savings or by
    current cost, highest first, rows without a value last (as they came)."""
    column = "savings" if chart == SAVINGS else "current_cost"
    values = np.nan_to_num(comparison.arrays[column].astype(float), nan=-np.inf)
    return np.argsort(-values, kind="stable")


def headline(evaluation: Evaluation, locale: Locale = ENGLISH) -> list[str]:
    """Two or three sentences with the key numbers, for ``locale``."""
    units = locale.money_units
    c = evaluation.comparison
    if not c.model_count:
        return [translate("Reports", "No models are selected.")]
    a = c.arrays
    dates = {"baseline": locale.date(c.baseline_date), "current": locale.date(c.current_date)}

    # the decimals of the comparison table's monthly and yearly columns
    month_places = column_decimals(np.r_[a["baseline_cost"], a["current_cost"]].astype(float))
    year_places = column_decimals(per_year(a["current_cost"].astype(float)))

    def money(value: float) -> str:
        return money_text(value, c.currency, month_places, units=units)

    def yearly(value: float) -> str:
        return money_text(float(per_year(value)), c.currency, year_places, units=units)

    sentences = []
    savings = np.nan_to_num(a["savings"].astype(float), nan=-np.inf)
    best = int(np.argmax(savings))
    if savings[best] > 0:
        sentences.append(translate(
            "Reports", "{model}: {before} → {after} a month ({change}), the biggest saving "
                       "from {baseline} to {current}.").format(
            model=a["model_name"][best], before=money(a["baseline_cost"][best]),
            after=money(a["current_cost"][best]),
            change=_minus(format_percent(-a["savings_pct"][best])), **dates))
    else:
        sentences.append(translate(
            "Reports", "No model in this comparison got cheaper from {baseline} to "
                       "{current}.").format(**dates))

    status = a["current_status"]
    free = np.flatnonzero(status == FREE)
    paid = np.flatnonzero(status == PRICED)
    if len(free):
        sentences.append(translate("Reports", "Free on {current}: {models}.").format(
            models=", ".join(str(a["model_name"][i]) for i in free), **dates))
    if len(paid):
        cheap = int(paid[np.argmin(a["current_cost"][paid].astype(float))])
        month = float(a["current_cost"][cheap])
        request = per_request(c, month)
        values = dict(model=a["model_name"][cheap], month=money(month),
                      year=yearly(month), **dates)
        if math.isnan(request) and len(free):
            template = translate("Reports", "Cheapest paid model on {current}: {model} at "
                                            "{month} a month, {year} a year.")
        elif math.isnan(request):
            template = translate("Reports", "Cheapest on {current}: {model} at {month} a "
                                            "month, {year} a year.")
        elif len(free):
            template = translate("Reports", "Cheapest paid model on {current}: {model} at "
                                            "{month} a month, {year} a year, {request} per "
                                            "request.")
        else:
            template = translate("Reports", "Cheapest on {current}: {model} at {month} a "
                                            "month, {year} a year, {request} per request.")
        if not math.isnan(request):
            values["request"] = format_money(float(request), c.currency)
        sentences.append(template.format(**values))
        switch = _switch_sentence(c, cheap, money, yearly)
        if switch:
            sentences.append(switch)
    elif not len(free):
        sentences.append(translate(
            "Reports", "No model in this comparison has a known price on {current}.").format(
            **dates))
    return sentences


def _switch_sentence(c: Comparison, cheap: int, money, yearly) -> str | None:
    """What moving from the reference model to the cheapest one saves, if anything."""
    if c.reference is None or c.arrays["model_id"][cheap] == c.reference:
        return None
    saving = float(c.arrays["savings_vs_reference"][cheap])
    if math.isnan(saving) or saving <= 0:
        return None
    reference_cost = saving + float(c.arrays["current_cost"][cheap])
    return translate(
        "Reports", "Switching from {reference} ({cost} a month) to {model} saves {saving} "
                   "a month, {year} a year.").format(
        reference=c.reference_name, cost=money(reference_cost),
        model=c.arrays["model_name"][cheap], saving=money(saving), year=yearly(saving))


def _minus(text: str) -> str:
    """A typographic minus sign, as a change is written: −55.6%."""
    return "−" + text[1:] if text.startswith("-") else text
