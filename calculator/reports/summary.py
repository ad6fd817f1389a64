"""Plain-language descriptions of a scenario: chart footers and the report's assumptions."""

from __future__ import annotations

from ..engine.evaluate import SCENARIO_FX_SOURCE, Evaluation
from ..engine.presets import PRESETS
from .billing_text import billing_rows
from .formatting import format_percent, format_tokens
from .i18n import note_text, translate
from .locale import ENGLISH, Locale
from .price_age import price_age_text


def app_name() -> str:
    """The app's name in the report language."""
    return translate("Reports", "LLM Cost Calculator")


def scenario_title(evaluation: Evaluation) -> str:
    """The scenario's name, or "Untitled scenario" in the report language."""
    return evaluation.scenario.name or translate("Reports", "Untitled scenario")


def workload_text(evaluation: Evaluation, locale: Locale = ENGLISH) -> str:
    """``150M input (30% cached), 30M output tokens, 300k requests per month``."""
    w = evaluation.comparison.workload
    units = locale.token_units
    text = translate("Reports", "{inp} input ({cached} cached), {out} output tokens").format(
        inp=format_tokens(w.input_tokens, units=units),
        cached=format_percent(w.cached_share, 0),
        out=format_tokens(w.output_tokens, units=units))
    if w.requests is not None:
        text += translate("Reports", ", {n} requests").format(
            n=format_tokens(w.requests, units=units))
    return text + translate("Reports", " per month")


def fx_text(evaluation: Evaluation, with_source: bool = True, locale: Locale = ENGLISH) -> str:
    """``1 USD = 7.2 CNY (rate of 2024-05-24; source: ...)``."""
    fx = evaluation.comparison.fx
    parts = []
    if fx.effective_from:
        parts.append(translate("Reports", "rate of {date}").format(
            date=locale.date(fx.effective_from)))
    if with_source or not fx.effective_from:
        source = translate("Reports", "set in this scenario") \
            if fx.source == SCENARIO_FX_SOURCE else fx.source
        parts.append(translate("Reports", "source: {source}").format(source=source))
    return translate("Reports", "1 USD = {rate:g} CNY").format(rate=fx.cny_per_usd) + (
        f" ({'; '.join(parts)})" if parts else "")


def comparison_text(evaluation: Evaluation, locale: Locale = ENGLISH) -> str:
    """``Prices of May 1, 2024 compared with Jun 1, 2024; money in CNY, 1 USD = 7.2 CNY
    (rate of May 24, 2024)``."""
    c = evaluation.comparison
    return translate("Reports", "Prices of {baseline} compared with {current}; money in "
                                "{currency}, {fx}").format(
        baseline=locale.date(c.baseline_date), current=locale.date(c.current_date),
        currency=c.currency, fx=fx_text(evaluation, with_source=False, locale=locale))


def comparison_name(evaluation: Evaluation, locale: Locale = ENGLISH) -> str:
    """What was compared, as a chart title says it: the title of a preset with fixed
    dates for its dates (``May 2024 price war``), else ``May 1, 2024 → Nov 30, 2026``."""
    c = evaluation.comparison
    for item in PRESETS:
        if item.baseline is not None and (item.baseline, item.current) == (
                c.baseline_date, c.current_date):
            return translate("Presets", item.title)
    return f"{locale.date(c.baseline_date)} → {locale.date(c.current_date)}"


def footer_lines(evaluation: Evaluation, version: str, locale: Locale = ENGLISH,
                 chart: str | None = None) -> list[str]:
    """Three lines printed under an exported chart, so a pasted image explains itself:
    the scenario and volume, what was compared (dates, currency, rate, discounts), the
    app. Growth only under the projection (``chart``), which is the chart it shapes."""
    ev = evaluation
    c = ev.comparison
    first = f"{scenario_title(ev)} — {workload_text(ev, locale)}"
    if chart == "projection":
        first += "; " + translate("Reports", "growth {pct} / month over {n} months").format(
            pct=format_percent(ev.scenario.growth), n=ev.scenario.horizon)
    second = translate("Reports", "{comparison}: prices of {baseline} and {current}; money "
                                  "in {currency}, {fx}").format(
        comparison=comparison_name(ev, locale), baseline=locale.date(c.baseline_date),
        current=locale.date(c.current_date), currency=c.currency,
        fx=fx_text(ev, with_source=False, locale=locale))
    # how old the prices are (never a "checked today" the app did not do)
    second += "; " + price_age_text(c.newest_price, c.sources, locale.date)
    if ev.discounts:  # a discounted price must say so wherever it is shown
        second += "; " + discounts_text(ev, locale)
    return [first, second,
            translate("Reports", "{app} {version}").format(app=app_name(), version=version)]


def discounts_text(evaluation: Evaluation, locale: Locale = ENGLISH) -> str:
    """``Discounts: OpenAI 20% off list from Nov 1, 2026; qwen-max 10% off list``."""
    return translate("Reports", "Discounts: {list}").format(
        list=discount_list(evaluation, locale))


def discount_list(evaluation: Evaluation, locale: Locale = ENGLISH) -> str:
    parts = []
    for discount in evaluation.discounts:
        pct = format_percent(discount.off, 0 if round(discount.off * 100, 6) % 1 == 0 else 1)
        if discount.since is None:
            parts.append(translate("Reports", "{target} {pct} off list").format(
                target=discount.target, pct=pct))
        else:
            parts.append(translate("Reports", "{target} {pct} off list from {date}").format(
                target=discount.target, pct=pct, date=locale.date(discount.since)))
    return "; ".join(parts)


def assumption_rows(evaluation: Evaluation, version: str,
                    locale: Locale = ENGLISH) -> list[tuple[str, str]]:
    """(label, value) pairs describing everything the numbers depend on."""
    units = locale.money_units
    _date = locale.date
    ev = evaluation
    c = ev.comparison
    w = c.workload
    s = ev.scenario
    rows = [
        (translate("Reports", "Scenario"), scenario_title(ev)),
        (translate("Reports", "Input tokens per month"),
         format_tokens(w.input_tokens, units=units)),
        (translate("Reports", "Output tokens per month"),
         format_tokens(w.output_tokens, units=units)),
        (translate("Reports", "Requests per month"),
         format_tokens(w.requests, units=units) if w.requests is not None
         else translate("Reports", "not given (context tiers priced at the lowest tier)")),
        (translate("Reports", "Cached share of input"), format_percent(w.cached_share)),
        (translate("Reports", "Baseline date"), _date(c.baseline_date)),
        (translate("Reports", "Current date"), _date(c.current_date)),
        (translate("Reports", "Money shown in"), c.currency),
        (translate("Reports", "Exchange rate"), fx_text(ev, locale=locale)),
        (translate("Reports", "Reference model"),
         f"{c.reference_name} ({c.reference})" if c.reference else "—"),
        (translate("Reports", "Monthly growth"), format_percent(s.growth)),
        (translate("Reports", "Horizon"), translate("Reports", "{n} months").format(n=s.horizon)),
        (translate("Reports", "Prices"), price_age_text(c.newest_price, c.sources, _date)),
        (translate("Reports", "Made with"), f"{app_name()} {version}"),
    ]
    if ev.discounts:
        rows.append((translate("Reports", "Discounts"), discount_list(ev, locale)))
    rows += billing_rows(ev, locale)
    if s.notes:
        rows.append((translate("Reports", "Notes"), s.notes))
    for note in ev.notes:
        rows.append((translate("Reports", "Note"), note_text(note)))
    return rows

