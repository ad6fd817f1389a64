"""Price one side (a date) of a comparison: costs, statuses and the provenance of each number.

Vectorised over models: every column is gathered from the catalog's record
arrays by the record indices a :class:`~calculator.engine.catalog.PriceLookup`
found. The month's traffic is priced in *pieces*: one per request size of the
workload (whole-request context tiers) and per service variant (the batch share
at batch prices, the rest at the chosen service tier), each at the records in
effect for it, falling back to standard prices where a model has none of that
variant. A time-banded price is blended per token as
``share x off-peak + (1 - share) x peak``. Each piece's cost is split into parts
(uncached input, cache reads, cache writes, output, reasoning, per-call fees)
that add up to the total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from .catalog import STATE_RETIRED, Catalog, PriceLookup
from .fx import FxRate
from .options import PricingOptions
from .pricing_parts import PARTS, Rates, band_rates, pick
from .records import TIER_COLUMN
from .workload import Bucket, Workload

PRICED, FREE, UNKNOWN, NOT_OFFERED, RETIRED = "priced", "free", "unknown", "not_offered", "retired"
#: Every comparison status, in the order tables count them. A status is one entry here.
STATUSES = (PRICED, FREE, UNKNOWN, NOT_OFFERED, RETIRED)
#: Statuses without a cost (the cost is NaN and never 0).
COSTLESS = frozenset({UNKNOWN, NOT_OFFERED, RETIRED})
#: A price whose last evidence is older than this at the date priced is marked old.
OLD_PRICE_DAYS = 365
_PRICES = ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok")
_STATUS_VALUES = np.array([PRICED, FREE, UNKNOWN, NOT_OFFERED, RETIRED], dtype=object)

#: Per-side columns; each appears as ``baseline_<name>`` and ``current_<name>``.
SIDE_COLUMNS = (
    "status", "cost", "input_per_mtok", "output_per_mtok", "cached_per_mtok",
    "off_peak_input_per_mtok", "off_peak_output_per_mtok", "off_peak_cached_per_mtok",
    "currency", "native_input_per_mtok", "native_output_per_mtok", "native_cached_per_mtok",
    "native_off_peak_input_per_mtok", "native_off_peak_output_per_mtok",
    "native_off_peak_cached_per_mtok", "effective_from",
    "record_status", "source", "checked", "notes", "above_input_tokens",
    "origin", "price_kind", "promo_until", "billed_as", "schedule", "off_peak_share",
    "old_price",
    "record", "price_record", "variant_fallback", "over_context",
    *(f"cost_{part}" for part in PARTS),
)


@dataclass(frozen=True)
class Piece:
    """Part of the traffic priced at one set of records: a request size and a variant."""

    bucket: Bucket
    share: float  # of the bucket's traffic
    standard: PriceLookup
    variant_name: str  # "" standard, "batch", "flex", "priority"
    variant: PriceLookup | None  # the variant's own records; None: standard prices


class SidePlan:
    """The lookups one side needs, made once and shared by every model set priced on it."""

    def __init__(self, catalog: Catalog, date, workload: Workload, options: PricingOptions):
        self.date = date
        promo = options.promotions
        self.headline = catalog.lookup(date, workload.input_per_request, promo)
        pieces = []
        for bucket in workload.buckets():
            if bucket.input_per_request == workload.input_per_request:
                standard = self.headline
            else:
                standard = catalog.lookup(date, bucket.input_per_request, promo)
            for variant, share in options.variant_shares():
                if share <= 0:
                    continue
                own = (catalog.lookup(date, bucket.input_per_request, promo, variant)
                       if variant and catalog.has_variant(variant) else None)
                pieces.append(Piece(bucket, share, standard, variant, own))
        self.pieces: tuple[Piece, ...] = tuple(pieces)
        self.max_size = max((b.input_per_request or 0.0) for b in workload.buckets())


@dataclass(frozen=True)
class FixedSide:
    """What one side's pricing takes from the catalog alone, whatever the volumes: the
    headline rates, money factors and every provenance column (kept per catalog, so a
    keystroke that changes only volumes reuses them, read-only)."""

    found: PriceLookup
    head: Rates
    factor: np.ndarray
    offered: np.ndarray
    has_price: np.ndarray
    retired: np.ndarray
    zero_rates: np.ndarray  # both rates 0 and no cache price (free, when the cost is 0)
    context: np.ndarray
    columns: dict[str, np.ndarray]


def fixed_side(catalog: Catalog, found: PriceLookup, selected: np.ndarray, fx: FxRate,
               currency: str, discount: np.ndarray, shares: np.ndarray,
               off_peak_share: float | None) -> FixedSide:
    """:class:`FixedSide` of the models at ``selected``, remembered by the catalog."""
    key = ("side", id(found), selected.tobytes(), fx, currency, discount.tobytes(),
           shares.tobytes(), off_peak_share)
    fixed = catalog.remembered(key, lambda: _fixed_side(
        catalog, found, selected, fx, currency, discount, shares, off_peak_share))
    if fixed.found is not found:  # another lookup under a reused id: not this one
        fixed = _fixed_side(catalog, found, selected, fx, currency, discount, shares,
                            off_peak_share)
    return fixed


def _fixed_side(catalog: Catalog, found: PriceLookup, selected: np.ndarray, fx: FxRate,
                currency: str, discount: np.ndarray, shares: np.ndarray,
                off_peak_share: float | None) -> FixedSide:
    arrays = catalog.arrays
    own, price = found.record[selected], found.price[selected]
    off, state = found.off_peak[selected], found.state[selected]
    offered, has_price = own >= 0, price >= 0
    head = band_rates(catalog, price, off, shares, off_peak_share)
    factor = fx.factor(currency, head.is_usd) * (1.0 - discount)
    rate_in, rate_out = head.native["input_per_mtok"], head.native["output_per_mtok"]
    rate_cached = head.native["cached_input_per_mtok"]
    zero_rates = (rate_in == 0) & (rate_out == 0) & (np.isnan(rate_cached) | (rate_cached == 0))
    retired = offered & (state == STATE_RETIRED)

    prov = np.where(has_price, price, own)
    safe_prov = np.maximum(prov, 0)

    def take(column: str, empty: object = None) -> np.ndarray:
        return pick(arrays[column], safe_prov, offered, empty)

    nobody = np.empty(len(selected), dtype=object)  # all None
    alias_pos = found.billed_as[selected]
    effective = take("effective_from", np.datetime64("NaT"))
    checked = take("checked", np.datetime64("NaT"))
    evidence = np.maximum(effective.astype("datetime64[D]"), checked.astype("datetime64[D]"))
    age = (np.datetime64(found.date, "D") - evidence).astype(np.int64)
    context = pick(arrays["context_window"], np.maximum(price, 0), has_price, np.nan)
    model_ids = catalog.model_arrays["model_id"]
    native, native_off = head.native, head.native_off
    columns = {
        "input_per_mtok": native["input_per_mtok"] * factor,
        "output_per_mtok": native["output_per_mtok"] * factor,
        "cached_per_mtok": native["cached_input_per_mtok"] * factor,
        "off_peak_input_per_mtok": native_off["input_per_mtok"] * factor,
        "off_peak_output_per_mtok": native_off["output_per_mtok"] * factor,
        "off_peak_cached_per_mtok": native_off["cached_input_per_mtok"] * factor,
        "currency": pick(arrays["currency"], head.safe, has_price),
        "native_input_per_mtok": native["input_per_mtok"],
        "native_output_per_mtok": native["output_per_mtok"],
        "native_cached_per_mtok": native["cached_input_per_mtok"],
        "native_off_peak_input_per_mtok": native_off["input_per_mtok"],
        "native_off_peak_output_per_mtok": native_off["output_per_mtok"],
        "native_off_peak_cached_per_mtok": native_off["cached_input_per_mtok"],
        "effective_from": effective,
        "record_status": take("status"),
        "source": take("source"),
        "checked": checked,
        "notes": take("notes"),
        "above_input_tokens": take(TIER_COLUMN, np.nan),
        "origin": take("origin"),
        "price_kind": pick(arrays["price_kind"], head.safe, has_price),
        "promo_until": pick(arrays["promo_until"], head.safe, has_price, np.datetime64("NaT")),
        "billed_as": (pick(model_ids, np.maximum(alias_pos, 0), alias_pos >= 0)
                      if (alias_pos >= 0).any() else nobody),
        "schedule": (pick(arrays["schedule"], head.safe, head.banded) if head.any_banded
                     else nobody.copy()),
        "off_peak_share": head.share,
        "old_price": offered & ~retired & (age > OLD_PRICE_DAYS),
        "record": own,
        "price_record": price,
    }
    for values in (*columns.values(), factor, offered, has_price, retired, zero_rates, context):
        values.setflags(write=False)
    return FixedSide(found, head, factor, offered, has_price, retired, zero_rates, context,
                     columns)


def price_side(catalog: Catalog, plan: SidePlan, selected: np.ndarray, workload: Workload,
               fx: FxRate, currency: str, discount: np.ndarray, side: str,
               shares: np.ndarray, off_peak_share: float | None) -> dict[str, np.ndarray]:
    """Cost and provenance arrays for the models at ``selected`` on one side.

    ``shares``: the off-peak share of each of the catalog's schedules;
    ``off_peak_share`` (when given) replaces them for every banded model.
    """
    found = plan.headline
    fixed = fixed_side(catalog, found, selected, fx, currency, discount, shares,
                       off_peak_share)
    head, factor, has_price = fixed.head, fixed.factor, fixed.has_price

    parts = {part: np.zeros(len(selected)) for part in PARTS}
    fallback = np.zeros(len(selected), dtype=bool)
    # pieces whose records are the same (request sizes under one tier, a variant no model
    # has) share their rates and the rates' fallbacks
    same: dict[bytes, tuple[Rates, np.ndarray]] = {}
    for piece in plan.pieces:
        if piece.standard is found and piece.variant is None:
            rates, p_factor = head, factor
            if piece.variant_name:
                fallback |= has_price  # no record of this variant in the catalog at all
        else:
            p_price = piece.standard.price[selected]
            p_off = piece.standard.off_peak[selected]
            if piece.variant is not None:
                v_price = piece.variant.price[selected]
                own_variant = v_price >= 0
                p_price = np.where(own_variant, v_price, p_price)
                p_off = np.where(own_variant, piece.variant.off_peak[selected], p_off)
                fallback |= ~own_variant & (p_price >= 0)
            elif piece.variant_name:
                fallback |= p_price >= 0
            key = p_price.tobytes() + p_off.tobytes()
            if key not in same:
                rates = band_rates(catalog, p_price, p_off, shares, off_peak_share)
                same[key] = rates, fx.factor(currency, rates.is_usd) * (1.0 - discount)
            rates, p_factor = same[key]
        for part, value in rates.part_costs(workload, piece.bucket, piece.share).items():
            parts[part] = parts[part] + value * p_factor
    cost = sum(parts.values())
    free = has_price & fixed.zero_rates & (cost == 0)
    retired = fixed.retired
    code = np.select([~fixed.offered, retired, ~has_price | np.isnan(cost), free],
                     [3, 4, 2, 1], 0)
    costly = has_price & ~retired
    result = {
        "status": _STATUS_VALUES.take(code),
        "cost": np.where(costly, cost, np.nan),
        **fixed.columns,
        "variant_fallback": fallback & costly,
        "over_context": has_price & (plan.max_size > fixed.context),
        **{f"cost_{part}": np.where(costly, values, np.nan) for part, values in parts.items()},
    }
    return {f"{side}_{name}": values for name, values in result.items()}


def days_between(later: dt.date, earlier: np.ndarray) -> np.ndarray:
    """Whole days from each of ``earlier`` (datetime64) to ``later``."""
    return (np.datetime64(later, "D") - earlier.astype("datetime64[D]")).astype(np.int64)
