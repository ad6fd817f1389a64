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
from .records import TIER_COLUMN
from .workload import Workload

PRICED, FREE, UNKNOWN, NOT_OFFERED = "priced", "free", "unknown", "not_offered"
STATUSES = (PRICED, FREE, UNKNOWN, NOT_OFFERED)
SIDES = ("baseline", "current")
MODEL_COLUMNS = ("model_id", "vendor", "vendor_cn", "model_name", "tier", "context_window",
                 "launched", "has_tiers")
#: Per-side columns; each appears as ``baseline_<name>`` and ``current_<name>``.
SIDE_COLUMNS = (
    "status", "cost", "input_per_mtok", "output_per_mtok", "cached_per_mtok",
    "currency", "native_input_per_mtok", "native_output_per_mtok", "native_cached_per_mtok",
    "effective_from", "record_status", "source", "checked", "notes", "above_input_tokens",
    "origin",
)
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
) -> Comparison:
    """Price ``workload`` on every model (or ``models``) at both dates.

    ``discounts`` maps a vendor name to a fraction (0.1 = 10 % off) applied on
    top of that vendor's list prices at both dates.
    """
    check_currency(currency)
    catalog.check_date(baseline_date, "baseline date")
    catalog.check_date(current_date, "current date")
    selected = catalog.positions(tuple(catalog.model_ids) if models is None else models)
    if reference is not None and reference not in catalog:
        raise UnknownModelError(f"unknown reference model id {reference!r}")
    meta = catalog.model_arrays
    data: dict[str, np.ndarray] = {column: meta[column][selected] for column in MODEL_COLUMNS}
    discount = _discounts(data["vendor"], discounts)

    per_request = workload.input_per_request
    current_records = catalog.lookup(current_date, per_request).record
    for side, records in (("baseline", catalog.lookup(baseline_date, per_request).record),
                          ("current", current_records)):
        data.update(_price_side(catalog, records[selected], workload, fx, currency, discount,
                                side))
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
        ref_cost = _price_side(catalog, current_records[ref_pos], workload, fx, currency,
                               ref_disc, "current")["current_cost"][0]
    data["savings_vs_reference"] = ref_cost - cur
    notes = _notes(data, workload, currency, fx)
    if current_date < baseline_date:
        notes += (Note.make("dates_reversed", current=current_date.isoformat(),
                            baseline=baseline_date.isoformat()),)
    return Comparison(
        arrays=data, workload=workload, baseline_date=baseline_date,
        current_date=current_date, currency=currency, fx=fx, reference=reference,
        catalog_checked=catalog.checked_date, notes=notes,
        reference_name=_display_name(catalog, reference), reference_cost=float(ref_cost),
    )


def _display_name(catalog: Catalog, model_id: str | None) -> str | None:
    if model_id is None:
        return None
    name = catalog.models.at[model_id, "model_name"]
    return name if isinstance(name, str) and name.strip() else model_id


def _price_side(catalog: Catalog, record: np.ndarray, workload: Workload, fx: FxRate,
                currency: str, discount: np.ndarray, side: str) -> dict[str, np.ndarray]:
    """Cost and provenance arrays for the records in effect on one side."""
    found = record >= 0
    safe = np.maximum(record, 0)
    arrays = catalog.arrays
    native = {}
    for column in ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok"):
        native[column] = np.where(found, arrays[column][safe], np.nan)
    is_usd = np.where(found, arrays["is_usd"][safe], False)
    factor = fx.factor(currency, is_usd) * (1.0 - discount)
    price_in = native["input_per_mtok"] * factor
    price_out = native["output_per_mtok"] * factor
    price_cached = native["cached_input_per_mtok"] * factor
    cached_rate = np.where(np.isnan(price_cached), price_in, price_cached)

    uncached, cached, out = workload.uncached_tokens, workload.cached_tokens, workload.output_tokens
    with np.errstate(invalid="ignore"):
        cost = (_term(uncached, price_in) + _term(cached, cached_rate) + _term(out, price_out)) / 1e6
    free = found & (price_in == 0) & (price_out == 0) & (cached_rate == 0)
    status = np.select([~found, np.isnan(cost), free], [NOT_OFFERED, UNKNOWN, FREE], PRICED)
    status = status.astype(object)
    cost = np.where(found, cost, np.nan)

    def take(column: str, empty: object = None) -> np.ndarray:
        return np.where(found, arrays[column][safe], empty)

    result = {
        "status": status,
        "cost": cost,
        "input_per_mtok": price_in,
        "output_per_mtok": price_out,
        "cached_per_mtok": price_cached,
        "currency": np.where(found, np.where(is_usd, "USD", "CNY"), None),
        "native_input_per_mtok": native["input_per_mtok"],
        "native_output_per_mtok": native["output_per_mtok"],
        "native_cached_per_mtok": native["cached_input_per_mtok"],
        "effective_from": take("effective_from", np.datetime64("NaT")),
        "record_status": take("status"),
        "source": take("source"),
        "checked": take("checked", np.datetime64("NaT")),
        "notes": take("notes"),
        "above_input_tokens": take(TIER_COLUMN, np.nan),
        "origin": take("origin"),
    }
    return {f"{side}_{name}": values for name, values in result.items()}


def _term(tokens: float, price: np.ndarray) -> np.ndarray:
    """tokens x price, where a missing price only matters if there are tokens to bill."""
    if tokens == 0:
        return np.zeros_like(price)
    return tokens * price


def _discounts(vendors: np.ndarray, discounts: Mapping[str, float] | None) -> np.ndarray:
    if not discounts:
        return np.zeros(len(vendors))
    for vendor, value in discounts.items():
        if not 0 <= value < 1:
            raise EngineError(f"discount for {vendor} must be between 0% and 99.9%, got {value:.1%}")
    return np.array([discounts.get(v, 0.0) for v in vendors], dtype=float)


def _notes(data: dict[str, np.ndarray], workload: Workload, currency: str,
           fx: FxRate) -> tuple[Note, ...]:
    notes = []
    tiers = data["has_tiers"].astype(bool)
    if workload.requests is None and tiers.any():
        notes.append(Note.make("lowest_tier", count=int(tiers.sum())))
    native = set(data["baseline_currency"]) | set(data["current_currency"])
    foreign = sorted(native - {currency, None})
    if foreign:
        notes.append(Note.make("converted", currencies=", ".join(foreign), currency=currency,
                               rate=fx.short()))
    discounted = data["discount"] > 0
    if discounted.any():
        vendors = sorted(set(data["vendor"][discounted]))
        notes.append(Note.make("discounts", vendors=", ".join(vendors)))
    return tuple(notes)
