from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculator.engine import AmountError, parse_amount


@pytest.mark.parametrize("text, value", [
    ("1200000", 1_200_000), ("1,200,000", 1_200_000), ("1.2e6", 1_200_000),
    ("1.2M", 1_200_000), ("1.2m", 1_200_000), ("800k", 800_000), ("800K", 800_000),
    ("1.5B", 1_500_000_000), ("3000万", 30_000_000), ("12亿", 1_200_000_000),
    ("1.5万亿", 1.5e12), ("２０００", 2000), ("1，200，000", 1_200_000), (" 5 k ", 5000),
    ("0", 0), ("7", 7), (".5k", 500), ("3百万", 3_000_000),
])
def test_accepted_forms(text, value):
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize("text, message", [
    ("", "empty"), ("abc", "not a number"), ("-5", "must not be negative"),
    ("1,2345", "write decimals with “.” \\(for example 1.2345\\)"),
    ("12,34", "write decimals with"), ("1,234,56", "misplaced thousands"),
    ("5x", "unknown unit 'x'"),
    ("1e999", "not a finite"), ("nan", "not a number"), ("1.2.3", "not a number"),
    ("M", "not a number"),
])
def test_rejected_forms(text, message):
    with pytest.raises(AmountError, match=message):
        parse_amount(text, what="input tokens")


def test_message_names_the_field():
    with pytest.raises(AmountError, match="^input tokens: 'lots'"):
        parse_amount("lots", what="input tokens")


@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_integers_round_trip(n):
    assert parse_amount(f"{n:,}") == n
    assert parse_amount(str(n)) == n


def test_maximum_is_optional_and_named_in_the_message():
    assert parse_amount("12亿", maximum=2e9) == 1.2e9
    assert parse_amount("5B") == 5e9  # no maximum: any finite amount
    with pytest.raises(AmountError, match=r"requests: '5B' is too large \(at most 2,000,000,000\)"):
        parse_amount("5B", what="requests", maximum=2e9)
