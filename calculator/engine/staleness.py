"""Notes that tell the user how old and how special the prices behind a comparison are.

Retired models, aliases billed as another model, promotions used or left out,
the off-peak share of time-banded prices, and prices that may be out of date:
a model whose newest record or evidence is more than 90 days before the
current date, and prices whose evidence is more than a year older than the
date they price.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from .notes import Note
from .options import PROMOTION, PricingOptions
from .pricing import RETIRED, days_between

#: A compared model whose newest record or evidence is older than this gets a note.
STALE_DAYS = 90
_SHOWN = 6


def name_list(names: Sequence[str], shown: int = _SHOWN) -> str:
    """``a, b, c`` or ``a, b, c, … (+4)`` (no words, so it reads in any language)."""
    names = list(names)
    if len(names) <= shown:
        return ", ".join(names)
    return f"{', '.join(names[:shown])}, … (+{len(names) - shown})"


def age_notes(data: dict[str, np.ndarray], current_date: dt.date,
              options: PricingOptions, promotions_available: np.ndarray | None = None,
              ) -> tuple[Note, ...]:
    """The notes on lifecycle, promotions, time bands and age for one comparison."""
    ids = data["model_id"]
    notes = []
    retired = data["current_status"] == RETIRED
    if retired.any():
        notes.append(Note.make("retired", date=current_date.isoformat(),
                               models=name_list(ids[retired])))
    billed = data["current_billed_as"]
    alias = billed.astype(bool)
    if alias.any():
        pairs = [f"{m} → {b}" for m, b in zip(ids[alias], billed[alias], strict=True)]
        notes.append(Note.make("billed_as", pairs=name_list(pairs)))
    used = data["current_price_kind"] == PROMOTION
    if used.any():
        notes.append(Note.make("promotions_used", models=name_list(ids[used])))
    if promotions_available is not None and options.prices != PROMOTION:
        if promotions_available.any():
            notes.append(Note.make("promotions_ignored",
                                   models=name_list(ids[promotions_available])))
    notes += _band_notes(data, current_date, options)
    fallback = data["current_variant_fallback"]
    if fallback.any():
        variants = [v for v, share in options.variant_shares() if v and share]
        notes.append(Note.make("variant_fallback", variants=", ".join(variants),
                               models=name_list(ids[fallback])))
    newest = data["newest_evidence"]
    gone = data["current_status"] == RETIRED
    stale = ~gone & (days_between(current_date, newest) > STALE_DAYS)
    if stale.any():
        notes.append(Note.make("stale", days=STALE_DAYS, date=current_date.isoformat(),
                               models=name_list(ids[stale])))
    old = data["current_old_price"] | data["baseline_old_price"]
    if old.any():
        notes.append(Note.make("old_prices", models=name_list(ids[old])))
    return tuple(notes)


def _band_notes(data: dict[str, np.ndarray], current_date: dt.date, options: PricingOptions
                ) -> list[Note]:
    """Which off-peak share each time-banded model was priced with, and where it came from."""
    shares = data["current_off_peak_share"].astype(float)
    banded = ~np.isnan(shares)
    if not banded.any():
        return []
    ids = data["model_id"]
    if options.off_peak_share is not None:
        return [Note.make("off_peak_given", share=f"{options.off_peak_share:.0%}",
                          models=name_list(ids[banded]))]
    groups: dict[float, list[str]] = {}
    for model, share in zip(ids[banded], shares[banded], strict=True):
        groups.setdefault(round(float(share), 4), []).append(str(model))
    text = "; ".join(f"{name_list(models)} {share:.1%}" for share, models in groups.items())
    traffic = options.traffic
    if traffic is None:
        return [Note.make("off_peak_flat", shares=text)]
    year, month = traffic.month or (current_date.year, current_date.month)
    return [Note.make("off_peak_traffic", profile=traffic.name, zone=_zone_name(traffic.timezone),
                      month=f"{year}-{month:02d}", shares=text)]


def _zone_name(zone: str | dt.tzinfo) -> str:
    if isinstance(zone, str):
        return zone
    try:
        return dt.datetime.now(zone).tzname() or str(zone)
    except (TypeError, ValueError):
        return str(zone)
