"""Compare every model's monthly cost at a baseline date and a current date.

:func:`compare` returns one frame, one row per model, that the comparison
table, the charts, the ``quote`` command and every report read. Costs are in
one display currency; each row keeps the native prices and the provenance of
the record behind each number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from .catalog import Catalog
from .discounts import Discount, as_discounts, discount_shares
from .errors import UnknownModelError
from .fx import FxRate, check_currency
from .notes import Note
from .options import PricingOptions
from .pricing import (  # noqa: F401  (re-exported: the statuses live in pricing)
    COSTLESS,
    FREE,
    NOT_OFFERED,
    PRICED,
    RETIRED,
    SIDE_COLUMNS,
    STATUSES,
    UNKNOWN,
    SidePlan,
    price_side,
)
from .schedules import schedule_shares
from .sources import PriceSource
from .staleness import age_notes
from .unit_costs import unit_cost_arrays
from .workload import Workload

SIDES = ("baseline", "current")
MODEL_COLUMNS = ("model_id", "vendor", "vendor_cn", "model_name", "tier", "context_window",
                 "launched", "has_tiers", "newest_evidence")
RESULT_COLUMNS = ("discount", "baseline_discount", "savings", "savings_pct",
                  "savings_vs_reference", "current_per_request", "current_per_year")


@dataclass(frozen=True)
class Comparison:
    """The engine's answer for one scenario; one row per model.

    ``arrays`` holds every column as a numpy array (what the window reads on each
    keystroke); :attr:`frame` is the same data as a DataFrame, built on first use
    (reports, exports, the ``quote`` command).
    """

    arrays: dict[str, np.ndarray] = field(repr=False, compare=False)
    workload: Workload
    baseline_date: dt.date
    current_date: dt.date
    currency: str
    fx: FxRate
    reference: str | None
    catalog_checked: dt.date
    notes: tuple[Note, ...] = field(default=())
    #: The reference model's display name (``GPT-4 Turbo`` for ``gpt-4-turbo``).
    reference_name: str | None = None
    options: PricingOptions = field(default_factory=PricingOptions)
    #: The newest date a price takes effect in the catalog ("Newest price ...").
    newest_price: dt.date | None = None
    #: The catalog's layers with their sources and versions.
    sources: tuple[PriceSource, ...] = ()
    #: The reference model's current monthly cost (NaN: no reference, or unknown).
    reference_cost: float = float("nan")

    @cached_property
    def frame(self) -> pd.DataFrame:
        """The single source of numbers, as a frame (the arrays, not copied)."""
        return pd.DataFrame(self.arrays, copy=False)

    @property
    def model_count(self) -> int:
        return len(self.arrays["model_id"])

    def status_counts(self, side: str = "current") -> dict[str, int]:
        statuses = self.arrays[f"{side}_status"]
        return {status: int(np.count_nonzero(statuses == status)) for status in STATUSES}


def compare(
    catalog: Catalog,
    workload: Workload,
    baseline_date: dt.date,
    current_date: dt.date,
    *,
    fx: FxRate,
    currency: str = "CNY",
    models: Sequence[str] | None = None,
    reference: str | None = None,
    discounts: Sequence[Discount] | Mapping[str, float] | None = None,
    options: PricingOptions | None = None,
) -> Comparison:
    """Price ``workload`` on every model (or ``models``) at both dates.

    ``discounts`` (:class:`~calculator.engine.discounts.Discount`, or a vendor → share
    mapping that applies at every date) lower list prices at the dates they apply
    to; ``discount`` and ``baseline_discount`` say what share each row got.
    ``options``: list or promotional prices, and the off-peak share of time-banded
    prices.
    """
    options = options or PricingOptions()
    check_currency(currency)
    catalog.check_date(baseline_date, "baseline date")
    catalog.check_date(current_date, "current date")
    selected = catalog.positions(catalog.all_models if models is None else models)
    if reference is not None and reference not in catalog:
        raise UnknownModelError(f"unknown reference model id {reference!r}")
    meta = catalog.model_arrays
    data: dict[str, np.ndarray] = {column: meta[column][selected] for column in MODEL_COLUMNS}
    discounts = as_discounts(discounts)
    off = {side: discount_shares(discounts, data["vendor"], data["vendor_cn"],
                                 data["model_id"], date)
           for side, date in zip(SIDES, (baseline_date, current_date), strict=True)}

    per_request = workload.input_per_request
    dates = dict(zip(SIDES, (baseline_date, current_date), strict=True))
    shares = {side: (schedule_shares(catalog.schedules, options.traffic, dates[side])
                     if options.off_peak_share is None else np.zeros(0)) for side in SIDES}
    plans = {side: SidePlan(catalog, date, workload, options)
             for side, date in zip(SIDES, (baseline_date, current_date), strict=True)}
    for side in SIDES:
        data.update(price_side(catalog, plans[side], selected, workload, fx, currency,
                               off[side], side, shares[side], options.off_peak_share))
    data["discount"], data["baseline_discount"] = off["current"], off["baseline"]
    for side in SIDES:  # the date each price took effect, as quote and exports name it
        data[f"{side}_price_date"] = data[f"{side}_effective_from"]
    data["off_peak_share"] = data["current_off_peak_share"]
    data["price_kind"] = data["current_price_kind"]
    data["billed_as"] = data["current_billed_as"]

    base, cur = data["baseline_cost"], data["current_cost"]
    savings = base - cur
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(base > 0, savings / base, np.nan)
    data["savings"], data["savings_pct"] = savings, pct
    ref_cost = np.nan
    if reference is not None:
        ref_pos = catalog.positions([reference])
        row = np.flatnonzero(selected == ref_pos[0])
        if len(row):  # compared too: its row holds the same number (pricing is per model)
            ref_cost = data["current_cost"][row[0]]
        else:
            ref_disc = discount_shares(discounts, meta["vendor"][ref_pos],
                                       meta["vendor_cn"][ref_pos], meta["model_id"][ref_pos],
                                       current_date)
            ref_cost = price_side(catalog, plans["current"], ref_pos, workload, fx, currency,
                                  ref_disc, "current", shares["current"],
                                  options.off_peak_share)["current_cost"][0]
    data["savings_vs_reference"] = ref_cost - cur
    data.update(unit_cost_arrays(data, workload))
    notes = _notes(data, workload, currency, fx, catalog.arrays["is_usd"])
    notes += _discount_note(data, discounts)
    if current_date < baseline_date:
        notes += (Note.make("dates_reversed", current=current_date.isoformat(),
                            baseline=baseline_date.isoformat()),)
    available = None
    if not options.promotions and catalog.has_promotions:
        promo = catalog.lookup(current_date, per_request, True).price[selected]
        available = (promo >= 0) & catalog.arrays["is_promotion"][np.maximum(promo, 0)]
    notes += age_notes(data, current_date, options, available)
    return Comparison(
        arrays=data, workload=workload, baseline_date=baseline_date,
        current_date=current_date, currency=currency, fx=fx, reference=reference,
        catalog_checked=catalog.checked_date, notes=notes,
        reference_name=_display_name(catalog, reference), options=options,
        newest_price=catalog.newest_price_date, reference_cost=float(ref_cost),
        sources=catalog.sources,
    )


def _display_name(catalog: Catalog, model_id: str | None) -> str | None:
    if model_id is None:
        return None
    name = catalog.model_arrays["model_name"][catalog.positions([model_id])[0]]
    return name if isinstance(name, str) and name.strip() else model_id


def _notes(data: dict[str, np.ndarray], workload: Workload, currency: str,
           fx: FxRate, is_usd: np.ndarray) -> tuple[Note, ...]:
    notes = []
    tiers = data["has_tiers"].astype(bool)
    if workload.requests is None and tiers.any():
        notes.append(Note.make("lowest_tier", count=int(tiers.sum())))
    used = np.concatenate([data["baseline_price_record"], data["current_price_record"]])
    usd = is_usd[used[used >= 0]]
    native = ({"USD"} if usd.any() else set()) | ({"CNY"} if not usd.all() else set())
    foreign = sorted(native - {currency})
    if foreign:
        notes.append(Note.make("converted", currencies=", ".join(foreign), currency=currency,
                               rate=fx.short()))
    return tuple(notes)


def _discount_note(data: dict[str, np.ndarray], discounts: tuple[Discount, ...]
                   ) -> tuple[Note, ...]:
    """Which discounts lowered a price in this comparison (``OpenAI −20% (2026-11-01 →)``)."""
    discounted = (data["discount"] > 0) | (data["baseline_discount"] > 0)
    if not discounted.any():
        return ()
    names = {str(v).casefold() for v in data["vendor"][discounted]}
    names |= {str(v).casefold() for v in data["vendor_cn"][discounted] if v}
    models = set(data["model_id"][discounted])
    used = [d for d in discounts if d.off > 0 and (d.model in models
                                                   or d.vendor.casefold() in names)]
    return (Note.make("discounts", discounts=", ".join(discount_label(d) for d in used)),)


def discount_label(discount: Discount) -> str:
    """``OpenAI −20%``, with ``(2026-11-01 →)`` when it applies from a date."""
    text = f"{discount.target} −{discount.off * 100:g}%"
    return text + (f" ({discount.since.isoformat()} →)" if discount.since else "")
