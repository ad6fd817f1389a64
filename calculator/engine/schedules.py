"""Vendor schedules for time-banded prices, and the share of traffic they bill off-peak.

A :class:`Schedule` says, on the vendor's clock, which weekdays and hours are
peak; every other minute is off-peak. A banded model has a ``peak`` and an
``off_peak`` record naming the schedule (``seeds/schedules.csv``). The engine
prices a banded model at ``share x off-peak + (1 - share) x peak`` per token,
where ``share`` is the off-peak share of the traffic: given by the user, or
worked out here from how traffic falls on the vendor's clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from .errors import EngineError

DAY_NAMES: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class Schedule:
    """One vendor rule for peak and off-peak hours. A schedule never changes meaning."""

    schedule: str
    vendor: str
    timezone: str  # IANA name of the vendor's clock
    peak_days: tuple[int, ...]  # weekdays, 0 = Monday
    peak_hours: tuple[tuple[int, int], ...]  # [start, end) in minutes after midnight
    holiday_calendar: str = ""  # "" or "CN": statutory holidays off-peak, make-up days worked
    source: str = ""
    checked: dt.date | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        if not self.peak_hours:
            raise EngineError(f"schedule {self.schedule}: no peak hours")
        for start, end in self.peak_hours:
            if not 0 <= start < end <= MINUTES_PER_DAY:
                raise EngineError(f"schedule {self.schedule}: bad peak window {start}-{end}")

    def peak_minutes(self) -> np.ndarray:
        """Which minutes of a peak day are peak (bool, 1,440 entries, vendor clock)."""
        minutes = np.zeros(MINUTES_PER_DAY, dtype=bool)
        for start, end in self.peak_hours:
            minutes[start:end] = True
        return minutes

    def describe(self) -> str:
        """``Mon-Fri 09:00-12:00, 14:00-18:00 (Asia/Shanghai, CN holidays)``."""
        days = _days_text(self.peak_days)
        hours = ", ".join(f"{_hhmm(s)}-{_hhmm(e)}" for s, e in self.peak_hours)
        extra = f", {self.holiday_calendar} holidays" if self.holiday_calendar else ""
        return f"{days} {hours} ({self.timezone}{extra})"


def flat_week_off_peak_share(schedule: Schedule) -> float:
    """Off-peak share of traffic spread evenly over a week on the vendor's clock.

    Holidays are not counted (a plain week has none); :func:`off_peak_share`
    with a month and calendar does that.
    """
    peak = int(schedule.peak_minutes().sum()) * len(set(schedule.peak_days))
    return 1.0 - peak / (7 * MINUTES_PER_DAY)


def off_peak_share(schedule: Schedule, traffic: object | None = None,
                   date: dt.date | None = None) -> float:
    """The off-peak share of ``traffic`` under ``schedule``.

    ``traffic`` None spreads traffic evenly over a plain week (no holidays). A
    :class:`~calculator.engine.traffic.Traffic` spreads its weekly profile over a
    real month (its own, else the month of ``date``) in the user's time zone,
    with the vendor's holiday calendar.
    """
    if traffic is None:
        return flat_week_off_peak_share(schedule)
    share = getattr(traffic, "off_peak_share", None)
    if share is None:
        raise EngineError(f"cannot work out an off-peak share from {traffic!r}")
    return float(share(schedule, date))


def schedule_shares(schedules: tuple[Schedule, ...], traffic: object | None = None,
                    date: dt.date | None = None) -> np.ndarray:
    """:func:`off_peak_share` of each schedule, in order (NaN-free float array)."""
    return np.array([off_peak_share(s, traffic, date) for s in schedules], dtype=float)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _days_text(days: tuple[int, ...]) -> str:
    ordered = sorted(set(days))
    if ordered == list(range(ordered[0], ordered[-1] + 1)) and len(ordered) > 2:
        return f"{DAY_NAMES[ordered[0]]}-{DAY_NAMES[ordered[-1]]}"
    return ",".join(DAY_NAMES[d] for d in ordered)
