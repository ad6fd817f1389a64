"""Language hook for report text, without Qt.

Report builders call ``translate("Reports", "text")`` with literal strings, so
``pyside6-lupdate`` collects them into the app's ``.ts`` files; the window and the
``export`` command install Qt's translator with :func:`set_translator` and the
language with :func:`set_language`. Without them, text stays English.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language = "en"


def set_translator(translator: Translator | None) -> None:
    global _translator
    _translator = translator or _identity


def set_language(language: str) -> None:
    """The language reports are written in ("en" or "zh_CN"): dates and number units."""
    global _language
    _language = language


def language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def note_text(note) -> str:
    """An engine :class:`~calculator.engine.notes.Note` in the current language."""
    from ..engine.notes import TEMPLATES

    return note.render(translate("Notes", TEMPLATES[note.key]))
