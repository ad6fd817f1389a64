"""Comparison tables as CSV (UTF-8 with BOM) and XLSX (numbers stay numbers)."""

from __future__ import annotations

import io
import math
import os
from pathlib import Path

import pandas as pd

from ..engine.evaluate import Evaluation
from ..engine.text import spreadsheet_cell
from ..userfiles.atomic import atomic_write_bytes
from .columns import BY_KEY, COLUMNS, RECORD_COLUMNS
from .i18n import translate
from .labels import column_labels, status_words, tier_word
from .locale import ENGLISH, Locale
from .summary import assumption_rows
from .tables import export_frame, price_records_frame

# Columns whose values are words from the vocabulary (translated in human exports).
STATUS_COLUMNS = tuple(dict.fromkeys(c.key for c in (*COLUMNS, *RECORD_COLUMNS)
                                     if c.kind in ("status", "record_status")))


#: Text that a spreadsheet shows as text, never runs (the one sanitiser, engine.text).
safe_text = spreadsheet_cell


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text cell of ``frame`` (and its column names) through :func:`safe_text`."""
    frame = frame.copy()
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]):
            frame[column] = frame[column].map(safe_text)
    return frame.rename(columns=lambda c: safe_text(c) if isinstance(c, str) else c)


def csv_bytes(evaluation: Evaluation, human_headers: bool = False) -> bytes:
    """``comparison.csv``: UTF-8 with a BOM so spreadsheets show CJK names.

    The first columns and their numbers are those of ``quote --format csv``.
    ``human_headers`` writes translated column labels instead of the column keys.
    """
    frame = export_frame(evaluation.comparison)
    if human_headers:
        words = status_words()
        for column in STATUS_COLUMNS:
            if column in frame:
                frame[column] = frame[column].map(lambda v: words.get(v, v))
        for column in frame.columns:
            if column in BY_KEY and BY_KEY[column].kind == "tier":
                frame[column] = frame[column].map(tier_word)
        labels = column_labels()
        frame = frame.rename(columns=lambda c: labels.get(c, c))
    frame = safe_frame(frame)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\r\n", float_format=None)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_csv(evaluation: Evaluation, path: str | os.PathLike[str],
              human_headers: bool = False) -> Path:
    return atomic_write_bytes(path, csv_bytes(evaluation, human_headers))


def xlsx_bytes(evaluation: Evaluation, version: str, locale: Locale = ENGLISH) -> bytes:
    """Three sheets: the comparison (money formatted, still numbers), the assumptions,
    and the price records used, with their sources and dates."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    comparison = evaluation.comparison
    currency = comparison.currency
    money = '"¥"#,##0.00;-"¥"#,##0.00' if currency == "CNY" else '"$"#,##0.00;-"$"#,##0.00'
    price = '"¥"#,##0.0000' if currency == "CNY" else '"$"#,##0.0000'
    labels = column_labels()
    words = status_words()
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="343A40")

    book = Workbook()
    sheet = book.active
    sheet.title = translate("Reports", "Comparison")[:31]
    frame = export_frame(comparison)
    _write_table(sheet, frame, labels, words, header_font, header_fill)
    formats = {"cost": money, "savings": money, "price": price, "percent": '0.0"%"'}
    for index, column in enumerate(frame.columns, start=1):
        letter = get_column_letter(index)
        fmt = formats.get(BY_KEY[column].kind, "")
        if not fmt:
            continue
        for cell in sheet[letter][1:]:
            cell.number_format = fmt
    sheet.freeze_panes = "D2"

    info = book.create_sheet(translate("Reports", "Assumptions")[:31])
    for row, (label, value) in enumerate(assumption_rows(evaluation, version, locale),
                                         start=1):
        info.cell(row=row, column=1, value=safe_text(label)).font = Font(bold=True)
        info.cell(row=row, column=2, value=safe_text(value)).alignment = Alignment(wrap_text=True)
    info.column_dimensions["A"].width = 30
    info.column_dimensions["B"].width = 100

    records = book.create_sheet(translate("Reports", "Price records")[:31])
    record_frame = price_records_frame(comparison)
    _write_table(records, record_frame, labels, words, header_font, header_fill)
    kinds = {column.key: column.kind for column in RECORD_COLUMNS}
    for index, column in enumerate(record_frame.columns, start=1):
        if kinds[column] == "price":
            for cell in records[get_column_letter(index)][1:]:
                cell.number_format = "#,##0.0000"
    records.freeze_panes = "C2"

    book.properties.creator = f"LLM Cost Calculator {version}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(evaluation: Evaluation, path: str | os.PathLike[str], version: str,
               locale: Locale = ENGLISH) -> Path:
    return atomic_write_bytes(path, xlsx_bytes(evaluation, version, locale))


def _write_table(sheet, frame: pd.DataFrame, labels, words, header_font, header_fill) -> None:
    from openpyxl.utils import get_column_letter

    for col, name in enumerate(frame.columns, start=1):
        cell = sheet.cell(row=1, column=col, value=safe_text(labels.get(name, name)))
        cell.font, cell.fill = header_font, header_fill
        width = max(12, min(60, len(str(cell.value)) + 2))
        sheet.column_dimensions[get_column_letter(col)].width = width
    for row_index, row in enumerate(frame.itertuples(index=False), start=2):
        for col, (name, value) in enumerate(zip(frame.columns, row, strict=True), start=1):
            sheet.cell(row=row_index, column=col, value=_cell(name, value, words))


def _cell(name: str, value: object, words: dict[str, str]) -> object:
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if hasattr(value, "item"):
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    if name in STATUS_COLUMNS and isinstance(value, str):
        return safe_text(words.get(value, value))
    if name in BY_KEY and BY_KEY[name].kind == "tier":
        return safe_text(tier_word(value))
    return safe_text(value)
