"""Holiday calendars for the window, kept between starts.

Importing the ``holidays`` package loads every country it knows (about a third of a
second), and the window's first numbers need a calendar when the catalog has a
time-banded schedule with one (DeepSeek's names CN). What the library answers for
a country and year does not change while the library's version does not, so the
first start keeps each year it asked about in ``<user data>/cache/holidays-<name>.json``
(the statutory days off and the make-up working days as ISO dates) under a key of
the app's and the library's versions; later starts read that file and import the
library only for a year the file does not hold. Any other key, or a file that cannot
be read, asks the library again; a cache that cannot be written is left out.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from functools import cache
from pathlib import Path

from .. import __version__
from ..calendars import CountryCalendar, all_calendars
from ..engine.traffic import HOLIDAY, ORDINARY, WORKDAY, DayCalendar
from ..formats.safe_reader import UserFileError, read_bytes
from .atomic import atomic_write_text
from .folders import data_dir

FORMAT = 1
MAX_BYTES = 1024 * 1024


def cached_calendars(folder: Path | None = None) -> tuple[DayCalendar, ...]:
    """:func:`calculator.calendars.all_calendars`, each answered from the cache where it can."""
    return tuple(CachedCalendar(cal, folder) if isinstance(cal, CountryCalendar) else cal
                 for cal in all_calendars())


class CachedCalendar:
    """A :class:`~calculator.calendars.CountryCalendar` whose years are kept on disk."""

    def __init__(self, calendar: CountryCalendar, folder: Path | None = None):
        self.name = calendar.name
        self.calendar = calendar
        self.path = (folder or data_dir() / "cache") / f"holidays-{calendar.name}.json"
        self._key: str | None = None
        self._years: dict[int, tuple[frozenset[dt.date], frozenset[dt.date]]] | None = None

    def kind(self, day: dt.date) -> str:
        days_off, workdays = self._year(day.year)
        if day in days_off:
            return HOLIDAY
        if day in workdays:
            return WORKDAY
        return ORDINARY

    def _year(self, year: int) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
        if self._years is None:
            self._years = self._load()
        if year not in self._years:
            table = self.calendar._year(year)
            self._years[year] = (frozenset(table),
                                 frozenset(getattr(table, "weekend_workdays", ())))
            self._save()
        return self._years[year]

    def key(self) -> str:
        """The file format, the app's version, the country and the library's version
        (found without importing the library)."""
        if self._key is None:
            self._key = f"{FORMAT}|{__version__}|{self.calendar.country}|{_library_version()}"
        return self._key

    def _load(self) -> dict[int, tuple[frozenset[dt.date], frozenset[dt.date]]]:
        if not self.path.is_file() or not _library_version():
            return {}
        try:
            data = json.loads(read_bytes(self.path, limit=MAX_BYTES, kind="a cache"))
            if not isinstance(data, dict) or data.get("key") != self.key():
                return {}
            return {int(year): (frozenset(map(dt.date.fromisoformat, days["off"])),
                                frozenset(map(dt.date.fromisoformat, days["work"])))
                    for year, days in data["years"].items()}
        except (UserFileError, KeyError, TypeError, ValueError, AttributeError,
                RecursionError, UnicodeDecodeError):
            return {}

    def _save(self) -> None:
        if not _library_version() or self._years is None:
            return
        years = {str(year): {"off": sorted(d.isoformat() for d in off),
                             "work": sorted(d.isoformat() for d in work)}
                 for year, (off, work) in sorted(self._years.items())}
        try:
            atomic_write_text(self.path, json.dumps({"key": self.key(), "years": years}))
        except OSError:
            pass

    def __repr__(self) -> str:
        return f"CachedCalendar({self.name!r})"


@cache
def _library_version() -> str:
    """The installed ``holidays`` version from the name of its ``dist-info`` folder, or ""
    when there is none beside the package (then nothing is cached)."""
    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return ""
    if spec is None or not spec.origin:
        return ""
    try:
        found = sorted(Path(spec.origin).parent.parent.glob("holidays-*.dist-info"))
    except OSError:
        return ""
    return found[0].name.removeprefix("holidays-").removesuffix(".dist-info") \
        if len(found) == 1 else ""
