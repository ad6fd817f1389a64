"""Read an import file fast: its validated records are kept beside it, keyed by its bytes.

Validating a catalog CSV checks every cell (numbers, dates, ids, text, record
rules); for an import of thousands of records that costs most of a second at every
start of the window. The validated records of an import are the same as long as its
bytes, the known vendor schedules and the app's validator are the same, so the
first read keeps them in ``<stem>.cache.json`` beside the CSV, together with a key
(SHA-256 of the CSV bytes, the schedule ids, the column list and the app version).
Later reads still read and hash the CSV through the one safe reader, and use the
cache only when the key matches; any change of the file (an edit, a damaged or
hostile file) validates it again, with every check and every message.

The window reads the shipped catalog the same way (its cache in the user's data
folder, ``cache/shipped-prices.cache.json``): its start then skips validating it again.

The cache is plain JSON (no pickle): strings, numbers (``null`` for NaN) and dates
as ISO text. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection
from pathlib import Path

import numpy as np
import pandas as pd

from .. import __version__
from ..engine.errors import CatalogError
from ..engine.records import ALL_COLUMNS
from ..formats.catalog_reader import MAX_FILE_BYTES, parse_catalog_bytes
from ..formats.safe_reader import UserFileError, read_bytes
from .atomic import atomic_write_text

CACHE_SUFFIX = ".cache.json"
FORMAT = 1
_DATE = "datetime64[s]"


def cache_path(path: Path) -> Path:
    return path.with_suffix(CACHE_SUFFIX)


def read_import(path: Path, origin: str, schedules: Collection[str] | None,
                cache: Path | None = None) -> pd.DataFrame:
    """The validated records of catalog CSV ``path``, from its cache when it is current.

    ``cache``: where the cache lives (default beside the CSV; the shipped catalog, in a
    folder the app may not write, keeps its cache in the user's catalog folder)."""
    name = os.fspath(path)
    try:
        raw = read_bytes(name, limit=MAX_FILE_BYTES, kind="a price catalog")
    except UserFileError as err:
        raise CatalogError(str(err)) from None
    key = _key(raw, schedules)
    cache = cache or cache_path(path)
    cached = _load(cache, key)
    if cached is not None:
        cached["origin"] = origin
        return cached
    frame = parse_catalog_bytes(raw, name, origin=origin, schedules=schedules)
    _save(cache, key, frame)
    return frame


def _key(raw: bytes, schedules: Collection[str] | None) -> str:
    parts = [str(FORMAT), __version__, ",".join(ALL_COLUMNS),
             "*" if schedules is None else ",".join(sorted(schedules)),
             hashlib.sha256(raw).hexdigest()]
    return "|".join(parts)


def _save(path: Path, key: str, frame: pd.DataFrame) -> None:
    columns: dict[str, dict[str, object]] = {}
    for column in frame.columns:
        if column == "origin":
            continue
        series = frame[column]
        if series.dtype.kind == "M":
            days = [None if pd.isna(v) else f"{v:%Y-%m-%d}" for v in series]
            columns[column] = {"kind": "date", "values": days}
        elif series.dtype.kind == "f":
            numbers = [None if np.isnan(v) else float(v) for v in series.to_numpy(float)]
            columns[column] = {"kind": "float", "values": numbers}
        elif series.dtype == object and all(isinstance(v, str) for v in series):
            columns[column] = {"kind": "str", "values": series.tolist()}
        else:  # a column this cache does not know how to keep: do not cache
            return
    text = json.dumps({"key": key, "columns": columns, "order": list(frame.columns)},
                      ensure_ascii=False, allow_nan=False)
    try:
        atomic_write_text(path, text)
    except OSError:
        pass


def _load(path: Path, key: str) -> pd.DataFrame | None:
    if not path.is_file():
        return None
    try:
        # the app's own file, read within the size limit; json.loads without the safe
        # reader's depth walk (two levels deep, and anything unexpected is ignored)
        raw = read_bytes(path, limit=8 * MAX_FILE_BYTES, kind="a cache")
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        frame = pd.DataFrame(index=range(_length(data)))
        for column in data["order"]:
            if column == "origin":
                frame[column] = ""
                continue
            spec = data["columns"][column]
            values = spec["values"]
            if spec["kind"] == "date":
                frame[column] = pd.to_datetime(pd.Series(values, dtype=object),
                                               format="%Y-%m-%d").astype(_DATE)
            elif spec["kind"] == "float":
                frame[column] = np.array([np.nan if v is None else v for v in values], float)
            else:
                frame[column] = pd.Series(values, dtype=object)
        return frame
    except (UserFileError, KeyError, TypeError, ValueError, OverflowError, RecursionError):
        return None


def _length(data: dict) -> int:
    lengths = {len(spec["values"]) for spec in data["columns"].values()}
    if len(lengths) != 1:
        raise ValueError("columns of different lengths")
    return lengths.pop()
