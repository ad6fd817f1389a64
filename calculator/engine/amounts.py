"""Parse the amounts users type: ``1,200,000``, ``1.2e6``, ``1.2M``, ``800k``, ``3000万``, ``12亿``.

The same grammar serves the command line and the window, so a value typed in
either place means the same number.
"""

from __future__ import annotations

import math
import re
import unicodedata

from .errors import AmountError
from .notes import QT_TRANSLATE_NOOP

#: Why an amount was refused; ``AmountError.key`` names one, ``.values`` fills it in.
#: Front ends translate these (context "Amounts") instead of the English message.
REASONS: dict[str, str] = {
    "type": QT_TRANSLATE_NOOP("Amounts", "expected a number, got {text}"),
    "empty": QT_TRANSLATE_NOOP("Amounts", "empty; enter a number such as 800k, 1.2M or 3000万"),
    "separators": QT_TRANSLATE_NOOP("Amounts", "{text} has misplaced thousands separators"),
    "not_a_number": QT_TRANSLATE_NOOP(
        "Amounts", "{text} is not a number (examples: 1200000, 1.2e6, 800k, 1.5M, 3000万, 12亿)"),
    "unit": QT_TRANSLATE_NOOP("Amounts", "unknown unit {unit} in {text} (use k, M, B, 千, 万, "
                                         "百万, 亿)"),
    "not_finite": QT_TRANSLATE_NOOP("Amounts", "{text} is not a finite number"),
    "negative": QT_TRANSLATE_NOOP("Amounts", "{text} must not be negative"),
    "too_large": QT_TRANSLATE_NOOP("Amounts", "{text} is too large (at most {limit})"),
}


def _error(what: str, key: str, **values: str) -> AmountError:
    error = AmountError(f"{what}: {REASONS[key].format(**values)}")
    error.key, error.values = key, values
    return error

#: Multipliers by suffix; keys are compared case-insensitively for Latin suffixes.
SUFFIXES: dict[str, float] = {
    "": 1.0,
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "trillion": 1e12,
    "千": 1e3,
    "万": 1e4,
    "十万": 1e5,
    "百万": 1e6,
    "千万": 1e7,
    "亿": 1e8,
    "十亿": 1e9,
    "百亿": 1e10,
    "千亿": 1e11,
    "万亿": 1e12,
}

_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
_PATTERN = re.compile(rf"^(?P<number>{_NUMBER})\s*(?P<suffix>[A-Za-z\u4e00-\u9fff]*)$")
# A thousands separator is only valid between groups of exactly three digits.
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?![\d,])")


def parse_amount(text: str | float | int, *, what: str = "amount",
                 maximum: float | None = None) -> float:
    """Return the non-negative number ``text`` stands for.

    Raises :class:`AmountError` with a message naming ``what`` and the text when
    the text is empty, malformed, negative, not finite, above ``maximum`` (when
    given), or has an unknown suffix.
    """
    if isinstance(text, bool):
        raise _error(what, "type", text=repr(text))
    if isinstance(text, (int, float)):
        value = float(text)
        return _check(value, what, repr(text), maximum)
    raw = str(text)
    # NFKC folds full-width digits and punctuation (１２３，４５６) to ASCII.
    cleaned = unicodedata.normalize("NFKC", raw).strip().replace("_", "").replace(" ", "")
    if not cleaned:
        raise _error(what, "empty")
    if "," in cleaned:
        grouped = _GROUPED.match(cleaned)
        if not grouped or "," in cleaned[grouped.end():]:
            raise _error(what, "separators", text=repr(raw))
        cleaned = cleaned.replace(",", "")
    match = _PATTERN.match(cleaned)
    if not match:
        raise _error(what, "not_a_number", text=repr(raw))
    suffix = match.group("suffix")
    key = suffix.lower() if suffix.isascii() else suffix
    if key not in SUFFIXES:
        raise _error(what, "unit", unit=repr(suffix), text=repr(raw))
    value = float(match.group("number")) * SUFFIXES[key]
    return _check(value, what, repr(raw), maximum)


def _check(value: float, what: str, shown: str, maximum: float | None = None) -> float:
    if not math.isfinite(value):
        raise _error(what, "not_finite", text=shown)
    if value < 0:
        raise _error(what, "negative", text=shown)
    if maximum is not None and value > maximum:
        raise _error(what, "too_large", text=shown, limit=f"{maximum:,.0f}")
    return value + 0.0  # normalise -0.0
