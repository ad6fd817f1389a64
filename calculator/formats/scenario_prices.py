"""The price records a scenario file carries, so it opens the same on any machine.

A saved scenario embeds the records of its models (and reference model) that the
shipped catalog does not have: imported prices, prices and custom models the user
entered. They are written as objects whose keys and values are the catalog CSV's
columns and cells, and read back through the one catalog validator, so a record
in a scenario file means exactly what it means in a catalog file.
"""

from __future__ import annotations

import csv
import io

import pandas as pd

from ..engine.catalog import Catalog
from ..engine.errors import CatalogError
from .catalog_reader import COLUMNS, parse_catalog_bytes
from .catalog_writer import catalog_csv_bytes

SHIPPED = "shipped"
#: Where records read from a scenario file come from (shown in "Prices and sources").
ORIGIN = "scenario"
MAX_RECORDS = 20_000


def records_to_carry(catalog: Catalog, model_ids) -> pd.DataFrame:
    """The records of ``model_ids`` that are not shipped (imports, your own, custom)."""
    wanted = set(model_ids)
    records = catalog.records
    keep = records["model_id"].isin(wanted) & records["origin"].ne(SHIPPED)
    return records[keep]


def records_to_json(records: pd.DataFrame) -> list[dict[str, str]]:
    """Catalog records as JSON objects of CSV cells (empty cells left out)."""
    if records.empty:
        return []
    text = catalog_csv_bytes(records).decode("utf-8")
    return [{key: value for key, value in row.items() if value != ""}
            for row in csv.DictReader(io.StringIO(text, newline=""))]


def records_from_json(value: object, name: str) -> pd.DataFrame:
    """Validate a scenario file's ``prices``; raise :class:`CatalogError` naming problems
    (``name`` is the file, rows count from 1 in the list)."""
    if not isinstance(value, list):
        raise CatalogError(f"{name}: \"prices\" must be a list of price records")
    if len(value) > MAX_RECORDS:
        raise CatalogError(f"{name}: \"prices\" lists {len(value)} records; at most "
                           f"{MAX_RECORDS}")
    if not value:
        return pd.DataFrame()
    columns: dict[str, None] = dict.fromkeys(COLUMNS)
    for i, row in enumerate(value, start=1):
        if not isinstance(row, dict):
            raise CatalogError(f"{name}: \"prices\" item {i} must be an object")
        for key, cell in row.items():
            if not isinstance(cell, (str, int, float)) or isinstance(cell, bool):
                raise CatalogError(f"{name}: \"prices\" item {i}, {key!r} must be text or "
                                   "a number")
            columns.setdefault(str(key), None)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(columns))
    for row in value:
        writer.writerow([_cell(row.get(column, "")) for column in columns])
    return parse_catalog_bytes(buffer.getvalue().encode("utf-8"), f"{name} prices",
                               origin=ORIGIN)


def with_records(catalog: Catalog, records: pd.DataFrame | None) -> Catalog:
    """``catalog`` with a scenario's records layered on top (they win on the same
    model, date and tier)."""
    if records is None or records.empty:
        return catalog
    return Catalog.from_records([catalog.records, records])


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
