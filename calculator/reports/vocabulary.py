"""The app's states in one place, without Qt: their keys, their words and their colours.

Every view that shows a comparison status (the table, the charts, the status bar,
CSV/XLSX/HTML/PDF, ``quote``) reads it from :data:`STATUSES`, so a status reads and
looks the same everywhere and a new one (``retired``) is one entry here plus its
translation. Words are marked for Qt's translation system in one context,
``"Statuses"``, and translated when shown (:func:`status_word`). Colours are
``#RRGGBB`` strings: the window's style sheet and the report's CSS are checked
against (or generated from) :data:`PALETTE` by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name lupdate looks for)
    return text


# Every colour the app gives a meaning, by role.
PALETTE: dict[str, str] = {
    "ink": "#212529",  # text
    "ink_soft": "#343A40",  # value labels, summaries
    "muted": "#868E96",  # unknown, not offered: no number to show
    "retired": "#862E9C",  # retired: the vendor stopped selling the model
    "hint": "#6C757D",  # small explanatory text
    "free": "#2B8A3E",  # a price of 0
    "uncertain": "#B35C00",  # a price the catalog is not sure of
    "negative": "#C92A2A",  # costs more; an invalid entry
    "error_text": "#862E2E",
    "error_fill": "#FFF5F5",
    "notice_fill": "#FFF9DB",
    "notice_border": "#F0C36D",
}

STATUS_CONTEXT = "Statuses"


@dataclass(frozen=True)
class Status:
    """One comparison status (``Comparison`` ``*_status`` columns)."""

    key: str  # as the engine writes it
    word: str  # marked for translation in STATUS_CONTEXT
    color: str  # PALETTE role of its text in tables, charts and reports
    has_cost: bool  # a number to show (priced, free = 0) or none (unknown, not offered)
    css: str  # the report's table-cell class
    count: str  # "{n} priced" in the status bar (STATUS_CONTEXT)
    explanation: str = ""  # tooltip; may use {date} and {launched} (STATUS_CONTEXT)


STATUSES: tuple[Status, ...] = (
    Status("priced", QT_TRANSLATE_NOOP("Statuses", "priced"), "ink", True, "num",
           QT_TRANSLATE_NOOP("Statuses", "{n} priced")),
    Status("free", QT_TRANSLATE_NOOP("Statuses", "free"), "free", True, "free",
           QT_TRANSLATE_NOOP("Statuses", "{n} free"),
           QT_TRANSLATE_NOOP("Statuses", "Free: the vendor charges 0 for this model on {date}.")),
    Status("unknown", QT_TRANSLATE_NOOP("Statuses", "unknown"), "muted", False, "missing",
           QT_TRANSLATE_NOOP("Statuses", "{n} unknown"),
           QT_TRANSLATE_NOOP("Statuses", "Unknown: no published price was found for {date}; "
                                         "it is left out rather than counted as 0.")),
    Status("not_offered", QT_TRANSLATE_NOOP("Statuses", "not offered"), "muted", False,
           "missing", QT_TRANSLATE_NOOP("Statuses", "{n} not offered"),
           QT_TRANSLATE_NOOP("Statuses", "Not offered on {date}: first price record "
                                         "{launched}.")),
    Status("retired", QT_TRANSLATE_NOOP("Statuses", "retired"), "retired", False, "retired",
           QT_TRANSLATE_NOOP("Statuses", "{n} retired"),
           QT_TRANSLATE_NOOP("Statuses", "Retired: the vendor no longer sells this model on "
                                         "{date}.")),
)
STATUS: dict[str, Status] = {status.key: status for status in STATUSES}

# How sure the catalog is of a price record (``*_record_status``, ``status``).
RECORD_STATUSES: dict[str, str] = {
    "confirmed": QT_TRANSLATE_NOOP("Statuses", "confirmed"),
    "uncertain": QT_TRANSLATE_NOOP("Statuses", "uncertain"),
}
RECORD_COLORS: dict[str, str] = {"confirmed": "ink", "uncertain": "uncertain"}
# Which date a price record was used for (``used_for``).
SIDES: dict[str, str] = {
    "baseline": QT_TRANSLATE_NOOP("Statuses", "baseline"),
    "current": QT_TRANSLATE_NOOP("Statuses", "current"),
}
# Marks an uncertain price in text, so grey-scale prints and colour-blind readers see it.
UNCERTAIN_MARK = "≈"
# Marks a model whose context window is smaller than a request size of the mix.
OVER_CONTEXT_MARK = "⚠"

#: The parts a cost splits into (``calculator.engine.pricing_parts.PARTS``, same order):
#: their words (context "Parts") and chart colours.
PART_WORDS: dict[str, str] = {
    "input": QT_TRANSLATE_NOOP("Parts", "uncached input"),
    "cache_read": QT_TRANSLATE_NOOP("Parts", "cache reads"),
    "cache_write": QT_TRANSLATE_NOOP("Parts", "cache writes"),
    "output": QT_TRANSLATE_NOOP("Parts", "output"),
    "reasoning": QT_TRANSLATE_NOOP("Parts", "reasoning"),
    "fees": QT_TRANSLATE_NOOP("Parts", "search fees"),
}
PART_COLORS: dict[str, str] = {
    "input": "#4C6EF5", "cache_read": "#91A7FF", "cache_write": "#15AABF",
    "output": "#F76707", "reasoning": "#FFA94D", "fees": "#AE3EC9",
}


def _check_parts() -> None:
    from ..engine.pricing_parts import PARTS

    if tuple(PART_WORDS) != PARTS or tuple(PART_COLORS) != PARTS:
        raise ValueError(f"vocabulary: cost parts {tuple(PART_WORDS)} are not the engine's "
                         f"{PARTS}")


_check_parts()


def part_word(key: str) -> str:
    """A cost part (``cache_write``) in the interface language."""
    return translate("Parts", PART_WORDS[key])


def status_word(key: str) -> str:
    """A comparison status, record status or side in the interface language."""
    for words in (STATUS, RECORD_STATUSES, SIDES):
        if key in words:
            entry = words[key]
            return translate(STATUS_CONTEXT, entry.word if isinstance(entry, Status) else entry)
    return key


def status_words() -> dict[str, str]:
    """Every key :func:`status_word` knows, translated (for mapping whole columns)."""
    return {key: status_word(key) for key in (*STATUS, *RECORD_STATUSES, *SIDES)}


def has_cost(key: str) -> bool:
    """True for statuses that come with a number (priced, free)."""
    status = STATUS.get(key)
    return status is not None and status.has_cost


def missing(key: str) -> bool:
    """True for statuses without a number (unknown, not offered...)."""
    status = STATUS.get(key)
    return status is not None and not status.has_cost


def status_color(key: str) -> str:
    """``#RRGGBB`` of a comparison status's text."""
    return PALETTE[STATUS[key].color]


def status_explanation(key: str, **values: object) -> str:
    status = STATUS.get(key)
    if status is None or not status.explanation:
        return ""
    return translate(STATUS_CONTEXT, status.explanation).format(**values)


def status_counts_text(counts: dict[str, int]) -> str:
    """``10 priced, 1 free, 3 unknown, 2 not offered, 0 retired`` in the interface
    language."""
    return translate("Statuses", ", ").join(
        translate(STATUS_CONTEXT, status.count).format(n=counts.get(status.key, 0))
        for status in STATUSES)


def status_css(selector: str = "td") -> str:
    """The report's CSS rules for status cells, from the statuses' colours."""
    rules: dict[str, str] = {}
    for status in STATUSES:
        style = f"color: {PALETTE[status.color]};"
        if not status.has_cost:
            style += " font-style: italic;"
        rules.setdefault(status.css, f"{selector}.{status.css} {{ {style} text-align: right; }}")
    rules["neg"] = f"{selector}.neg {{ color: {PALETTE['negative']}; text-align: right; }}"
    rules["uncertain"] = f"{selector}.uncertain {{ color: {PALETTE['uncertain']}; }}"
    return "\n".join(rules.values()) + "\n"
