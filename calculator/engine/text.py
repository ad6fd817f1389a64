"""The one text sanitiser: for text that comes in (files, forms) and text that goes out
(CSV, TSV, XLSX cells, the clipboard).

* :func:`clean_text` at input: control characters and lone surrogates (which no UTF-8
  file can hold, and which XML refuses) become U+FFFD, so the user sees that something
  was there; in one-line text a tab or line break becomes a space, multi-line text
  (notes) keeps its lines.
* :func:`spreadsheet_cell` at output: every text cell of a CSV, TSV or XLSX file and of
  the clipboard goes through it. It cleans the text and neutralises formulas: a cell
  that a spreadsheet would run (``=HYPERLINK(...)``, ``=cmd|...``, ``@SUM(...)``,
  ``+1+1``, a leading tab or carriage return, also after leading spaces and in the
  full-width forms ``＝ ＋ － ＠``) gets a leading apostrophe, which spreadsheets show
  as text and do not display. Numbers are written as numbers, never through here.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
#: C0 and C1 controls except tab/line feed/carriage return, DEL, surrogates, and the two
#: non-characters XML refuses.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_SURROGATES = re.compile("[\ud800-\udfff]")

#: A spreadsheet runs a cell that starts with one of these (after optional spaces).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def clean_text(text: str, *, keep_lines: bool = False) -> str:
    """``text`` without control characters or lone surrogates (see the module doc)."""
    if keep_lines:
        text = _LINE_BREAKS.sub("\n", text)
        return _UNSAFE.sub(REPLACEMENT, text)
    text = text.replace("\r\n", " ").translate(_ONE_LINE)
    return _UNSAFE.sub(REPLACEMENT, text)


_ONE_LINE = {ord("\t"): " ", ord("\n"): " ", ord("\r"): " ", 0x85: " ", 0x2028: " ",
             0x2029: " "}


def is_clean(text: str, *, keep_lines: bool = False) -> bool:
    return clean_text(text, keep_lines=keep_lines) == text


def replace_surrogates(text: str) -> str:
    """Only the lone surrogates replaced (text that cannot be encoded as UTF-8)."""
    return _SURROGATES.sub(REPLACEMENT, text)


def is_formula(text: str) -> bool:
    """Whether a spreadsheet could run ``text`` as a formula (or a DDE command)."""
    return text.startswith(FORMULA_START) or text.lstrip(" \u3000").startswith(FORMULA_START)


def spreadsheet_cell(value: object) -> object:
    """A CSV/TSV/XLSX/clipboard cell: text cleaned and formulas neutralised; other values
    (numbers, dates, None) are returned unchanged."""
    if not isinstance(value, str):
        return value
    text = clean_text(value, keep_lines=True)
    return "'" + text if is_formula(text) else text
