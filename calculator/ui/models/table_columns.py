"""The comparison table's columns on screen: the shared column list, its headers and words.

The columns themselves are :data:`calculator.reports.columns.SCREEN_COLUMNS` (the same
list CSV and XLSX use). :func:`painted_from` names the engine columns each table column
is painted from, so the model repaints (and forgets cached cells of) only the columns
whose data changed.
"""

from __future__ import annotations

from ...reports.columns import SCREEN_COLUMNS, Column
from ...reports.vocabulary import status_words
from ..i18n import translate

__all__ = ["COL", "COLUMNS", "SOURCES", "TEXT_KINDS", "Column", "table_headers", "table_texts"]

COLUMNS: tuple[Column, ...] = SCREEN_COLUMNS
COL = {column.key: i for i, column in enumerate(COLUMNS)}
#: Kinds shown as words (left-aligned, sorted by their text).
TEXT_KINDS = frozenset({"text", "vendor", "model", "tier"})
PROVENANCE = ("effective_from", "record_status", "source", "checked", "notes", "currency")


def painted_from(column: Column) -> tuple[str, ...]:
    """Frame columns a table column is painted from: everything ``CellFormat._text``,
    ``_color`` and ``_font_of`` read. A change there repaints the column."""
    side = column.side
    if column.kind == "vendor":
        return ("vendor", "vendor_cn")
    if column.kind == "model":
        return ("model_name", "model_id", "current_over_context")
    if column.kind == "price":
        return (column.key, f"{side}_status", f"{side}_cached_per_mtok",
                *(f"{side}_{p}" for p in PROVENANCE))
    if column.kind == "cost":
        return (column.key, f"{side}_status", f"{side}_record_status")
    return (column.key,)


SOURCES: dict[str, tuple[str, ...]] = {column.key: painted_from(column) for column in COLUMNS}


def table_texts() -> dict[str, str]:
    """Words the table shows, in the current language (statuses from the vocabulary)."""
    return {
        **status_words(),
        "reference": translate("ComparisonTable", "reference"),
        "tip_uncertain": translate("ComparisonTable", "Uncertain price (≈): see the notes."),
        "tip_effective": translate("ComparisonTable", "Price in effect from {date} ({status})"),
        "tip_native": translate("ComparisonTable", "Billed in {currency}: {price} per 1M tokens"),
        "tip_cached": translate("ComparisonTable", "Cached input: {price} per 1M tokens"),
        "tip_source": translate("ComparisonTable", "Source: {source}"),
        "tip_sources": translate("ComparisonTable", "Sources:"),
        "tip_checked": translate("ComparisonTable", "Checked {date}"),
        "tip_discount": translate("ComparisonTable", "Includes a {pct} vendor discount"),
        "tip_tier": translate("ComparisonTable",
                              "Context tier for requests above {tokens} input tokens"),
        "tip_pct_none": translate("ComparisonTable",
                                  "No percentage: the baseline cost is unknown, not offered "
                                  "or 0."),
        "tip_ref_none": translate("ComparisonTable", "Set a reference model (what you use "
                                                     "today) to see switching savings."),
        "tip_parts": translate("ComparisonTable", "Cost by part:"),
        "tip_off_peak": translate("ComparisonTable", "Billed off-peak: {share} of the traffic "
                                                     "(schedule {schedule})"),
        "tip_fallback": translate("ComparisonTable", "No batch or service-tier prices for "
                                                     "this model: standard prices used."),
        "tip_over_context": translate("ComparisonTable",
                                      "⚠ A request size of your mix is larger than this "
                                      "model's context window ({window} tokens)."),
        "tip_open": translate("ComparisonTable",
                              "Double-click for the price record and its sources."),
    }


def table_headers() -> list[str]:
    """Column headers in :data:`COLUMNS` order; ``{cur}`` and ``{ref}`` filled in when shown."""
    return [translate("Columns", column.header) for column in COLUMNS]
