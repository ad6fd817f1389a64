"""Columns of the comparison table, one list for the window, CSV, XLSX and ``quote``.

:data:`COLUMNS` is in export order (``comparison.csv`` and the XLSX sheet); the
first ones, marked ``quote``, are exactly the columns of ``quote --format
csv|json``. :data:`SCREEN` orders the columns the window's table shows. A column
is added by adding one :class:`Column` (and its key to :data:`SCREEN` if the
table shows it); the views handle it by its ``kind``.

Kinds: ``text`` (as it is), ``vendor`` (the vendor, in Chinese for Chinese
readers on screen), ``model`` (the model's name), ``tier`` (translated),
``cost`` (monthly money of one side, or the status word where there is none),
``savings`` (money that may be negative), ``percent`` (a fraction on screen, a
percentage in exports), ``price`` (per 1M tokens of one side, display
currency), ``status`` and ``record_status`` (translated words in human-readable
exports), ``date`` (ISO text), ``currency`` (the display currency).
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("text", "vendor", "model", "tier", "cost", "savings", "percent", "price", "status",
         "record_status", "date", "currency")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name lupdate looks for)
    return text


@dataclass(frozen=True)
class Column:
    key: str  # the engine frame column it reads, and its name in CSV/JSON
    kind: str
    title: str  # header in human-readable exports (context "Columns")
    header: str = ""  # on-screen header, ``{cur}``/``{ref}`` filled in (context "Columns")
    side: str = ""  # baseline | current (cost, price and status columns)
    price: str = ""  # input | output | cached (price columns)
    quote: bool = False  # one of ``quote``'s columns (they come first in exports)
    reference_only: bool = False  # only when the comparison has a reference model
    optional: bool = False  # on screen only when the user shows it (header menu)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"column {self.key}: unknown kind {self.kind!r}")


COLUMNS: tuple[Column, ...] = (
    Column("model_id", "text", QT_TRANSLATE_NOOP("Columns", "Model id"), quote=True),
    Column("vendor", "vendor", QT_TRANSLATE_NOOP("Columns", "Vendor"),
           QT_TRANSLATE_NOOP("Columns", "Vendor"), quote=True),
    Column("model_name", "model", QT_TRANSLATE_NOOP("Columns", "Model"),
           QT_TRANSLATE_NOOP("Columns", "Model"), quote=True),
    Column("baseline_cost", "cost", QT_TRANSLATE_NOOP("Columns", "Baseline cost / month"),
           QT_TRANSLATE_NOOP("Columns", "Baseline cost\n{cur} / month"), "baseline",
           quote=True),
    Column("baseline_status", "status", QT_TRANSLATE_NOOP("Columns", "Baseline status"),
           side="baseline", quote=True),
    Column("current_cost", "cost", QT_TRANSLATE_NOOP("Columns", "Current cost / month"),
           QT_TRANSLATE_NOOP("Columns", "Current cost\n{cur} / month"), "current", quote=True),
    Column("current_status", "status", QT_TRANSLATE_NOOP("Columns", "Current status"),
           side="current", quote=True),
    Column("savings", "savings", QT_TRANSLATE_NOOP("Columns", "Savings / month"),
           QT_TRANSLATE_NOOP("Columns", "Savings\n{cur} / month"), quote=True),
    Column("savings_pct", "percent", QT_TRANSLATE_NOOP("Columns", "Savings %"),
           QT_TRANSLATE_NOOP("Columns", "Savings\n%"), quote=True),
    Column("baseline_price_date", "date",
           QT_TRANSLATE_NOOP("Columns", "Baseline price since"),
           QT_TRANSLATE_NOOP("Columns", "Baseline price\nfrom"), "baseline", quote=True),
    Column("current_price_date", "date", QT_TRANSLATE_NOOP("Columns", "Current price since"),
           QT_TRANSLATE_NOOP("Columns", "Current price\nfrom"), "current", quote=True),
    Column("off_peak_share", "text", QT_TRANSLATE_NOOP("Columns", "Off-peak share"),
           side="current", quote=True),
    Column("price_kind", "text", QT_TRANSLATE_NOOP("Columns", "List or promotion"),
           side="current", quote=True),
    Column("billed_as", "text", QT_TRANSLATE_NOOP("Columns", "Billed as"), side="current",
           quote=True),
    Column("savings_vs_reference", "savings",
           QT_TRANSLATE_NOOP("Columns", "Savings vs reference / month"),
           QT_TRANSLATE_NOOP("Columns", "vs {ref}\n{cur} / month"), quote=True,
           reference_only=True),
    Column("current_per_request", "cost",
           QT_TRANSLATE_NOOP("Columns", "Current cost / request"),
           QT_TRANSLATE_NOOP("Columns", "Current cost\n{cur} / request"), "current",
           optional=True),
    Column("current_per_year", "cost", QT_TRANSLATE_NOOP("Columns", "Current cost / year"),
           QT_TRANSLATE_NOOP("Columns", "Current cost\n{cur} / year"), "current",
           optional=True),
    # the current monthly cost by part (they add up to it): engine.pricing_parts.PARTS
    Column("current_cost_input", "cost",
           QT_TRANSLATE_NOOP("Columns", "Current cost: uncached input / month"),
           QT_TRANSLATE_NOOP("Columns", "Uncached input\n{cur} / month"), "current",
           optional=True),
    Column("current_cost_cache_read", "cost",
           QT_TRANSLATE_NOOP("Columns", "Current cost: cache reads / month"),
           QT_TRANSLATE_NOOP("Columns", "Cache reads\n{cur} / month"), "current",
           optional=True),
    Column("current_cost_cache_write", "cost",
           QT_TRANSLATE_NOOP("Columns", "Current cost: cache writes / month"),
           QT_TRANSLATE_NOOP("Columns", "Cache writes\n{cur} / month"), "current",
           optional=True),
    Column("current_cost_output", "cost",
           QT_TRANSLATE_NOOP("Columns", "Current cost: output / month"),
           QT_TRANSLATE_NOOP("Columns", "Output\n{cur} / month"), "current", optional=True),
    Column("current_cost_reasoning", "cost",
           QT_TRANSLATE_NOOP("Columns", "Current cost: reasoning / month"),
           QT_TRANSLATE_NOOP("Columns", "Reasoning\n{cur} / month"), "current",
           optional=True),
    Column("current_cost_fees", "cost",
           QT_TRANSLATE_NOOP("Columns", "Current cost: search fees / month"),
           QT_TRANSLATE_NOOP("Columns", "Search fees\n{cur} / month"), "current",
           optional=True),
    Column("currency", "currency", QT_TRANSLATE_NOOP("Columns", "Currency")),
    Column("vendor_cn", "text", QT_TRANSLATE_NOOP("Columns", "Vendor (Chinese)")),
    Column("tier", "tier", QT_TRANSLATE_NOOP("Columns", "Tier"),
           QT_TRANSLATE_NOOP("Columns", "Tier")),
    Column("baseline_input_per_mtok", "price",
           QT_TRANSLATE_NOOP("Columns", "Baseline input / 1M tokens"),
           QT_TRANSLATE_NOOP("Columns", "Baseline input\n{cur} / 1M"), "baseline", "input"),
    Column("baseline_output_per_mtok", "price",
           QT_TRANSLATE_NOOP("Columns", "Baseline output / 1M tokens"),
           QT_TRANSLATE_NOOP("Columns", "Baseline output\n{cur} / 1M"), "baseline", "output"),
    Column("current_input_per_mtok", "price",
           QT_TRANSLATE_NOOP("Columns", "Current input / 1M tokens"),
           QT_TRANSLATE_NOOP("Columns", "Current input\n{cur} / 1M"), "current", "input"),
    Column("current_output_per_mtok", "price",
           QT_TRANSLATE_NOOP("Columns", "Current output / 1M tokens"),
           QT_TRANSLATE_NOOP("Columns", "Current output\n{cur} / 1M"), "current", "output"),
    Column("current_cached_per_mtok", "price",
           QT_TRANSLATE_NOOP("Columns", "Current cached input / 1M tokens"), side="current",
           price="cached"),
    Column("current_off_peak_input_per_mtok", "price",
           QT_TRANSLATE_NOOP("Columns", "Current off-peak input / 1M tokens"), side="current",
           price="input"),
    Column("current_off_peak_output_per_mtok", "price",
           QT_TRANSLATE_NOOP("Columns", "Current off-peak output / 1M tokens"), side="current",
           price="output"),
    Column("current_schedule", "text", QT_TRANSLATE_NOOP("Columns", "Peak-hour schedule"),
           side="current"),
    Column("current_old_price", "text",
           QT_TRANSLATE_NOOP("Columns", "Current price over a year old"), side="current"),
    Column("current_variant_fallback", "text",
           QT_TRANSLATE_NOOP("Columns", "Standard prices for batch or tier"), side="current"),
    Column("current_over_context", "text",
           QT_TRANSLATE_NOOP("Columns", "A request size exceeds the context window"),
           side="current"),
    Column("baseline_record_status", "record_status",
           QT_TRANSLATE_NOOP("Columns", "Baseline price status"), side="baseline"),
    Column("current_record_status", "record_status",
           QT_TRANSLATE_NOOP("Columns", "Current price status"), side="current"),
    Column("baseline_source", "text", QT_TRANSLATE_NOOP("Columns", "Baseline price source"),
           side="baseline"),
    Column("current_source", "text", QT_TRANSLATE_NOOP("Columns", "Current price source"),
           side="current"),
)
BY_KEY: dict[str, Column] = {column.key: column for column in COLUMNS}

#: The window's table, left to right: what a budget needs first (monthly costs, the date
#: the current price took effect, savings), the baseline price's date, then prices per
#: 1M tokens and the tier.
SCREEN: tuple[str, ...] = (
    "vendor", "model_name", "baseline_cost", "current_cost", "current_price_date",
    "current_per_request", "current_per_year", "current_cost_input", "current_cost_cache_read",
    "current_cost_cache_write", "current_cost_output", "current_cost_reasoning",
    "current_cost_fees", "savings", "savings_pct", "savings_vs_reference",
    "baseline_price_date", "baseline_input_per_mtok", "baseline_output_per_mtok",
    "current_input_per_mtok", "current_output_per_mtok", "tier",
)
SCREEN_COLUMNS: tuple[Column, ...] = tuple(BY_KEY[key] for key in SCREEN)
QUOTE_COLUMNS: tuple[str, ...] = tuple(c.key for c in COLUMNS
                                       if c.quote and not c.reference_only)

# The price records behind the numbers (the XLSX "Price records" sheet, the report's
# sources table): built by :func:`calculator.reports.tables.price_records_frame`.
RECORD_COLUMNS: tuple[Column, ...] = (
    Column("model_id", "text", QT_TRANSLATE_NOOP("Columns", "Model id")),
    Column("vendor", "text", QT_TRANSLATE_NOOP("Columns", "Vendor")),
    Column("used_for", "status", QT_TRANSLATE_NOOP("Columns", "Used for")),
    Column("date_priced", "date", QT_TRANSLATE_NOOP("Columns", "Date priced")),
    Column("price_status", "status", QT_TRANSLATE_NOOP("Columns", "Price status")),
    Column("effective_from", "date", QT_TRANSLATE_NOOP("Columns", "Effective from")),
    Column("billing_currency", "text", QT_TRANSLATE_NOOP("Columns", "Billed in")),
    Column("input_per_mtok", "price", QT_TRANSLATE_NOOP("Columns", "Input / 1M tokens"),
           price="input"),
    Column("output_per_mtok", "price", QT_TRANSLATE_NOOP("Columns", "Output / 1M tokens"),
           price="output"),
    Column("cached_input_per_mtok", "price",
           QT_TRANSLATE_NOOP("Columns", "Cached input / 1M tokens"), price="cached"),
    Column("status", "record_status", QT_TRANSLATE_NOOP("Columns", "Status")),
    Column("checked", "date", QT_TRANSLATE_NOOP("Columns", "Checked")),
    Column("source", "text", QT_TRANSLATE_NOOP("Columns", "Source")),
)


def _check() -> None:
    """A misspelt key in :data:`SCREEN` fails on import, not when a table is drawn; the
    breakdown columns are the engine's cost parts."""
    from ..engine.pricing_parts import PARTS

    parts = [c.key for c in COLUMNS if c.key.startswith("current_cost_")]
    if parts != [f"current_cost_{part}" for part in PARTS]:
        raise ValueError(f"COLUMNS: cost parts {parts} are not the engine's {PARTS}")
    unknown = [key for key in SCREEN if key not in BY_KEY]
    unshown = [key for key in SCREEN if not BY_KEY.get(key, COLUMNS[0]).header]
    if unknown or unshown or len(set(SCREEN)) != len(SCREEN):
        raise ValueError(f"SCREEN: unknown {unknown}, without a header {unshown}")


_check()
