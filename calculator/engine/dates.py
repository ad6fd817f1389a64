"""The one date rule: every date a user types or a file holds is ``YYYY-MM-DD`` between
:data:`MIN_DATE` and :data:`MAX_DATE`, or refused in one line.

The range keeps every date far inside what pandas' nanosecond timestamps can hold
(they end on 2262-04-11; dates beyond crash or overflow deep inside pandas), and a
year before 1000 is never written as ``999-01-01``. LLM prices start long after 1990.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from .errors import DateError

MIN_DATE = dt.date(1990, 1, 1)
MAX_DATE = dt.date(2200, 12, 31)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)


def range_text() -> str:
    return f"{MIN_DATE.isoformat()} to {MAX_DATE.isoformat()}"


def parse_date(text: object, what: str = "date") -> dt.date:
    """``text`` as a date within the range; :class:`DateError` names ``what`` and the text."""
    if isinstance(text, dt.datetime):
        return check_date(text.date(), what)
    if isinstance(text, dt.date):
        return check_date(text, what)
    if not isinstance(text, str) or not _ISO.match(text.strip()):
        raise DateError(f"{what}: {_shown(text)} is not a date written YYYY-MM-DD")
    try:
        value = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DateError(f"{what}: {_shown(text)} is not a date in the calendar") from None
    return check_date(value, what)


def check_date(value: dt.date, what: str = "date") -> dt.date:
    """``value`` if it lies within the range, else :class:`DateError`."""
    if not MIN_DATE <= value <= MAX_DATE:
        raise DateError(f"{what}: {value.isoformat()} is outside the dates this app handles "
                        f"({range_text()})")
    return value


def parse_date_column(text: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """A column of date cells (files): ``(dates, malformed, outside)``.

    ``dates`` holds the dates within the range (NaT elsewhere, also for empty cells),
    ``malformed`` marks non-empty cells that are not ``YYYY-MM-DD`` dates, ``outside``
    real dates outside the range.
    """
    iso = text.str.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    # ISO text compares like the dates; out-of-range years never reach pandas
    outside = iso & ((text < MIN_DATE.isoformat()) | (text > MAX_DATE.isoformat()))
    parsed = pd.to_datetime(text.where(iso & ~outside, None), format="%Y-%m-%d",
                            errors="coerce")
    malformed = text.ne("") & ~outside & parsed.isna()
    return parsed.astype("datetime64[s]"), malformed, outside


def in_range(value: dt.date) -> bool:
    return MIN_DATE <= value <= MAX_DATE


def _shown(text: object) -> str:
    shown = repr(text)
    return shown if len(shown) <= 40 else shown[:37] + "..."
