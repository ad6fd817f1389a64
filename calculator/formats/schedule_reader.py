"""Read and validate ``schedules.csv``: the vendor schedules of time-banded prices.

Columns: ``schedule, vendor, timezone, peak_days, peak_hours, holiday_calendar,
source, checked, notes`` (see ``seeds/README.md``). Every problem names file,
row, column and value; a bad file is refused as a whole.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zoneinfo

from ..engine.dates import parse_date
from ..engine.errors import CatalogError, DateError, EngineError
from ..engine.schedules import DAY_NAMES, Schedule
from .safe_reader import UserFileError, read_bytes

SCHEDULE_COLUMNS: tuple[str, ...] = (
    "schedule", "vendor", "timezone", "peak_days", "peak_hours", "holiday_calendar",
    "source", "checked", "notes",
)
HOLIDAY_CALENDARS: tuple[str, ...] = ("", "CN")
MAX_BYTES = 1024 * 1024
_DAY = {name.lower(): i for i, name in enumerate(DAY_NAMES)}
_WINDOW = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")
_ID = re.compile(r"^[^\s\x00-\x1f\x7f]{1,200}$")


def read_schedules_file(path: str | os.PathLike[str]) -> tuple[Schedule, ...]:
    """The schedules in ``path``; a missing file means no schedules."""
    name = os.fspath(path)
    if not os.path.lexists(name):
        return ()
    try:
        raw = read_bytes(name, limit=MAX_BYTES, kind="a schedules file")
    except UserFileError as err:
        raise CatalogError(str(err)) from None
    return parse_schedules_bytes(raw, name)


def parse_schedules_bytes(raw: bytes, name: str) -> tuple[Schedule, ...]:
    try:
        text = raw.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except (UnicodeDecodeError, csv.Error) as err:
        raise CatalogError(f"{name}: not a UTF-8 CSV file ({err})") from err
    if not rows:
        raise CatalogError(f"{name}: file is empty; expected {', '.join(SCHEDULE_COLUMNS)}")
    header = [cell.strip() for cell in rows[0]]
    missing = [col for col in SCHEDULE_COLUMNS if col not in header]
    if missing:
        raise CatalogError(f"{name}: missing column{'s' if len(missing) > 1 else ''} "
                           f"{', '.join(missing)}")
    problems: list[str] = []
    schedules: list[Schedule] = []
    seen: dict[str, int] = {}
    for line, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        row = {col: (cells[i].strip() if i < len(cells) else "") for i, col in enumerate(header)}
        found = _schedule(row, f"{name}: row {line}", problems)
        if found is None:
            continue
        if found.schedule in seen:
            problems.append(f"{name}: row {line}, column schedule: {found.schedule!r} is "
                            f"already defined in row {seen[found.schedule]}")
            continue
        seen[found.schedule] = line
        schedules.append(found)
    if problems:
        raise CatalogError(problems)
    return tuple(schedules)


def _schedule(row: dict[str, str], where: str, problems: list[str]) -> Schedule | None:
    before = len(problems)

    def bad(column: str, reason: str) -> None:
        problems.append(f"{where}, column {column}: {row[column]!r} {reason}")

    for column in ("schedule", "vendor", "timezone", "peak_days", "peak_hours", "source",
                   "checked"):
        if not row[column]:
            bad(column, "is empty; a value is required")
    if row["schedule"] and not _ID.match(row["schedule"]):
        bad("schedule", "is not a valid id (no spaces or control characters)")
    if row["timezone"]:
        try:
            zoneinfo.ZoneInfo(row["timezone"])
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            bad("timezone", "is not an IANA time zone name (e.g. Asia/Shanghai)")
    days = parse_days(row["peak_days"]) if row["peak_days"] else ()
    if days is None:
        bad("peak_days", "is not a list of weekdays (Mon-Fri, Mon-Sun or Mon,Tue,...)")
    hours = parse_hours(row["peak_hours"]) if row["peak_hours"] else ()
    if hours is None:
        bad("peak_hours", "is not a list of HH:MM-HH:MM windows (e.g. 09:00-12:00,14:00-18:00)")
    if row["holiday_calendar"] not in HOLIDAY_CALENDARS:
        bad("holiday_calendar", "is not a holiday calendar (empty or CN)")
    checked = None
    if row["checked"]:
        try:
            checked = parse_date(row["checked"], "checked")
        except DateError as err:
            bad("checked", str(err).split(": ", 1)[1].split(" ", 1)[1])
    if len(problems) > before or days is None or hours is None:
        return None
    try:
        return Schedule(row["schedule"], row["vendor"], row["timezone"], days, hours,
                        row["holiday_calendar"], row["source"], checked, row.get("notes", ""))
    except EngineError as err:
        problems.append(f"{where}: {err}")
        return None


def parse_days(text: str) -> tuple[int, ...] | None:
    """``Mon-Fri`` → (0..4); ``Mon,Wed`` → (0, 2); None when not weekdays."""
    days: set[int] = set()
    for part in (p.strip().lower() for p in text.split(",")):
        if "-" in part:
            first, _, last = part.partition("-")
            if first not in _DAY or last not in _DAY or _DAY[first] > _DAY[last]:
                return None
            days.update(range(_DAY[first], _DAY[last] + 1))
        elif part in _DAY:
            days.add(_DAY[part])
        else:
            return None
    return tuple(sorted(days))


def parse_hours(text: str) -> tuple[tuple[int, int], ...] | None:
    """``09:00-12:00,14:00-18:00`` → ((540, 720), (840, 1080)); None when malformed.

    ``24:00`` is allowed as an end; windows must not overlap.
    """
    windows = []
    for part in (p.strip() for p in text.split(",")):
        match = _WINDOW.match(part)
        if not match:
            return None
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2) or start >= end:
            return None
        windows.append((start, end))
    windows.sort()
    if any(a[1] > b[0] for a, b in zip(windows, windows[1:], strict=False)):
        return None
    return tuple(windows)
