"""Validation of the 2026 schema's optional columns (``calculator/engine/records.py``).

:func:`check_schema_columns` checks each cell (values from their lists, dates,
prices, which columns go together); :func:`check_record_sets` checks what only
several records together can break: a model with two regions, a banded price
without its partner, band records beside an all-hours record of the same key.
Every problem names file, row, column and value.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

import numpy as np
import pandas as pd

from ..engine.dates import parse_date_column, range_text
from ..engine.records import (
    ALIAS,
    ALIAS_OF,
    BAND,
    CHOICE_COLUMNS,
    EXTRA_PRICE_COLUMNS,
    ID_COLUMNS,
    LIFECYCLE,
    OFF_PEAK,
    PEAK,
    PRICE_COLUMNS,
    PROMO_UNTIL,
    REGION,
    SCHEDULE,
    TIER_COLUMN,
    VARIANT,
)

_CHOICE_WORDS = {
    REGION: "a region (empty, cn or intl)",
    VARIANT: "a service variant (empty, batch, flex or priority)",
    BAND: "a price band (empty, peak or off_peak)",
    LIFECYCLE: "a lifecycle (empty, retired or alias)",
}
_ID_TEXT = r"^[^\s\x00-\x1f\x7f]{1,200}$"

#: ``report(mask, column, reason)``: a problem in ``column`` on every row where ``mask`` holds.
Report = Callable[[Iterable[bool], str, str], None]


def check_schema_columns(frame: pd.DataFrame, out: pd.DataFrame, report: Report,
                         numbers: Callable[..., pd.Series],
                         schedules: Collection[str] | None) -> None:
    """Validate the optional columns of ``frame`` (text cells) into ``out``."""
    for column, choices in CHOICE_COLUMNS.items():
        value = frame[column].str.lower()
        report(~value.isin(choices), column, f"is not {_CHOICE_WORDS[column]}")
        out[column] = value.where(value.isin(choices), "").astype(object)
    for column in ID_COLUMNS:
        text = frame[column]
        report(text.ne("") & ~text.str.match(_ID_TEXT), column,
               "is not a valid id (no spaces or control characters, at most 200 characters)")
        out[column] = text.astype(object)

    band, lifecycle = out[BAND], out[LIFECYCLE]
    schedule, alias_of = frame[SCHEDULE], frame[ALIAS_OF]
    report(band.ne("") & schedule.eq(""), SCHEDULE,
           "is empty; a peak or off_peak record names its schedule (schedules.csv)")
    report(band.eq("") & schedule.ne(""), SCHEDULE,
           "is set but band is empty; a schedule applies only to peak and off_peak records")
    if schedules is not None:
        known = ", ".join(sorted(schedules)) or "none"
        report(schedule.ne("") & ~schedule.isin(list(schedules)), SCHEDULE,
               f"is not a schedule in schedules.csv (known: {known})")

    alias = lifecycle.eq(ALIAS)
    report(alias & alias_of.eq(""), ALIAS_OF,
           "is empty; an alias record names the model it is billed as")
    report(~alias & alias_of.ne(""), ALIAS_OF, "is set but lifecycle is not alias")
    report(alias & alias_of.ne("") & alias_of.eq(frame["model_id"]), ALIAS_OF,
           "is the record's own model id; an alias is billed as another model")

    parsed, malformed, outside = parse_date_column(frame[PROMO_UNTIL])
    report(malformed, PROMO_UNTIL, "is not a date in the form YYYY-MM-DD")
    report(outside, PROMO_UNTIL, f"is outside the dates this app handles ({range_text()})")
    out[PROMO_UNTIL] = parsed
    before = parsed.notna() & out["effective_from"].notna() & (parsed < out["effective_from"])
    report(before, PROMO_UNTIL, "is before effective_from; a promotion ends on or after it starts")

    for column in EXTRA_PRICE_COLUMNS:
        what = "price per 1,000 calls" if column == "search_per_k" else "price per 1M tokens"
        out[column] = numbers(frame, column, report, name=what)

    ended = lifecycle.ne("")
    for column in (*PRICE_COLUMNS, *EXTRA_PRICE_COLUMNS):
        report(ended & frame[column].ne(""), column,
               "must be empty on a retired or alias record (it has no prices of its own)")
    for column, why in ((TIER_COLUMN, "a tier"), (VARIANT, "a variant"), (BAND, "a band"),
                        (PROMO_UNTIL, "a promotion")):
        report(ended & frame[column].ne("") & frame[column].ne("0"), column,
               f"must be empty on a retired or alias record (it applies to the whole model, "
               f"not to {why})")


def key_text(row: pd.Series) -> str:
    """The non-default parts of a record's key, for messages: `` (above 32,000 input
    tokens, batch, peak, promotion)``."""
    parts = []
    if row.get(TIER_COLUMN):
        parts.append(f"above {row[TIER_COLUMN]:,.0f} input tokens")
    for column in (VARIANT, BAND):
        if row.get(column):
            parts.append(str(row[column]))
    promo = row.get(PROMO_UNTIL)
    if promo is not None and not pd.isna(promo):
        parts.append(f"promotion until {promo:%Y-%m-%d}")
    return f" ({', '.join(parts)})" if parts else ""


def check_record_sets(out: pd.DataFrame, name: str,
                      line_numbers: Sequence[int] | np.ndarray) -> list[str]:
    """Problems only several records together make (region, band pairs)."""
    problems: list[str] = []
    lines = np.asarray(line_numbers)
    # vectorised first (an import holds thousands of models): only models with several
    # regions, or with banded records, are looked at one by one
    several = out.groupby("model_id", sort=False)[REGION].nunique()
    mixed = set(several.index[several > 1])
    regions = out[out["model_id"].isin(mixed)].groupby("model_id", sort=False)[REGION].unique()
    for model_id, values in regions.items():
        if len(values) > 1 and model_id:
            shown = ", ".join(v or "(empty)" for v in sorted(values))
            first = lines[np.flatnonzero((out["model_id"] == model_id).to_numpy())[0]]
            problems.append(
                f"{name}: row {first}: model {model_id} has records of several regions "
                f"({shown}); a vendor's other price list is a separate model id")
    banded = out[BAND].ne("")
    if not banded.any():
        return problems
    key = ["model_id", "effective_from", TIER_COLUMN, VARIANT, "_promo"]
    table = out.assign(_promo=out[PROMO_UNTIL].notna(), _line=lines)
    table = table[table["effective_from"].notna()]
    keys = table.set_index(key).index
    table = table[keys.isin(keys[table[BAND].ne("").to_numpy()])]  # groups with a band
    for _, group in table.groupby(key, sort=False, dropna=False):
        bands = set(group[BAND])
        if bands == {""}:
            continue
        row = group.iloc[0]
        where = f"{name}: row {row['_line']}: model {row['model_id']} effective " \
                f"{row['effective_from']:%Y-%m-%d}{key_text(row)}"
        if "" in bands:
            problems.append(f"{where} has both an all-hours record and peak/off_peak records; "
                            "use one or the other")
        elif bands != {PEAK, OFF_PEAK}:
            missing = OFF_PEAK if PEAK in bands else PEAK
            problems.append(f"{where} has a {next(iter(bands - {''}))} record but no {missing} "
                            "record; a banded price needs both")
        elif group[SCHEDULE].nunique() > 1:
            problems.append(f"{where}: its peak and off_peak records name different schedules "
                            f"({', '.join(sorted(group[SCHEDULE]))})")
    return problems
