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
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..engine.errors import CatalogError
from . import genai_prices_import, litellm_import, llm_prices_cn_import
from .catalog_reader import MAX_FILE_BYTES, read_catalog_file
from .litellm_entry import NonFinite, json_type
from .safe_reader import UserFileError, decode_text, parse_json, read_bytes, size_text
from .source_import import ImportOptions, SourceImport


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
        return read_bytes(name, limit=MAX_FILE_BYTES, kind="a price list")
    except UserFileError as err:
        raise CatalogError(str(err)) from None


def load_json(raw: bytes, name: str) -> Any:
    """UTF-8 JSON within the size and nesting limits of the one safe reader (files and
    downloads alike); ``NaN``/``Infinity`` become :class:`NonFinite` markers (an entry
    using one is refused, not the file)."""
    if len(raw) > MAX_FILE_BYTES:
        raise CatalogError(f"{name}: larger than {size_text(MAX_FILE_BYTES)}; a price list is "
                           "at most that")
    try:
        return parse_json(decode_text(raw, name), name, constants=NonFinite)
    except UserFileError as err:
        if err.key == "too_deep":
            raise CatalogError(f"{name}: not a price list: JSON nested too deeply") from None
        if err.key == "not_text":
            raise CatalogError(f"{err}; a price list is UTF-8 JSON") from None
        raise CatalogError(str(err)) from None
