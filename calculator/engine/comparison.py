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
from .errors import EngineError, UnknownModelError
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
    price_side,
)
from .schedules import schedule_shares
from .sources import PriceSource
from .staleness import age_notes
from .workload import Workload

SIDES = ("baseline", "current")
MODEL_COLUMNS = ("model_id", "vendor", "vendor_cn", "model_name", "tier", "context_window",
                 "launched", "has_tiers", "newest_evidence")
RESULT_COLUMNS = ("discount", "savings", "savings_pct", "savings_vs_reference")


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
    discounts: Mapping[str, float] | None = None,
    options: PricingOptions | None = None,
) -> Comparison:
    """Price ``workload`` on every model (or ``models``) at both dates.

    ``discounts`` maps a vendor name to a fraction (0.1 = 10 % off) applied on
    top of that vendor's list prices at both dates. ``options``: list or
    promotional prices, and the off-peak share of time-banded prices.
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
    discount = _discounts(data["vendor"], discounts)

    per_request = workload.input_per_request
    shares = (schedule_shares(catalog.schedules, options.traffic)
              if options.off_peak_share is None else np.zeros(0))
    lookups = {side: catalog.lookup(date, per_request, options.promotions)
               for side, date in zip(SIDES, (baseline_date, current_date), strict=True)}
    for side in SIDES:
        data.update(price_side(catalog, lookups[side], selected, workload, fx, currency,
                               discount, side, shares, options.off_peak_share))
    data["discount"] = discount

    base, cur = data["baseline_cost"], data["current_cost"]
    savings = base - cur
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(base > 0, savings / base, np.nan)
    data["savings"], data["savings_pct"] = savings, pct
    ref_cost = np.nan
    if reference is not None:
        ref_pos = catalog.positions([reference])
        ref_disc = _discounts(meta["vendor"][ref_pos], discounts)
        ref_cost = price_side(catalog, lookups["current"], ref_pos, workload, fx, currency,
                              ref_disc, "current", shares,
                              options.off_peak_share)["current_cost"][0]
    data["savings_vs_reference"] = ref_cost - cur
    notes = _notes(data, workload, currency, fx, catalog.arrays["is_usd"])
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
    name = catalog.models.at[model_id, "model_name"]
    return name if isinstance(name, str) and name.strip() else model_id


def _discounts(vendors: np.ndarray, discounts: Mapping[str, float] | None) -> np.ndarray:
    if not discounts:
        return np.zeros(len(vendors))
    for vendor, value in discounts.items():
        if not 0 <= value < 1:
            raise EngineError(f"discount for {vendor} must be between 0% and 99.9%, got {value:.1%}")
    return np.array([discounts.get(v, 0.0) for v in vendors], dtype=float)


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
    discounted = data["discount"] > 0
    if discounted.any():
        vendors = sorted(set(data["vendor"][discounted]))
        notes.append(Note.make("discounts", vendors=", ".join(vendors)))
    return tuple(notes)
