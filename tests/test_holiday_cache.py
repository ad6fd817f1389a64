"""The window's holiday calendars answer from a file kept between starts, exactly as the
library does; a file of another library version, or a damaged one, asks the library."""

from __future__ import annotations

import datetime as dt
import json

from calculator.calendars import calendar
from calculator.engine.traffic import HOLIDAY, WORKDAY
from calculator.userfiles.holiday_cache import CachedCalendar, cached_calendars


def _days(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def test_cached_answers_equal_the_library_and_are_kept(tmp_path):
    library = calendar("CN")
    first = CachedCalendar(library, tmp_path)
    days = list(_days(dt.date(2025, 1, 1), dt.date(2026, 12, 31)))
    assert [first.kind(d) for d in days] == [library.kind(d) for d in days]
    kept = json.loads((tmp_path / "holidays-CN.json").read_text(encoding="utf-8"))
    assert set(kept["years"]) == {"2025", "2026"}

    class NoLibrary:  # a later start answers from the file alone
        name, country = "CN", "CN"

        def _year(self, year):
            raise AssertionError(f"asked the library for {year}")

    again = CachedCalendar(NoLibrary(), tmp_path)
    assert [again.kind(d) for d in days] == [library.kind(d) for d in days]
    assert again.kind(dt.date(2026, 10, 1)) == HOLIDAY  # National Day


def test_a_file_of_another_version_is_not_used(tmp_path):
    library = calendar("CN")
    path = tmp_path / "holidays-CN.json"
    path.write_text(json.dumps({"key": "another", "years": {"2026": {
        "off": ["2026-11-30"], "work": []}}}), encoding="utf-8")
    cached = CachedCalendar(library, tmp_path)
    assert cached.kind(dt.date(2026, 11, 30)) == library.kind(dt.date(2026, 11, 30))
    assert json.loads(path.read_text(encoding="utf-8"))["key"] == cached.key()


def test_a_damaged_file_asks_the_library(tmp_path):
    (tmp_path / "holidays-CN.json").write_text("{not json", encoding="utf-8")
    cached = CachedCalendar(calendar("CN"), tmp_path)
    workdays = [d for d in _days(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
                if cached.kind(d) == WORKDAY]
    assert workdays == [d for d in _days(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
                        if calendar("CN").kind(d) == WORKDAY]
    assert workdays  # China has make-up working days every year


def test_the_window_gets_every_calendar_by_name(tmp_path):
    assert [c.name for c in cached_calendars(tmp_path)] == ["CN"]
