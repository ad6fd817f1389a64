"""The 2026 record schema's optional columns: read, validated with precise messages, written
back."""

from __future__ import annotations

import pandas as pd
import pytest

from calculator.engine import CatalogError
from calculator.engine.records import OPTIONAL_COLUMNS
from calculator.formats.catalog_reader import COLUMNS, parse_catalog_bytes
from calculator.formats.catalog_writer import catalog_csv_bytes
from calculator.formats.schedule_reader import (
    parse_days,
    parse_hours,
    parse_schedules_bytes,
    read_schedules_file,
)

from .conftest import HEADER, row

OPT = ",".join(OPTIONAL_COLUMNS)
FULL = HEADER + "," + OPT
SCHEDULES = "tests/fixtures/schedules/schedules.csv"


def opt(**values: str) -> str:
    """The optional cells of one row, by column name."""
    return ",".join(values.get(column, "") for column in OPTIONAL_COLUMNS)


def parse(lines: list[str], header: str = FULL, schedules=None) -> pd.DataFrame:
    text = header + "\n" + "\n".join(lines) + "\n"
    return parse_catalog_bytes(text.encode(), "in.csv", origin="in.csv", schedules=schedules)


def problem(lines: list[str], **kw) -> str:
    with pytest.raises(CatalogError) as err:
        parse(lines, **kw)
    return "; ".join(err.value.problems)


def test_a_file_without_the_new_columns_reads_as_before():
    frame = parse([row("a")], header=HEADER)
    assert frame.loc[0, "region"] == "" and frame.loc[0, "lifecycle"] == ""
    assert pd.isna(frame.loc[0, "promo_until"]) and pd.isna(frame.loc[0, "search_per_k"])
    assert catalog_csv_bytes(frame).decode().splitlines()[0] == ",".join(COLUMNS)


def test_every_optional_column_round_trips():
    lines = [
        row("ds", "2026-08-16", inp="4.5", out="13.5", cached="0.15",
            extra=opt(region="cn", band="off_peak", schedule="s1", search_per_k="5")),
        row("ds", "2026-08-16", inp="9", out="27", cached="0.3",
            extra=opt(region="cn", band="peak", schedule="s1", search_per_k="5")),
        row("ds", "2026-08-16", inp="4.5", out="13.5",
            extra=opt(region="cn", variant="batch")),
        row("ds", "2026-05-01", inp="1", out="2",
            extra=opt(region="cn", promo_until="2026-05-31")),
        row("claude", "2026-01-01", currency="USD", inp="3", out="15", cached="0.3",
            extra=opt(above_input_tokens="", cache_write_per_mtok="3.75",
                      cache_write_1h_per_mtok="6", reasoning_per_mtok="15")),
        row("old", "2024-01-01"),
        row("old", "2026-07-24", inp="", out="", extra=opt(lifecycle="retired")),
        row("legacy", "2024-01-01"),
        row("legacy", "2026-07-24", inp="", out="", extra=opt(lifecycle="alias", alias_of="ds")),
    ]
    frame = parse(lines)
    data = catalog_csv_bytes(frame)
    header = data.decode().splitlines()[0].split(",")
    assert header == list(COLUMNS) + [c for c in OPTIONAL_COLUMNS if c != "above_input_tokens"]
    back = parse_catalog_bytes(data, "back.csv", origin="in.csv")
    pd.testing.assert_frame_equal(back, frame)
    assert back.loc[3, "promo_until"] == pd.Timestamp("2026-05-31")
    assert back.loc[4, "cache_write_1h_per_mtok"] == 6


def test_columns_in_any_order_and_case_of_choices():
    header = HEADER + ",band,schedule,region"
    lines = [row("a", extra="PEAK,s,CN"), row("a", extra="Off_Peak,s,cn")]
    frame = parse(lines, header=header)
    assert list(frame["band"]) == ["peak", "off_peak"] and list(frame["region"]) == ["cn", "cn"]


@pytest.mark.parametrize(("cells", "message"), [
    (opt(region="eu"), "column region: 'eu' is not a region (empty, cn or intl)"),
    (opt(variant="turbo"), "column variant: 'turbo' is not a service variant"),
    (opt(band="night", schedule="s"), "column band: 'night' is not a price band"),
    (opt(lifecycle="dead"), "column lifecycle: 'dead' is not a lifecycle"),
    (opt(promo_until="2026-13-01"), "column promo_until: '2026-13-01' is not a date"),
    (opt(promo_until="2023-12-31"), "column promo_until: '2023-12-31' is before effective_from"),
    (opt(search_per_k="five"),
     "column search_per_k: 'five' is not a number (price per 1,000 calls"),
    (opt(cache_write_per_mtok="-1"), "column cache_write_per_mtok: '-1' is negative"),
    (opt(schedule="s"), "column schedule: 's' is set but band is empty"),
    (opt(alias_of="b"), "column alias_of: 'b' is set but lifecycle is not alias"),
    (opt(schedule="bad id"), "column schedule: 'bad id' is not a valid id"),
])
def test_bad_optional_values_are_named(cells, message):
    assert message in problem([row("a", extra=cells)])
    assert "in.csv: row 2, column" in problem([row("a", extra=cells)])


def test_band_needs_a_schedule_and_a_partner():
    text = problem([row("a", extra=opt(band="peak"))])
    assert ("row 2, column schedule: '' is empty; a peak or off_peak record names its schedule"
            in text)
    text = problem([row("a", extra=opt(band="peak", schedule="s"))])
    assert "model a effective 2024-01-01 (peak) has a peak record but no off_peak record" in text


def test_band_records_beside_an_all_hours_record_of_the_same_date():
    text = problem([row("a", extra=opt(band="peak", schedule="s")),
                    row("a", extra=opt(band="off_peak", schedule="s")),
                    row("a", extra=opt())])
    assert "has both an all-hours record and peak/off_peak records" in text


def test_band_partners_name_one_schedule():
    text = problem([row("a", extra=opt(band="peak", schedule="s")),
                    row("a", extra=opt(band="off_peak", schedule="t"))])
    assert "name different schedules (s, t)" in text


def test_unknown_schedule_when_the_schedules_are_known():
    lines = [row("a", extra=opt(band="peak", schedule="x")),
             row("a", extra=opt(band="off_peak", schedule="x"))]
    assert "column schedule: 'x' is not a schedule in schedules.csv (known: s)" in problem(
        lines, schedules={"s"})
    assert len(parse(lines)) == 2  # without a schedule list any id is accepted


def test_retired_and_alias_records_have_no_prices():
    text = problem([row("a", extra=opt(lifecycle="retired"))])
    assert "column input_per_mtok: '1' must be empty on a retired or alias record" in text
    text = problem([row("a", inp="", out="", extra=opt(lifecycle="alias"))])
    assert "column alias_of: '' is empty; an alias record names the model" in text
    text = problem([row("a", inp="", out="", extra=opt(lifecycle="alias", alias_of="a"))])
    assert "is the record's own model id" in text
    text = problem([row("a", inp="", out="", extra=opt(lifecycle="retired", variant="batch"))])
    assert "column variant: 'batch' must be empty on a retired or alias record" in text


def test_one_region_per_model():
    text = problem([row("q", extra=opt(region="cn")),
                    row("q", "2025-01-01", extra=opt(region="intl"))])
    assert "model q has records of several regions (cn, intl)" in text


def test_record_key_includes_variant_band_and_promotion():
    lines = [row("a"), row("a", extra=opt(variant="batch")),
             row("a", extra=opt(promo_until="2024-02-01"))]
    assert len(parse(lines)) == 3
    text = problem([row("a", extra=opt(variant="batch")), row("a", extra=opt(variant="batch"))])
    assert "row 3: duplicate record for a effective 2024-01-01 (batch); row 2" in text


# ---------------------------------------------------------------- schedules.csv

def test_schedules_fixture_reads():
    schedules = read_schedules_file(SCHEDULES)
    by_id = {s.schedule: s for s in schedules}
    night = by_id["deepseek-2025-night"]
    assert night.peak_days == tuple(range(7))
    assert night.peak_hours == ((0, 30), (510, 1440))
    assert by_id["deepseek-2026-10-17"].holiday_calendar == "CN"
    assert by_id["deepseek-2026-08-23"].describe() == (
        "Mon-Fri 09:00-12:00, 14:00-18:00 (Asia/Shanghai)")


def test_missing_schedules_file_means_none(tmp_path):
    assert read_schedules_file(tmp_path / "schedules.csv") == ()


SCHEDULE_HEADER = ("schedule,vendor,timezone,peak_days,peak_hours,holiday_calendar,source,"
                   "checked,notes")


@pytest.mark.parametrize(("cells", "message"), [
    ("x,V,Mars/Base,Mon-Fri,09:00-12:00,,src,2026-01-01,", "column timezone: 'Mars/Base' is not"),
    ("x,V,UTC,Fri-Mon,09:00-12:00,,src,2026-01-01,", "column peak_days: 'Fri-Mon' is not"),
    ("x,V,UTC,Mon-Fri,9-12,,src,2026-01-01,", "column peak_hours: '9-12' is not"),
    ("x,V,UTC,Mon-Fri,12:00-09:00,,src,2026-01-01,", "column peak_hours: '12:00-09:00'"),
    ("x,V,UTC,Mon-Fri,09:00-12:00,US,src,2026-01-01,", "column holiday_calendar: 'US'"),
    ("x,V,UTC,Mon-Fri,09:00-12:00,,src,today,", "column checked: 'today' is not a date"),
    ("x,V,UTC,Mon-Fri,09:00-12:00,,,2026-01-01,", "column source: '' is empty"),
])
def test_bad_schedule_rows_are_named(cells, message):
    with pytest.raises(CatalogError) as err:
        parse_schedules_bytes(f"{SCHEDULE_HEADER}\n{cells}\n".encode(), "schedules.csv")
    assert f"schedules.csv: row 2, {message}" in str(err.value)


def test_duplicate_schedule_id():
    line = "x,V,UTC,Mon-Fri,09:00-12:00,,src,2026-01-01,"
    with pytest.raises(CatalogError,
                       match="row 3, column schedule: 'x' is already defined in row 2"):
        parse_schedules_bytes(f"{SCHEDULE_HEADER}\n{line}\n{line}\n".encode(), "schedules.csv")


def test_day_and_hour_lists():
    assert parse_days("Mon,Wed") == (0, 2)
    assert parse_days("mon-sun") == tuple(range(7))
    assert parse_days("Funday") is None
    assert parse_hours("00:00-00:30,08:30-24:00") == ((0, 30), (510, 1440))
    assert parse_hours("09:00-12:00,11:00-13:00") is None  # overlapping
    assert parse_hours("24:30-25:00") is None
