"""The comparison table's columns: what each shows, its words and headers.

:data:`SOURCES` names the engine columns each table column is painted from, so the
model repaints (and forgets cached cells of) only the columns whose data changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import translate


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # text | price | cost | savings | percent
    side: str = ""  # baseline | current for price and cost columns
    price: str = ""  # input | output


COLUMNS: tuple[Column, ...] = (
    Column("vendor", "text"),
    Column("model", "text"),
    Column("baseline_cost", "cost", "baseline"),
    Column("current_cost", "cost", "current"),
    Column("savings", "savings"),
    Column("savings_pct", "percent"),
    Column("savings_vs_reference", "savings"),
    Column("baseline_input", "price", "baseline", "input"),
    Column("baseline_output", "price", "baseline", "output"),
    Column("current_input", "price", "current", "input"),
    Column("current_output", "price", "current", "output"),
    Column("tier", "text"),
)
COL = {column.key: i for i, column in enumerate(COLUMNS)}
PROVENANCE = ("effective_from", "record_status", "source", "checked", "notes", "currency")
#: Frame columns each table column is painted from: everything ``CellFormat._text``,
#: ``_color`` and ``_font_of`` read. A change there repaints the column and drops its cached cells.
SOURCES: dict[str, tuple[str, ...]] = {
    "vendor": ("vendor", "vendor_cn"), "model": ("model_name", "model_id"), "tier": ("tier",),
    **{f"{side}_{price}": (f"{side}_{price}_per_mtok", f"{side}_status", f"{side}_cached_per_mtok",
                           *(f"{side}_{p}" for p in PROVENANCE))
       for side in ("baseline", "current") for price in ("input", "output")},
    "baseline_cost": ("baseline_cost", "baseline_status", "baseline_record_status"),
    "current_cost": ("current_cost", "current_status", "current_record_status"),
    "savings": ("savings",), "savings_pct": ("savings_pct",),
    "savings_vs_reference": ("savings_vs_reference",),
}


def table_texts() -> dict[str, str]:
    """Words the table shows, in the current language."""
    return {
        "free": translate("ComparisonTable", "free"), "unknown": translate("ComparisonTable", "unknown"),
        "not_offered": translate("ComparisonTable", "not offered"),
        "reference": translate("ComparisonTable", "reference"),
        "tip_not_offered": translate("ComparisonTable",
                             "Not offered on {date}: first price record {launched}."),
        "tip_unknown": translate("ComparisonTable", "Unknown: no published price was found for {date}; "
                                            "it is left out rather than counted as 0."),
        "tip_free": translate("ComparisonTable", "Free: the vendor charges 0 for this model on {date}."),
        "tip_uncertain": translate("ComparisonTable", "Uncertain price (≈): see the notes."),
        "tip_effective": translate("ComparisonTable", "Price in effect from {date} ({status})"),
        "tip_native": translate("ComparisonTable", "Billed in {currency}: {price} per 1M tokens"),
        "tip_cached": translate("ComparisonTable", "Cached input: {price} per 1M tokens"),
        "tip_source": translate("ComparisonTable", "Source: {source}"),
        "tip_sources": translate("ComparisonTable", "Sources:"),
        "tip_checked": translate("ComparisonTable", "Checked {date}"),
        "tip_discount": translate("ComparisonTable", "Includes a {pct} vendor discount"),
        "tip_tier": translate("ComparisonTable", "Context tier for requests above {tokens} input tokens"),
        "tip_pct_none": translate("ComparisonTable",
                          "No percentage: the baseline cost is unknown, not offered or 0."),
        "tip_ref_none": translate("ComparisonTable", "Set a reference model (what you use today) to see "
                                             "switching savings."),
        "tip_open": translate("ComparisonTable", "Double-click for the price record and its sources."),
        "confirmed": translate("ComparisonTable", "confirmed"),
        "uncertain": translate("ComparisonTable", "uncertain"),
    }


def table_headers() -> list[str]:
    """Column headers in :data:`COLUMNS` order; ``{cur}`` and ``{ref}`` filled in when shown.

    Monthly costs and savings come first: what a budget needs is visible without
    scrolling; prices per 1M tokens and the tier follow.
    """
    return [
        translate("ComparisonTable", "Vendor"), translate("ComparisonTable", "Model"),
        translate("ComparisonTable", "Baseline cost\n{cur} / month"),
        translate("ComparisonTable", "Current cost\n{cur} / month"),
        translate("ComparisonTable", "Savings\n{cur} / month"),
        translate("ComparisonTable", "Savings\n%"),
        translate("ComparisonTable", "vs {ref}\n{cur} / month"),
        translate("ComparisonTable", "Baseline input\n{cur} / 1M"),
        translate("ComparisonTable", "Baseline output\n{cur} / 1M"),
        translate("ComparisonTable", "Current input\n{cur} / 1M"),
        translate("ComparisonTable", "Current output\n{cur} / 1M"),
        translate("ComparisonTable", "Tier"),
    ]
