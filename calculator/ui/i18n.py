"""Translation helpers: fixed contexts so ``pyside6-lupdate`` finds every string.

Widgets set their texts in ``retranslate_ui()`` with ``translate(CONTEXT, text)``
and call it again on ``QEvent.LanguageChange``. Strings kept in tables are marked
with ``QT_TRANSLATE_NOOP(CONTEXT, text)`` and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication  # noqa: F401 (re-export)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


#: Product tiers used in the catalog, translated when shown (context "Tiers").
TIER_NAMES = (
    QT_TRANSLATE_NOOP("Tiers", "flagship"), QT_TRANSLATE_NOOP("Tiers", "mid"),
    QT_TRANSLATE_NOOP("Tiers", "lite"), QT_TRANSLATE_NOOP("Tiers", "long-context"),
    QT_TRANSLATE_NOOP("Tiers", "open-weights"), QT_TRANSLATE_NOOP("Tiers", "code"),
    QT_TRANSLATE_NOOP("Tiers", "reasoning"), QT_TRANSLATE_NOOP("Tiers", "legacy"),
    QT_TRANSLATE_NOOP("Tiers", "chat"),
)
