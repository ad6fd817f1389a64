"""The one number parser: every number a user types or a file holds goes through here.

:func:`parse_amount` reads token and request counts (``1,200,000``, ``1.2e6``, ``1.2M``,
``800k``, ``3000万``, ``12亿``); :func:`parse_number` reads any other number (prices,
rates, shares) with the same rules and no units. The command line, the window's fields
and every file format use them, so a value means the same number everywhere.

The one rule for separators:

* Each place has one **decimal separator**: ``.`` in files, JSON and on the command line;
  in the window's fields the locale's (``decimal=QLocale().decimalPoint()``).
* The other of ``,`` and ``.``, a space (also no-break and thin spaces) and ``_`` are
  **thousands separators**, accepted only between groups of exactly three digits after a
  first group of 1-3 digits that does not start with 0 (``1,200,000``; ``1 200``).
  Prices and rates (``grouping=False``) take none at all.
* Anything else is refused with a message, never guessed: ``0,28`` or ``1,2`` where ``.``
  is the decimal separator, ``1.000,5``, ``1,2345``. In a field whose decimal separator is
  ``,`` a lone ``.`` is read as a decimal point unless exactly three digits follow it
  (``1.000`` could be 1 or 1000: refused as ambiguous).
* Digits of any script are read by their decimal value (full-width ``１２``, Arabic-Indic);
  other characters that merely look like digits (superscripts ``10⁶``, fractions ``½``,
  circled ``①``) are refused: no character is ever dropped or folded into another number.
* The result is finite and within ``minimum``/``maximum``.
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
    "too_small": QT_TRANSLATE_NOOP("Amounts", "{text} is too small (at least {limit})"),
    "decimal": QT_TRANSLATE_NOOP("Amounts", "{text}: write decimals with “{sep}” "
                                            "(for example {example})"),
    "no_grouping": QT_TRANSLATE_NOOP("Amounts", "{text}: write the number without thousands "
                                                "separators, decimals with “{sep}”"),
    "ambiguous": QT_TRANSLATE_NOOP("Amounts", "{text} is ambiguous: write {one} or {other}"),
    "character": QT_TRANSLATE_NOOP("Amounts", "{char} in {text} is not a digit, separator or "
                                              "unit"),
    "size_pair": QT_TRANSLATE_NOOP("Amounts", "{text} is not SIZE:SHARE (e.g. 8k:60%)"),
    "size_shares": QT_TRANSLATE_NOOP("Amounts", "the shares add up to {total}, not 100%"),
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

#: Largest price per 1M tokens (or per 1,000 calls) any file or field may give.
MAX_PRICE = 1e6
#: Characters read as a space (a thousands separator or padding).
SPACES = frozenset(" \u00a0\u2007\u2009\u202f\u3000")
_GROUP_CHARS = ",. _"
_SHAPE = re.compile(r"^(?P<sign>[+-]?)(?P<body>[0-9][0-9., _]*|[.,][0-9][0-9., _]*)"
                    r"(?P<exp>[eE][+-]?[0-9]+)?(?P<suffix>[ ]*[A-Za-z\u4e00-\u9fff]*)$")


def parse_amount(text: str | float | int, *, what: str = "amount",
                 maximum: float | None = None, decimal: str = ".") -> float:
    """Return the non-negative amount ``text`` stands for (units such as ``k`` or ``万``).

    Raises :class:`AmountError` with a message naming ``what`` and the text when
    the text is empty, malformed, negative, not finite, above ``maximum`` (when
    given), or has an unknown unit.
    """
    return parse_number(text, what=what, maximum=maximum, decimal=decimal, units=True)


def parse_number(text: str | float | int, *, what: str = "number", decimal: str = ".",
                 units: bool = False, grouping: bool = True, minimum: float | None = 0.0,
                 maximum: float | None = None) -> float:
    """The number ``text`` stands for, by the module's one rule (see above)."""
    if isinstance(text, bool):
        raise _error(what, "type", text=repr(text))
    if isinstance(text, (int, float)):
        try:
            value = float(text)
        except OverflowError:
            value = math.inf
        return _check(value, what, repr(text), minimum, maximum)
    raw = str(text)
    shown = repr(raw)
    cleaned = _fold(raw, what).strip(" ")
    if not cleaned:
        raise _error(what, "empty")
    match = _SHAPE.match(cleaned)
    if not match:
        raise _error(what, "not_a_number", text=shown)
    suffix = match.group("suffix").strip(" ")
    key = suffix.lower() if suffix.isascii() else suffix
    if suffix and not units:
        raise _error(what, "not_a_number", text=shown)
    if key not in SUFFIXES:
        raise _error(what, "unit", unit=repr(suffix), text=shown)
    number = _plain_number(match.group("body").rstrip(" "), decimal, grouping, what, shown)
    try:
        value = float(match.group("sign") + number + (match.group("exp") or ""))
    except (ValueError, OverflowError):
        raise _error(what, "not_a_number", text=shown) from None
    return _check(value * SUFFIXES[key], what, shown, minimum, maximum)


def _fold(raw: str, what: str) -> str:
    """ASCII digits and separators for the digits and forms of other scripts; anything
    that only looks like a digit is refused."""
    out = []
    for ch in raw:
        if ch < "\x80":
            out.append(ch)
            continue
        digit = unicodedata.decimal(ch, None)
        if digit is not None:
            out.append(chr(48 + digit))
        elif "\uff01" <= ch <= "\uff5e":  # full-width ASCII forms: ，．＋ｋ
            out.append(chr(ord(ch) - 0xFEE0))
        elif ch in SPACES:
            out.append(" ")
        elif "\u4e00" <= ch <= "\u9fff":  # Chinese units (万, 亿); checked as a unit later
            out.append(ch)
        else:
            raise _error(what, "character", char=repr(ch), text=repr(raw))
    return "".join(out)


def _plain_number(body: str, decimal: str, grouping: bool, what: str, shown: str) -> str:
    """``body`` (digits and separators) as plain ``123.45`` text, or an error."""
    other = "," if decimal == "." else "."
    if decimal == "," and "," not in body and body.count(".") == 1 and " " not in body \
            and "_" not in body:
        whole, frac = body.split(".")
        if len(frac) != 3 or not _is_group_start(whole):
            return f"{whole}.{frac}"  # a lone point that cannot be a thousands separator
        raise _error(what, "ambiguous", text=shown, one=whole + frac,
                     other=f"{whole},{frac.rstrip('0') or '0'}")
    whole, _, frac = body.partition(decimal)
    if decimal in frac:
        raise _error(what, "not_a_number", text=shown)
    if any(c in frac for c in _GROUP_CHARS):
        raise _error(what, "decimal", text=shown, sep=decimal, example=_swap(body, decimal))
    separators = {c for c in whole if c in _GROUP_CHARS}
    if separators:
        # "0,28" where "." is the decimal separator: a decimal written the other way
        other_decimal = separators == {other} and whole.count(other) == 1 and not frac
        (sep,) = separators if len(separators) == 1 else (None,)
        groups = whole.split(sep) if sep else []
        grouped = sep and _is_group_start(groups[0]) and all(len(g) == 3 and g.isdigit()
                                                             for g in groups[1:])
        if other_decimal and not grouped:
            raise _error(what, "decimal", text=shown, sep=decimal, example=_swap(body, decimal))
        if not grouping:
            raise _error(what, "no_grouping", text=shown, sep=decimal)
        if not grouped:
            raise _error(what, "separators", text=shown)
        whole = "".join(groups)
    if not (whole + frac).isdigit():
        raise _error(what, "not_a_number", text=shown)
    return f"{whole or '0'}.{frac}" if frac else whole


def _is_group_start(text: str) -> bool:
    return 1 <= len(text) <= 3 and text.isdigit() and text[0] != "0"


def _swap(body: str, decimal: str) -> str:
    """``0,28`` -> ``0.28``: the example in a "write decimals with" message."""
    other = "," if decimal == "." else "."
    return body.replace(decimal, "\0").replace(other, decimal).replace("\0", "")


def _check(value: float, what: str, shown: str, minimum: float | None = 0.0,
           maximum: float | None = None) -> float:
    if not math.isfinite(value):
        raise _error(what, "not_finite", text=shown)
    if minimum == 0.0 and value < 0:
        raise _error(what, "negative", text=shown)
    if minimum is not None and value < minimum:
        raise _error(what, "too_small", text=shown, limit=f"{minimum:g}")
    if maximum is not None and value > maximum:
        raise _error(what, "too_large", text=shown, limit=f"{maximum:,.0f}" if maximum >= 1000
                     else f"{maximum:g}")
    return value + 0.0  # normalise -0.0


def parse_share(text: str, *, what: str = "share", decimal: str = ".") -> float:
    """``0.3`` or ``30%``: a share from 0 to 1."""
    body = text.strip(" ")
    percent = body.endswith("%")
    number = parse_number(body[:-1] if percent else body, what=what, decimal=decimal,
                          grouping=False, maximum=100 if percent else 1)
    return number / 100 if percent else number


def parse_request_sizes(text: str, *, what: str = "request sizes", decimal: str = ".",
                        maximum: float | None = None) -> tuple[tuple[float, float], ...]:
    """``8k:0.6, 64k:0.3, 200k:0.1`` (or ``8k:60%; 64k:30%; 200k:10%``): input tokens per
    request and the share of requests at that size; the shares add up to 1. Pairs are
    separated by ``;``, else by ``,`` (write ``;`` where ``,`` is the decimal separator),
    else by spaces. Empty text is no mix."""
    body = text.strip()
    if not body:
        return ()
    if ";" in body:
        parts = body.split(";")
    elif "," in body and decimal != ",":
        parts = body.split(",")
    else:
        parts = body.split()
    out = []
    for raw in (p.strip() for p in parts):
        size, sep, share = raw.partition(":")
        if not sep:
            size, sep, share = raw.partition("：")  # full-width colon
        if not sep or not size.strip() or not share.strip():
            raise _error(what, "size_pair", text=repr(raw))
        out.append((parse_number(size, what=what, decimal=decimal, units=True,
                                 maximum=maximum),
                    parse_share(share, what=what, decimal=decimal)))
    total = sum(share for _, share in out)
    if abs(total - 1) > 1e-6:
        raise _error(what, "size_shares", total=f"{total * 100:g}%")
    return tuple(out)


def format_request_sizes(sizes: tuple[tuple[float, float], ...]) -> str:
    """The text :func:`parse_request_sizes` reads back: ``8k:60%, 64k:30%, 200k:10%``."""
    return ", ".join(f"{_compact(size)}:{share * 100:g}%" for size, share in sizes)


def _compact(value: float) -> str:
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if value >= size and (value / size) == round(value / size, 3):
            return f"{value / size:g}{suffix}"
    return f"{value:g}"
