"""Import chat-model prices from LiteLLM's price map (``model_prices_and_context_window.json``).

The map is one JSON object: model key -> entry with USD prices *per token*
(documented by LiteLLM; the fields the app reads are listed below). :func:`parse_litellm_map`
turns its chat models into catalog records: the same frame, columns and dtypes
that :func:`catalog_reader.validate_records` returns, because the records are
built as text cells and run through ``validate_records`` (every check a catalog
CSV gets, these records get too).

Conventions, chosen so that the app's cost equals LiteLLM's own
``cost_per_token`` for the same request (``tests/engine/test_litellm_import.py``
checks this against costs recorded from LiteLLM itself):

* **Cached tokens are a subset of the input tokens** (OpenAI convention, the one
  LiteLLM's map path uses: ``prompt_tokens`` includes ``cache_read_input_tokens``).
  A workload of P input tokens with cached share R/P costs
  ``(P - R) x input + R x cached + C x output``, as LiteLLM computes it.
* **Per token -> per 1M tokens** with exact decimal arithmetic:
  ``Decimal(repr(price)).scaleb(6)``, then the shortest float text. ``2.5e-06``
  becomes exactly ``2.5`` and ``1.2e-07`` exactly ``0.12``; no ``2.4999999``.
  (``round(x * 1e6, 10)`` was rejected: it drops digits of very small prices.)
* **Cached input price**: ``cache_read_input_token_cost``, else the legacy
  DeepSeek spelling ``input_cost_per_token_cache_hit``; absent -> empty, which
  the engine bills at the input price, as LiteLLM does. An explicit ``0.0`` is
  kept (cache hits are free). NB LiteLLM's cost code ignores the legacy field;
  in its own map the legacy field always duplicates the new one. For
  ``fireworks_ai`` LiteLLM assumes cache hits cost 50 % of the input price when
  no cache price is given (``FIREWORKS_AI_DEFAULT_CACHE_READ_RATE_RATIO``); the
  import writes that price and says so in ``notes``.
* **Context tiers**, one record per tier, ``above_input_tokens = N`` meaning
  "requests with more than N input tokens" (highest matching tier wins):

  - ``tiered_pricing`` ranges ``[start, end]``: LiteLLM picks the tier with
    ``start < n <= end`` and the last tier above the last range, which is our
    rule when the ranges start at 0 and are contiguous (each start = previous
    end); other layouts are skipped with a reason. Tier prices missing in a
    tier: output -> the entry's ``output_cost_per_token``, cached -> empty
    (the tier's input price), as LiteLLM does. ``_above_`` keys are not used
    for such entries (LiteLLM ignores them once a tier applies).
  - ``<price>_above_<N>k_tokens``: applies when the request's input exceeds N
    (``>= N`` for ``xai``, stored as ``N - 1``: identical for whole token
    counts). As in LiteLLM's ``_get_token_base_cost``, the rates **replace** the
    base rates for the whole request, crossed thresholds apply in ascending
    order, and a price missing at a threshold keeps the price of the next lower
    crossed threshold (or the base price). Providers ``dashscope``,
    ``qwencloud`` and ``qwen_ai_platform`` have their own LiteLLM cost function
    that ignores ``_above_`` keys; so does the import for them.

* Only ``mode == "chat"`` entries with an input and an output price are
  imported; batch, flex/priority, off-peak, cache-write, reasoning and modality
  prices are not (the engine has no place for them; off-peak pricing is named
  in ``notes``). Record fields: vendor = ``litellm_provider``, model_id = the
  key verbatim, model_name = the key after the last ``/``, tier = ``"chat"``
  (LiteLLM has no size class), currency USD, status ``confirmed`` when the
  entry names a ``source`` URL (else ``uncertain``).

Hostile input: the whole file is rejected with :class:`CatalogError` when it is
over 50 MB, not UTF-8, not JSON (line and column), nested too deeply, or not an
object. A bad *entry* (wrong type, negative, NaN or infinite price, unusable
key) is skipped with a reason; only if nothing importable remains is the file
rejected. Wrong types in metadata the import only reads for display
(``max_input_tokens``, ``source``, ``deprecation_date``) are ignored instead.
Unknown fields are ignored. Nothing is returned half-imported.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

import pandas as pd

from ..engine.errors import CatalogError
from ..engine.records import ALL_COLUMNS
from .catalog_reader import MAX_FILE_BYTES, validate_records
from .litellm_entry import (
    DEFAULT_SOURCE,
    SKIP_REASONS,
    EntryContext,
    NonFinite,
    SkipEntry,
    entry_rows,
    json_type,
    skip_kind,
)
from .safe_reader import UserFileError, decode_text, parse_json, read_bytes
from .source_import import ImportOptions, SourceImport, newest_day

__all__ = ["DEFAULT_SOURCE", "SKIP_REASONS", "LiteLLMImport", "import_litellm_data",
           "parse_litellm_map", "read_litellm_file", "skip_kind"]

SOURCE = "LiteLLM"
DATA_URL = ("https://raw.githubusercontent.com/BerriAI/litellm/main/"
            "model_prices_and_context_window.json")

#: Keys in LiteLLM's map that are not models.
DOC_KEYS = frozenset({"sample_spec"})
_MAX_DEPTH_NOTE = "nested too deeply"


@dataclass(frozen=True)
class LiteLLMImport:
    """Validated catalog records from one LiteLLM map, and the entries left out."""

    records: pd.DataFrame
    skipped: list[tuple[str, str]] = field(default_factory=list)
    name: str = ""
    #: Model entries in the file (documentation entries such as ``sample_spec`` excluded).
    entries: int = 0

    @property
    def model_count(self) -> int:
        return int(self.records["model_id"].nunique())


# ---------------------------------------------------------------------------- reading
def read_litellm_file(path: str | os.PathLike[str], effective_from: dt.date,
                      checked: dt.date) -> LiteLLMImport:
    """Read and import a LiteLLM map file; the size is checked before reading."""
    name = os.fspath(path)
    try:
        raw = read_bytes(name, limit=MAX_FILE_BYTES, kind="a LiteLLM price map")
    except UserFileError as err:
        raise CatalogError(str(err)) from None
    return parse_litellm_map(raw, name, effective_from, checked)


def parse_litellm_map(raw: bytes, name: str, effective_from: dt.date,
                      checked: dt.date, include_resellers: bool = True) -> LiteLLMImport:
    """Import the chat models of a LiteLLM map given as bytes; ``name`` is used in messages."""
    return _import(_load_json(raw, name), name, effective_from, checked, include_resellers)


def import_litellm_data(data: object, name: str, options: ImportOptions,
                        published: dt.date | None = None) -> SourceImport:
    """A LiteLLM map already parsed as JSON, as a dated third-party import.

    ``checked`` is the newest date the map's comments name (LiteLLM writes "checked
    2026-10-27" there), else ``published`` (the server's or file's date); the prices
    apply from ``options.effective_from``, else from that date.
    """
    if not isinstance(data, dict):
        raise CatalogError(f"{name}: not a LiteLLM price map: the top level is "
                           f"{json_type(data)}, expected an object of model entries")
    checked = _map_date(data, options.current_date) or published
    if checked is None:
        raise CatalogError(f"{name}: the map names no date; cannot tell how old its prices are")
    result = _import(data, name, options.effective_from or checked, checked,
                     options.include_resellers)
    return SourceImport(records=result.records, skipped=result.skipped, source=SOURCE,
                        version=f"{checked:%Y-%m-%d}", checked=checked, entries=result.entries,
                        name=name)


def _map_date(data: dict, today: dt.date) -> dt.date | None:
    texts = []
    for entry in data.values():
        if isinstance(entry, dict):
            meta = entry.get("metadata")
            for text in (entry.get("comment"), meta.get("comment") if isinstance(
                    meta, dict) else None):
                if isinstance(text, str):
                    texts.append(text)
    return newest_day(texts, today)


def _import(data: dict, name: str, effective_from: dt.date, checked: dt.date,
            include_resellers: bool) -> LiteLLMImport:
    base = os.path.basename(name) or name
    context = EntryContext(name=base, effective=f"{effective_from:%Y-%m-%d}",
                           checked=f"{checked:%Y-%m-%d}", include_resellers=include_resellers)
    rows: list[dict[str, str]] = []
    skipped: list[tuple[str, str]] = []
    first_key: dict[str, str] = {}
    entries = 0
    # Keys with a provider prefix first: a bare key ("deepseek-chat") names the same model
    # as its prefixed twin ("deepseek/deepseek-chat"), which then wins.
    keys = sorted((k for k in data if k not in DOC_KEYS), key=lambda k: "/" not in k)
    for key in keys:
        entry = data[key]
        entries += 1
        try:
            built = entry_rows(key, entry, context)
        except SkipEntry as skip:
            skipped.append((key, skip.args[0]))  # a str, or a SkipReason
            continue
        model_id = built[0]["model_id"]
        if model_id in first_key:
            skipped.append((key, f"same model as {first_key[model_id]}"))
            continue
        first_key[model_id] = key
        rows.extend(built)
    if not rows:
        if not skipped:
            raise CatalogError(
                f"{name}: no chat models with prices (the file has no model entries)")
        first = [f"{key}: {reason}" for key, reason in skipped]
        raise CatalogError([f"no chat models with prices in {name}; first problems: {first[0]}",
                            *first[1:]])
    frame = pd.DataFrame(rows, columns=list(ALL_COLUMNS), dtype=object).fillna("")
    records = validate_records(frame, name, range(1, len(frame) + 1), f"litellm:{base}")
    return LiteLLMImport(records=records, skipped=skipped, name=base, entries=entries)


def _too_big(name: str, size: int) -> str:
    return (f"{name}: file is {size / 1e6:.0f} MB; a LiteLLM price map is at most "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB")


def _load_json(raw: bytes, name: str) -> dict:
    if len(raw) > MAX_FILE_BYTES:
        raise CatalogError(_too_big(name, len(raw)))
    try:
        text = decode_text(raw, name)
    except UserFileError as err:
        raise CatalogError(f"{err}; a LiteLLM price map is UTF-8 JSON") from None
    try:
        data = parse_json(text, name, constants=NonFinite)
    except UserFileError as err:
        if err.key == "too_deep":
            raise CatalogError(f"{name}: not a LiteLLM price map: JSON {_MAX_DEPTH_NOTE}") \
                from None
        raise CatalogError(str(err)) from None
    if not isinstance(data, dict):
        raise CatalogError(f"{name}: not a LiteLLM price map: the top level is "
                           f"{json_type(data)}, expected an object of model entries")
    return data
