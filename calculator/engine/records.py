"""The price record's schema: which columns a catalog record has and what they may hold.

The engine prices records with these columns; :mod:`calculator.formats` reads
and writes them as CSV. Keeping the schema here lets both agree without the
engine knowing about files.
"""

from __future__ import annotations

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
CURRENCIES: frozenset[str] = frozenset({"CNY", "USD"})
#: A record's own status: how sure we are of its numbers.
STATUSES: frozenset[str] = frozenset({"confirmed", "uncertain"})
#: Values that must not be empty.
REQUIRED_VALUES: tuple[str, ...] = (
    "model_id", "vendor", "model_name", "effective_from", "currency", "status", "source", "checked",
)
