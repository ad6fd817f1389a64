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
from .price_tips import tip_texts

__all__ = ["COL", "COLUMNS", "SOURCES", "TEXT_KINDS", "Column", "table_headers", "table_texts"]

COLUMNS: tuple[Column, ...] = SCREEN_COLUMNS
COL = {column.key: i for i, column in enumerate(COLUMNS)}
#: Kinds shown as words (left-aligned, sorted by their text).
TEXT_KINDS = frozenset({"text", "vendor", "model", "tier"})
PROVENANCE = ("effective_from", "record_status", "source", "checked", "notes", "currency",
              "price_kind", "promo_until", "billed_as", "off_peak_share", "old_price")


def painted_from(column: Column) -> tuple[str, ...]:
    """Frame columns a table column is painted from: everything ``CellFormat._text``,
    ``_color`` and ``_font_of`` read. A change there repaints the column."""
    side = column.side
    if column.kind == "vendor":
        return ("vendor", "vendor_cn")
    if column.kind == "model":
        return ("model_name", "model_id", "current_status", "current_over_context")
    if column.kind == "price":
        return (column.key, f"{side}_status", f"{side}_cached_per_mtok",
                *(f"{side}_{p}" for p in PROVENANCE))
    if column.kind == "cost":
        return (column.key, f"{side}_status", f"{side}_record_status",
                f"{side}_effective_from", f"{side}_off_peak_share")
    if column.kind == "date":
        return (column.key, f"{side}_status", f"{side}_old_price", f"{side}_checked")
    return (column.key,)


SOURCES: dict[str, tuple[str, ...]] = {column.key: painted_from(column) for column in COLUMNS}


def table_texts() -> dict[str, str]:
    """Words the table shows, in the current language (statuses from the vocabulary)."""
    return {
        **status_words(),
        **tip_texts(),
        "reference": translate("ComparisonTable", "reference"),
        "date_old": translate("ComparisonTable", "{date} · old"),
        "date_retired": translate("ComparisonTable", "retired {date}"),
        "tip_pct_none": translate("ComparisonTable",
                                  "No percentage: the baseline cost is unknown, not offered "
                                  "or 0."),
        "tip_ref_none": translate("ComparisonTable", "Set a reference model (what you use "
                                                     "today) to see switching savings."),
        "tip_parts": translate("ComparisonTable", "Cost by part:"),
        "tip_fallback": translate("ComparisonTable", "No batch or service-tier prices for "
                                                     "this model: standard prices used."),
        "tip_over_context": translate("ComparisonTable",
                                      "⚠ A request size of your mix is larger than this "
                                      "model's context window ({window} tokens)."),
    }


def table_headers() -> list[str]:
    """Column headers in :data:`COLUMNS` order; ``{cur}`` and ``{ref}`` filled in when shown."""
    return [translate("Columns", column.header) for column in COLUMNS]
