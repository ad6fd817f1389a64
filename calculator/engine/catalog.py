"""The dated price catalog: every model's price records, and lookups at a date.

``Catalog`` is immutable. It compiles its records into sorted numpy arrays once,
so that looking up every model's price at a date is one ``searchsorted`` call,
not a Python loop per model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .errors import CatalogError, LookupDateError, UnknownModelError
from .records import TIER_COLUMN

#: Shift between a (model, tier) group number and a day number inside one int64 key.
_DAY_SPAN = 1 << 22  # about 11,000 years of days


def day_number(date: dt.date | np.datetime64 | pd.Timestamp) -> int:
    """Days since 1970-01-01 (the lookup key unit)."""
    return int(np.datetime64(pd.Timestamp(date).date(), "D").astype(np.int64))


@dataclass(frozen=True)
class PriceLookup:
    """Each model's record in effect at one date (``record == -1``: not offered)."""

    date: dt.date
    record: np.ndarray  # int, one per model, index into Catalog.records


class Catalog:
    """Validated price records with per-model metadata and fast dated lookups.

    Build one with :meth:`from_records` from validated record frames (later frames
    override records with the same model, date and tier);
    :func:`calculator.formats.catalog_reader.read_catalog_files` reads them from files.
    """

    def __init__(self, records: pd.DataFrame):
        records = records.reset_index(drop=True)
        order = pd.unique(records["model_id"])
        model_pos = pd.Categorical(records["model_id"], categories=order).codes.astype(np.int64)
        days = records["effective_from"].to_numpy("datetime64[D]").astype(np.int64)
        sort = np.lexsort((days, records[TIER_COLUMN].to_numpy(), model_pos))
        self.records: pd.DataFrame = records.iloc[sort].reset_index(drop=True)
        model_pos, days = model_pos[sort], days[sort]
        above = self.records[TIER_COLUMN].to_numpy(float)

        new_group = np.ones(len(sort), dtype=bool)
        new_group[1:] = (model_pos[1:] != model_pos[:-1]) | (above[1:] != above[:-1])
        group_of_record = np.cumsum(new_group) - 1
        self._group_start = np.flatnonzero(new_group)
        self._group_model = model_pos[self._group_start]
        self._group_above = above[self._group_start]
        self._model_group_start = np.searchsorted(self._group_model, np.arange(len(order)))
        self._key = group_of_record * _DAY_SPAN + days
        self._model_index = {mid: i for i, mid in enumerate(order)}
        self._positions: dict[tuple[str, ...], np.ndarray] = {}

        #: Record columns as numpy arrays, for gathering by record index.
        self.arrays: dict[str, np.ndarray] = {
            column: self.records[column].to_numpy() for column in self.records.columns
        }
        self.arrays["is_usd"] = self.arrays["currency"] == "USD"
        self.models: pd.DataFrame = self._model_table(order, model_pos)
        #: Model metadata columns as numpy arrays, in :attr:`models` order.
        self.model_arrays: dict[str, np.ndarray] = {
            column: self.models[column].to_numpy() for column in self.models.columns
        }
        self.model_arrays["model_id"] = self.models.index.to_numpy()
        base_rows = np.flatnonzero(above == 0)
        #: Base-tier record indices per model, in date order (price history).
        self._base_records: dict[str, np.ndarray] = {
            order[m]: rows for m, rows in zip(
                *_split_by(model_pos[base_rows], base_rows), strict=True)}
        self._earliest: dt.date = self.records["effective_from"].min().date()
        self._checked: dt.date = self.records["checked"].max().date()

    # ------------------------------------------------------------------ building
    @classmethod
    def from_records(cls, frames: Sequence[pd.DataFrame]) -> Catalog:
        """Layer validated record frames (as returned by the reader)."""
        frames = [f for f in frames if len(f)]
        if not frames:
            raise CatalogError("the catalog has no price records")
        records = pd.concat(frames, ignore_index=True)
        key = ["model_id", "effective_from", TIER_COLUMN]
        records = records.drop_duplicates(subset=key, keep="last")
        return cls(records)

    def _model_table(self, order: np.ndarray, model_pos: np.ndarray) -> pd.DataFrame:
        recs = self.records
        last = np.r_[np.flatnonzero(np.diff(model_pos)), len(model_pos) - 1]
        base = recs[recs[TIER_COLUMN] == 0]
        latest = base.groupby("model_id", sort=False).tail(1).set_index("model_id")
        first = recs.groupby("model_id", sort=False)["effective_from"].min()
        table = pd.DataFrame(index=pd.Index(order, name="model_id"))
        for column in ("vendor", "vendor_cn", "model_name", "tier", "context_window", "currency"):
            table[column] = latest[column].reindex(table.index)
        table["launched"] = first.reindex(table.index)
        table["has_tiers"] = recs.groupby("model_id", sort=False)[TIER_COLUMN].max().reindex(
            table.index) > 0
        table["records"] = np.diff(np.r_[-1, last])
        return table

    # ------------------------------------------------------------------ queries
    @property
    def model_ids(self) -> list[str]:
        return list(self.models.index)

    @property
    def earliest_date(self) -> dt.date:
        return self._earliest

    @property
    def checked_date(self) -> dt.date:
        """The newest date any record was checked: "prices as of" for the user."""
        return self._checked

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

    def lookup(self, date: dt.date, input_per_request: float | None = None) -> PriceLookup:
        """The record in effect at ``date`` for every model.

        Context tiers apply per request: a record with ``above_input_tokens = N``
        is chosen when one request's input exceeds N tokens (the highest such
        tier wins). Without a per-request size only the base tier is used.
        """
        day = day_number(date)
        groups = np.arange(len(self._group_start))
        pos = np.searchsorted(self._key, groups * _DAY_SPAN + day, side="right") - 1
        valid = pos >= self._group_start
        size = -1.0 if input_per_request is None else float(input_per_request)
        eligible = valid & ((self._group_above == 0) | (self._group_above < size))
        chosen = np.maximum.reduceat(np.where(eligible, groups, -1), self._model_group_start)
        record = np.where(chosen >= 0, pos[np.maximum(chosen, 0)], -1)
        return PriceLookup(date=date, record=record)

    def history_records(self, model_ids: Sequence[str]) -> np.ndarray:
        """Indices of the base-tier records of ``model_ids``: by model as given, then date."""
        self.positions(model_ids)
        parts = [self._base_records[m] for m in model_ids]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def history(self, model_ids: Sequence[str]) -> pd.DataFrame:
        """Base-tier price records of ``model_ids`` in date order, for price-history charts."""
        return self.records.iloc[self.history_records(model_ids)]


def _split_by(keys: np.ndarray, values: np.ndarray) -> tuple[list[int], list[np.ndarray]]:
    """Group ``values`` by the sorted, contiguous ``keys``."""
    if len(keys) == 0:
        return [], []
    starts = np.r_[0, np.flatnonzero(np.diff(keys)) + 1]
    return list(keys[starts]), np.split(values, starts[1:])
