"""Inputs that are valid one by one but not together, named by the field to fix.

The command line refuses these combinations with one line (exit 2); the window
marks the field instead: cache reads and writes above the whole input, searches or
a request-size mix without a request count, a size mix that disagrees with the input
total, an unknown service tier, time zone or month, a traffic profile without
traffic. :func:`field_problems` finds them in a scenario (pure, no Qt: the
:class:`~calculator.ui.state.AppState` runs it on every change and keeps the result
in its view); :meth:`FieldProblem.text` says each in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..engine.errors import EngineError
from ..engine.notes import QT_TRANSLATE_NOOP
from ..engine.options import PRICE_KINDS, SERVICE_TIERS
from ..engine.scenario import (
    CUSTOM_TRAFFIC,
    TRAFFIC_PROFILES,
    Scenario,
    check_zone,
    parse_month,
)
from ..engine.traffic import HOURS_PER_WEEK
from ..engine.workload import CACHE_TTLS, MIX_TOLERANCE
from ..reports.formatting import format_percent, format_tokens
from ..reports.i18n import translate
from ..reports.locale import ENGLISH, Locale

#: The name of each field a problem can point at, as the window labels it.
LABELS: dict[str, str] = {
    "workload.cached_share": QT_TRANSLATE_NOOP("WorkloadPanel", "Cached share of input"),
    "workload.cache_write_share": QT_TRANSLATE_NOOP("BillingPanel", "Cache writes"),
    "workload.cache_ttl": QT_TRANSLATE_NOOP("BillingPanel", "Cache lifetime"),
    "workload.reasoning_share": QT_TRANSLATE_NOOP("BillingPanel", "Reasoning share of output"),
    "workload.searches_per_request": QT_TRANSLATE_NOOP("BillingPanel", "Web searches / request"),
    "workload.request_sizes": QT_TRANSLATE_NOOP("BillingPanel", "Request sizes"),
    "billing.batch_share": QT_TRANSLATE_NOOP("BillingPanel", "Batch share"),
    "billing.service_tier": QT_TRANSLATE_NOOP("BillingPanel", "Service tier"),
    "billing.prices": QT_TRANSLATE_NOOP("BillingPanel", "Prices"),
    "billing.traffic": QT_TRANSLATE_NOOP("BillingPanel", "Traffic by hour"),
    "billing.timezone": QT_TRANSLATE_NOOP("BillingPanel", "Time zone"),
    "billing.month": QT_TRANSLATE_NOOP("BillingPanel", "Month"),
    "billing.off_peak_share": QT_TRANSLATE_NOOP("BillingPanel", "Off-peak share"),
}

#: What is wrong, per problem key (context "FieldChecks"); values fill the braces.
MESSAGES: dict[str, str] = {
    "share_range": QT_TRANSLATE_NOOP("FieldChecks", "must be from 0 to 100%"),
    "reads_writes": QT_TRANSLATE_NOOP(
        "FieldChecks", "cache reads ({reads}) and cache writes ({writes}) are parts of the "
                       "input and add up to more than 100%"),
    "searches_need_requests": QT_TRANSLATE_NOOP(
        "FieldChecks", "searches are billed per call: enter the requests per month too"),
    "sizes_need_requests": QT_TRANSLATE_NOOP(
        "FieldChecks", "a request-size mix needs the requests per month"),
    "sizes_disagree": QT_TRANSLATE_NOOP(
        "FieldChecks", "the sizes give {mixed} input tokens a month (requests × mean size) "
                       "but the input total is {total}; they must agree within 1%"),
    "sizes_shares": QT_TRANSLATE_NOOP("FieldChecks", "the shares add up to {total}, not 100%"),
    "unknown_choice": QT_TRANSLATE_NOOP("FieldChecks", "{value} is not one of {allowed}"),
    "weights": QT_TRANSLATE_NOOP(
        "FieldChecks", "a traffic profile needs 168 hourly weights with some traffic"),
    "timezone": QT_TRANSLATE_NOOP(
        "FieldChecks", "{value} is not a time zone (e.g. Asia/Shanghai)"),
    "month": QT_TRANSLATE_NOOP("FieldChecks", "{value} is not a month (YYYY-MM, e.g. 2026-10)"),
    "searches_range": QT_TRANSLATE_NOOP("FieldChecks", "must be from 0 to 1,000,000"),
}


@dataclass(frozen=True)
class FieldProblem:
    """``field`` (``"workload.cache_write_share"``) is wrong for the reason ``key``."""

    field: str
    key: str
    values: tuple[tuple[str, str], ...] = ()

    def reason(self) -> str:
        """Why, in the current language, without the field's name."""
        return translate("FieldChecks", MESSAGES[self.key]).format(**dict(self.values))

    def text(self) -> str:
        """``Cache writes: cache reads (60%) and … add up to more than 100%``."""
        context = "WorkloadPanel" if self.field == "workload.cached_share" else "BillingPanel"
        label = translate(context, LABELS[self.field])
        return translate("FieldChecks", "{field}: {reason}").format(field=label,
                                                                    reason=self.reason())


def _problem(field: str, key: str, **values: object) -> FieldProblem:
    return FieldProblem(field, key, tuple((k, str(v)) for k, v in values.items()))


def field_problems(scenario: Scenario, locale: Locale = ENGLISH
                   ) -> tuple[FieldProblem, ...]:
    """Every field of ``scenario`` that the engine would refuse, with the reason."""
    found: list[FieldProblem] = []
    spec, billing = scenario.workload, scenario.billing
    for name in ("cached_share", "cache_write_share", "reasoning_share"):
        if not 0 <= getattr(spec, name) <= 1:
            found.append(_problem(f"workload.{name}", "share_range"))
    for name in ("batch_share", "off_peak_share"):
        value = getattr(billing, name)
        if value is not None and not 0 <= value <= 1:
            found.append(_problem(f"billing.{name}", "share_range"))
    if not 0 <= spec.searches_per_request <= 1e6:
        found.append(_problem("workload.searches_per_request", "searches_range"))
    if spec.cached_share + spec.cache_write_share > 1 + 1e-12:
        reads = format_percent(spec.cached_share, 0)
        writes = format_percent(spec.cache_write_share, 0)
        for name in ("cache_write_share", "cached_share"):
            found.append(_problem(f"workload.{name}", "reads_writes", reads=reads,
                                  writes=writes))
    found += _choices(scenario)
    found += _volume_problems(scenario, locale)
    found += _traffic_problems(scenario)
    return tuple(found)


def _choices(scenario: Scenario) -> list[FieldProblem]:
    found = []
    for field, value, allowed in (
            ("workload.cache_ttl", scenario.workload.cache_ttl, CACHE_TTLS),
            ("billing.service_tier", scenario.billing.service_tier, SERVICE_TIERS),
            ("billing.prices", scenario.billing.prices, PRICE_KINDS),
            ("billing.traffic", scenario.billing.traffic, TRAFFIC_PROFILES)):
        if value not in allowed:
            found.append(_problem(field, "unknown_choice", value=repr(value),
                                  allowed=", ".join(allowed)))
    return found


def _volume_problems(scenario: Scenario, locale: Locale) -> list[FieldProblem]:
    """Searches and size mixes against the request count and the input total."""
    spec = scenario.workload
    try:
        volume = replace(spec, searches_per_request=0.0, request_sizes=(), cached_share=0.0,
                         cache_write_share=0.0, cache_ttl="5m").to_workload()
    except EngineError:
        return []  # the workload panel marks its own fields
    found = []
    if spec.searches_per_request and volume.requests is None:
        found.append(_problem("workload.searches_per_request", "searches_need_requests"))
    sizes = spec.request_sizes
    if not sizes:
        return found
    total = sum(share for _, share in sizes)
    if abs(total - 1) > 1e-6:
        found.append(_problem("workload.request_sizes", "sizes_shares",
                              total=format_percent(total, 0)))
    elif volume.requests is None:
        found.append(_problem("workload.request_sizes", "sizes_need_requests"))
    else:
        mixed = volume.requests * sum(size * share for size, share in sizes)
        inp = volume.input_tokens
        if abs(mixed - inp) > MIX_TOLERANCE * max(inp, mixed):
            found.append(_problem("workload.request_sizes", "sizes_disagree",
                                  mixed=format_tokens(mixed, units=locale.token_units),
                                  total=format_tokens(inp, units=locale.token_units)))
    return found


def _traffic_problems(scenario: Scenario) -> list[FieldProblem]:
    billing = scenario.billing
    found = []
    if billing.traffic == CUSTOM_TRAFFIC:
        weights = billing.traffic_weights
        if len(weights) != HOURS_PER_WEEK or not any(w > 0 for w in weights) or any(
                not w >= 0 for w in weights):
            found.append(_problem("billing.traffic", "weights"))
    if billing.timezone:
        try:
            check_zone(billing.timezone)
        except EngineError:
            found.append(_problem("billing.timezone", "timezone", value=billing.timezone))
    if billing.month:
        try:
            parse_month(billing.month)
        except EngineError:
            found.append(_problem("billing.month", "month", value=billing.month))
    return found
