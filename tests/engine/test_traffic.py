"""Traffic by time: the off-peak share of a weekly profile over a real month, on the vendor's
clock and with the CN holiday calendar (from the ``holidays`` package)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from calculator.calendars import calendar
from calculator.engine import EngineError, FxRate, PricingOptions, Workload, compare
from calculator.engine.catalog import Catalog
from calculator.engine.traffic import HOLIDAY, PROFILES, WORKDAY, Traffic, parse_profile
from calculator.formats.catalog_reader import parse_catalog_bytes
from calculator.formats.schedule_reader import read_schedules_file

from .conftest import row
from .test_schema_2026 import FULL, SCHEDULES, opt

CN = calendar("CN")


@pytest.fixture(scope="module")
def schedules():
    return {s.schedule: s for s in read_schedules_file(SCHEDULES)}


def count_peak_hours(year: int, month: int, holidays_off: bool) -> tuple[int, int]:
    """Peak and total hours of a month on the Beijing clock, counted day by day."""
    day = dt.date(year, month, 1)
    peak = total = 0
    while day.month == month:
        kind = CN.kind(day)
        working = day.weekday() < 5
        if holidays_off:
            working = (working or kind == WORKDAY) and kind != HOLIDAY
        peak += 7 if working else 0  # 09-12 and 14-18
        total += 24
        day += dt.timedelta(days=1)
    return peak, total


def test_cn_calendar_october_2026():
    assert CN.kind(dt.date(2026, 10, 1)) == HOLIDAY
    assert CN.kind(dt.date(2026, 10, 7)) == HOLIDAY
    assert CN.kind(dt.date(2026, 10, 10)) == WORKDAY  # a Saturday worked for the holiday
    assert CN.kind(dt.date(2026, 10, 12)) == ""


def test_flat_profile_in_beijing_counts_the_months_peak_hours(schedules):
    traffic = Traffic(PROFILES["flat"], "Asia/Shanghai", (2026, 10), (CN,))
    peak, total = count_peak_hours(2026, 10, holidays_off=True)
    share = traffic.off_peak_share(schedules["deepseek-2026-10-17"])
    assert share == pytest.approx(1 - peak / total)
    # without the holiday calendar the National Day week would be peak on its weekdays
    plain_peak, _ = count_peak_hours(2026, 10, holidays_off=False)
    assert traffic.off_peak_share(schedules["deepseek-2026-08-23"]) == pytest.approx(
        1 - plain_peak / total)
    assert plain_peak > peak


def test_users_time_zone_moves_traffic_onto_the_vendors_clock(schedules):
    # business hours in London (UTC+0 in January) are 17:00-02:00 in Beijing: mostly off-peak
    london = Traffic(PROFILES["business"], "Europe/London", (2026, 1), (CN,))
    beijing = Traffic(PROFILES["business"], "Asia/Shanghai", (2026, 1), (CN,))
    sched = schedules["deepseek-2026-10-17"]
    assert london.off_peak_share(sched) > 0.85
    assert beijing.off_peak_share(sched) < 0.35


def test_month_defaults_to_the_date_priced(schedules):
    traffic = Traffic(PROFILES["flat"], "Asia/Shanghai", None, (CN,))
    sched = schedules["deepseek-2026-10-17"]
    assert traffic.off_peak_share(sched, dt.date(2026, 10, 20)) == pytest.approx(
        Traffic(PROFILES["flat"], "Asia/Shanghai", (2026, 10), (CN,)).off_peak_share(sched))


def test_schedule_needs_its_calendar(schedules):
    with pytest.raises(EngineError, match="needs the CN holiday calendar"):
        Traffic(PROFILES["flat"], "UTC", (2026, 10)).off_peak_share(
            schedules["deepseek-2026-10-17"])


@pytest.mark.parametrize(("text", "message"), [
    ("1 2 3", "168 hourly weights"),
    (" ".join(["1"] * 167 + ["x"]), "numbers only"),
    (" ".join(["0"] * 168), "every weight is 0"),
    (" ".join(["1"] * 167 + ["-1"]), "0 or more"),
])
def test_bad_profiles(text, message):
    with pytest.raises(EngineError, match=message):
        parse_profile(text)


def test_deepseek_v4_pro_under_a_flat_profile_in_october(schedules):
    lines = [
        row("v4-pro", "2026-10-17", inp="4.5", out="13.5", cached="0.15",
            extra=opt(band="off_peak", schedule="deepseek-2026-10-17")),
        row("v4-pro", "2026-10-17", inp="9", out="27", cached="0.3",
            extra=opt(band="peak", schedule="deepseek-2026-10-17")),
    ]
    text = FULL + "\n" + "\n".join(lines) + "\n"
    frame = parse_catalog_bytes(text.encode(), "t.csv", origin="t.csv")
    catalog = Catalog.from_records([frame], list(schedules.values()))
    traffic = Traffic(PROFILES["flat"], "Asia/Shanghai", (2026, 10), (CN,), "flat")
    result = compare(catalog, Workload(744e6, 0), dt.date(2026, 10, 20), dt.date(2026, 10, 20),
                     fx=FxRate(7.0), options=PricingOptions(traffic=traffic))
    peak, total = count_peak_hours(2026, 10, holidays_off=True)
    # one million tokens an hour: peak hours at 9, the others at 4.5
    expected = peak * 9 + (total - peak) * 4.5
    assert result.frame.loc[0, "current_cost"] == pytest.approx(expected)
    assert any(n.key == "off_peak_traffic" and "2026-10" in str(n) for n in result.notes)
    assert not np.isnan(result.frame.loc[0, "current_off_peak_share"])
