"""Import prices from genai-prices (pydantic): the installed package's data, or its
online ``data.json`` (v2).

The package ships its data as Python objects (``genai_prices.data.providers``);
the online file holds the same list as JSON and is parsed the way the package
parses it (``genai_prices.types._providers_from_raw``). Either way the records
are built by asking the package's own price resolution
(``ModelInfo.get_prices(timestamp, price_context)``) at every date and hour where
the answer can change, so an imported model costs what ``genai_prices.calc_price``
says for the same request and date (``tests/engine/test_genai_prices_import.py``).

What becomes what:

* model id ``<provider>/<model>`` (``anthropic/claude-opus-4-6``); vendor names
  from :mod:`vendors`; resellers only with ``include_resellers``.
* **Dated changes** (``StartDateConstraint``): a record from each start date.
  genai-prices gives no start date for a model's first price; it applies from
  ``effective_from`` (default: the data's own date), but never later than the day
  before the model's first dated change, and the record's note says so.
* **Tiers** (``TieredPrices``, a "cliff": the tier of the request's total input
  applies to all of its tokens): one record per tier with ``above_input_tokens``.
  A tier dropped at a later date gets a record priced like the tier below.
* ``cache_read_mtok`` → cached input, ``cache_write_mtok`` → cache write (5 min),
  ``cache_write_1h_mtok`` → 1-hour cache write, ``output_reasoning_mtok`` →
  reasoning, ``web_searches_kcount`` → per 1,000 searches.
* **Variants**: ``processing: batch`` → ``batch``; ``service_tier`` ``flex`` /
  ``priority`` → ``flex`` / ``priority``, each record holding the variant's full
  prices (genai-prices overrides some prices; the rest are the standard ones).
  Other variants (``fast``, ``speed``, ``route``, ``search_type``) are named in the
  note and not imported.
* **Time of day** (``TimeOfDateConstraint``, UTC, every day): ``peak`` and
  ``off_peak`` records when the peak window equals a vendor schedule of the
  catalog on every day of the week; otherwise the model is skipped with that reason.
* Skipped with a reason: models without a text input and output price (embeddings,
  audio, images), models with per-request or per-character fees, ids the catalog
  cannot hold.

Every record is ``uncertain`` (third-party) and ``checked`` on the data's date:
the package's release date for the pinned versions in :data:`RELEASE_DATES`,
else the newest date the data itself names (a price change or a "verified on"
comment), never the day of the import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from ..engine.errors import CatalogError
from ..engine.records import BAND, REGION, SCHEDULE, TIER_COLUMN, VARIANT
from ..engine.schedules import Schedule
from .source_import import (
    STATUS,
    ImportOptions,
    SourceImport,
    decimal_text,
    finish,
    iso,
    newest_day,
)
from .vendors import regional_id

SOURCE = "genai-prices"
HOME_URL = "https://github.com/pydantic/genai-prices"
DATA_URL = ("https://raw.githubusercontent.com/pydantic/genai-prices/refs/heads/main/"
            "prices/new_data/v2/data.json")
LICENCE = "MIT"
#: Release dates of package versions (PyPI upload dates), the ``checked`` date of their data.
RELEASE_DATES: dict[str, dt.date] = {"0.2.3": dt.date(2026, 11, 10)}
TIER_NAME = "chat"

#: genai-prices price key -> catalog column (per 1M tokens; searches per 1,000).
PRICE_KEYS: dict[str, str] = {
    "input_mtok": "input_per_mtok",
    "output_mtok": "output_per_mtok",
    "cache_read_mtok": "cached_input_per_mtok",
    "cache_write_mtok": "cache_write_per_mtok",
    "cache_write_1h_mtok": "cache_write_1h_per_mtok",
    "output_reasoning_mtok": "reasoning_per_mtok",
    "web_searches_kcount": "search_per_k",
}
#: Price keys that bill every text request: a model with one cannot be priced by tokens.
BLOCKING_KEYS: dict[str, str] = {
    "requests_kcount": "a fee per request",
    "input_mchars": "prices per character",
    "input_text_messages_kcount": "a fee per message",
}
#: Price contexts of the catalog's variants.
VARIANTS: dict[str, dict[str, str]] = {
    "batch": {"processing": "batch"},
    "flex": {"service_tier": "flex"},
    "priority": {"service_tier": "priority"},
}
_IGNORED_WHEN = ({"service_tier": "default"},)
_PEAK, _OFF_PEAK = "peak", "off_peak"
MINUTES = 24 * 60


class Skip(Exception):
    """A model is left out; ``args[0]`` says why."""


# ---------------------------------------------------------------------------- entry points
def installed_version() -> str:
    from importlib.metadata import version

    return version("genai-prices")


def import_installed(options: ImportOptions | None = None) -> SourceImport:
    """Records from the data of the installed ``genai-prices`` package."""
    options = options or ImportOptions()
    try:
        from genai_prices.data import providers
    except ImportError as err:  # pragma: no cover - a pinned dependency
        raise CatalogError(f"genai-prices is not installed ({err})") from None
    version = installed_version()
    return convert(providers, f"genai-prices {version} (Python package)", version,
                   RELEASE_DATES.get(version), options, HOME_URL)


def parse_data_json(data: Any, name: str, options: ImportOptions | None = None,
                    published: dt.date | None = None) -> SourceImport:
    """Records from genai-prices' ``data.json`` (v2), already parsed as JSON (a list)."""
    options = options or ImportOptions()
    if not looks_like_data_json(data):
        raise CatalogError(f"{name}: not a genai-prices data.json (expected a list of "
                           "providers with models)")
    from genai_prices.types import _providers_from_raw

    try:
        providers = _providers_from_raw(data)
    except Exception as err:  # pydantic's ValidationError and anything the types raise
        first = str(err).splitlines()
        detail = " ".join(line.strip() for line in first[:3])[:300]
        raise CatalogError(f"{name}: not a valid genai-prices data.json ({detail})") from None
    return convert(providers, name, "", published, options, DATA_URL)


def looks_like_data_json(data: Any) -> bool:
    return (isinstance(data, list) and bool(data) and all(
        isinstance(p, dict) and "id" in p and "models" in p for p in data[:3]))


# ---------------------------------------------------------------------------- converting
def convert(providers: Iterable[Any], name: str, version: str, published: dt.date | None,
            options: ImportOptions, url: str) -> SourceImport:
    from .vendors import provider_info

    providers = list(providers)
    today = options.current_date
    checked = published or _data_date(providers, today)
    if checked is None:
        raise CatalogError(f"{name}: the data names no date; cannot tell how old it is")
    version = version or iso(checked)
    label = f"{SOURCE} {version}"
    since = options.effective_from or checked
    rows: list[dict[str, str]] = []
    skipped: list[tuple[str, str]] = []
    entries = 0
    for provider in providers:
        info = provider_info(provider.id)
        for model in provider.models:
            entries += 1
            key = f"{provider.id}/{model.id}"
            if info.reseller and not options.include_resellers:
                skipped.append((key, _reseller_reason(provider.name or provider.id)))
                continue
            try:
                built = _ModelRecords(provider, model, info, label, checked, since,
                                      options.schedules).rows()
            except Skip as skip:
                skipped.append((key, skip.args[0]))
                continue
            rows.extend(built)
    records = finish(rows, skipped, name, f"import:{SOURCE}")
    return SourceImport(records=records, skipped=skipped, source=SOURCE, version=version,
                        checked=checked, entries=entries, name=name)


def _reseller_reason(name: str) -> str:
    return f"sold by a reseller or platform ({name}); include resellers to import it"


def _data_date(providers: list[Any], today: dt.date) -> dt.date | None:
    """The newest date the data names: price changes and "verified on" comments."""
    texts: list[str] = []
    for provider in providers:
        texts.append(provider.price_comments or "")
        for model in provider.models:
            texts.append(model.price_comments or "")
            for constraint in _constraints(model):
                if hasattr(constraint, "start_date"):
                    texts.append(iso(constraint.start_date))
    return newest_day(texts, today)


def _constraints(model: Any) -> list[Any]:
    found = []
    if isinstance(model.prices, list):
        found += [c.constraint for c in model.prices if c.constraint is not None]
    found += [v.constraint for v in model.price_variants or () if v.constraint is not None]
    return found


class _ModelRecords:
    """The records of one genai-prices model."""

    def __init__(self, provider: Any, model: Any, info: Any, label: str, checked: dt.date,
                 since: dt.date, schedules: Sequence[Schedule]):
        self.provider, self.model, self.info = provider, model, info
        self.label, self.checked, self.schedules = label, checked, schedules
        self.notes: list[str] = []
        self.model_id = f"{provider.id}/{model.id}"
        starts = sorted({c.start_date for c in _constraints(model) if hasattr(c, "start_date")})
        changes = sorted(c.constraint.start_date for c in model.prices
                         if hasattr(c.constraint, "start_date")) \
            if isinstance(model.prices, list) else []
        # The first price holds until the first standard change, and was in effect when
        # the first variant price began.
        self.first = min([since, *[d - dt.timedelta(days=1) for d in changes[:1]],
                          *starts[:1]])
        self.dates = [self.first] + [d for d in starts if d > self.first]
        if self.first < since:
            self.notes.append(f"genai-prices gives no start date for the first price; "
                              f"shown from {iso(self.first)}.")
        self.minutes = self._day_segments()

    # ------------------------------------------------------------------ checks
    def _check(self, prices: Any) -> None:
        values = _price_values(prices)
        for key, what in BLOCKING_KEYS.items():
            if values.get(key) is not None:
                raise Skip(f"charges {what}, which the app does not price")
        if values.get("input_mtok") is None or values.get("output_mtok") is None:
            raise Skip("no price per text input and output token (not a chat model)")

    def _day_segments(self) -> list[int]:
        """Minutes (UTC) where the price may change during a day: 0 plus every window edge."""
        edges = {0}
        for constraint in _constraints(self.model):
            if hasattr(constraint, "start_time"):
                edges.add(_utc_minute(constraint.start_time))
                edges.add(_utc_minute(constraint.end_time))
        return sorted(e for e in edges if 0 <= e < MINUTES)

    # ------------------------------------------------------------------ building
    def rows(self) -> list[dict[str, str]]:
        self._check(self._prices(self.first, 0, None))
        self._note_variants()
        rows: list[dict[str, str]] = []
        last: dict[tuple[str, int], tuple] = {}
        thresholds: dict[str, set[int]] = {}
        for day in self.dates:
            for variant in ("", *VARIANTS):
                if variant and not self._variant_active(variant, day):
                    continue
                bands = self._bands(day, variant)
                seen = thresholds.setdefault(variant, set())
                for _, prices in bands:
                    seen.update(_thresholds(prices))
                for above in [0, *sorted(seen)]:
                    # A banded price is written as a pair: peak and off-peak of one date.
                    values = tuple((band, _tier_values(prices, above)) for band, prices in bands)
                    if last.get((variant, above)) == values:
                        continue
                    last[(variant, above)] = values
                    rows += [self._row(day, variant, band, above, tier)
                             for band, tier in values]
        return rows

    def _prices(self, day: dt.date, minute: int, variant: str | None) -> Any:
        moment = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), dt.UTC)
        context = VARIANTS[variant] if variant else None
        return self.model.get_prices(moment, context)

    def _variant_active(self, variant: str, day: dt.date) -> bool:
        moment = dt.datetime.combine(day, dt.time(12), dt.UTC)
        return any(v.when == VARIANTS[variant] and _price_values(v.prices)
                   and (v.constraint is None or v.constraint.active(moment))
                   for v in self.model.price_variants or ())

    def _bands(self, day: dt.date, variant: str) -> list[tuple[tuple[str, str], Any]]:
        """``[(("", ""), prices)]`` for one all-day price, else peak and off-peak."""
        segments = [(m, self._prices(day, m, variant)) for m in self.minutes]
        distinct: list[Any] = []
        for _, prices in segments:
            if not any(prices == other for other in distinct):
                distinct.append(prices)
        if len(distinct) == 1:
            return [(("", ""), distinct[0])]
        if len(distinct) > 2:
            raise Skip("more than two time-of-day prices; the catalog has peak and off-peak only")
        high, low = sorted(distinct, key=_rank, reverse=True)
        peak = _minutes_of([m for m, p in segments if p == high], self.minutes)
        schedule = self._schedule(peak, day)
        return [((_PEAK, schedule), high), ((_OFF_PEAK, schedule), low)]

    def _schedule(self, peak_utc: frozenset[int], day: dt.date) -> str:
        for schedule in self.schedules:
            if _every_day(schedule) and _utc_peak_minutes(schedule, day) == peak_utc:
                return schedule.schedule
        raise Skip(f"time-of-day prices with peak hours {_windows_text(peak_utc)} UTC every "
                   "day match no vendor schedule in the catalog")

    def _note_variants(self) -> None:
        others = []
        for variant in self.model.price_variants or ():
            if variant.when in VARIANTS.values() or variant.when in _IGNORED_WHEN:
                continue
            text = ", ".join(f"{k}={v}" for k, v in variant.when.items())
            if text not in others:
                others.append(text)
        if others:
            self.notes.append(f"Prices for {'; '.join(others)} not imported.")
        if self.model.deprecated:
            self.notes.append("Deprecated by the provider (still served).")

    def _row(self, day: dt.date, variant: str, band: tuple[str, str], above: int,
             values: tuple) -> dict[str, str]:
        provider, model = self.provider, self.model
        urls = [u for u in (provider.pricing_urls or []) if isinstance(u, str)][:1]
        row = {
            "model_id": regional_id(self.model_id, self.info.region("USD")),
            "vendor": self.info.vendor.name,
            "vendor_cn": self.info.vendor.name_cn,
            "model_name": model.name or model.id,
            "tier": TIER_NAME,
            "context_window": str(model.context_window) if model.context_window else "",
            "effective_from": iso(day),
            "currency": "USD",
            "status": STATUS,
            "source": " ; ".join([f"{self.label} ({HOME_URL})", *urls]),
            "checked": iso(self.checked),
            "notes": " ".join([f"Imported from {self.label}; USD.", *self.notes]),
            REGION: self.info.region("USD"),
            VARIANT: variant,
            BAND: band[0],
            SCHEDULE: band[1],
            TIER_COLUMN: str(above) if above else "",
        }
        for (_, column), value in zip(PRICE_KEYS.items(), values, strict=True):
            row[column] = decimal_text(value)
        return row


# ---------------------------------------------------------------------------- prices
def _price_values(prices: Any) -> dict[str, Any]:
    return {k: v for k, v in vars(prices).items() if not k.startswith("_") and v is not None}


def _thresholds(prices: Any) -> set[int]:
    found: set[int] = set()
    for key in PRICE_KEYS:
        value = getattr(prices, key, None)
        tiers = getattr(value, "tiers", None)
        if tiers:
            found.update(int(t.start) for t in tiers if int(t.start) > 0)
    return found


def _tier_values(prices: Any, above: int) -> tuple:
    """The prices (one per :data:`PRICE_KEYS`) for requests with more than ``above``
    input tokens: the highest tier starting at or below ``above``, as genai-prices picks
    a tier when the request's input exceeds its start."""
    values = []
    for key in PRICE_KEYS:
        value = getattr(prices, key, None)
        tiers = getattr(value, "tiers", None)
        if value is not None and tiers is not None:
            chosen = value.base
            for tier in sorted(tiers, key=lambda t: t.start):
                if tier.start <= above:
                    chosen = tier.price
            value = chosen
        values.append(value)
    return tuple(values)


def _rank(prices: Any) -> tuple[Decimal, Decimal]:
    values = _tier_values(prices, 0)
    return (values[0] or Decimal(0), values[1] or Decimal(0))


# ---------------------------------------------------------------------------- time of day
def _utc_minute(moment: dt.time) -> int:
    if moment.tzinfo is not None:
        moment = dt.datetime.combine(dt.date(1970, 1, 1), moment).astimezone(dt.UTC).time()
    return moment.hour * 60 + moment.minute


def _minutes_of(starts: list[int], edges: list[int]) -> frozenset[int]:
    """Every minute of the day covered by the segments that start at ``starts``."""
    bounds = [*edges, MINUTES]
    covered: set[int] = set()
    for index, start in enumerate(edges):
        if start in starts:
            covered.update(range(start, bounds[index + 1]))
    return frozenset(covered)


def _every_day(schedule: Schedule) -> bool:
    return len(set(schedule.peak_days)) == 7 and not schedule.holiday_calendar


def _utc_peak_minutes(schedule: Schedule, day: dt.date) -> frozenset[int]:
    from zoneinfo import ZoneInfo

    offset = dt.datetime.combine(day, dt.time(12), ZoneInfo(schedule.timezone)).utcoffset()
    shift = int(offset.total_seconds() // 60) if offset else 0
    return frozenset((m - shift) % MINUTES for start, end in schedule.peak_hours
                     for m in range(start, end))


def _windows_text(minutes: frozenset[int]) -> str:
    spans: list[tuple[int, int]] = []
    for m in sorted(minutes):
        if spans and spans[-1][1] == m:
            spans[-1] = (spans[-1][0], m + 1)
        else:
            spans.append((m, m + 1))
    return ", ".join(f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}" for s, e in spans)
