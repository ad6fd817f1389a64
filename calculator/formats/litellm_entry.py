"""One LiteLLM price-map entry to catalog rows, or the reason it is skipped.

Prices stay exact decimals until they are written as text cells per 1M tokens;
``tiered_pricing`` and ``_above_<N>k_tokens`` fields become per-request context
tiers. :mod:`litellm_import` reads the file and validates the rows it gets here.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..engine.amounts import MAX_PRICE
from ..engine.notes import QT_TRANSLATE_NOOP
from ..engine.records import LIFECYCLE, REGION, VARIANT
from ..engine.text import is_formula
from .catalog_reader import MAX_TEXT, MAX_TOKENS_TEXT, TIER_COLUMN
from .vendors import provider_info, regional_id

TIER_NAME = "chat"
DEFAULT_SOURCE = "LiteLLM model_prices_and_context_window.json ({name})"
BASE_NOTE = "Imported from LiteLLM's price map; USD list price."

#: Providers whose LiteLLM cost function uses ``tiered_pricing`` or flat prices only.
FLAT_OR_TIERED_PROVIDERS = frozenset({"dashscope", "qwencloud", "qwen_ai_platform"})
#: Providers whose ``_above_N`` thresholds are inclusive (``n >= N``) in LiteLLM.
INCLUSIVE_THRESHOLD_PROVIDERS = frozenset({"xai"})
#: LiteLLM's assumed cache-hit share of the input price for Fireworks.
FIREWORKS_CACHE_READ_RATIO = Decimal("0.5")
#: Why an entry was skipped, for the common cases: a :class:`SkipReason` names its
#: template here, and front ends show it translated (context "LiteLLM").
SKIP_REASONS: dict[str, str] = {
    "no_mode": QT_TRANSLATE_NOOP("LiteLLM", "no mode given (not known to be a chat model)"),
    "not_chat": QT_TRANSLATE_NOOP("LiteLLM", "not a chat model (mode: {mode})"),
    "no_provider": QT_TRANSLATE_NOOP("LiteLLM", "no litellm_provider (the vendor is unknown)"),
    "no_prices": QT_TRANSLATE_NOOP("LiteLLM", "no input or output price"),
    "no_input": QT_TRANSLATE_NOOP("LiteLLM", "no input price"),
    "no_output": QT_TRANSLATE_NOOP("LiteLLM", "no output price"),
    "reseller": QT_TRANSLATE_NOOP(
        "LiteLLM", "sold by a reseller or platform ({name}); include resellers to import it"),
}


class SkipReason(str):
    """A skip reason: English text that also keeps its :data:`SKIP_REASONS` key and the
    values filled in, so a front end can show it in another language."""

    key: str = ""
    values: dict[str, str] = {}


def _reason(key: str, **values: str) -> SkipReason:
    reason = SkipReason(SKIP_REASONS[key].format(**values))
    reason.key, reason.values = key, values
    return reason


MAX_KEY = 200
STATUS = "uncertain"
#: Suffixes of LiteLLM's batch and service-tier prices -> the catalog's variants.
VARIANT_SUFFIXES: dict[str, str] = {"batch": "_batches", "flex": "_flex", "priority": "_priority"}
#: LiteLLM's default web-search context size (its cost code bills ``medium`` unless told).
SEARCH_SIZE = "search_context_size_medium"

_INPUT, _OUTPUT = "input_cost_per_token", "output_cost_per_token"
_CACHED = "cache_read_input_token_cost"
_WRITE, _WRITE_1H = "cache_creation_input_token_cost", "cache_creation_input_token_cost_above_1hr"
_REASONING = "output_cost_per_reasoning_token"
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
    ("sold by a reseller", "from resellers"),
    ("no price per text", KIND_NOT_CHAT),
    ("charges ", "with fees the app does not price"),
    ("time-of-day", "with unsupported time-of-day prices"),
    ("more than two time-of-day", "with unsupported time-of-day prices"),
)
KIND_RESELLER = "from resellers"


def skip_kind(reason: str) -> str:
    """The group a skip reason belongs to (``"not chat models"``, ``"without a price"``...)."""
    for prefix, kind in _KIND_PREFIXES:
        if reason.startswith(prefix):
            return kind
    return KIND_INVALID


class SkipEntry(Exception):
    """An entry cannot be imported; ``args[0]`` is the reason shown to the user."""


class NonFinite:
    """Stands for a ``NaN``/``Infinity`` literal, so that only entries using it are skipped."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text


@dataclass(frozen=True)
class EntryContext:
    name: str
    effective: str
    checked: str
    include_resellers: bool = True


@dataclass
class _Prices:
    """Per-token prices as exact decimals; ``None`` = not given."""

    input: Decimal | None
    output: Decimal | None
    cached: Decimal | None
    write: Decimal | None = None
    reasoning: Decimal | None = None

    def key(self) -> tuple:
        return (self.input, self.output, self.cached, self.write, self.reasoning)


def entry_rows(key: str, entry: object, ctx: EntryContext) -> list[dict[str, str]]:
    if not isinstance(entry, dict):
        raise SkipEntry(f"invalid value: the entry is {json_type(entry)}, not an object")
    _check_key(key)
    mode = entry.get("mode")
    if mode is None:
        raise SkipEntry(_reason("no_mode"))
    if mode != "chat":
        raise SkipEntry(_reason("not_chat", mode=_short(mode, quote=False)))
    provider = entry.get("litellm_provider")
    if not isinstance(provider, str) or not provider.strip():
        raise SkipEntry(_reason("no_provider"))
    provider = provider.strip()
    if len(provider) > MAX_KEY or _CONTROL.search(provider) or is_formula(provider):
        raise SkipEntry(f"invalid value: litellm_provider is {_short(provider)}")
    info = provider_info(provider)
    if info.reseller and not ctx.include_resellers:
        raise SkipEntry(_reason("reseller", name=info.vendor.name))

    notes = [BASE_NOTE]
    top = _Prices(_price(entry, _INPUT), _price(entry, _OUTPUT), _cached_price(entry),
                  _price(entry, _WRITE), _price(entry, _REASONING))
    if provider == "fireworks_ai" and top.cached is None and top.input is not None:
        top.cached = top.input * FIREWORKS_CACHE_READ_RATIO
        notes.append("Cached price assumed 50% of input (LiteLLM's Fireworks default).")
    tiered = entry.get("tiered_pricing")
    if tiered is not None and not isinstance(tiered, list):
        raise SkipEntry(f"invalid value: tiered_pricing is {json_type(tiered)}, not a list")
    if tiered:
        tiers = _tiered(tiered, top)
        notes.append("Context tiers from LiteLLM tiered_pricing.")
    else:
        if top.input is None and top.output is None:
            raise SkipEntry(_reason("no_prices"))
        if top.input is None:
            raise SkipEntry(_reason("no_input"))
        if top.output is None:
            raise SkipEntry(_reason("no_output"))
        tiers = [(0, top)]
        if provider not in FLAT_OR_TIERED_PROVIDERS:
            inclusive = provider in INCLUSIVE_THRESHOLD_PROVIDERS
            tiers += _thresholds(entry, top, inclusive)
            if inclusive and len(tiers) > 1:
                notes.append("Long-context prices apply from the threshold on (n >= N).")
    if isinstance(entry.get("off_peak_pricing"), dict):
        notes.append("Off-peak discount not imported.")
    deprecation = entry.get("deprecation_date")
    retired = deprecation.strip() if isinstance(deprecation, str) and _DATE_LIKE.match(
        deprecation.strip()) and _valid_day(deprecation.strip()) else ""
    if retired:
        notes.append(f"Deprecation date: {retired}.")
    write_1h = _price(entry, _WRITE_1H)
    search = _search_price(entry)

    source = entry.get("source")
    url = source.strip() if isinstance(source, str) else ""
    has_url = len(url) <= MAX_TEXT and bool(_URL.match(url))
    sources = [DEFAULT_SOURCE.format(name=ctx.name)] + ([url] if has_url else [])
    common = {
        "model_id": regional_id(key if "/" in key else f"{provider}/{key}", info.region("USD")),
        "vendor": info.vendor.name,
        "vendor_cn": info.vendor.name_cn,
        "model_name": key.rsplit("/", 1)[-1] or key,
        "tier": TIER_NAME,
        "context_window": _context_window(entry),
        "effective_from": ctx.effective,
        "currency": "USD",
        "status": STATUS,
        "source": " ; ".join(sources),
        "checked": ctx.checked,
        "notes": " ".join(notes),
        REGION: info.region("USD"),
        "cache_write_1h_per_mtok": _per_million(write_1h),
        "search_per_k": _per_thousand(search),
    }
    rows = [_row(common, above, prices) for above, prices in tiers]
    for variant, suffix in VARIANT_SUFFIXES.items():
        try:
            rows += _variant_rows(entry, common, variant, suffix, tiers)
        except SkipEntry:  # a bad batch/flex/priority price leaves that variant out
            continue
    if retired:
        retirement = {**common, "effective_from": retired, LIFECYCLE: "retired",
                      "cache_write_1h_per_mtok": "", "search_per_k": ""}
        if retired <= ctx.effective:  # already retired when these prices would apply
            return [retirement]
        rows.append(retirement)
    return rows


def _row(common: dict[str, str], above: float, prices: _Prices) -> dict[str, str]:
    row = dict(common)
    row["input_per_mtok"] = _per_million(prices.input)
    row["output_per_mtok"] = _per_million(prices.output)
    row["cached_input_per_mtok"] = _per_million(prices.cached)
    row["cache_write_per_mtok"] = _per_million(prices.write)
    row["reasoning_per_mtok"] = _per_million(prices.reasoning)
    row[TIER_COLUMN] = "" if above == 0 else _number_text(above)
    return row


def _variant_rows(entry: Mapping, common: dict[str, str], variant: str, suffix: str,
                  tiers: list[tuple[float, _Prices]]) -> list[dict[str, str]]:
    """Records of a batch/flex/priority variant: the ``<price><suffix>`` keys, standard prices
    where the variant lists none; a context tier's variant price from
    ``<price>_above_<N>k_tokens<suffix>`` where the map has one."""
    own = _Prices(_price(entry, _INPUT + suffix), _price(entry, _OUTPUT + suffix),
                  _price(entry, _CACHED + suffix), _price(entry, _WRITE + suffix), None)
    if own.input is None and own.output is None:
        return []
    rows = []
    for above, standard in tiers:
        prices = own
        if above:
            text = _threshold_text(above)
            inp, out, cached, write = (_price(entry, f"{name}_above_{text}_tokens{suffix}")
                                       for name in (_INPUT, _OUTPUT, _CACHED, _WRITE))
            prices = _Prices(inp, out, cached, write, None)
            if prices.input is None and prices.output is None:
                continue
        merged = _Prices(*(_or(mine, theirs) for mine, theirs in zip(
            prices.key(), standard.key(), strict=True)))
        rows.append({**_row(common, above, merged), VARIANT: variant})
    return rows


def _threshold_text(above: float) -> str:
    return f"{above / 1000:g}k" if above % 1000 == 0 else _number_text(above)


def _search_price(entry: Mapping) -> Decimal | None:
    """Per search call: ``search_context_cost_per_query`` at LiteLLM's default size."""
    value = entry.get("search_context_cost_per_query")
    if not isinstance(value, dict):
        return None
    return _price(value, SEARCH_SIZE)


def _valid_day(text: str) -> bool:
    try:
        year = int(text[:4])
        import datetime as _dt

        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return 1990 <= year <= 2200


def _check_key(key: str) -> None:
    if not key:
        raise SkipEntry("key is empty")
    if len(key) > MAX_KEY:
        raise SkipEntry(f"key is too long ({len(key)} characters; at most {MAX_KEY})")
    if not _KEY_OK.match(key):
        raise SkipEntry("key contains spaces or control characters")
    if is_formula(key):
        raise SkipEntry("key starts with =, +, - or @ (a spreadsheet formula)")


def _price(entry: Mapping, field_name: str) -> Decimal | None:
    """A per-token price as an exact decimal; ``None`` if absent or null."""
    value = entry.get(field_name)
    if value is None:
        return None
    if isinstance(value, NonFinite):
        if value.text == "NaN":
            raise SkipEntry(f"NaN price ({field_name})")
        raise SkipEntry(f"invalid value: {field_name} is {value.text}")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SkipEntry(f"invalid value: {field_name} is {_short(value)} "
                    f"({json_type(value)}, not a number)")
    try:
        number = float(value)
    except OverflowError:
        raise SkipEntry(f"invalid value: {field_name} is too large") from None
    if not math.isfinite(number) or not math.isfinite(number * 1e6):
        raise SkipEntry(f"invalid value: {field_name} is {_short(value)} (not a finite price)")
    if number < 0:
        raise SkipEntry(f"invalid value: {field_name} is {_short(value)}")
    if number * 1e6 > MAX_PRICE:
        raise SkipEntry(f"invalid value: {field_name} is {_short(value)} (more than "
                        f"{MAX_PRICE:,.0f} per 1M tokens)")
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:  # pragma: no cover - repr of a finite float always parses
        raise SkipEntry(f"invalid value: {field_name} is {_short(value)}") from None


def _cached_price(entry: Mapping) -> Decimal | None:
    cached = _price(entry, _CACHED)
    return cached if cached is not None else _price(entry, _LEGACY_CACHED)


def _tiered(tiers: list, top: _Prices) -> list[tuple[float, _Prices]]:
    """Records from ``tiered_pricing``: ranges must start at 0 and be contiguous."""
    parsed = []
    for position, tier in enumerate(tiers, start=1):
        if not isinstance(tier, dict):
            raise SkipEntry(f"invalid value: tiered_pricing tier {position} is {json_type(tier)}")
        bounds = tier.get("range")
        if (not isinstance(bounds, list) or len(bounds) != 2
                or not all(_is_finite_number(b) for b in bounds)):
            raise SkipEntry(f"unsupported tiers: tiered_pricing tier {position} has no valid range "
                        "[start, end]")
        start, end = float(bounds[0]), float(bounds[1])
        if start < 0 or end <= start or start > MAX_TOKENS_TEXT:
            raise SkipEntry(f"unsupported tiers: tiered_pricing tier {position} has range "
                        f"[{_number_text(start)}, {_number_text(end)}]")
        tier_input = _price(tier, _INPUT)
        if tier_input is None:
            raise SkipEntry(f"unsupported tiers: tiered_pricing tier {position} has no input price")
        tier_output = _price(tier, _OUTPUT)
        if tier_output is None:
            tier_output = top.output
        if tier_output is None:
            raise SkipEntry(f"no output price (tiered_pricing tier {position})")
        parsed.append((start, end, _Prices(tier_input, tier_output, _price(tier, _CACHED),
                                           _price(tier, _WRITE), _price(tier, _REASONING))))
    parsed.sort(key=lambda item: item[0])
    if parsed[0][0] != 0:
        raise SkipEntry(f"unsupported tiers: tiered_pricing starts at {_number_text(parsed[0][0])} "
                    "input tokens, not 0")
    for (_, end, _), (start, _, _) in zip(parsed, parsed[1:], strict=False):
        if start != end:
            raise SkipEntry("unsupported tiers: tiered_pricing ranges overlap or leave a gap "
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
        if threshold > MAX_TOKENS_TEXT:
            raise SkipEntry(f"unsupported tiers: a long-context price starts above "
                            f"{MAX_TOKENS_TEXT:,.0f} input tokens")
        found.setdefault(threshold, [])
        if text not in found[threshold]:
            found[threshold].append(text)
    records: list[tuple[float, _Prices]] = []
    current = _Prices(*base.key())
    for threshold in sorted(found):
        previous = current.key()
        for text in found[threshold]:
            current = _Prices(
                _or(_price(entry, f"{_INPUT}_above_{text}_tokens"), current.input),
                _or(_price(entry, f"{_OUTPUT}_above_{text}_tokens"), current.output),
                _or(_price(entry, f"{_CACHED}_above_{text}_tokens"), current.cached),
                _or(_price(entry, f"{_WRITE}_above_{text}_tokens"), current.write),
                current.reasoning,
            )
        if current.key() == previous:
            continue  # e.g. only a cache-write price changes there
        above = threshold - 1 if inclusive else threshold
        if above <= 0:
            raise SkipEntry("unsupported tiers: a long-context price starts at "
                            f"{_number_text(threshold)} input tokens")
        records.append((above, current))
    return records


def _or(value: Decimal | None, fallback: Decimal | None) -> Decimal | None:
    return fallback if value is None else value


def _context_window(entry: Mapping) -> str:
    for key in ("max_input_tokens", "max_tokens"):
        value = entry.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_TOKENS_TEXT:
            return str(value)
    return ""


# ---------------------------------------------------------------------------- text
def _per_million(price: Decimal | None) -> str:
    if price is None:
        return ""
    return _number_text(float(price.scaleb(6)))


def _per_thousand(price: Decimal | None) -> str:
    if price is None:
        return ""
    return _number_text(float(price.scaleb(3)))


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


def json_type(value: object) -> str:
    """``"an object"``, ``"a list"``, ``"a string"``, ``"a boolean"``, ``"null"`` or
    ``"a number"``."""
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
