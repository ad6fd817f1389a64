"""The dated price catalog: every model's price records, and lookups at a date.

``Catalog`` is immutable. It compiles its records into sorted numpy arrays once,
so that looking up every model's price at a date is one ``searchsorted`` call,
not a Python loop per model.

Records fall into *series*: one per (model, context tier, service variant,
list-or-promotion). Inside a series records are sorted by date, and a banded
price's ``off_peak`` record sits just before its ``peak`` record of the same
date, so the peak record found by the search also finds its off-peak partner.
A model's lifecycle (retired, alias) lives in its base series (no tier, the
standard variant, list prices) and overrides every other series from its date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import pandas as pd

from .errors import CatalogError, LookupDateError, UnknownModelError
from .options import LIST, PROMOTION
from .records import (
    ALIAS,
    ALIAS_OF,
    BAND,
    CHOICE_COLUMNS,
    LIFECYCLE,
    OFF_PEAK,
    PEAK,
    PROMO_UNTIL,
    RETIRED,
    SCHEDULE,
    TIER_COLUMN,
    VARIANT,
    record_keys,
    with_defaults,
)
from .schedules import Schedule
from .sources import PriceSource, default_source

T = TypeVar("T")

#: Shift between a series number and a day number inside one int64 key.
_DAY_SPAN = 1 << 22  # about 11,000 years of days
_NO_END = np.iinfo(np.int64).max
#: Lookup states per model (``PriceLookup.state``).
LISTED, STATE_RETIRED, STATE_ALIAS = 0, 1, 2
_LIFECYCLE_CODE = {"": LISTED, RETIRED: STATE_RETIRED, ALIAS: STATE_ALIAS}
_BAND_CODE = {"": 0, PEAK: 1, OFF_PEAK: 2}
_BAND_RANK = np.array([0, 2, 1])  # sort order inside a date: all hours, off-peak, peak
VARIANTS: tuple[str, ...] = CHOICE_COLUMNS[VARIANT]
_ALIAS_HOPS = 4


def day_number(date: dt.date | np.datetime64 | pd.Timestamp) -> int:
    """Days since 1970-01-01 (the lookup key unit)."""
    return int(np.datetime64(pd.Timestamp(date).date(), "D").astype(np.int64))


@dataclass(frozen=True)
class PriceLookup:
    """Every model's records at one date (indices into ``Catalog.records``, -1 = none).

    ``record``: the model's own record in effect (a retirement or alias record when
    one is in effect; -1: not offered). ``price``: the record whose prices bill
    (the alias target's; -1 when nothing is billed). ``off_peak``: its off-peak
    partner (``price`` itself when the price is not banded). ``state``: LISTED,
    STATE_RETIRED or STATE_ALIAS. ``billed_as``: for an alias, the position of the
    model it is billed as (-1: not in the catalog or a loop of aliases).
    """

    date: dt.date
    record: np.ndarray
    price: np.ndarray
    off_peak: np.ndarray
    state: np.ndarray
    billed_as: np.ndarray


class Catalog:
    """Validated price records with per-model metadata and fast dated lookups.

    Build one with :meth:`from_records` from validated record frames (later frames
    override records with the same record key);
    :func:`calculator.formats.catalog_reader.read_catalog_files` reads them from files.
    ``schedules`` are the vendor schedules band records name; ``sources`` name the
    layers (by the records' ``origin``) with their versions.
    """

    def __init__(self, records: pd.DataFrame, schedules: Iterable[Schedule] = (),
                 sources: Iterable[PriceSource] = ()):
        records = with_defaults(records).reset_index(drop=True)
        order = pd.unique(records["model_id"])
        model_pos = pd.Categorical(records["model_id"], categories=order).codes.astype(np.int64)
        days = records["effective_from"].to_numpy("datetime64[D]").astype(np.int64)
        variant = _codes(records[VARIANT], VARIANTS)
        band = _codes(records[BAND], tuple(_BAND_CODE))
        promo_end = records[PROMO_UNTIL].to_numpy("datetime64[D]")
        promo = ~np.isnat(promo_end)
        above = records[TIER_COLUMN].to_numpy(float)
        sort = np.lexsort((_BAND_RANK[band], days, promo, variant, above, model_pos))
        self.records: pd.DataFrame = records.iloc[sort].reset_index(drop=True)
        model_pos, days, variant, band = model_pos[sort], days[sort], variant[sort], band[sort]
        promo, above, promo_end = promo[sort], above[sort], promo_end[sort]

        new_series = np.ones(len(sort), dtype=bool)
        new_series[1:] = ((model_pos[1:] != model_pos[:-1]) | (above[1:] != above[:-1])
                          | (variant[1:] != variant[:-1]) | (promo[1:] != promo[:-1]))
        self._series_start = np.flatnonzero(new_series)
        start = self._series_start
        self._series_model = model_pos[start]
        self._series_above = above[start]
        self._series_variant = variant[start]
        self._series_promo = promo[start]
        self._model_series_start = np.searchsorted(self._series_model, np.arange(len(order)))
        first = self._model_series_start
        base_first = ((self._series_above[first] == 0) & (self._series_variant[first] == 0)
                      & ~self._series_promo[first])
        #: Each model's base series (no tier, standard variant, list prices), -1 if none.
        self._model_base_series = np.where(base_first, first, -1)
        self._key = (np.cumsum(new_series) - 1) * _DAY_SPAN + days
        self._model_ids: tuple[str, ...] = tuple(order)
        self._model_index = {mid: i for i, mid in enumerate(order)}
        self._positions: dict[tuple[str, ...], np.ndarray] = {}
        self._series_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._lookups: dict[tuple, PriceLookup] = {}
        self._remembered: dict[tuple, object] = {}
        self._variants_present = frozenset(np.unique(variant).tolist())

        self.schedules: tuple[Schedule, ...] = tuple(schedules)
        schedule_index = {s.schedule: i for i, s in enumerate(self.schedules)}
        lifecycle = _codes(self.records[LIFECYCLE], tuple(_LIFECYCLE_CODE))
        self._lifecycle = lifecycle
        self._band = band
        self._promo_end = np.where(promo, promo_end.astype("datetime64[D]").astype(np.int64),
                                   _NO_END)
        self._alias_target = np.array(
            [self._model_index.get(t, -1) if c == STATE_ALIAS else -1
             for t, c in zip(self.records[ALIAS_OF], lifecycle, strict=True)], dtype=np.int64)

        #: Record columns as numpy arrays, for gathering by record index.
        self.arrays: dict[str, np.ndarray] = {
            column: self.records[column].to_numpy() for column in self.records.columns
        }
        self.arrays["is_usd"] = self.arrays["currency"] == "USD"
        self.arrays["band_code"] = band
        self.arrays["lifecycle_code"] = lifecycle
        self.arrays["is_promotion"] = promo
        self.arrays["price_kind"] = np.where(promo, PROMOTION, LIST).astype(object)
        self.arrays["schedule_code"] = np.array(
            [schedule_index.get(s, -1) for s in self.records[SCHEDULE]], dtype=np.int64)
        evidence = np.maximum(days, self.records["checked"].to_numpy("datetime64[D]")
                              .astype(np.int64))
        self.models: pd.DataFrame = self._model_table(order, model_pos, evidence)
        #: Model metadata columns as numpy arrays, in :attr:`models` order.
        self.model_arrays: dict[str, np.ndarray] = {
            column: self.models[column].to_numpy() for column in self.models.columns
        }
        self.model_arrays["model_id"] = self.models.index.to_numpy()
        headline = np.flatnonzero((above == 0) & (variant == 0) & ~promo
                                  & (band != _BAND_CODE[OFF_PEAK]))
        #: Headline records per model (base tier, standard, list, peak), in date order.
        self._base_records: dict[str, np.ndarray] = {
            order[m]: rows for m, rows in zip(
                *_split_by(model_pos[headline], headline), strict=True)}
        self._earliest: dt.date = self.records["effective_from"].min().date()
        self._checked: dt.date = self.records["checked"].max().date()
        on_sale = self.records["effective_from"][lifecycle == LISTED]
        self._newest_price: dt.date = (on_sale.max() if len(on_sale)
                                       else self.records["effective_from"].max()).date()
        self.sources: tuple[PriceSource, ...] = self._layer_sources(tuple(sources))
        #: Whether any record is a promotion (then list-price comparisons say what they skip).
        self.has_promotions = bool(promo.any())

    # ------------------------------------------------------------------ building
    @classmethod
    def from_records(cls, frames: Sequence[pd.DataFrame], schedules: Iterable[Schedule] = (),
                     sources: Iterable[PriceSource] = ()) -> Catalog:
        """Layer validated record frames (as returned by the reader)."""
        frames = [with_defaults(f) for f in frames if len(f)]
        if not frames:
            raise CatalogError("the catalog has no price records")
        records = pd.concat(frames, ignore_index=True)
        records = records[~record_keys(records).duplicated(keep="last").to_numpy()]
        return cls(records, schedules, sources)

    def _model_table(self, order: np.ndarray, model_pos: np.ndarray,
                     evidence: np.ndarray) -> pd.DataFrame:
        recs = self.records
        last = np.r_[np.flatnonzero(np.diff(model_pos)), len(model_pos) - 1]
        # metadata from the latest on-sale base record (a retirement record has no context
        # window), else from the latest base record of any kind
        base = recs[TIER_COLUMN].to_numpy() == 0
        on_sale = base & (self._lifecycle == LISTED)
        rank = np.where(on_sale, 2, np.where(base, 1, 0))
        pick = pd.DataFrame({"model": model_pos, "rank": rank, "day": recs["effective_from"]})
        chosen = pick.sort_values(["model", "rank", "day"], kind="stable").groupby(
            "model", sort=False).tail(1).index.to_numpy()
        latest = recs.iloc[chosen].set_index("model_id")
        first = recs.groupby("model_id", sort=False)["effective_from"].min()
        table = pd.DataFrame(index=pd.Index(order, name="model_id"))
        for column in ("vendor", "vendor_cn", "model_name", "tier", "context_window", "currency"):
            table[column] = latest[column].reindex(table.index)
        table["launched"] = first.reindex(table.index)
        table["has_tiers"] = recs.groupby("model_id", sort=False)[TIER_COLUMN].max().reindex(
            table.index) > 0
        table["records"] = np.diff(np.r_[-1, last])
        newest = np.full(len(order), np.iinfo(np.int64).min)
        np.maximum.at(newest, model_pos, evidence)
        #: The newest date a model's price is known at: its latest record or evidence.
        table["newest_evidence"] = newest.astype("datetime64[D]").astype("datetime64[s]")
        return table

    def _layer_sources(self, given: tuple[PriceSource, ...]) -> tuple[PriceSource, ...]:
        named = {source.origin: source for source in given}
        if "origin" not in self.records:
            return given
        checked = self.records.groupby("origin", sort=False)["checked"].max()
        out = []
        for origin in pd.unique(self.records["origin"]):
            newest = checked[origin].date()
            source = named.get(origin) or default_source(str(origin), newest)
            if source.newest_evidence is None:
                source = PriceSource(source.origin, source.name, source.version, source.kind,
                                     newest)
            out.append(source)
        return tuple(out)

    # ------------------------------------------------------------------ queries
    @property
    def model_ids(self) -> list[str]:
        return list(self._model_ids)

    @property
    def all_models(self) -> tuple[str, ...]:
        """Every model id, in :attr:`models` order (the same tuple on every call)."""
        return self._model_ids

    @property
    def earliest_date(self) -> dt.date:
        return self._earliest

    @property
    def checked_date(self) -> dt.date:
        """The newest date of evidence (``checked``) of any record."""
        return self._checked

    @property
    def newest_price_date(self) -> dt.date:
        """The newest date a price takes effect in this catalog ("Newest price ...")."""
        return self._newest_price

    def schedule(self, name: str) -> Schedule | None:
        return next((s for s in self.schedules if s.schedule == name), None)

    def __len__(self) -> int:
        return len(self.models)

    def __contains__(self, model_id: object) -> bool:
        return model_id in self._model_index

    def positions(self, model_ids: Iterable[str]) -> np.ndarray:
        """Positions of ``model_ids`` in :attr:`models`; unknown ids raise."""
        key = model_ids if isinstance(model_ids, tuple) else None
        if key is not None and key in self._positions:
            return self._positions[key]
        try:
            found = np.fromiter((self._model_index[m] for m in model_ids), dtype=np.int64)
        except KeyError as err:
            raise UnknownModelError(f"unknown model id {err.args[0]!r}") from None
        if key is not None:
            if len(self._positions) > 32:
                self._positions.clear()
            self._positions[key] = found
        return found

    def check_date(self, date: dt.date, what: str = "date") -> None:
        if date < self.earliest_date:
            raise LookupDateError(
                f"{what} {date:%Y-%m-%d} is before the first price record "
                f"({self.earliest_date:%Y-%m-%d})"
            )

    def _series_at(self, day: int) -> tuple[np.ndarray, np.ndarray]:
        """Each series' latest record on or before ``day`` (and whether it has one)."""
        cached = self._series_cache.get(day)
        if cached is None:
            series = np.arange(len(self._series_start))
            pos = np.searchsorted(self._key, series * _DAY_SPAN + day, side="right") - 1
            cached = (pos, pos >= self._series_start)
            if len(self._series_cache) > 8:
                self._series_cache.clear()
            self._series_cache[day] = cached
        return cached

    def has_variant(self, variant: str) -> bool:
        """Whether any record is of this service variant (batch, flex, priority)."""
        return VARIANTS.index(variant) in self._variants_present

    def remembered(self, key: tuple, make: Callable[[], T]) -> T:
        """``make()``, kept with this catalog for the next call with an equal ``key``
        (for what depends on the catalog and the key only; a few dozen are kept)."""
        if key in self._remembered:
            return self._remembered[key]  # type: ignore[return-value]
        value = make()
        if len(self._remembered) > 32:
            self._remembered.clear()
        self._remembered[key] = value
        return value

    def forget_remembered(self) -> None:
        """Drop what :meth:`remembered` keeps (a benchmark's first pricing at new inputs)."""
        self._remembered.clear()

    def lookup(self, date: dt.date, input_per_request: float | None = None,
               promotions: bool = False, variant: str = "") -> PriceLookup:
        """The records in effect at ``date`` for every model (see :meth:`_lookup`).

        Kept for the next call with the same date, size, promotions and variant (a
        keystroke that changes only volumes asks for the same ones); the arrays are
        read-only."""
        size = None if input_per_request is None else float(input_per_request)
        key = (day_number(date), size, bool(promotions), variant)
        found = self._lookups.get(key)
        if found is None:
            found = self._lookup(date, input_per_request, promotions, variant)
            for values in (found.record, found.price, found.off_peak, found.state,
                           found.billed_as):
                values.setflags(write=False)
            if len(self._lookups) > 64:
                self._lookups.clear()
            self._lookups[key] = found
        return found

    def _lookup(self, date: dt.date, input_per_request: float | None = None,
                promotions: bool = False, variant: str = "") -> PriceLookup:
        """The records in effect at ``date`` for every model.

        Context tiers apply per request: a record with ``above_input_tokens = N``
        is chosen when one request's input exceeds N tokens (the highest such
        tier wins). Without a per-request size only the base tier is used.
        ``promotions``: a promotional record in effect (``promo_until`` not passed)
        is used instead of the list price; otherwise promotions are ignored.
        ``variant``: the service variant's own records (a model without them has no
        price in this lookup; the caller falls back to the standard one).
        """
        day = day_number(date)
        pos, valid = self._series_at(day)
        series = np.arange(len(self._series_start))
        size = -1.0 if input_per_request is None else float(input_per_request)
        eligible = valid & (self._series_variant == VARIANTS.index(variant)) & (
            (self._series_above == 0) | (self._series_above < size))
        if promotions:
            eligible &= ~self._series_promo | (self._promo_end[np.maximum(pos, 0)] >= day)
        else:
            eligible &= ~self._series_promo
        chosen = np.maximum.reduceat(np.where(eligible, series, -1), self._model_series_start)
        price = np.where(chosen >= 0, pos[np.maximum(chosen, 0)], -1)

        base = self._model_base_series
        base_pos = np.where(base >= 0, pos[np.maximum(base, 0)], -1)
        base_pos = np.where(base_pos >= self._series_start[np.maximum(base, 0)], base_pos, -1)
        state = np.where(base_pos >= 0, self._lifecycle[np.maximum(base_pos, 0)], LISTED)
        listed = state == LISTED
        record = np.where(listed, price, base_pos)
        price = np.where(listed, price, -1)
        billed_as = np.full(len(state), -1, dtype=np.int64)
        if not listed.all():
            price, state, billed_as = self._resolve_aliases(state, base_pos, price)
        banded = (price >= 0) & (self._band[np.maximum(price, 0)] == _BAND_CODE[PEAK])
        off_peak = np.where(banded, price - 1, price)
        return PriceLookup(date, record, price, off_peak, state, billed_as)

    def _resolve_aliases(self, state: np.ndarray, base_pos: np.ndarray,
                         price: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Alias models priced as their target at the same date (following chains)."""
        alias = state == STATE_ALIAS
        step = np.where(alias, self._alias_target[np.maximum(base_pos, 0)], -1)
        target = step.copy()
        for _ in range(_ALIAS_HOPS):
            onward = (target >= 0) & (state[np.maximum(target, 0)] == STATE_ALIAS)
            if not onward.any():
                break
            target = np.where(onward, step[np.maximum(target, 0)], target)
        found = target >= 0
        safe = np.maximum(target, 0)
        end_state = np.where(found, state[safe], STATE_ALIAS)
        looped = found & (end_state == STATE_ALIAS)
        target = np.where(alias & ~looped, target, -1)
        new_state = np.where(alias & (end_state == STATE_RETIRED), STATE_RETIRED, state)
        new_price = np.where(alias & (target >= 0) & (end_state == LISTED), price[safe], price)
        return new_price, new_state, np.where(alias, target, -1)

    def history_records(self, model_ids: Sequence[str]) -> np.ndarray:
        """Indices of the headline records of ``model_ids`` (base tier, standard variant,
        list prices, peak band): by model as given, then date."""
        self.positions(model_ids)
        parts = [self._base_records[m] for m in model_ids if m in self._base_records]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def history(self, model_ids: Sequence[str]) -> pd.DataFrame:
        """Headline price records of ``model_ids`` in date order, for price-history charts."""
        return self.records.iloc[self.history_records(model_ids)]


def _codes(values: pd.Series, choices: tuple[str, ...]) -> np.ndarray:
    """Positions of ``values`` in ``choices`` (validated values; unknown ones count as 0)."""
    codes = pd.Categorical(values, categories=list(choices)).codes.astype(np.int64)
    return np.maximum(codes, 0)


def _split_by(keys: np.ndarray, values: np.ndarray) -> tuple[list[int], list[np.ndarray]]:
    """Group ``values`` by the sorted, contiguous ``keys``."""
    if len(keys) == 0:
        return [], []
    starts = np.r_[0, np.flatnonzero(np.diff(keys)) + 1]
    return list(keys[starts]), np.split(values, starts[1:])
