"""The one number rule, the one date rule and the one text sanitiser (fuzzed)."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.engine.amounts import MAX_PRICE, parse_amount, parse_number
from calculator.engine.dates import MAX_DATE, MIN_DATE, parse_date, parse_date_column
from calculator.engine.errors import AmountError, DateError
from calculator.engine.text import (
    FORMULA_START,
    REPLACEMENT,
    clean_text,
    is_formula,
    spreadsheet_cell,
)


# ---------------------------------------------------------------------------- numbers
@pytest.mark.parametrize("text, decimal, value", [
    ("0.28", ".", 0.28), ("0,28", ",", 0.28), ("1.000,5", ",", 1000.5), ("1,000.5", ".", 1000.5),
    ("1 200 000", ".", 1.2e6), ("1\u202f200", ".", 1200), ("1_000", ".", 1000),
    ("0.28", ",", 0.28), ("0.280", ",", 0.28), ("1.5M", ",", 1.5e6), ("1,5M", ",", 1.5e6),
    ("１２３", ".", 123), ("٣", ".", 3), ("1.000.000", ",", 1e6), ("+5", ".", 5),
])
def test_one_rule_reads(text, decimal, value):
    assert parse_number(text, decimal=decimal, units=True) == pytest.approx(value)


@pytest.mark.parametrize("text, decimal, grouping, message", [
    ("0,28", ".", True, "write decimals with “.” (for example 0.28)"),
    ("1,2", ".", True, "write decimals with “.”"),
    ("1.000,5", ".", True, "write decimals with “.” (for example 1000.5)"),
    ("1.000", ",", True, "is ambiguous: write 1000 or 1,0"),
    ("1,250", ".", False, "without thousands separators"),
    ("10⁶", ".", True, "'⁶' in '10⁶' is not a digit"),
    ("½", ".", True, "is not a digit"), ("①", ".", True, "is not a digit"),
    ("12 3", ".", True, "misplaced thousands"), ("0,280", ".", True, "write decimals"),
    ("1,,000", ".", True, "misplaced"), ("1e300", ".", True, None),
])
def test_one_rule_refuses_and_never_guesses(text, decimal, grouping, message):
    if message is None:  # finite and in range: 1e300 is fine as a number, not as a price
        assert parse_number(text) == 1e300
        with pytest.raises(AmountError, match="too large"):
            parse_number(text, maximum=MAX_PRICE)
        return
    with pytest.raises(AmountError) as info:
        parse_number(text, decimal=decimal, grouping=grouping)
    assert message in str(info.value)


def test_huge_integers_and_non_finite_values_are_refused():
    for value in (10**400, float("inf"), float("nan")):
        with pytest.raises(AmountError, match="not a finite"):
            parse_number(value)
    with pytest.raises(AmountError, match="not a finite"):
        parse_number("9" * 400)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=30), st.sampled_from([".", ","]), st.booleans(), st.booleans())
def test_any_text_is_a_finite_number_or_an_amount_error(text, decimal, units, grouping):
    try:
        value = parse_number(text, decimal=decimal, units=units, grouping=grouping,
                             minimum=None)
    except AmountError as err:
        assert str(err).startswith("number: ") and "\n" not in str(err)
    else:
        assert math.isfinite(value)


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=0, max_value=1e9, allow_nan=False), st.integers(0, 6))
def test_grouped_numbers_mean_the_same_in_both_conventions(value, places):
    english = f"{value:,.{places}f}"
    german = english.replace(",", "\0").replace(".", ",").replace("\0", ".")
    expected = float(f"{value:.{places}f}")
    assert parse_number(english) == pytest.approx(expected)
    try:
        assert parse_number(german, decimal=",") == pytest.approx(expected)
    except AmountError as err:  # "1.000": one thousands point and no decimals
        assert err.key == "ambiguous" and english.count(",") == 1 and "." not in english


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 999), st.integers(1, 99))
def test_a_decimal_comma_is_never_read_as_thousands_in_files(whole, frac):
    text = f"{whole},{frac:02d}"
    with pytest.raises(AmountError):
        parse_number(text)
    assert parse_number(text, decimal=",") == pytest.approx(whole + frac / 100)


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=0, max_value=MAX_PRICE, allow_nan=False))
def test_shortest_float_text_reads_back_exactly(value):
    assert parse_number(repr(value), grouping=False, maximum=MAX_PRICE) == value


def test_amounts_keep_their_units():
    assert parse_amount("3000万") == 3e7
    assert parse_amount("1,2M", decimal=",") == 1.2e6
    with pytest.raises(AmountError):
        parse_number("3k")  # units only where amounts are meant


# ---------------------------------------------------------------------------- dates
@pytest.mark.parametrize("text", ["1990-01-01", "2024-05-01", "2200-12-31"])
def test_dates_in_range(text):
    assert parse_date(text) == dt.date.fromisoformat(text)


@pytest.mark.parametrize("text, message", [
    ("1989-12-31", "outside the dates this app handles (1990-01-01 to 2200-12-31)"),
    ("2262-04-12", "outside"), ("0999-01-01", "outside"), ("9999-12-31", "outside"),
    ("2024-02-30", "not a date in the calendar"), ("20240501", "not a date written"),
    ("2024-W01-1", "not a date written"), ("２０２４-０５-０１", "not a date written"),
])
def test_dates_outside_or_malformed_are_one_line(text, message):
    with pytest.raises(DateError) as info:
        parse_date(text, "current_date")
    assert str(info.value).startswith("current_date: ") and message in str(info.value)


def test_a_date_column_splits_malformed_and_outside():
    dates, malformed, outside = parse_date_column(pd.Series(
        ["2024-05-01", "", "3000-01-01", "0999-01-01", "2024-13-01", "x"], dtype=object))
    assert dates.iloc[0] == pd.Timestamp("2024-05-01") and dates.iloc[1:].isna().all()
    assert list(malformed) == [False, False, False, False, True, True]
    assert list(outside) == [False, False, True, True, False, False]
    assert MIN_DATE < MAX_DATE


# ---------------------------------------------------------------------------- text
def test_controls_and_lone_surrogates_become_replacement_characters():
    assert clean_text("a\x00b\x07c\x1bd\x0be\ud800f\x85g") == (
        f"a{REPLACEMENT}b{REPLACEMENT}c{REPLACEMENT}d{REPLACEMENT}e{REPLACEMENT}f g")
    assert clean_text("line 1\r\nline 2\ttab", keep_lines=True) == "line 1\nline 2\ttab"
    assert clean_text("one\nline") == "one line"


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0",
                                  "@SUM(A1:A9)", "+1+1", "-2+3", "\t=1", "\r=1",
                                  "  =1+1", "＝1+1", "+1"])
def test_formulas_are_neutralised(cell):
    assert spreadsheet_cell(cell).startswith("'")


def test_other_cells_are_left_alone():
    assert spreadsheet_cell("DeepSeek") == "DeepSeek"
    assert spreadsheet_cell(-5) == -5 and spreadsheet_cell(None) is None


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_every_cell_is_writable_and_never_runs(text):
    cell = spreadsheet_cell(text)
    cell.encode("utf-8")  # no lone surrogate
    assert not any(ord(c) < 32 and c not in "\t\n\r" for c in cell)
    assert not is_formula(cell) and not cell.startswith(FORMULA_START)
