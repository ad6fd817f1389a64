"""Human column labels and status words for exported tables, translatable.

The lists live in :mod:`calculator.reports.columns` and
:mod:`calculator.reports.vocabulary`; these functions translate them.
"""

from __future__ import annotations

from .columns import COLUMNS, RECORD_COLUMNS
from .i18n import translate
from .vocabulary import status_words

__all__ = ["column_labels", "status_words", "tier_word"]


def column_labels() -> dict[str, str]:
    """Export column key -> header in the interface language."""
    return {column.key: translate("Columns", column.title)
            for column in (*RECORD_COLUMNS, *COLUMNS)}


def tier_word(tier: object) -> object:
    """A catalog tier (``flagship``, ``lite``...) in the report language; other values as
    they are. The names are marked for translation in ``calculator/ui/i18n.py``."""
    return translate("Tiers", tier) if isinstance(tier, str) and tier else tier
