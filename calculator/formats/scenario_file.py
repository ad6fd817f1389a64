"""Scenario documents: JSON with a format name and version, read strictly.

``{"format": "llm-cost-scenario", "version": 2, ...}``. Version 2 adds what makes a
scenario travel: its ``discounts`` and the ``prices`` (records) of its models that
the shipped catalog lacks (:mod:`scenario_prices`), and how vendors bill it: the
workload's cache writes (with their TTL), reasoning share, searches per request and
request-size mix, and a ``billing`` object (batch share, service tier, list or
promotional prices, the traffic profile with its time zone and month, an off-peak
share). Version 1 files read as they always did (every billing dimension at its
default); a newer version is refused. Reading never trusts the file: wrong
types, out-of-range values, unknown versions and corrupt JSON all raise
:class:`ScenarioError` with a message naming the field and the problem.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import pandas as pd

from ..engine.dates import parse_date
from ..engine.discounts import Discount
from ..engine.errors import CatalogError, DateError, EngineError
from ..engine.notes import QT_TRANSLATE_NOOP
from ..engine.options import PRICE_KINDS, SERVICE_TIERS
from ..engine.projection import MAX_MONTHS
from ..engine.scenario import (
    CUSTOM_TRAFFIC,
    HISTORY_PRICES,
    MODES,
    TRAFFIC_PROFILES,
    BillingSpec,
    ChartOptions,
    Scenario,
    WorkloadSpec,
    check_zone,
    parse_month,
)
from ..engine.text import clean_text, is_clean
from ..engine.traffic import HOURS_PER_WEEK
from ..engine.workload import CACHE_TTLS
from .plan_documents import PlanDocumentError, plan_set_from_dict, plan_set_to_dict
from .safe_reader import UserFileError, parse_json, read_bytes
from .scenario_prices import records_from_json, records_to_json

FORMAT = "llm-cost-scenario"
VERSION = 2
MAX_BYTES = 2 * 1024 * 1024
MAX_MODELS = 10_000
MAX_TEXT = 20_000
MAX_VOLUME = 1e18
MAX_SEARCHES = 1e6
#: At most this many request sizes in a mix.
MAX_SIZES = 100


#: What is wrong with a scenario file, in one sentence; ``ScenarioError.key`` names one.
#: Front ends show it translated (context "Scenarios") above the detailed message.
PROBLEMS: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP("Scenarios", "The file cannot be read."),
    "not_regular": QT_TRANSLATE_NOOP("Scenarios", "This is not a file but a folder, a device "
                                                  "or a pipe."),
    "too_big": QT_TRANSLATE_NOOP("Scenarios", "The file is too big to be a scenario "
                                              "(at most 2 MB)."),
    "not_text": QT_TRANSLATE_NOOP("Scenarios", "The file is not UTF-8 text."),
    "not_json": QT_TRANSLATE_NOOP("Scenarios", "The file is not valid JSON; it may be "
                                               "damaged or cut short."),
    "not_scenario": QT_TRANSLATE_NOOP("Scenarios", "The file is not an LLM cost scenario."),
    "newer": QT_TRANSLATE_NOOP("Scenarios", "The file was saved by a newer version of the "
                                            "app; update the app to open it."),
    "bad_value": QT_TRANSLATE_NOOP("Scenarios", "A value in the file has the wrong type or "
                                                "is out of range."),
}


#: The safe reader's problem keys that have no sentence of their own here.
_KEYS = {"too_deep": "not_json"}


class ScenarioError(EngineError):
    """A scenario document is unreadable or invalid; ``key`` names the kind of
    problem (:data:`PROBLEMS`), the message the details."""

    def __init__(self, message: str, key: str = "bad_value"):
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class ScenarioDocument:
    """What a scenario file holds: the scenario and the price records it carries."""

    scenario: Scenario
    prices: pd.DataFrame = field(default_factory=pd.DataFrame)


def scenario_to_dict(scenario: Scenario, prices: pd.DataFrame | None = None) -> dict[str, Any]:
    """The file's JSON object; ``prices``: records to carry (see :mod:`scenario_prices`)."""
    data = asdict(scenario)
    data["baseline_date"] = scenario.baseline_date.isoformat()
    data["current_date"] = scenario.current_date.isoformat()
    data["models"] = list(scenario.models)
    data["discounts"] = [_discount_dict(d) for d in scenario.discounts]
    data["plans"] = plan_set_to_dict(scenario.plans)
    out = {"format": FORMAT, "version": VERSION, **data}
    if prices is not None and not prices.empty:
        out["prices"] = records_to_json(prices)
    return out


def _discount_dict(discount: Discount) -> dict[str, Any]:
    out: dict[str, Any] = {"off": discount.off}
    out["model" if discount.model else "vendor"] = discount.target
    if discount.since is not None:
        out["since"] = discount.since.isoformat()
    return out


def scenario_to_json(scenario: Scenario, prices: pd.DataFrame | None = None) -> str:
    return json.dumps(scenario_to_dict(scenario, prices), ensure_ascii=False, indent=2) + "\n"


def scenario_from_json(text: str | bytes, name: str = "scenario") -> Scenario:
    return document_from_json(text, name).scenario


def document_from_json(text: str | bytes, name: str = "scenario") -> ScenarioDocument:
    if len(text) > MAX_BYTES:
        raise ScenarioError(f"{name}: file is {len(text) / 1e6:.1f} MB; a scenario is at most 2 MB",
                            "too_big")
    try:
        data = parse_json(text, name)
    except UserFileError as err:
        raise ScenarioError(str(err), _KEYS.get(err.key, err.key)) from None
    return document_from_dict(data, name)


def read_scenario(path: str | os.PathLike[str]) -> Scenario:
    return read_document(path).scenario


def read_document(path: str | os.PathLike[str]) -> ScenarioDocument:
    name = os.fspath(path)
    try:
        raw = read_bytes(name, limit=MAX_BYTES, kind="a scenario")
    except UserFileError as err:
        raise ScenarioError(str(err), _KEYS.get(err.key, err.key)) from None
    return document_from_json(raw, os.path.basename(name))


def scenario_from_dict(data: object, name: str = "scenario") -> Scenario:
    return document_from_dict(data, name).scenario


def document_from_dict(data: object, name: str = "scenario") -> ScenarioDocument:
    reader = _Reader(name)
    if not isinstance(data, dict):
        raise ScenarioError(f"{name}: expected a JSON object, found {_kind(data)}",
                            "not_scenario")
    if data.get("format") != FORMAT:
        raise ScenarioError(f"{name}: not an LLM cost scenario (\"format\" is "
                            f"{data.get('format')!r}, expected {FORMAT!r})", "not_scenario")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError(f"{name}: \"version\" must be a whole number, found {version!r}")
    if version > VERSION:
        raise ScenarioError(f"{name}: written by a newer version of the app (format version "
                            f"{version}; this app reads up to {VERSION}); please update the app",
                            "newer")
    if version < 1:
        raise ScenarioError(f"{name}: unknown format version {version}")
    default = Scenario()
    workload = reader.section(data, "workload", WorkloadSpec, _workload_field)
    chart = reader.section(data, "chart", ChartOptions, _chart_field)
    billing = reader.section(data, "billing", BillingSpec, _billing_field, strict=True)
    if billing.traffic == CUSTOM_TRAFFIC and not billing.traffic_weights:
        raise reader.fail("billing.traffic_weights", "is needed for a custom traffic profile "
                          f"({HOURS_PER_WEEK} hourly weights, Monday 00:00 to Sunday 23:00)")
    scenario = Scenario(
        name=reader.text(data, "name", default.name, MAX_TEXT // 100),
        notes=reader.text(data, "notes", "", MAX_TEXT, lines=True),
        workload=workload,
        baseline_date=reader.date(data, "baseline_date", default.baseline_date),
        current_date=reader.date(data, "current_date", default.current_date),
        currency=reader.choice(data, "currency", ("CNY", "USD"), "CNY"),
        fx_cny_per_usd=reader.number(data, "fx_cny_per_usd", None, 0.5, 100, optional=True),
        models=reader.models(data),
        reference=reader.optional_text(data, "reference"),
        growth=reader.number(data, "growth", default.growth, -0.99, 10),
        horizon=int(reader.number(data, "horizon", default.horizon, 1, MAX_MONTHS, whole=True)),
        chart=chart,
        discounts=reader.discounts(data),
        plans=_plans(data, name),
        billing=billing,
    )
    try:
        scenario.workload.to_workload()
    except EngineError as err:
        raise ScenarioError(f"{name}: workload: {err}") from None
    try:
        billing.pricing_options()
    except EngineError as err:
        raise ScenarioError(f"{name}: billing: {err}") from None
    prices = pd.DataFrame()
    if data.get("prices") is not None:
        try:
            prices = records_from_json(data["prices"], name)
        except CatalogError as err:
            raise ScenarioError(" ".join(str(err).split())) from None
    return ScenarioDocument(scenario, prices)


def _plans(data: dict, name: str):
    try:
        return plan_set_from_dict(data.get("plans"))
    except PlanDocumentError as err:
        raise ScenarioError(f"{name}: {err}") from None


def _workload_field(reader: _Reader, data: dict, key: str, default: Any) -> Any:
    if key == "mode":
        return reader.choice(data, key, MODES, default, prefix="workload.")
    if key in ("cached_share", "cache_write_share", "reasoning_share"):
        return reader.number(data, key, default, 0, 1, prefix="workload.")
    if key == "cache_ttl":
        return reader.choice(data, key, CACHE_TTLS, default, prefix="workload.")
    if key == "searches_per_request":
        return reader.number(data, key, default, 0, MAX_SEARCHES, prefix="workload.")
    if key == "request_sizes":
        return _request_sizes(reader, data, default)
    if key == "days_per_month":
        return reader.number(data, key, default, 0, 31, prefix="workload.")
    return reader.number(data, key, default, 0, MAX_VOLUME, prefix="workload.",
                         optional=key == "monthly_requests")


def _request_sizes(reader: _Reader, data: dict, default: Any) -> tuple:
    """``[[input tokens per request, share of requests], ...]``, shares adding up to 1."""
    where = "workload.request_sizes"
    value = data.get("request_sizes", default)
    if value is None:
        return ()
    if not isinstance(value, (list, tuple)):
        raise reader.fail(where, f"must be a list of [size, share] pairs, found {_kind(value)}")
    if len(value) > MAX_SIZES:
        raise reader.fail(where, f"lists {len(value)} sizes; at most {MAX_SIZES}")
    pairs = []
    for i, item in enumerate(value):
        if not isinstance(item, (list, tuple)) or len(item) != 2:
            raise reader.fail(f"{where}[{i}]", f"must be a [size, share] pair, found {item!r}")
        pair = {"size": item[0], "share": item[1]}
        pairs.append((reader.number(pair, "size", 0, 0, MAX_VOLUME, prefix=f"{where}[{i}]."),
                      reader.number(pair, "share", 0, 0, 1, prefix=f"{where}[{i}].")))
    total = sum(share for _, share in pairs)
    if pairs and abs(total - 1) > 1e-6:
        raise reader.fail(where, f"shares add up to {total:g}, not 1")
    return tuple(pairs)


def _billing_field(reader: _Reader, data: dict, key: str, default: Any) -> Any:
    prefix = "billing."
    if key in ("batch_share", "off_peak_share"):
        return reader.number(data, key, default, 0, 1, prefix=prefix,
                             optional=key == "off_peak_share")
    if key == "service_tier":
        return reader.choice(data, key, SERVICE_TIERS, default, prefix=prefix)
    if key == "prices":
        return reader.choice(data, key, PRICE_KINDS, default, prefix=prefix)
    if key == "traffic":
        return reader.choice(data, key, TRAFFIC_PROFILES, default, prefix=prefix)
    if key == "traffic_weights":
        return _traffic_weights(reader, data, default)
    text = reader.text(data, key, default, 100, prefix=prefix)
    if text and key == "timezone":
        try:
            check_zone(text)
        except EngineError:
            raise reader.fail(prefix + key, f"must be an IANA time zone such as Asia/Shanghai, "
                                            f"found {text!r}") from None
    if text and key == "month":
        try:
            parse_month(text)
        except EngineError:
            raise reader.fail(prefix + key, f"must be a month as YYYY-MM, found {text!r}"
                              ) from None
    return text


def _traffic_weights(reader: _Reader, data: dict, default: Any) -> tuple[float, ...]:
    where = "billing.traffic_weights"
    value = data.get("traffic_weights", default)
    if value is None or (isinstance(value, (list, tuple)) and not value):
        return ()
    if not isinstance(value, (list, tuple)) or len(value) != HOURS_PER_WEEK:
        found = f"{len(value)} values" if isinstance(value, (list, tuple)) else _kind(value)
        raise reader.fail(where, f"must be {HOURS_PER_WEEK} hourly weights (Monday 00:00 to "
                                 f"Sunday 23:00), found {found}")
    weights = tuple(reader.number({"w": w}, "w", 0, 0, 1e9, prefix=f"{where}[{i}]")
                    for i, w in enumerate(value))
    if not any(weights):
        raise reader.fail(where, "has no traffic (every weight is 0)")
    return weights


def _chart_field(reader: _Reader, data: dict, key: str, default: Any) -> Any:
    if key == "history_price":
        return reader.choice(data, key, HISTORY_PRICES, default, prefix="chart.")
    return reader.boolean(data, key, default, prefix="chart.")


class _Reader:
    def __init__(self, name: str):
        self.name = name

    def fail(self, key: str, message: str) -> ScenarioError:
        return ScenarioError(f"{self.name}: \"{key}\" {message}")

    def section(self, data: dict, key: str, cls: type, read_field, *,
                strict: bool = False) -> Any:
        """An object whose keys are the fields of ``cls``; ``strict``: refuse other keys."""
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(key, f"must be an object, found {_kind(value)}")
        if strict:
            known = {f.name for f in fields(cls)}
            unknown = sorted(k for k in value if k not in known)
            if unknown:
                raise self.fail(key, f"has unknown field {unknown[0]!r} (use "
                                     f"{', '.join(sorted(known))})")
        default = cls()
        return cls(**{f.name: read_field(self, value, f.name, getattr(default, f.name))
                      for f in fields(cls)})

    def number(self, data: dict, key: str, default: Any, low: float, high: float, *,
               prefix: str = "", optional: bool = False, whole: bool = False) -> Any:
        if key not in data:
            return default
        value = data[key]
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(prefix + key, f"must be a number, found {_kind(value)}")
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            raise self.fail(prefix + key, "must be a finite number")
        if whole and number != int(number):
            raise self.fail(prefix + key, f"must be a whole number, found {number:g}")
        if not low <= number <= high:
            raise self.fail(prefix + key, f"must be between {low:g} and {high:g}, found {number:g}")
        return number if not whole else int(number)

    def boolean(self, data: dict, key: str, default: bool, *, prefix: str = "") -> bool:
        if key not in data:
            return default
        if not isinstance(data[key], bool):
            raise self.fail(prefix + key, f"must be true or false, found {_kind(data[key])}")
        return data[key]

    def text(self, data: dict, key: str, default: str, limit: int, *,
             lines: bool = False, prefix: str = "") -> str:
        """Text with control characters and lone surrogates replaced (U+FFFD)."""
        if key not in data:
            return default
        value = data[key]
        if not isinstance(value, str):
            raise self.fail(prefix + key, f"must be text, found {_kind(value)}")
        if len(value) > limit:
            raise self.fail(prefix + key, f"is longer than {limit} characters")
        return clean_text(value, keep_lines=lines)

    def optional_text(self, data: dict, key: str) -> str | None:
        if data.get(key) is None:
            return None
        value = self.text(data, key, "", 200)
        if value != data[key]:
            raise self.fail(key, f"must be a model id, found {data[key]!r}")
        return value or None

    def choice(self, data: dict, key: str, allowed: tuple[str, ...], default: str, *,
               prefix: str = "") -> str:
        if key not in data:
            return default
        value = data[key]
        if value not in allowed:
            raise self.fail(prefix + key, f"must be one of {', '.join(allowed)}, found {value!r}")
        return value

    def date(self, data: dict, key: str, default: dt.date) -> dt.date:
        return default if key not in data else self.date_value(data[key], key)

    def date_value(self, value: object, key: str) -> dt.date:
        try:
            return parse_date(value, key)
        except DateError as err:
            raise ScenarioError(f"{self.name}: \"{key}\" {str(err).split(': ', 1)[1]}") \
                from None

    def discounts(self, data: dict) -> tuple[Discount, ...]:
        value = data.get("discounts")
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail("discounts", f"must be a list, found {_kind(value)}")
        if len(value) > MAX_MODELS:
            raise self.fail("discounts", f"lists {len(value)} discounts; at most {MAX_MODELS}")
        return tuple(_read_discount(self, item, i) for i, item in enumerate(value))

    def models(self, data: dict) -> tuple[str, ...]:
        if "models" not in data:
            return Scenario().models
        value = data["models"]
        if not isinstance(value, list):
            raise self.fail("models", f"must be a list of model ids, found {_kind(value)}")
        if len(value) > MAX_MODELS:
            raise self.fail("models", f"lists {len(value)} models; at most {MAX_MODELS}")
        for item in value:
            if not isinstance(item, str) or not item or len(item) > 200 or not is_clean(item):
                raise self.fail("models", f"must contain model ids (text), found {item!r}")
        return tuple(dict.fromkeys(value))


def _read_discount(reader: _Reader, item: object, index: int) -> Discount:
    where = f"discounts[{index}]"
    if not isinstance(item, dict):
        raise reader.fail(where, f"must be an object, found {_kind(item)}")
    unknown = sorted(set(item) - {"off", "vendor", "model", "since"})
    if unknown:
        raise reader.fail(where, f"has unknown field {unknown[0]!r} (use off, vendor or model, "
                                 "since)")
    if "off" not in item:
        raise reader.fail(where, "needs \"off\", the share off list (0.2 = 20%)")
    off = reader.number(item, "off", 0.0, 0, 0.999, prefix=where + ".")
    texts = {key: reader.text(item, key, "", 200) for key in ("vendor", "model") if key in item}
    if len([t for t in texts.values() if t.strip()]) != 1:
        raise reader.fail(where, "needs exactly one of \"vendor\" and \"model\"")
    since = None if item.get("since") is None else reader.date_value(item["since"], "since")
    return Discount(off, vendor=texts.get("vendor", "").strip(),
                    model=texts.get("model", "").strip(), since=since)


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            type(None): "null"}.get(type(value), "a number" if isinstance(value, (int, float))
                                    else type(value).__name__)


