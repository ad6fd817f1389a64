"""The price record's schema: which columns a catalog record has and what they may hold.

The engine prices records with these columns; :mod:`calculator.formats` reads
and writes them as CSV. Keeping the schema here lets both agree without the
engine knowing about files. This is the one place that lists the columns
(the 2026 schema: regions, service variants, time bands, lifecycle, promotions
and the extra price dimensions).
"""

from __future__ import annotations

import pandas as pd

#: Columns every catalog file must have, in the order files are written.
COLUMNS: tuple[str, ...] = (
    "model_id", "vendor", "vendor_cn", "model_name", "tier", "context_window",
    "effective_from", "currency", "input_per_mtok", "output_per_mtok",
    "cached_input_per_mtok", "status", "source", "checked", "notes",
)
#: Optional column: the record applies to requests whose input tokens exceed
#: this number (a context-length tier). Missing or empty means 0 (every request).
TIER_COLUMN = "above_input_tokens"
PRICE_COLUMNS: tuple[str, ...] = ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok")

# ---------------------------------------------------------------- optional columns
REGION, VARIANT, BAND, SCHEDULE = "region", "variant", "band", "schedule"
LIFECYCLE, ALIAS_OF, PROMO_UNTIL = "lifecycle", "alias_of", "promo_until"
#: Optional price columns beyond input/output/cached (per 1M tokens; search per 1,000 calls).
EXTRA_PRICE_COLUMNS: tuple[str, ...] = (
    "cache_write_per_mtok", "cache_write_1h_per_mtok", "reasoning_per_mtok", "search_per_k",
)
#: Optional columns whose values come from a fixed list (empty = the default).
CHOICE_COLUMNS: dict[str, tuple[str, ...]] = {
    REGION: ("", "cn", "intl"),
    VARIANT: ("", "batch", "flex", "priority"),
    BAND: ("", "peak", "off_peak"),
    LIFECYCLE: ("", "retired", "alias"),
}
#: Optional free-text columns holding an id.
ID_COLUMNS: tuple[str, ...] = (SCHEDULE, ALIAS_OF)
#: Every optional column, in the order files write them (after :data:`COLUMNS`).
OPTIONAL_COLUMNS: tuple[str, ...] = (
    TIER_COLUMN, REGION, VARIANT, BAND, SCHEDULE, LIFECYCLE, ALIAS_OF, PROMO_UNTIL,
    *EXTRA_PRICE_COLUMNS,
)
ALL_COLUMNS: tuple[str, ...] = COLUMNS + OPTIONAL_COLUMNS

#: Lifecycle values: on sale (empty), retired from the record's date, billed as another model.
ON_SALE, RETIRED, ALIAS = "", "retired", "alias"
#: Band values: all hours (empty), and the two bands of a vendor schedule.
ALL_HOURS, PEAK, OFF_PEAK = "", "peak", "off_peak"

CURRENCIES: frozenset[str] = frozenset({"CNY", "USD"})
#: A record's own status: how sure we are of its numbers.
STATUSES: frozenset[str] = frozenset({"confirmed", "uncertain"})
#: Values that must not be empty.
REQUIRED_VALUES: tuple[str, ...] = (
    "model_id", "vendor", "model_name", "effective_from", "currency", "status", "source", "checked",
)

#: Columns of the record key (a duplicate key is an error; a later layer's record with
#: the same key replaces an earlier one). ``is_promotion`` is derived from ``promo_until``.
KEY_COLUMNS: tuple[str, ...] = ("model_id", "effective_from", TIER_COLUMN, VARIANT, BAND,
                                "is_promotion")


def record_keys(records: pd.DataFrame) -> pd.DataFrame:
    """The record key of every record (a validated records frame), as a frame."""
    keys = records[["model_id", "effective_from", TIER_COLUMN]].copy()
    for column in (VARIANT, BAND):
        keys[column] = records[column] if column in records else ""
    promo = records[PROMO_UNTIL] if PROMO_UNTIL in records else None
    keys["is_promotion"] = False if promo is None else promo.notna().to_numpy()
    return keys


def with_defaults(records: pd.DataFrame) -> pd.DataFrame:
    """``records`` with every optional column present (missing ones at their default)."""
    missing = [column for column in OPTIONAL_COLUMNS if column not in records]
    if not missing:
        return records
    records = records.copy()
    for column in missing:
        if column == TIER_COLUMN:
            records[column] = 0.0
        elif column == PROMO_UNTIL:
            records[column] = pd.Series(pd.NaT, index=records.index, dtype="datetime64[s]")
        elif column in EXTRA_PRICE_COLUMNS:
            records[column] = float("nan")
        else:
            records[column] = ""
    return records
