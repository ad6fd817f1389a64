"""The price sources the app can import and update from: one registry, and reading any of
their files.

Three machine-readable sources (details and licences in the README, "Price
sources"):

* ``litellm``: LiteLLM's ``model_prices_and_context_window.json`` (MIT);
* ``genai-prices``: pydantic's genai-prices ``data.json`` v2 (MIT), also installed
  as a Python package;
* ``llm-prices-cn``: llm-prices-cn's ``prices.json`` (LLM Abacus, CC-BY-4.0).

:func:`read_price_file` recognises a file by its content (a catalog CSV by its
``.csv`` name); :func:`parse_source` reads the bytes downloaded from a source and
refuses anything that is not that source's format. Both give a
:class:`~calculator.formats.source_import.SourceImport`; nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..engine.errors import CatalogError
from . import genai_prices_import, litellm_import, llm_prices_cn_import
from .catalog_reader import MAX_FILE_BYTES, read_catalog_file
from .litellm_entry import NonFinite, json_type
from .source_import import ImportOptions, SourceImport

MAX_DEPTH = 32


@dataclass(frozen=True)
class PriceSource:
    key: str
    title: str
    #: The public address a running app downloads.
    url: str
    licence: str
    home: str
    #: What the file is called, for messages ("a genai-prices data.json").
    file_kind: str


SOURCES: tuple[PriceSource, ...] = (
    PriceSource("litellm", "LiteLLM", litellm_import.DATA_URL, "MIT",
                "https://github.com/BerriAI/litellm", "a LiteLLM price map"),
    PriceSource("genai-prices", "genai-prices", genai_prices_import.DATA_URL, "MIT",
                genai_prices_import.HOME_URL, "a genai-prices data.json"),
    PriceSource("llm-prices-cn", "llm-prices-cn", llm_prices_cn_import.DATA_URL, "CC-BY-4.0",
                llm_prices_cn_import.HOME_URL, "an llm-prices-cn prices.json"),
)
SOURCE_KEYS: tuple[str, ...] = tuple(s.key for s in SOURCES)


def source(key: str) -> PriceSource:
    for found in SOURCES:
        if found.key == key:
            return found
    raise CatalogError(f"unknown price source {key!r} (one of {', '.join(SOURCE_KEYS)})")


# ---------------------------------------------------------------------------- reading
def read_price_file(path: str | os.PathLike[str], options: ImportOptions) -> SourceImport:
    """A catalog CSV, LiteLLM map, genai-prices data.json or llm-prices-cn prices.json."""
    path = Path(path)
    name = os.fspath(path)
    if path.suffix.lower() == ".csv":
        if options.effective_from:
            raise CatalogError("--effective-from applies to price lists; a catalog CSV "
                               "carries its own dates")
        records = read_catalog_file(path, origin=f"import:{path.stem}")
        return SourceImport(records=records, name=name, entries=len(records))
    raw = _read(name)
    data = load_json(raw, name)
    kind = detect(data)
    # A LiteLLM map often names no date of its own: then the file's date stands for it.
    published = _file_day(name) if kind == "litellm" else None
    return _parse(kind, data, name, options, published=published)


def _file_day(name: str) -> dt.date | None:
    try:
        return dt.date.fromtimestamp(os.path.getmtime(name))
    except (OSError, OverflowError, ValueError):
        return None


def parse_source(key: str, raw: bytes, name: str, options: ImportOptions,
                 published: dt.date | None = None) -> SourceImport:
    """The bytes downloaded from source ``key``; any other content is refused."""
    wanted = source(key)
    data = load_json(raw, name)
    found = detect(data)
    if found != key:
        raise CatalogError(f"{name}: not {wanted.file_kind} (the content looks like "
                           f"{source(found).file_kind if found else json_type(data)})")
    return _parse(key, data, name, options, published)


def detect(data: Any) -> str:
    """Which source's format ``data`` (parsed JSON) is in; ``""`` if none."""
    if genai_prices_import.looks_like_data_json(data):
        return "genai-prices"
    if llm_prices_cn_import.looks_like_prices_json(data):
        return "llm-prices-cn"
    if isinstance(data, dict):
        return "litellm"
    return ""


def _parse(key: str, data: Any, name: str, options: ImportOptions,
           published: dt.date | None) -> SourceImport:
    if key == "genai-prices":
        return genai_prices_import.parse_data_json(data, name, options, published)
    if key == "llm-prices-cn":
        return llm_prices_cn_import.parse_prices_json(data, name, options)
    if key == "litellm":
        return litellm_import.import_litellm_data(data, name, options, published)
    raise CatalogError(f"{name}: not a price list this app knows (a LiteLLM map, a "
                       f"genai-prices data.json or an llm-prices-cn prices.json); the top "
                       f"level is {json_type(data)}")


def _read(name: str) -> bytes:
    try:
        size = os.path.getsize(name)
        if size > MAX_FILE_BYTES:
            raise CatalogError(f"{name}: file is {size / 1e6:.0f} MB; a price list is at most "
                               f"{MAX_FILE_BYTES // (1024 * 1024)} MB")
        with open(name, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise CatalogError(f"{name}: cannot read file ({err.strerror or err})") from err
    if len(raw) > MAX_FILE_BYTES:
        raise CatalogError(f"{name}: file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
                           "a price list is at most that")
    return raw


def load_json(raw: bytes, name: str) -> Any:
    """UTF-8 JSON within the size and nesting limits; ``NaN``/``Infinity`` become
    :class:`NonFinite` markers (an entry using one is refused, not the file)."""
    if len(raw) > MAX_FILE_BYTES:
        raise CatalogError(f"{name}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CatalogError(f"{name}: not UTF-8 text (byte {err.start}); a price list is "
                           "UTF-8 JSON") from err
    depth = _max_depth(text)
    if depth > MAX_DEPTH:
        raise CatalogError(f"{name}: not a price list: JSON nested too deeply ({depth} levels; "
                           f"at most {MAX_DEPTH})")
    try:
        return json.loads(text, parse_constant=NonFinite)
    except json.JSONDecodeError as err:
        where = f"line {err.lineno}, column {err.colno}"
        detail = "the file ends too early (truncated?)" if err.pos >= len(text) else err.msg
        raise CatalogError(f"{name}: not valid JSON at {where}: {detail}") from err
    except (RecursionError, ValueError) as err:
        raise CatalogError(f"{name}: not valid JSON ({str(err)[:100]})") from err


def _max_depth(text: str) -> int:
    """Deepest nesting of brackets outside strings (a vectorised scan, before parsing)."""
    bare = _STRING.sub("", text).encode("utf-8", "replace")
    codes = np.frombuffer(bare, dtype=np.uint8)
    steps = (np.isin(codes, _OPEN).astype(np.int32) - np.isin(codes, _CLOSE).astype(np.int32))
    return int(np.cumsum(steps).max(initial=0))


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_OPEN = np.frombuffer(b"[{", dtype=np.uint8)
_CLOSE = np.frombuffer(b"]}", dtype=np.uint8)
