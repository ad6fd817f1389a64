"""How the numbers were billed, in words and tables: the report's billing assumptions and
its cost-by-part table.

:func:`billing_rows` describes each billing dimension that is not at its default (cache
writes, reasoning, searches, request sizes, batch share, service tier, promotional
prices, traffic by time, an off-peak share set by hand) as (label, value) pairs for the
assumptions table; :func:`breakdown_rows` gives the current monthly cost of each model by
part (the parts the engine priced, adding up to the cost) for the report's table.
"""

from __future__ import annotations

import numpy as np

from ..engine.evaluate import Evaluation
from ..engine.notes import WORDS
from ..engine.pricing_parts import PARTS
from .formatting import format_percent, format_tokens
from .i18n import translate
from .locale import ENGLISH, Locale
from .vocabulary import part_word

#: Parts every priced model has; a breakdown is worth a table when others appear.
BASIC_PARTS = ("input", "output")


def billing_rows(evaluation: Evaluation, locale: Locale = ENGLISH) -> list[tuple[str, str]]:
    """(label, value) for each billing dimension the comparison used that is not the
    default; nothing for a plain workload at list prices without time-banded models."""
    c = evaluation.comparison
    w, options = c.workload, c.options
    units = locale.token_units
    rows: list[tuple[str, str]] = []
    if w.cache_write_share:
        ttl = (translate("Reports", "1-hour lifetime") if w.cache_ttl == "1h"
               else translate("Reports", "5-minute lifetime"))
        rows.append((translate("Reports", "Cache writes"),
                     translate("Reports", "{share} of input, {ttl}").format(
                         share=format_percent(w.cache_write_share), ttl=ttl)))
    if w.reasoning_share:
        rows.append((translate("Reports", "Reasoning share of output"),
                     format_percent(w.reasoning_share)))
    if w.searches_per_request:
        rows.append((translate("Reports", "Web searches per request"),
                     f"{w.searches_per_request:g}"))
    if w.request_sizes:
        sizes = ", ".join(f"{format_tokens(size, units=units)} {format_percent(share, 0)}"
                          for size, share in w.request_sizes)
        rows.append((translate("Reports", "Request sizes (input tokens, share of requests)"),
                     sizes))
    if options.batch_share:
        rows.append((translate("Reports", "Batch share"), format_percent(options.batch_share)))
    if options.service_tier != "standard":
        rows.append((translate("Reports", "Service tier"),
                     translate("Notes", WORDS[options.service_tier])))
    if options.promotions:
        rows.append((translate("Reports", "Prices"),
                     translate("Reports", "promotional prices where a promotion runs")))
    banded = ~np.isnan(c.arrays["current_off_peak_share"].astype(float))
    if options.off_peak_share is not None:
        rows.append((translate("Reports", "Off-peak share"),
                     translate("Reports", "{share}, set by hand").format(
                         share=format_percent(options.off_peak_share))))
    elif banded.any() and options.traffic is not None:
        traffic = options.traffic
        year, month = traffic.month or (c.current_date.year, c.current_date.month)
        zone = traffic.timezone if isinstance(traffic.timezone, str) else str(traffic.timezone)
        rows.append((translate("Reports", "Traffic by time"),
                     translate("Reports", "{profile} profile in {zone}, spread over "
                                          "{month}").format(
                         profile=translate("Notes", WORDS.get(traffic.name, traffic.name)),
                         zone=zone, month=f"{year}-{month:02d}")))
    return rows


def breakdown_parts(evaluation: Evaluation) -> tuple[str, ...]:
    """The parts with a cost in the comparison, in :data:`PARTS` order; empty when only
    uncached input and output cost anything (a breakdown would say nothing new)."""
    a = evaluation.comparison.arrays
    used = tuple(part for part in PARTS
                 if np.nansum(np.abs(a[f"current_cost_{part}"].astype(float))) > 0)
    if set(used) <= set(BASIC_PARTS):
        return ()
    return used


def part_headers(parts: tuple[str, ...]) -> list[str]:
    return [part_word(part) for part in parts]
