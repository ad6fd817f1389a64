"""Import chat-model prices from LiteLLM's price map (``model_prices_and_context_window.json``).

The map is one JSON object: model key -> entry with USD prices *per token*
(see ``/work/shared/reference/litellm_price_map.md``). :func:`parse_litellm_map`
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
import json
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pandas as pd

from .catalog_reader import COLUMNS, MAX_FILE_BYTES, MAX_TEXT, TIER_COLUMN, validate_records
from .errors import CatalogError
from .notes import QT_TRANSLATE_NOOP

#: Keys in LiteLLM's map that are not models.
DOC_KEYS = frozenset({"sample_spec"})
TIER_NAME = "chat"
DEFAULT_SOURCE = "LiteLLM model_prices_and_context_window.json ({name})"
BASE_NOTE = "Imported from LiteLLM's price map; USD list price."
#: Providers whose LiteLLM cost function uses ``tiered_pricing`` or flat prices only.
FLAT_OR_TIERED_PROVIDERS = frozenset({"dashscope", "qwencloud", "qwen_ai_platform"})
#: Providers whose ``_above_N`` thresholds are inclusive (``n >= N``) in LiteLLM.
INCLUSIVE_THRESHOLD_PROVIDERS = frozenset({"xai"})
#: LiteLLM's assumed cache-hit share of the input price for Fireworks.
FIREWORKS_CACHE_READ_RATIO = Decimal("0.5")
#: Why an entry was skipped, for the common cases: front ends translate these (context
#: "LiteLLM") and match a reason against them to fill in ``{mode}``.
SKIP_REASONS: dict[str, str] = {
    "no_mode": QT_TRANSLATE_NOOP("LiteLLM", "no mode given (not known to be a chat model)"),
    "not_chat": QT_TRANSLATE_NOOP("LiteLLM", "not a chat model (mode: {mode})"),
    "no_provider": QT_TRANSLATE_NOOP("LiteLLM", "no litellm_provider (the vendor is unknown)"),
    "no_prices": QT_TRANSLATE_NOOP("LiteLLM", "no input or output price"),
    "no_input": QT_TRANSLATE_NOOP("LiteLLM", "no input price"),
    "no_output": QT_TRANSLATE_NOOP("LiteLLM", "no output price"),
}
MAX_KEY = 200
_MAX_DEPTH_NOTE = "nested too deeply"

_INPUT, _OUTPUT, _CACHED = "input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost"
_LEGACY_CACHED = "input_cost_per_token_cache_hit"
_THRESHOLD_KEY_PREFIXES = tuple(f"{prefix}_above_" for prefix in (
    _INPUT, _OUTPUT, _CACHED, "cache_creation_input_token_cost"))
#: Suffixes of batch and service-tier prices: such ``_above_`` keys are not standard thresholds.
_NON_STANDARD_SUFFIXES = ("_ultrafast", "_balanced", "_priority", "_flex", "_fast", "_auto",
                          "_batches")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_KEY_OK = re.compile(r"^[^\s\x00-\x1f\x7f]+$")
_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f]+$")
_DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@")

#: Skip-reason kinds, for grouping in summaries (:func:`skip_kind`).
KIND_NOT_CHAT = "not chat models"
KIND_NO_PRICE = "without a price"
KIND_INVALID = "with invalid values"
KIND_NO_PROVIDER = "without a provider"
KIND_BAD_KEY = "with unusable keys"
KIND_TIERS = "with unsupported tiers"
_KIND_PREFIXES: tuple[tuple[str, str], ...] = (
    ("not a chat model", KIND_NOT_CHAT),
    ("no mode", KIND_NOT_CHAT),
    ("no input", KIND_NO_PRICE),
    ("no output", KIND_NO_PRICE),
    ("no litellm_provider", KIND_NO_PROVIDER),
    ("key ", KIND_BAD_KEY),
    ("unsupported tiers", KIND_TIERS),
)


def skip_kind(reason: str) -> str:
    """The group a skip reason belongs to (``"not chat models"``, ``"without a price"``...)."""
    for prefix, kind in _KIND_PREFIXES:
        if reason.startswith(prefix):
            return kind
    return KIND_INVALID


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


class _Skip(Exception):
    """An entry cannot be imported; ``args[0]`` is the reason shown to the user."""


class _NonFinite:
    """Stands for a ``NaN``/``Infinity`` literal, so that only entries using it are skipped."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text


# ---------------------------------------------------------------------------- reading
def read_litellm_file(path: str | os.PathLike[str], effective_from: dt.date,
                      checked: dt.date) -> LiteLLMImport:
    """Read and import a LiteLLM map file; the size is checked before reading."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
        if size > MAX_FILE_BYTES:
            raise CatalogError(_too_big(name, size))
        with open(name, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise CatalogError(f"{name}: cannot read file ({err.strerror or err})") from err
    return parse_litellm_map(raw, name, effective_from, checked)


def parse_litellm_map(raw: bytes, name: str, effective_from: dt.date,
                      checked: dt.date) -> LiteLLMImport:
    """Import the chat models of a LiteLLM map given as bytes; ``name`` is used in messages."""
    data = _load_json(raw, name)
    base = os.path.basename(name) or name
    context = _Context(name=base, effective=f"{effective_from:%Y-%m-%d}",
                       checked=f"{checked:%Y-%m-%d}")
    rows: list[dict[str, str]] = []
    skipped: list[tuple[str, str]] = []
    entries = 0
    for key, entry in data.items():
        if key in DOC_KEYS:
            continue
        entries += 1
        try:
            rows.extend(_entry_rows(key, entry, context))
        except _Skip as skip:
            skipped.append((key, str(skip)))
    if not rows:
        if not skipped:
            raise CatalogError(f"{name}: no chat models with prices (the file has no model entries)")
        first = [f"{key}: {reason}" for key, reason in skipped]
        raise CatalogError([f"no chat models with prices in {name}; first problems: {first[0]}",
                            *first[1:]])
    frame = pd.DataFrame(rows, columns=[*COLUMNS, TIER_COLUMN], dtype=object)
    records = validate_records(frame, name, range(1, len(frame) + 1), f"litellm:{base}")
    return LiteLLMImport(records=records, skipped=skipped, name=base, entries=entries)


def _too_big(name: str, size: int) -> str:
    return (f"{name}: file is {size / 1e6:.0f} MB; a LiteLLM price map is at most "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB")


def _load_json(raw: bytes, name: str) -> dict:
    if len(raw) > MAX_FILE_BYTES:
        raise CatalogError(_too_big(name, len(raw)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CatalogError(f"{name}: not UTF-8 text (byte {err.start}); "
                           "a LiteLLM price map is UTF-8 JSON") from err
    try:
        data = json.loads(text, parse_constant=_NonFinite)
    except json.JSONDecodeError as err:
        where = f"line {err.lineno}, column {err.colno}"
        detail = "the file ends too early (truncated?)" if err.pos >= len(text) else err.msg
        raise CatalogError(f"{name}: not valid JSON at {where}: {detail}") from err
    except RecursionError as err:
        raise CatalogError(f"{name}: not a LiteLLM price map: JSON {_MAX_DEPTH_NOTE}") from err
    except ValueError as err:  # e.g. an integer with thousands of digits
        raise CatalogError(f"{name}: not valid JSON ({err})") from err
    if not isinstance(data, dict):
        raise CatalogError(f"{name}: not a LiteLLM price map: the top level is "
                           f"{_json_type(data)}, expected an object of model entries")
    return data


# ---------------------------------------------------------------------------- entries
@dataclass(frozen=True)
class _Context:
    name: str
    effective: str
    checked: str


@dataclass
class _Prices:
    """Per-token prices as exact decimals; ``None`` = not given."""

    input: Decimal | None
    output: Decimal | None
    cached: Decimal | None

    def key(self) -> tuple:
        return (self.input, self.output, self.cached)


def _entry_rows(key: str, entry: object, ctx: _Context) -> list[dict[str, str]]:
    if not isinstance(entry, dict):
        raise _Skip(f"invalid value: the entry is {_json_type(entry)}, not an object")
    _check_key(key)
    mode = entry.get("mode")
    if mode is None:
        raise _Skip(SKIP_REASONS["no_mode"])
    if mode != "chat":
        raise _Skip(SKIP_REASONS["not_chat"].format(mode=_short(mode, quote=False)))
    provider = entry.get("litellm_provider")
    if not isinstance(provider, str) or not provider.strip():
        raise _Skip(SKIP_REASONS["no_provider"])
    provider = provider.strip()
    if len(provider) > MAX_KEY or _CONTROL.search(provider) or provider.startswith(_FORMULA_START):
        raise _Skip(f"invalid value: litellm_provider is {_short(provider)}")

    notes = [BASE_NOTE]
    top = _Prices(_price(entry, _INPUT), _price(entry, _OUTPUT), _cached_price(entry))
    if provider == "fireworks_ai" and top.cached is None and top.input is not None:
        top.cached = top.input * FIREWORKS_CACHE_READ_RATIO
        notes.append("Cached price assumed 50% of input (LiteLLM's Fireworks default).")
    tiered = entry.get("tiered_pricing")
    if tiered is not None and not isinstance(tiered, list):
        raise _Skip(f"invalid value: tiered_pricing is {_json_type(tiered)}, not a list")
    if tiered:
        tiers = _tiered(tiered, top)
        notes.append("Context tiers from LiteLLM tiered_pricing.")
    else:
        if top.input is None and top.output is None:
            raise _Skip(SKIP_REASONS["no_prices"])
        if top.input is None:
            raise _Skip(SKIP_REASONS["no_input"])
        if top.output is None:
            raise _Skip(SKIP_REASONS["no_output"])
        tiers = [(0, top)]
        if provider not in FLAT_OR_TIERED_PROVIDERS:
            inclusive = provider in INCLUSIVE_THRESHOLD_PROVIDERS
            tiers += _thresholds(entry, top, inclusive)
            if inclusive and len(tiers) > 1:
                notes.append("Long-context prices apply from the threshold on (n >= N).")
    if isinstance(entry.get("off_peak_pricing"), dict):
        notes.append("Off-peak discount not imported.")
    deprecation = entry.get("deprecation_date")
    if isinstance(deprecation, str) and _DATE_LIKE.match(deprecation.strip()):
        notes.append(f"Deprecation date: {deprecation.strip()}.")

    source = entry.get("source")
    has_url = isinstance(source, str) and len(source.strip()) <= MAX_TEXT and bool(
        _URL.match(source.strip()))
    common = {
        "model_id": key,
        "vendor": provider,
        "vendor_cn": "",
        "model_name": key.rsplit("/", 1)[-1] or key,
        "tier": TIER_NAME,
        "context_window": _context_window(entry),
        "effective_from": ctx.effective,
        "currency": "USD",
        "status": "confirmed" if has_url else "uncertain",
        "source": source.strip() if has_url else DEFAULT_SOURCE.format(name=ctx.name),
        "checked": ctx.checked,
        "notes": " ".join(notes),
    }
    rows = []
    for above, prices in tiers:
        row = dict(common)
        row["input_per_mtok"] = _per_million(prices.input)
        row["output_per_mtok"] = _per_million(prices.output)
        row["cached_input_per_mtok"] = _per_million(prices.cached)
        row[TIER_COLUMN] = "" if above == 0 else _number_text(above)
        rows.append(row)
    return rows


def _check_key(key: str) -> None:
    if not key:
        raise _Skip("key is empty")
    if len(key) > MAX_KEY:
        raise _Skip(f"key is too long ({len(key)} characters; at most {MAX_KEY})")
    if not _KEY_OK.match(key):
        raise _Skip("key contains spaces or control characters")
    if key.startswith(_FORMULA_START):
        raise _Skip("key starts with =, +, - or @ (a spreadsheet formula)")


def _price(entry: Mapping, field_name: str) -> Decimal | None:
    """A per-token price as an exact decimal; ``None`` if absent or null."""
    value = entry.get(field_name)
    if value is None:
        return None
    if isinstance(value, _NonFinite):
        if value.text == "NaN":
            raise _Skip(f"NaN price ({field_name})")
        raise _Skip(f"invalid value: {field_name} is {value.text}")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Skip(f"invalid value: {field_name} is {_short(value)} "
                    f"({_json_type(value)}, not a number)")
    try:
        number = float(value)
    except OverflowError:
        raise _Skip(f"invalid value: {field_name} is too large") from None
    if not math.isfinite(number) or not math.isfinite(number * 1e6):
        raise _Skip(f"invalid value: {field_name} is {_short(value)} (not a finite price)")
    if number < 0:
        raise _Skip(f"invalid value: {field_name} is {_short(value)}")
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:  # pragma: no cover - repr of a finite float always parses
        raise _Skip(f"invalid value: {field_name} is {_short(value)}") from None


def _cached_price(entry: Mapping) -> Decimal | None:
    cached = _price(entry, _CACHED)
    return cached if cached is not None else _price(entry, _LEGACY_CACHED)


def _tiered(tiers: list, top: _Prices) -> list[tuple[float, _Prices]]:
    """Records from ``tiered_pricing``: ranges must start at 0 and be contiguous."""
    parsed = []
    for position, tier in enumerate(tiers, start=1):
        if not isinstance(tier, dict):
            raise _Skip(f"invalid value: tiered_pricing tier {position} is {_json_type(tier)}")
        bounds = tier.get("range")
        if (not isinstance(bounds, list) or len(bounds) != 2
                or not all(_is_finite_number(b) for b in bounds)):
            raise _Skip(f"unsupported tiers: tiered_pricing tier {position} has no valid range "
                        "[start, end]")
        start, end = float(bounds[0]), float(bounds[1])
        if start < 0 or end <= start:
            raise _Skip(f"unsupported tiers: tiered_pricing tier {position} has range "
                        f"[{_number_text(start)}, {_number_text(end)}]")
        tier_input = _price(tier, _INPUT)
        if tier_input is None:
            raise _Skip(f"unsupported tiers: tiered_pricing tier {position} has no input price")
        tier_output = _price(tier, _OUTPUT)
        if tier_output is None:
            tier_output = top.output
        if tier_output is None:
            raise _Skip(f"no output price (tiered_pricing tier {position})")
        parsed.append((start, end, _Prices(tier_input, tier_output, _price(tier, _CACHED))))
    parsed.sort(key=lambda item: item[0])
    if parsed[0][0] != 0:
        raise _Skip(f"unsupported tiers: tiered_pricing starts at {_number_text(parsed[0][0])} "
                    "input tokens, not 0")
    for (_, end, _), (start, _, _) in zip(parsed, parsed[1:], strict=False):
        if start != end:
            raise _Skip("unsupported tiers: tiered_pricing ranges overlap or leave a gap "
                        f"({_number_text(end)} to {_number_text(start)})")
    return [(start, prices) for start, _, prices in parsed]


def _thresholds(entry: Mapping, base: _Prices, inclusive: bool) -> list[tuple[float, _Prices]]:
    """Records for ``<price>_above_<N>k_tokens`` keys, as LiteLLM's ``_get_token_base_cost``."""
    found: dict[float, list[str]] = {}
    for key, value in entry.items():
        if (value is None or not key.startswith(_THRESHOLD_KEY_PREFIXES) or "_tokens" not in key
                or key.endswith(_NON_STANDARD_SUFFIXES)):
            continue
        text = key.rsplit("_above_", 1)[1].split("_tokens")[0]
        try:
            threshold = float(text.replace("k", "")) * (1000 if "k" in text else 1)
        except ValueError:
            continue  # LiteLLM skips such keys too
        if not math.isfinite(threshold):
            continue
        found.setdefault(threshold, [])
        if text not in found[threshold]:
            found[threshold].append(text)
    records: list[tuple[float, _Prices]] = []
    current = _Prices(base.input, base.output, base.cached)
    for threshold in sorted(found):
        previous = current.key()
        for text in found[threshold]:
            current = _Prices(
                _or(_price(entry, f"{_INPUT}_above_{text}_tokens"), current.input),
                _or(_price(entry, f"{_OUTPUT}_above_{text}_tokens"), current.output),
                _or(_price(entry, f"{_CACHED}_above_{text}_tokens"), current.cached),
            )
        if current.key() == previous:
            continue  # e.g. only a cache-write price changes there
        above = threshold - 1 if inclusive else threshold
        if above <= 0:
            raise _Skip(f"unsupported tiers: a long-context price starts at {_number_text(threshold)} "
                        "input tokens")
        records.append((above, current))
    return records


def _or(value: Decimal | None, fallback: Decimal | None) -> Decimal | None:
    return fallback if value is None else value


def _context_window(entry: Mapping) -> str:
    for key in ("max_input_tokens", "max_tokens"):
        value = entry.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 10**15:
            return str(value)
    return ""


# ---------------------------------------------------------------------------- text
def _per_million(price: Decimal | None) -> str:
    if price is None:
        return ""
    return _number_text(float(price.scaleb(6)))


def _number_text(value: float) -> str:
    """Shortest text for a number: ``2.5``, ``120`` (not ``120.0``), ``1e-12``."""
    if value == int(value) and abs(value) < 1e16:
        return str(int(value))
    return repr(float(value))


def _is_finite_number(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer too large for a float
        return False


def _json_type(value: object) -> str:
    """``"an object"``, ``"a list"``, ``"a string"``, ``"a boolean"``, ``"null"`` or ``"a number"``."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"


def _short(value: object, limit: int = 40, quote: bool = True) -> str:
    if isinstance(value, str):
        text = repr(value) if quote else value
    else:
        text = json.dumps(value, default=repr)[:200]
    text = _CONTROL.sub("?", text)
    return text if len(text) <= limit else text[: limit - 3] + "..."
