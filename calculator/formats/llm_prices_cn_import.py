"""Import llm-prices-cn's ``prices.json`` (LLM Abacus, CC-BY-4.0): Chinese vendors' prices
in the currency they bill (CNY), with whole-request tiers and retirements.

The file is one object: ``last_updated``, ``license``, ``source`` and ``models``, a list
of models with ``id``, ``vendor_id``, ``vendor_name``, ``country``,
``billing_currency``, prices per 1M tokens in that currency
(``input_price_orig_per_m``, ``output_price_orig_per_m``,
``cached_input_price_orig_per_m``), ``price_tiers`` (``up_to_input_tokens``: the
whole request is billed at the tier its input falls in), ``retired``, ``source``
(the vendor's price page) and ``last_verified``.

What becomes what: model id ``<vendor_id>/<id>``; vendor names from :mod:`vendors`;
the prices in the billing currency (the file's converted USD/CNY columns are not
used, so a CNY list price stays exact); ``price_tiers`` → one record per tier with
``above_input_tokens`` = the previous tier's ``up_to_input_tokens``; ``retired`` →
a ``retired`` record from the date the tags name (``2026-07-24 已下线``), else from
``last_verified``; ``last_verified`` → ``checked`` and, unless the user gives
another date, ``effective_from`` (the day the source saw that price). Every
record is ``uncertain`` and its ``source`` names llm-prices-cn and its address,
as the CC-BY-4.0 licence asks, then the vendor page the figure was read from.

A bad model entry is skipped with its reason; a file that is not this format is
refused whole.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from ..engine.errors import CatalogError
from ..engine.records import LIFECYCLE, REGION, TIER_COLUMN
from .source_import import (
    STATUS,
    ImportOptions,
    SourceImport,
    decimal_text,
    finish,
    iso,
    newest_day,
)
from .vendors import provider_info, regional_id

SOURCE = "llm-prices-cn"
DATA_URL = "https://raw.githubusercontent.com/szp2005/llm-prices-cn/main/prices.json"
HOME_URL = "https://llmabacus.com"
REPO_URL = "https://github.com/szp2005/llm-prices-cn"
LICENCE = "CC-BY-4.0"
ATTRIBUTION = f"llm-prices-cn / LLM Abacus ({HOME_URL}, {REPO_URL}, {LICENCE})"
#: Tags of the file -> the catalog's size class; the first tag found wins.
TAG_TIERS: tuple[tuple[str, str], ...] = (
    ("旗舰", "flagship"), ("推理", "reasoning"), ("代码", "code"), ("极便宜", "lite"),
    ("快速", "lite"), ("长上下文", "long-context"), ("性价比", "mid"),
)
DEFAULT_TIER = "chat"
_PRICES = (("input_price_orig_per_m", "input_per_mtok"),
           ("output_price_orig_per_m", "output_per_mtok"),
           ("cached_input_price_orig_per_m", "cached_input_per_mtok"))
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,120}$")
_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f]{1,500}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RETIRED_TAG = re.compile(r"(\d{4}-\d{2}-\d{2})\s*已下线")


def looks_like_prices_json(data: Any) -> bool:
    return (isinstance(data, dict) and isinstance(data.get("models"), list)
            and ("pricing_unit" in data or any(
                isinstance(m, dict) and "vendor_id" in m for m in data["models"][:3])))


def parse_prices_json(data: Any, name: str, options: ImportOptions | None = None) -> SourceImport:
    """Records from llm-prices-cn's ``prices.json``, already parsed as JSON."""
    options = options or ImportOptions()
    if not looks_like_prices_json(data):
        raise CatalogError(f"{name}: not an llm-prices-cn prices.json (expected an object "
                           "with a list of models)")
    today = options.current_date
    unit = data.get("pricing_unit", "per_million_tokens")
    if unit != "per_million_tokens":
        raise CatalogError(f"{name}: prices are {str(unit)[:40]!r}, not per million tokens")
    rows: list[dict[str, str]] = []
    skipped: list[tuple[str, str]] = []
    verified: list[str] = [str(data.get("last_updated", ""))]
    for position, entry in enumerate(data["models"], start=1):
        key = _key(entry, position)
        try:
            built = _entry_rows(entry, options.effective_from, today)
        except _Skip as skip:
            skipped.append((key, skip.args[0]))
            continue
        verified.append(str(entry.get("last_verified")))
        rows.extend(built)
    version_day = newest_day(verified, today)
    if version_day is None:
        raise CatalogError(f"{name}: the file names no date; cannot tell how old it is")
    records = finish(rows, skipped, name, f"import:{SOURCE}")
    return SourceImport(records=records, skipped=skipped, source=SOURCE, version=iso(version_day),
                        checked=version_day, entries=len(data["models"]), name=name)


class _Skip(Exception):
    pass


def _key(entry: Any, position: int) -> str:
    if isinstance(entry, dict):
        vendor, model = entry.get("vendor_id"), entry.get("id")
        if isinstance(vendor, str) and isinstance(model, str):
            return f"{vendor}/{model}"[:120]
    return f"model {position}"


def _entry_rows(entry: Any, effective_from: dt.date | None, today: dt.date) -> list[dict]:
    if not isinstance(entry, dict):
        raise _Skip("not an object")
    model, vendor_id = _plain_id(entry, "id"), _plain_id(entry, "vendor_id")
    currency = entry.get("billing_currency")
    if currency not in ("CNY", "USD"):
        raise _Skip(f"billing_currency {str(currency)[:20]!r} is not CNY or USD")
    verified = _day(entry.get("last_verified"), "last_verified", today)
    info = provider_info(vendor_id)
    if info.unknown:  # a vendor the list does not know yet: keep the file's names
        name = _text(entry.get("vendor_name")) or vendor_id
        from .vendors import ProviderInfo, Vendor

        info = ProviderInfo(info.key, Vendor(name, name, "CN" if entry.get("country") == "CN"
                                             else ""))
    page = entry.get("source")
    sources = [ATTRIBUTION] + ([page.strip()] if isinstance(page, str) and _URL.match(
        page.strip()) else [])
    common = {
        "model_id": regional_id(f"{vendor_id}/{model}", info.region(currency)),
        "vendor": info.vendor.name,
        "vendor_cn": info.vendor.name_cn,
        "model_name": _text(entry.get("name")) or model,
        "tier": _tier(entry.get("tags")),
        "context_window": _count(entry.get("context_window")),
        "currency": currency,
        "status": STATUS,
        "source": " ; ".join(sources),
        "checked": iso(verified),
        "notes": f"Imported from llm-prices-cn (LLM Abacus, {LICENCE}); {currency} list price.",
        REGION: info.region(currency),
    }
    rows: list[dict[str, str]] = []
    if entry.get("retired") is True:
        retired_on = _retirement_day(entry.get("tags"), verified)
        if effective_from is not None and effective_from < retired_on:
            rows += _price_rows(entry, common, effective_from)
        rows.append({**common, "effective_from": iso(retired_on), LIFECYCLE: "retired",
                     "notes": common["notes"] + f" Retired (llm-prices-cn, verified "
                                                f"{iso(verified)})."})
        return rows
    return _price_rows(entry, common, effective_from or verified)


def _price_rows(entry: dict, common: dict, day: dt.date) -> list[dict[str, str]]:
    base = {column: _price(entry.get(field), field) for field, column in _PRICES}
    if not base["input_per_mtok"] or not base["output_per_mtok"]:
        raise _Skip("no input or output price")
    tiers = entry.get("price_tiers")
    rows = [{**common, **base, "effective_from": iso(day)}]
    if not tiers:
        return rows
    if not isinstance(tiers, list) or len(tiers) > 20:
        raise _Skip("price_tiers is not a short list")
    above = 0
    rows = []
    for position, tier in enumerate(tiers, start=1):
        if not isinstance(tier, dict):
            raise _Skip(f"price tier {position} is not an object")
        prices = {column: _price(tier.get(field), field) for field, column in _PRICES}
        if not prices["input_per_mtok"] or not prices["output_per_mtok"]:
            raise _Skip(f"price tier {position} has no input or output price")
        rows.append({**common, **prices, "effective_from": iso(day),
                     TIER_COLUMN: str(above) if above else ""})
        up_to = tier.get("up_to_input_tokens")
        if up_to is None:
            if position != len(tiers):
                raise _Skip(f"price tier {position} has no upper bound but is not the last")
            break
        if isinstance(up_to, bool) or not isinstance(up_to, int) or not above < up_to < 10**9:
            raise _Skip(f"price tier {position}: up_to_input_tokens is not a token count above "
                        f"the tier before")
        above = up_to
    return rows


def _price(value: Any, field: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(
            value) or not 0 <= value < 1e6:
        raise _Skip(f"{field} is not a price")
    return decimal_text(value)


def _day(value: Any, field: str, today: dt.date) -> dt.date:
    if not isinstance(value, str) or not _DAY.match(value):
        raise _Skip(f"{field} is not a date")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise _Skip(f"{field} is not a date") from None
    if not dt.date(2000, 1, 1) <= day <= today:
        raise _Skip(f"{field} {value} is not a date between 2000 and today")
    return day


def _retirement_day(tags: Any, verified: dt.date) -> dt.date:
    for tag in tags if isinstance(tags, list) else []:
        match = _RETIRED_TAG.search(tag) if isinstance(tag, str) else None
        if match:
            try:
                day = dt.date.fromisoformat(match.group(1))
            except ValueError:
                continue
            if day <= verified:
                return day
    return verified


def _tier(tags: Any) -> str:
    tags = [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
    for tag, tier in TAG_TIERS:
        if tag in tags:
            return tier
    return DEFAULT_TIER


def _count(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 10**10:
        return str(value)
    return ""


def _plain_id(entry: dict, field: str) -> str:
    value = entry.get(field)
    if not isinstance(value, str) or not _ID.match(value):
        raise _Skip(f"{field} is missing or not a plain id")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return re.sub(r"[\x00-\x1f\x7f]", " ", value).strip()[:200]
