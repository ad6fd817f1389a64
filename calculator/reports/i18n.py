"""Translation hook for report text, without Qt.

Report builders call ``translate("Reports", "text")`` with literal strings, so
``pyside6-lupdate`` collects them into the app's ``.ts`` files; the window and the
``export`` command install Qt's translator with :func:`set_translator`. Without it,
text stays English. The language of dates and number units is not kept here: it is
passed explicitly as a :class:`~calculator.reports.locale.Locale`.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def note_text(note) -> str:
    """An engine :class:`~calculator.engine.notes.Note` in the current language."""
    from ..engine.notes import TEMPLATES

    return note.render(translate("Notes", TEMPLATES[note.key]),
                       lambda word: translate("Notes", word))
