"""CSV and XLSX exports: same numbers as ``quote``, numbers stay numbers, text stays text."""

from __future__ import annotations

import csv
import dataclasses
import io
import math

import numpy as np
import openpyxl
import pytest

from calculator.reports.spreadsheet import csv_bytes, safe_text, xlsx_bytes
from calculator.reports.tables import QUOTE_COLUMNS, quote_frame


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so spreadsheets read CJK"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_starts_with_the_quote_columns_and_numbers(evaluation):
    rows = read_csv(csv_bytes(evaluation))
    assert list(rows[0])[:len(QUOTE_COLUMNS) + 1] == [*QUOTE_COLUMNS, "savings_vs_reference"]
    quote = quote_frame(evaluation.comparison).set_index("model_id")
    for row in rows:
        for column in ("baseline_cost", "current_cost", "savings", "savings_pct",
                       "savings_vs_reference"):
            expected = quote.loc[row["model_id"], column]
            if math.isnan(expected):
                assert row[column] == ""
            else:
                assert float(row[column]) == expected  # exact: same float text
    by_id = {r["model_id"]: r for r in rows}
    assert by_id["qwen-long"]["baseline_status"] == "unknown"
    assert by_id["doubao-pro-32k"]["baseline_status"] == "not_offered"
    assert by_id["ernie-speed-8k"]["current_cost"] in ("0.0", "0")
    assert by_id["qwen-long"]["vendor_cn"] == "阿里云"
    assert by_id["glm-3-turbo"]["currency"] == "CNY"
    # both sides' price records are traceable: how sure, and where from
    assert by_id["qwen-long"]["baseline_record_status"] == "uncertain"
    assert by_id["glm-3-turbo"]["baseline_record_status"] == "confirmed"
    assert "github.com/small-tou/llm-price" in by_id["glm-3-turbo"]["baseline_source"]
    assert by_id["doubao-pro-32k"]["baseline_source"] == ""


def test_csv_human_headers(evaluation):
    rows = read_csv(csv_bytes(evaluation, human_headers=True))
    assert "Current cost / month" in rows[0]
    assert {r["Baseline status"] for r in rows} >= {"unknown", "not offered", "priced"}


def test_csv_neutralises_formula_injection(evaluation):
    arrays = dict(evaluation.comparison.arrays, vendor=np.array(
        ["=HYPERLINK(\"http://x\")", "+1", "-cmd", "@SUM(A1)", "safe"], dtype=object))
    hostile = dataclasses.replace(evaluation, comparison=dataclasses.replace(
        evaluation.comparison, arrays=arrays))
    rows = read_csv(csv_bytes(hostile))
    assert [r["vendor"] for r in rows] == ["'=HYPERLINK(\"http://x\")", "'+1", "'-cmd",
                                           "'@SUM(A1)", "safe"]
    assert safe_text(-5) == -5  # numbers are left alone


def test_xlsx_keeps_numbers_and_formats_money(evaluation, tmp_path):
    path = tmp_path / "c.xlsx"
    path.write_bytes(xlsx_bytes(evaluation, "9.9"))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Comparison", "Assumptions", "Price records"]
    sheet = book["Comparison"]
    header = [c.value for c in sheet[1]]
    col = header.index("Current cost / month") + 1
    row = [r for r in sheet.iter_rows(min_row=2) if r[0].value == "glm-3-turbo"][0]
    cell = row[col - 1]
    assert cell.value == 120  # 100M x ¥1 + 20M x ¥1: a number, not text
    assert "¥" in cell.number_format
    status = row[header.index("Baseline status")].value
    assert status == "priced"
    qwen = [r for r in sheet.iter_rows(min_row=2) if r[0].value == "qwen-long"][0]
    assert qwen[header.index("Baseline cost / month")].value is None  # unknown, not 0
    info = {r[0].value: r[1].value for r in book["Assumptions"].iter_rows()}
    assert info["Baseline date"] == "May 1, 2024"
    assert info["Exchange rate"].startswith("1 USD = 7.2547 CNY (rate of Jun 1, 2024")
    assert info["Made with"] == "LLM Cost Calculator 9.9"
    records = book["Price records"]
    rheader = [c.value for c in records[1]]
    sources = [r[rheader.index("Source")].value for r in records.iter_rows(min_row=2)]
    assert any("syaoranwe/LLM-Price" in s for s in sources)
    assert len(sources) == 9  # 5 current records + 4 baseline (Doubao not offered)


@pytest.mark.parametrize("currency, symbol", [("USD", "$"), ("CNY", "¥")])
def test_xlsx_currency_format_follows_display_currency(evaluation, tmp_path, currency, symbol):
    changed = dataclasses.replace(evaluation, comparison=dataclasses.replace(
        evaluation.comparison, currency=currency))
    path = tmp_path / "c.xlsx"
    path.write_bytes(xlsx_bytes(changed, "1"))
    sheet = openpyxl.load_workbook(path)["Comparison"]
    header = [c.value for c in sheet[1]]
    assert symbol in sheet.cell(row=2, column=header.index("Savings / month") + 1).number_format


def test_control_characters_never_break_the_workbook(evaluation):
    """Text that reached a report unsanitised (NUL, VT, ESC, BEL, a lone surrogate) is
    cleaned on the way out, so the Excel export cannot fail on it."""
    hostile = dataclasses.replace(evaluation, scenario=dataclasses.replace(
        evaluation.scenario, name="Plan\x00\x0b\x1b\x07\ud800", notes="=cmd|' /C calc'!A0"))
    arrays = dict(hostile.comparison.arrays, vendor=np.array(
        ["V\x00", "\x07", "ok", "\ud800", "x"], dtype=object))
    hostile = dataclasses.replace(hostile, comparison=dataclasses.replace(
        hostile.comparison, arrays=arrays))
    data = xlsx_bytes(hostile, "1")
    book = openpyxl.load_workbook(io.BytesIO(data))
    vendors = [c.value for c in book["Comparison"]["B"][1:]] + [
        c.value for c in book["Comparison"]["C"][1:]]
    assert all("\x00" not in str(v) and "\x07" not in str(v) for v in vendors)
    csv_bytes(hostile).decode("utf-8")
