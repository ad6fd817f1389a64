"""Interface language: Qt translators for the app's and Qt's own strings.

Filled in by the Chinese-interface work; for now English is the only language and
report text is routed through Qt's translation system so it can follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..reports.i18n import set_translator


def install_language(language: str = "en") -> str:
    """Install translators for ``language`` ("en" or "zh_CN"); return the language used."""
    set_translator(QCoreApplication.translate)
    return "en" if language not in ("en", "zh_CN") else language
