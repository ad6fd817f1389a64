"""Holiday calendars from a maintained library (``holidays``), as the engine asks for them.

A vendor schedule with ``holiday_calendar = CN`` bills mainland China's statutory
holidays off-peak all day and counts the make-up working days (调休) as working
days. The dates come from the ``holidays`` package (``holidays.China``: its
holidays and its ``weekend_workdays``), never from a hand-typed list.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache

from ..engine.traffic import HOLIDAY, ORDINARY, WORKDAY, DayCalendar

#: Calendar names a schedule may give, and the ``holidays`` country each stands for.
COUNTRIES: dict[str, str] = {"CN": "CN"}


class CountryCalendar:
    """One country's public holidays and make-up working days, year by year."""

    def __init__(self, name: str, country: str):
        self.name = name
        self.country = country

    @lru_cache(maxsize=32)  # noqa: B019 (a few calendars live for the whole run)
    def _year(self, year: int):
        import holidays

        return holidays.country_holidays(self.country, years=year)

    def kind(self, day: dt.date) -> str:
        table = self._year(day.year)
        if day in table:
            return HOLIDAY
        if day in getattr(table, "weekend_workdays", ()):
            return WORKDAY
        return ORDINARY

    def __repr__(self) -> str:
        return f"CountryCalendar({self.name!r})"


@cache
def calendar(name: str) -> DayCalendar:
    """The calendar ``name`` (``CN``); the same object on every call."""
    if name not in COUNTRIES:
        raise KeyError(name)
    return CountryCalendar(name, COUNTRIES[name])


def all_calendars() -> tuple[DayCalendar, ...]:
    """Every calendar a schedule may name."""
    return tuple(calendar(name) for name in COUNTRIES)
