"""When traffic happens, and which share of it a vendor bills at off-peak rates.

A :class:`Traffic` is a weekly profile (168 hourly weights, Monday 00:00 to
Sunday 23:00) in the user's time zone. Spread over a real month, each minute of
traffic is moved onto the vendor's clock and checked against the vendor's
schedule: its peak weekdays and hours, and, for a schedule with a holiday
calendar, that month's statutory holidays (off-peak all day) and make-up
working days (worked, so peak hours apply). Calendars come from a maintained
library through :class:`DayCalendar` objects (``calculator.calendars``); the
engine only asks them about days.
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

import numpy as np
import pandas as pd

from .errors import EngineError
from .schedules import Schedule

HOURS_PER_WEEK = 7 * 24
HOLIDAY, WORKDAY, ORDINARY = "holiday", "workday", ""


class DayCalendar(Protocol):
    """A holiday calendar: what kind of day a date is (``HOLIDAY``: statutory day off,
    ``WORKDAY``: a make-up working day on a weekend, ``ORDINARY``: the weekday rule)."""

    name: str

    def kind(self, day: dt.date) -> str: ...


def _profile(hours: dict[int, range] | None = None, days: range = range(7)) -> tuple[float, ...]:
    weights = np.zeros(HOURS_PER_WEEK) if hours else np.ones(HOURS_PER_WEEK)
    for day in days:
        for hour in (hours or {}).get(day, ()):
            weights[day * 24 + hour] = 1.0
    return tuple(weights.tolist())


#: Named weekly profiles (the window's traffic editor offers them as presets).
PROFILES: dict[str, tuple[float, ...]] = {
    "flat": _profile(),
    "business": _profile({d: range(9, 18) for d in range(5)}),
    "evenings": _profile({d: range(18, 24) for d in range(7)}),
    "overnight": _profile({d: range(0, 6) for d in range(7)}),
}


@dataclass(frozen=True)
class Traffic:
    """A weekly traffic profile in ``timezone`` (IANA name or a fixed ``dt.timezone``),
    spread over ``month`` ((year, month); None: the month of the date priced)."""

    weights: tuple[float, ...] = PROFILES["flat"]
    timezone: str | dt.tzinfo = "UTC"
    month: tuple[int, int] | None = None
    calendars: tuple[DayCalendar, ...] = field(default=(), compare=True)
    name: str = "flat"

    def __post_init__(self) -> None:
        weights = self.weights
        if len(weights) != HOURS_PER_WEEK:
            raise EngineError(f"a traffic profile has {HOURS_PER_WEEK} hourly weights "
                              f"(Monday 00:00 to Sunday 23:00), got {len(weights)}")
        array = np.asarray(weights, dtype=float)
        if not np.isfinite(array).all() or (array < 0).any():
            raise EngineError("traffic weights must be finite numbers, 0 or more")
        if array.sum() <= 0:
            raise EngineError("a traffic profile needs some traffic (every weight is 0)")
        if self.month is not None and not 1 <= self.month[1] <= 12:
            raise EngineError(f"month must be 1 to 12, got {self.month[1]}")

    def calendar(self, name: str) -> DayCalendar | None:
        return next((c for c in self.calendars if c.name == name), None)

    def off_peak_share(self, schedule: Schedule, date: dt.date | None = None) -> float:
        """Share of this traffic billed off-peak under ``schedule`` in the month."""
        year, month = self.month or ((date.year, date.month) if date else (2026, 1))
        return _share(self, schedule, year, month)


@lru_cache(maxsize=256)
def _share(traffic: Traffic, schedule: Schedule, year: int, month: int) -> float:
    wall = _month_minutes(traffic.timezone, year, month)[1]
    day, minute_of_day = _day_and_minute(wall)
    weights = np.asarray(traffic.weights)[_weekday(day) * 24 + minute_of_day // 60]
    vendor_day, vendor_minute = _day_and_minute(
        _vendor_wall(traffic.timezone, year, month, schedule.timezone))
    peak_day = np.isin(_weekday(vendor_day), schedule.peak_days)
    cal = traffic.calendar(schedule.holiday_calendar) if schedule.holiday_calendar else None
    if schedule.holiday_calendar and cal is None:
        raise EngineError(f"schedule {schedule.schedule} needs the {schedule.holiday_calendar} "
                          "holiday calendar")
    if cal is not None:
        unique, index = np.unique(vendor_day, return_inverse=True)
        kinds = np.array([cal.kind(d) for d in unique.astype(object)], dtype=object)
        day_kind = kinds[index]
        peak_day = np.where(day_kind == HOLIDAY, False,
                            np.where(day_kind == WORKDAY, True, peak_day))
    peak = peak_day & schedule.peak_minutes()[vendor_minute]
    total = weights.sum()
    if total <= 0:
        raise EngineError(f"the traffic profile has no traffic in {year}-{month:02d}")
    return float(weights[~peak].sum() / total)


@lru_cache(maxsize=32)
def _month_minutes(timezone: str | dt.tzinfo, year: int, month: int
                   ) -> tuple[pd.DatetimeIndex, np.ndarray]:
    """Every minute of the month in ``timezone`` (a DST change adds or drops an hour),
    and their wall-clock times there (``datetime64[m]``). Shared by every schedule."""
    days = month_calendar.monthrange(year, month)[1]
    start = pd.Timestamp(year=year, month=month, day=1, tz=timezone)
    minutes = pd.date_range(start, periods=days * 24 * 60, freq="min")
    wall = _wall(minutes)
    keep = wall.astype("datetime64[M]").astype(np.int64) % 12 + 1 == month
    return minutes[keep], wall[keep]


@lru_cache(maxsize=32)
def _vendor_wall(timezone: str | dt.tzinfo, year: int, month: int, vendor: str) -> np.ndarray:
    """Wall-clock times of :func:`_month_minutes` on the vendor's clock (``datetime64[m]``)."""
    return _wall(_month_minutes(timezone, year, month)[0].tz_convert(vendor))


def _wall(index: pd.DatetimeIndex) -> np.ndarray:
    return index.tz_localize(None).to_numpy().astype("datetime64[m]")


def _day_and_minute(wall: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dates (``datetime64[D]``) and minutes since midnight of wall-clock times."""
    day = wall.astype("datetime64[D]")
    return day, (wall - day).astype(np.int64)


def _weekday(day: np.ndarray) -> np.ndarray:
    """Monday 0 to Sunday 6 (1970-01-01, day 0, was a Thursday)."""
    return (day.astype(np.int64) + 3) % 7


def parse_profile(text: str) -> tuple[float, ...]:
    """168 weights separated by commas, spaces or line breaks (a traffic FILE's text)."""
    parts = [p for p in text.replace(",", " ").replace(";", " ").split() if p]
    try:
        values = tuple(float(p) for p in parts)
    except ValueError as err:
        raise EngineError(f"a traffic profile holds numbers only ({err})") from None
    Traffic(values)  # validates
    return values
