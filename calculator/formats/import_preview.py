"""What importing a set of records would change in a catalog, before anything is written.

:func:`preview_import` sorts every imported model into one of three groups:

* **added**: the model id is not in the catalog;
* **unchanged**: at the imported record's date the catalog already applies the
  same prices (input, output, cached; same currency) to that model, context
  tier by context tier, so importing it would not change any cost;
* **updated**: anything else: a new or different price, a new context tier, a
  tier the import no longer lists, another currency, a retirement.

Models whose import brings a retirement the catalog does not have yet are also
listed in :attr:`ImportPreview.retired`. Records are matched by their key beyond
the date: context tier, service variant (batch, flex, priority) and time band, so a
batch price is compared with the catalog's batch price, never with the standard one.

A record with a new date but the prices already in effect counts as
unchanged, so re-importing the same LiteLLM map on a later day does not report
every model as updated. Skipped entries are counted and grouped by reason.

A context tier, once in the catalog, applies from its first record on (the
catalog has no way to end a tier). When an import no longer lists a tier the
catalog has, :attr:`ImportPreview.new_records` therefore carries a *closing*
record for it: the same tier, priced like the imported tier below it, which is
what requests of that size cost under the imported price list.

Vectorised (``merge_asof``): re-importing a full LiteLLM map over a catalog that
holds the previous import takes well under a second.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..engine.catalog import Catalog
from ..engine.records import BAND, EXTRA_PRICE_COLUMNS, LIFECYCLE, VARIANT, with_defaults
from .catalog_reader import TIER_COLUMN
from .litellm_import import skip_kind

_PRICES = ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok", *EXTRA_PRICE_COLUMNS)
_PRICE_NAMES = ("input", "output", "cached input", "cache write", "1-hour cache write",
                "reasoning", "web search per 1,000")
_EMPTY_MEANS = {"cached_input_per_mtok": "none (input price)",
                "cache_write_per_mtok": "none (input price)",
                "cache_write_1h_per_mtok": "none (5-minute price)",
                "reasoning_per_mtok": "none (output price)"}
#: Columns (beyond the date) that tell records of one model apart.
_GROUP = [TIER_COLUMN, VARIANT, BAND]
_KEY = ["model_id", "effective_from", *_GROUP]
_COMPARED = [*_PRICES, "currency", LIFECYCLE]
CLOSING_NOTE = ("Context tier no longer listed in the imported price list: priced like the "
                "tier below it.")


@dataclass(frozen=True)
class ImportPreview:
    added: list[str]
    updated: list[str]
    unchanged: list[str]
    skipped: list[tuple[str, str]]
    #: Models the import retires (a retirement the catalog does not have yet).
    retired: list[str] = field(default_factory=list)
    #: Per updated model, short lines saying what changes: ``2026-05-01: input 2.5 -> 2 USD``,
    #: ``2026-05-01, requests above 200,000 input tokens: new price``.
    changes: dict[str, list[str]] = field(default_factory=dict)
    #: Models whose vendor name differs from the catalog's: (model_id, catalog, imported).
    vendor_changes: list[tuple[str, str, str]] = field(default_factory=list)
    #: What an import should write: the imported records of added and updated models,
    #: plus closing records for tiers the import no longer lists.
    new_records: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)

    @property
    def skipped_by_kind(self) -> dict[str, int]:
        """Skip counts by kind ("not chat models", "without a price"...), largest first."""
        counts = Counter(skip_kind(reason) for _, reason in self.skipped)
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    def summary(self) -> str:
        """One line, e.g. ``12 models added, 3 updated, 4 unchanged, 40 skipped (35 not chat
        models, 5 without a price)``."""
        added = len(self.added)
        text = (f"{added} model{'' if added == 1 else 's'} added, {len(self.updated)} updated, "
                f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped")
        if self.retired:
            text += f", {len(self.retired)} retired"
        kinds = self.skipped_by_kind
        if kinds:
            text += " (" + ", ".join(f"{count} {kind}" for kind, count in kinds.items()) + ")"
        return text


#: One change an import makes: (model id, effective date, above N input tokens, variant,
#: band, what changes).
ChangeLine = tuple[str, pd.Timestamp, float, str, str, str]


def preview_import(existing: Catalog, imported: pd.DataFrame,
                   skipped: Iterable[tuple[str, str]] = ()) -> ImportPreview:
    """Compare validated ``imported`` records with ``existing`` (nothing is changed)."""
    imported = with_defaults(imported.reset_index(drop=True))
    order = list(pd.unique(imported["model_id"]))
    known = imported["model_id"].isin(existing.models.index)
    overlap = imported[known]
    current = with_defaults(
        existing.records[existing.records["model_id"].isin(overlap["model_id"])])

    lines: list[ChangeLine] = []
    changed_rows = _changed_rows(overlap, current, lines)
    closing = _closing_records(overlap, current, lines)

    touched = set(overlap["model_id"][changed_rows]) | set(closing["model_id"])
    known_ids = set(overlap["model_id"])
    added = [m for m in order if m not in known_ids]
    updated = [m for m in order if m in touched]
    unchanged = [m for m in order if m in known_ids and m not in touched]
    changes: dict[str, list[str]] = {}
    for model_id, date, above, variant, band, text in sorted(lines, key=lambda line: line[:5]):
        label = "" if above == 0 else f", requests above {above:,.0f} input tokens"
        label += "".join(f", {part.replace('_', '-')}" for part in (variant, band) if part)
        changes.setdefault(model_id, []).append(f"{pd.Timestamp(date):%Y-%m-%d}{label}: {text}")

    wanted = imported[imported["model_id"].isin(set(added) | touched)]
    retiring = set(wanted["model_id"][wanted[LIFECYCLE] == "retired"])
    retiring -= _already_retired(wanted, current)
    new_records = pd.concat([wanted, closing], ignore_index=True) if len(closing) else (
        wanted.reset_index(drop=True))
    return ImportPreview(added=added, updated=updated, unchanged=unchanged,
                         skipped=list(skipped), retired=[m for m in order if m in retiring],
                         changes=changes,
                         vendor_changes=_vendor_changes(existing, overlap),
                         new_records=new_records)


def _changed_rows(overlap: pd.DataFrame, current: pd.DataFrame, lines: list[ChangeLine]
                  ) -> np.ndarray:
    """Imported rows whose prices differ from the record in effect at their date (same tier)."""
    if overlap.empty:
        return np.zeros(0, dtype=bool)
    columns = list(dict.fromkeys([*_KEY, *_COMPARED]))
    left = overlap[columns].assign(row_order=np.arange(len(overlap))).sort_values("effective_from")
    right = current[columns].sort_values("effective_from")
    merged = pd.merge_asof(left, right, on="effective_from", by=["model_id", *_GROUP],
                           direction="backward", suffixes=("", "_old"))
    merged = merged.sort_values("row_order")
    found = merged["currency_old"].notna().to_numpy()
    same = found & (merged["currency"] == merged["currency_old"]).to_numpy()
    same &= (merged[LIFECYCLE] == merged[f"{LIFECYCLE}_old"]).to_numpy()
    for column in _PRICES:
        new, old = merged[column].to_numpy(float), merged[f"{column}_old"].to_numpy(float)
        same &= (new == old) | (np.isnan(new) & np.isnan(old))
    for rec in merged[~same].itertuples(index=False):
        key = (rec.model_id, rec.effective_from, float(getattr(rec, TIER_COLUMN)),
               getattr(rec, VARIANT), getattr(rec, BAND))
        lifecycle, old_lifecycle = getattr(rec, LIFECYCLE), getattr(rec, f"{LIFECYCLE}_old")
        if lifecycle == "retired":
            lines.append((*key, "retired from this date"))
        elif pd.isna(rec.currency_old):
            lines.append((*key, "new price"))
        elif old_lifecycle == "retired":
            lines.append((*key, "on sale again"))
        elif rec.currency != rec.currency_old:
            lines.append((*key, f"currency {rec.currency_old} -> {rec.currency}"))
        else:
            for column, name in zip(_PRICES, _PRICE_NAMES, strict=True):
                new, old = getattr(rec, column), getattr(rec, f"{column}_old")
                if not ((pd.isna(new) and pd.isna(old)) or new == old):
                    empty = _EMPTY_MEANS.get(column, "unknown")
                    lines.append((*key, f"{name} {_show(old, empty)} -> {_show(new, empty)} "
                                        f"{rec.currency}"))
    return ~same


def _already_retired(imported: pd.DataFrame, current: pd.DataFrame) -> set[str]:
    """Models whose catalog records already retire them at or before the imported date."""
    mine = imported[imported[LIFECYCLE] == "retired"].groupby("model_id")["effective_from"].min()
    theirs = current[current[LIFECYCLE] == "retired"].groupby("model_id")["effective_from"].min()
    both = mine.index.intersection(theirs.index)
    return {m for m in both if theirs[m] <= mine[m]}


def _closing_records(overlap: pd.DataFrame, current: pd.DataFrame, lines: list[ChangeLine]
                     ) -> pd.DataFrame:
    """Records ending the catalog's tiers that an import no longer lists at its date."""
    if overlap.empty:
        return overlap.iloc[0:0]
    groups = (current.groupby(["model_id", *_GROUP], sort=False)["effective_from"].min()
              .rename("since").reset_index())
    groups = groups[groups[TIER_COLUMN] > 0]
    dates = overlap[["model_id", "effective_from"]].drop_duplicates()
    candidates = dates.merge(groups, on="model_id")
    # Only for variants and bands the import lists at that date.
    listed = overlap[["model_id", "effective_from", VARIANT, BAND]].drop_duplicates()
    candidates = candidates.merge(listed, on=["model_id", "effective_from", VARIANT, BAND])
    candidates = candidates[candidates["since"] <= candidates["effective_from"]]
    if candidates.empty:
        return overlap.iloc[0:0]
    present = overlap[_KEY].assign(present=True)
    dropped = candidates.merge(present, on=_KEY, how="left")
    dropped = dropped[dropped["present"].isna()][_KEY]
    if dropped.empty:
        return overlap.iloc[0:0]
    # The imported tier below each dropped tier: same model and date, highest lower threshold.
    below = pd.merge_asof(
        dropped.rename(columns={TIER_COLUMN: "dropped_above"}).assign(
            **{TIER_COLUMN: lambda f: f["dropped_above"]}).sort_values(TIER_COLUMN),
        overlap.assign(source_row=np.arange(len(overlap)))[[*_KEY, "source_row"]].sort_values(
            TIER_COLUMN),
        on=TIER_COLUMN, by=["model_id", "effective_from", VARIANT, BAND], direction="backward",
        allow_exact_matches=False)
    closing = overlap.iloc[below["source_row"].to_numpy(int)].copy()
    closing[TIER_COLUMN] = below["dropped_above"].to_numpy(float)
    closing["notes"] = CLOSING_NOTE
    for rec in below.itertuples(index=False):
        lines.append((rec.model_id, rec.effective_from, float(rec.dropped_above),
                      getattr(rec, VARIANT), getattr(rec, BAND),
                      "no longer listed; priced like the tier below"))
    return closing.reset_index(drop=True)


def _vendor_changes(existing: Catalog, overlap: pd.DataFrame) -> list[tuple[str, str, str]]:
    if overlap.empty:
        return []
    new = overlap.groupby("model_id", sort=False)["vendor"].last()
    old = existing.models["vendor"].reindex(new.index)
    differs = new != old
    return [(m, str(old[m]), str(new[m])) for m in new.index[differs]]


def _show(value: float, empty: str) -> str:
    return empty if pd.isna(value) else f"{value:g}"


def group_skips(skipped: Sequence[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """Skipped entries grouped by kind, for a details list."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for key, reason in skipped:
        groups.setdefault(skip_kind(reason), []).append((key, reason))
    return groups
