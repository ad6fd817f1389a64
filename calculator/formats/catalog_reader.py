"""Read and validate price-catalog CSV files into one normalised records frame.

A catalog file is a spreadsheet-friendly CSV, one row per dated price record
(see ``seeds/README.md``). Validation collects every problem with file, row,
column and value, and raises :class:`CatalogError` before anything is returned:
a bad file is never half-loaded.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Collection, Iterable, Sequence

import numpy as np
import pandas as pd

from ..engine.amounts import MAX_PRICE, parse_amount, parse_number
from ..engine.catalog import Catalog
from ..engine.dates import parse_date_column, range_text
from ..engine.errors import AmountError, CatalogError
from ..engine.records import (  # noqa: F401  (re-exported for readers of this module)
    ALL_COLUMNS,
    COLUMNS,
    CURRENCIES,
    OPTIONAL_COLUMNS,
    PRICE_COLUMNS,
    REQUIRED_VALUES,
    STATUSES,
    TIER_COLUMN,
    record_keys,
)
from ..engine.schedules import Schedule
from ..engine.text import clean_text
from .record_rules import check_record_sets, check_schema_columns, key_text
from .safe_reader import UserFileError, decode_text, read_bytes

#: Free-text columns: control characters and lone surrogates become U+FFFD when read.
TEXT_COLUMNS = ("vendor", "vendor_cn", "model_name", "tier", "source", "notes")
#: Largest context window or tier threshold, in tokens.
MAX_TOKENS_TEXT = 1e12

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXT = 2000
_MODEL_ID = re.compile(r"^[^\s\x00-\x1f\x7f]{1,200}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_catalog_file(path: str | os.PathLike[str], origin: str | None = None,
                      schedules: Collection[str] | None = None) -> pd.DataFrame:
    """Read one catalog CSV and return its validated records.

    ``origin`` labels where the records came from (default: the file name).
    ``schedules``: the known schedule ids; band records must name one of them
    (None: any id is accepted).
    """
    name = os.fspath(path)
    try:
        raw = read_bytes(name, limit=MAX_FILE_BYTES, kind="a price catalog")
    except UserFileError as err:
        raise CatalogError(str(err)) from None
    return parse_catalog_bytes(raw, name, origin=origin or os.path.basename(name),
                               schedules=schedules)


def read_catalog_files(paths: Iterable[str | os.PathLike[str]],
                       schedules: Sequence[Schedule] = ()) -> Catalog:
    """Read and layer catalog files into a :class:`Catalog`; later files override earlier records.

    ``schedules``: the vendor schedules band records may name.
    """
    known = {s.schedule for s in schedules}
    frames = [read_catalog_file(path, schedules=known) for path in paths]
    if not frames:
        raise CatalogError("no catalog files given")
    return Catalog.from_records(frames, schedules)


def parse_catalog_bytes(raw: bytes, name: str, origin: str = "",
                        schedules: Collection[str] | None = None) -> pd.DataFrame:
    """Validate catalog CSV bytes; ``name`` is used in error messages."""
    if b"\x00" in raw[:4096]:
        raise CatalogError(f"{name}: not a text file (it contains NUL bytes)")
    try:
        text = decode_text(raw, name)
    except UserFileError as err:
        raise CatalogError(f"{err}; save the file as CSV UTF-8") from None
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as err:
        raise CatalogError(f"{name}: not a valid CSV file ({err})") from err
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise CatalogError(
            f"{name}: file is empty; expected a header row with {', '.join(COLUMNS)}")
    header = [cell.strip() for cell in rows[0]]
    missing = [col for col in COLUMNS if col not in header]
    if missing:
        raise CatalogError(
            f"{name}: missing required column{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
        )
    duplicated = sorted({col for col in header if col and header.count(col) > 1})
    if duplicated:
        raise CatalogError(f"{name}: column {', '.join(duplicated)} appears more than once")
    body = [row for row in rows[1:] if any(cell.strip() for cell in row)]
    line_numbers = [i + 2 for i, row in enumerate(rows[1:]) if any(cell.strip() for cell in row)]
    problems: list[str] = []
    width = len(header)
    for line, row in zip(line_numbers, body, strict=True):
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            problems.append(f"{name}: row {line}: {len(row)} cells but the header has {width}")
    padded = [(row + [""] * width)[:width] for row in body]
    frame = pd.DataFrame(padded, columns=header, dtype=object)
    wanted = [col for col in ALL_COLUMNS if col in header]
    frame = pd.DataFrame({col: [cell.strip() for cell in frame[col]] for col in wanted},
                         dtype=object)
    return validate_records(frame, name, line_numbers, origin, problems, schedules)


def validate_records(
    frame: pd.DataFrame,
    name: str,
    line_numbers: Sequence[int],
    origin: str,
    problems: list[str] | None = None,
    schedules: Collection[str] | None = None,
) -> pd.DataFrame:
    """Check and convert a frame of text cells; raise :class:`CatalogError` listing problems.

    Optional columns missing from ``frame`` are read as empty (their default).
    """
    problems = list(problems or [])
    lines = np.asarray(line_numbers)
    frame = frame.copy()
    for column in OPTIONAL_COLUMNS:
        if column not in frame:
            frame[column] = ""

    def report(mask: Iterable[bool], column: str, reason: str) -> None:
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        for line, value in zip(lines[mask], frame[column].to_numpy()[mask], strict=True):
            problems.append(f"{name}: row {line}, column {column}: {value!r} {reason}")

    for column in REQUIRED_VALUES:
        report(frame[column].eq(""), column, "is empty; a value is required")
    for column in ALL_COLUMNS:
        report(frame[column].str.len().gt(MAX_TEXT), column,
               f"is longer than {MAX_TEXT} characters")
    ids = frame["model_id"]
    report(ids.ne("") & ~ids.str.match(_MODEL_ID), "model_id",
           "is not a valid model id (no spaces or control characters, at most 200 characters)")

    out = pd.DataFrame(index=frame.index)
    out["model_id"] = frame["model_id"].astype(object)
    for column in TEXT_COLUMNS:
        multiline = column == "notes"
        out[column] = frame[column].map(
            lambda v, keep=multiline: clean_text(v, keep_lines=keep)).astype(object)
    currency = frame["currency"].str.upper()
    report(currency.ne("") & ~currency.isin(CURRENCIES), "currency",
           "is not a known currency (CNY or USD)")
    out["currency"] = currency
    status = frame["status"].str.lower()
    report(status.ne("") & ~status.isin(STATUSES), "status",
           "is not a status (confirmed or uncertain)")
    out["status"] = status
    for column in ("effective_from", "checked"):
        out[column] = _dates(frame, column, report)
    for column in PRICE_COLUMNS:
        out[column] = _numbers(frame, column, report, name="price per 1M tokens")
    out["context_window"] = _amounts(frame, "context_window", report, problems, name, lines)
    out[TIER_COLUMN] = _amounts(frame, TIER_COLUMN, report, problems, name, lines).fillna(0.0)
    check_schema_columns(frame, out, report, _numbers, schedules)
    out["origin"] = origin

    keys = record_keys(out)
    dup = keys.duplicated(keep="first") & out["model_id"].ne("") & out["effective_from"].notna()
    for idx in np.flatnonzero(dup.to_numpy()):
        row = out.iloc[idx]
        first = lines[np.flatnonzero((keys == keys.iloc[idx]).all(axis=1).to_numpy())[0]]
        problems.append(
            f"{name}: row {lines[idx]}: duplicate record for {row['model_id']} effective "
            f"{row['effective_from']:%Y-%m-%d}{key_text(row)}; row {first} has the same "
            "record key (model, date, tier, variant, band, promotion)"
        )
    problems.extend(check_record_sets(out, name, lines))
    if problems:
        raise CatalogError(sorted(problems, key=_row_of))
    base = out.groupby("model_id", sort=False)[TIER_COLUMN].min()
    tier_only = base[base > 0]
    if len(tier_only):
        raise CatalogError([
            f"{name}: model {mid} has only context-tier records; add a record with "
            f"{TIER_COLUMN} empty or 0 for requests of any size"
            for mid in tier_only.index
        ])
    return out.reset_index(drop=True)


def _dates(frame: pd.DataFrame, column: str, report) -> pd.Series:
    """A date column by the one date rule (:mod:`calculator.engine.dates`)."""
    dates, malformed, outside = parse_date_column(frame[column])
    report(malformed, column, "is not a date in the form YYYY-MM-DD")
    report(outside, column, f"is outside the dates this app handles ({range_text()})")
    return dates


def _row_of(problem: str) -> int:
    match = re.search(r": row (\d+)", problem)
    return int(match.group(1)) if match else 0


_PLAIN_DECIMAL = r"[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?"


def _numbers(frame: pd.DataFrame, column: str, report, name: str) -> pd.Series:
    """Prices: the one number rule (``.`` decimals, no thousands separators), 0..MAX_PRICE."""
    cells = frame[column]
    # Fast path (imports hold thousands of prices): plain ASCII decimals that parse to a
    # finite price in range are what the rule reads them as; every other cell goes
    # through the rule itself, for its value or its message.
    plain = cells.str.fullmatch(_PLAIN_DECIMAL).fillna(False).to_numpy(bool).copy()
    fast = np.full(len(cells), np.nan)
    if plain.any():
        fast[plain] = cells[plain].astype(float).to_numpy()
        plain &= np.isfinite(fast) & (fast <= MAX_PRICE)
    if plain.all():
        return pd.Series(fast, index=frame.index, dtype=float)
    values = []
    reasons: list[str] = []
    for text, is_plain, value in zip(cells, plain, fast, strict=True):
        if is_plain:
            values.append(value)
            reasons.append("")
            continue
        if not text:
            values.append(np.nan)
            reasons.append("")
            continue
        try:
            values.append(parse_number(text, what=column, grouping=False, maximum=MAX_PRICE))
            reasons.append("")
        except AmountError as err:
            values.append(np.nan)
            reasons.append(_why(err, name))
    for reason in sorted(set(reasons) - {""}):
        report([r == reason for r in reasons], column, reason)
    return pd.Series(values, index=frame.index, dtype=float)


def _why(err: AmountError, name: str) -> str:
    key = getattr(err, "key", "")
    if key == "negative":
        return "is negative; prices must be 0 (free) or more"
    if key == "too_large":
        return f"is larger than {MAX_PRICE:,.0f}, the largest price accepted"
    if key == "not_finite":
        return "is not a finite number"
    if key in ("not_a_number", "empty", "type", ""):
        return f"is not a number ({name}; leave empty if unknown, 0 if free)"
    detail = str(err).split(": ", 1)[-1]
    text = err.values.get("text", "")
    if text and detail.startswith(text + ": "):
        detail = detail[len(text) + 2:]
    return f"is not a number ({detail})"


def _amounts(frame: pd.DataFrame, column: str, report, problems, name, lines) -> pd.Series:
    values = []
    for line, text in zip(lines, frame[column], strict=True):
        if not text:
            values.append(np.nan)
            continue
        try:
            values.append(parse_amount(text, what=column, maximum=MAX_TOKENS_TEXT))
        except AmountError as err:
            problems.append(f"{name}: row {line}, column {column}: {text!r} {_reason(err)}")
            values.append(np.nan)
    return pd.Series(values, index=frame.index, dtype=float)


def _reason(err: AmountError) -> str:
    text = str(err)
    return "is not a token count" + (f" ({text.split(': ', 1)[1]})" if ": " in text else "")
