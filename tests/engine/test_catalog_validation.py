"""Every way a catalog file can be wrong gets a message naming file, row, column and value."""

from __future__ import annotations

import pytest

from calculator.engine import CatalogError
from calculator.formats.catalog_reader import read_catalog_files

from .conftest import HEADER, row


def load(path):
    return read_catalog_files([path])


def test_valid_file_loads(write_csv):
    catalog = load(write_csv("\n".join([row("a"), row("a", "2024-05-21", inp="0.5")])))
    assert catalog.model_ids == ["a"]
    assert len(catalog.records) == 2


def test_bad_number_names_file_row_column_value(write_csv):
    path = write_csv("\n".join([row("a"), row("b", inp="one")]))
    with pytest.raises(CatalogError) as err:
        load(path)
    message = str(err.value)
    assert str(path) in message
    assert "row 3" in message and "column input_per_mtok" in message and "'one'" in message


def test_negative_price(write_csv):
    with pytest.raises(CatalogError, match=r"row 2, column output_per_mtok: '-2' is negative"):
        load(write_csv(row("a", out="-2")))


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_non_finite_price(write_csv, value):
    with pytest.raises(CatalogError, match="column input_per_mtok"):
        load(write_csv(row("a", inp=value)))


def test_unknown_currency(write_csv):
    with pytest.raises(CatalogError,
                       match=r"row 2, column currency: 'EUR' is not a known currency"):
        load(write_csv(row("a", currency="EUR")))


@pytest.mark.parametrize("value", ["2024-13-01", "2024/05/01", "May 2024", "2024-5-1"])
def test_bad_date(write_csv, value):
    with pytest.raises(CatalogError, match=rf"column effective_from: '{value}' is not a date"):
        load(write_csv(row("a", effective=value)))


def test_bad_checked_date(write_csv):
    with pytest.raises(CatalogError, match="column checked: 'yesterday' is not a date"):
        load(write_csv(row("a", checked="yesterday")))


def test_duplicate_model_and_date(write_csv):
    path = write_csv("\n".join([row("a"), row("b"), row("a", inp="3")]))
    with pytest.raises(CatalogError,
                       match=r"row 4: duplicate record for a effective 2024-01-01; row 2"):
        load(path)


def test_missing_required_column(write_csv):
    header = HEADER.replace(",status", "")
    line = row("a").replace(",confirmed", "")
    with pytest.raises(CatalogError, match=r"missing required column status"):
        load(write_csv(line, header=header))


def test_empty_required_value(write_csv):
    with pytest.raises(CatalogError, match=r"row 2, column source: '' is empty"):
        load(write_csv(row("a").replace("https://example.com", "")))


def test_unknown_status(write_csv):
    with pytest.raises(CatalogError, match="column status: 'maybe' is not a status"):
        load(write_csv(row("a", status="maybe")))


def test_all_problems_listed_first_ones_first(write_csv):
    path = write_csv("\n".join([row("a", inp="x"), row("b", currency="EUR"), row("c", out="-1")]))
    with pytest.raises(CatalogError) as err:
        load(path)
    assert len(err.value.problems) == 3
    assert "row 2" in err.value.problems[0]


def test_too_many_cells(write_csv):
    with pytest.raises(CatalogError, match="row 2: 16 cells but the header has 15"):
        load(write_csv(row("a") + ",surplus"))


def test_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("")
    with pytest.raises(CatalogError, match="file is empty"):
        load(path)


def test_header_only_has_no_records(write_csv):
    with pytest.raises(CatalogError, match="no price records"):
        load(write_csv(""))


def test_not_utf8(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes((HEADER + "\n" + row("a", vendor="百度")).encode("gbk"))
    with pytest.raises(CatalogError, match="not UTF-8"):
        load(path)


def test_binary_file(tmp_path):
    path = tmp_path / "junk.csv"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(CatalogError, match="not a text file"):
        load(path)


def test_utf8_bom_from_spreadsheet_is_accepted(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(("\ufeff" + HEADER + "\n" + row("a", vendor="百度") + "\n").encode("utf-8"))
    assert load(path).models.loc["a", "vendor"] == "百度"


def test_missing_file(tmp_path):
    with pytest.raises(CatalogError, match="cannot read file"):
        load(tmp_path / "nope.csv")


def test_tier_only_model_is_rejected(write_csv):
    header = HEADER + ",above_input_tokens"
    with pytest.raises(CatalogError, match="only context-tier records"):
        load(write_csv(row("a", extra="128k"), header=header))


def test_tier_column_accepts_amounts(write_csv):
    header = HEADER + ",above_input_tokens"
    catalog = load(write_csv("\n".join([row("a", extra=""), row("a", inp="9", extra="128k")]),
                             header=header))
    assert sorted(catalog.records["above_input_tokens"]) == [0.0, 128000.0]
    assert bool(catalog.models.loc["a", "has_tiers"])


def test_empty_price_is_unknown_not_zero(write_csv):
    catalog = load(write_csv(row("a", out="")))
    value = catalog.records.loc[0, "output_per_mtok"]
    assert value != 0 and value != value  # NaN


def test_later_file_overrides_same_record(write_csv, tmp_path):
    shipped = write_csv("\n".join([row("a"), row("b")]), name="shipped.csv")
    user = write_csv(row("a", inp="0.5"), name="user.csv")
    catalog = read_catalog_files([shipped, user])
    assert catalog.records.set_index("model_id").loc["a", "input_per_mtok"] == 0.5
    assert catalog.records.set_index("model_id").loc["a", "origin"] == "user.csv"
    assert len(catalog.records) == 2


def test_quoted_fields_with_commas_and_newlines(write_csv):
    line = row("a").rstrip(",") + ',"first line, with comma\nsecond line"'
    catalog = load(write_csv(line))
    assert catalog.records.loc[0, "notes"] == "first line, with comma\nsecond line"
