"""Writing catalog records back to CSV: the reader gets the same records, without float noise."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.engine.amounts import MAX_PRICE
from calculator.formats.catalog_reader import (
    COLUMNS,
    TIER_COLUMN,
    parse_catalog_bytes,
    read_catalog_file,
)
from calculator.formats.catalog_writer import catalog_csv_bytes, number_text
from calculator.runtime.paths import shipped_catalog
from calculator.userfiles.loading import load_catalog
from calculator.userfiles.store import write_catalog

from .conftest import HEADER, row


def read_back(data: bytes, origin: str = "prices.csv") -> pd.DataFrame:
    return parse_catalog_bytes(data, "written.csv", origin=origin)


def records(text: str, header: str = HEADER) -> pd.DataFrame:
    return parse_catalog_bytes((header + "\n" + text + "\n").encode(), "in.csv", origin="in.csv")


def test_shipped_seeds_round_trip():
    """The app's catalog records, written and read back, are equal (origin aside)."""
    seeds = load_catalog().records
    back = read_back(catalog_csv_bytes(seeds), origin="shipped")
    pd.testing.assert_frame_equal(back, seeds)


def test_shipped_seed_file_is_reproduced_byte_for_byte():
    """Same quoting, number text, dates and line ends as the hand-written seeds."""
    path = shipped_catalog()
    assert catalog_csv_bytes(read_catalog_file(path)) == path.read_bytes()


def test_header_has_the_tier_column_only_when_a_record_has_a_tier():
    flat = records(row("a"))
    assert catalog_csv_bytes(flat).decode().splitlines()[0] == ",".join(COLUMNS)
    tiered = records("\n".join([row("a", extra=""), row("a", extra="128000")]),
                     header=HEADER + f",{TIER_COLUMN}")
    lines = catalog_csv_bytes(tiered).decode().splitlines()
    assert lines[0] == ",".join(COLUMNS) + f",{TIER_COLUMN}"
    assert lines[1].endswith(",") and lines[2].endswith(",128000")
    pd.testing.assert_frame_equal(read_back(catalog_csv_bytes(tiered), "in.csv"), tiered)


@pytest.mark.parametrize(("value", "text"), [
    (2.5, "2.5"), (120.0, "120"), (0.0, "0"), (0.8, "0.8"), (0.028, "0.028"), (1e-08, "1e-08"),
    (1e20, "1e+20"), (float("nan"), ""), (None, ""), (128000.0, "128000"), (-0.0, "0"),
])
def test_number_text(value, text):
    assert number_text(value) == text


def test_prices_dates_and_text_cells():
    frame = records(row("a", inp="2.5", out="120", cached="") + "\n"
                    + row("b", effective="2025-02-09", inp="0.8", out="0.99", cached="0"))
    frame.loc[1, "notes"] = 'Cut 50%, "off-peak" excluded\nsecond line'
    frame.loc[1, "vendor_cn"] = "深度求索"
    data = catalog_csv_bytes(frame)
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert ",2024-01-01,CNY,2.5,120,," in text
    assert ",2025-02-09,CNY,0.8,0.99,0," in text
    assert '"Cut 50%, ""off-peak"" excluded\nsecond line"' in text
    assert "深度求索" in text
    assert b"\r\n" not in data
    pd.testing.assert_frame_equal(read_back(data, "in.csv"), frame)


def test_write_catalog_is_atomic_and_readable(tmp_path):
    path = tmp_path / "user" / "catalog.csv"
    frame = records(row("a"))
    assert write_catalog(path, frame) == path
    pd.testing.assert_frame_equal(read_catalog_file(path, origin="in.csv"), frame)
    assert [p.name for p in path.parent.iterdir()] == ["catalog.csv"]


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "catalog.csv"
    path.write_bytes(b"old")

    def boom(*_args):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_catalog(path, records(row("a")))
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.csv"]


PRICES = st.one_of(st.just(math.nan), st.floats(min_value=0, max_value=MAX_PRICE),
                   st.integers(0, 10**6).map(float), st.decimals(0, 1000, places=4).map(float))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(PRICES, PRICES, PRICES, st.integers(0, 2 * 10**6)), min_size=1,
                max_size=5))
def test_any_prices_round_trip_exactly(values):
    lines = [row(f"m{i}", extra=str(tier)) for i, (*_, tier) in enumerate(values)]
    lines += [row(f"m{i}", effective="2023-01-01") for i in range(len(values))]  # base records
    frame = records("\n".join(lines), header=HEADER + f",{TIER_COLUMN}")
    for i, (inp, out, cached, _) in enumerate(values):
        frame.loc[i, ["input_per_mtok", "output_per_mtok", "cached_input_per_mtok"]] = [
            inp, out, cached]
    back = read_back(catalog_csv_bytes(frame), "in.csv")
    pd.testing.assert_frame_equal(back, frame)
    assert np.array_equal(back["input_per_mtok"].to_numpy(), frame["input_per_mtok"].to_numpy(),
                          equal_nan=True)


def test_dates_are_iso():
    frame = records(row("a", effective="2024-05-21", checked="2026-11-27"))
    line = catalog_csv_bytes(frame).decode().splitlines()[1]
    assert ",2024-05-21," in line and ",2026-11-27," in line
    assert frame["effective_from"].iloc[0] == pd.Timestamp(dt.date(2024, 5, 21))
