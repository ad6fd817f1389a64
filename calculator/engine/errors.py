"""Errors the engine raises. Each carries a message meant for the user."""

from __future__ import annotations


class EngineError(ValueError):
    """Base class: bad input the user can fix. ``str(err)`` is the user message."""


class CatalogError(EngineError):
    """A price catalog file is unreadable or invalid.

    ``problems`` lists every problem found (first ones first); ``str()`` names the
    first problems with file, row, column and value.
    """

    MAX_LISTED = 5

    def __init__(self, problems: list[str] | str):
        if isinstance(problems, str):
            problems = [problems]
        self.problems: list[str] = list(problems)
        shown = self.problems[: self.MAX_LISTED]
        text = "; ".join(shown)
        more = len(self.problems) - len(shown)
        if more > 0:
            text += f"; and {more} more problem{'s' if more > 1 else ''}"
        super().__init__(text)


class WorkloadError(EngineError):
    """A workload value is out of range (negative tokens, cached share above 1...).

    ``key`` is ``"too_large"`` when a value (often a product of several inputs) is
    above the largest the engine prices.
    """

    key: str = ""


class AmountError(EngineError):
    """A token or request amount could not be parsed.

    ``key`` and ``values`` name the reason (``amounts.REASONS``) for translation.
    """

    key: str = ""
    values: dict[str, str] = {}


class DateError(EngineError):
    """A date is not written YYYY-MM-DD or lies outside the dates the app handles."""


class LookupDateError(EngineError):
    """A date is malformed or earlier than every record in the catalog."""


class UnknownModelError(EngineError):
    """A model id is not in the catalog."""
