"""The report's sources appendix: one row per price record used, with numbered references.

A record that priced both dates appears once ("baseline, current"); each distinct
source (a URL or a citation) gets a number the first time it is used, so the
table stays narrow and the long addresses are listed once, below it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..engine.comparison import Comparison
from .tables import price_records_frame

KEY = ("model_id", "effective_from", "input_per_mtok", "output_per_mtok", "billing_currency")


@dataclass(frozen=True)
class Appendix:
    """``rows``: one per record (``used_for`` is a tuple of sides, ``refs`` a tuple of
    reference numbers); ``references``: the source texts, number ``i + 1`` at ``i``."""

    rows: pd.DataFrame
    references: tuple[str, ...]


def source_parts(source: object) -> list[str]:
    """A record's ``source`` cell split into its citations (`` ; `` separates them)."""
    return [part.strip() for part in str(source or "").split(" ; ") if part.strip()]


def build_appendix(comparison: Comparison) -> Appendix:
    records = price_records_frame(comparison)
    names = dict(zip(comparison.arrays["model_id"], comparison.arrays["model_name"],
                     strict=True))
    order = {model: i for i, model in enumerate(comparison.arrays["model_id"])}
    rows: dict[tuple, dict] = {}
    for record in records.to_dict(orient="records"):
        key = tuple(_hashable(record[k]) for k in KEY)
        if key in rows:
            rows[key]["used_for"] += (record["used_for"],)
            rows[key]["dates"] += (record["date_priced"],)
            continue
        record["used_for"] = (record["used_for"],)
        record["dates"] = (record["date_priced"],)
        record["model_name"] = names.get(record["model_id"], record["model_id"])
        rows[key] = record
    ordered = sorted(rows.values(), key=lambda r: (order.get(r["model_id"], 0),
                                                    r["effective_from"]))
    references: dict[str, int] = {}
    for row in ordered:
        refs = []
        for part in source_parts(row["source"]):
            refs.append(references.setdefault(part, len(references) + 1))
        row["refs"] = tuple(dict.fromkeys(refs))
    return Appendix(pd.DataFrame(ordered), tuple(references))


def _hashable(value: object) -> object:
    if isinstance(value, float) and value != value:  # NaN equals itself here
        return "nan"
    return value
