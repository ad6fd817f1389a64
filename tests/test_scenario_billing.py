"""Scenario files version 2 hold every billing dimension; version 1 files read with the
defaults; reading is strict and names the field."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from calculator.calendars import all_calendars
from calculator.engine.scenario import BillingSpec, Scenario, differences
from calculator.engine.traffic import PROFILES
from calculator.formats.scenario_file import (
    ScenarioError,
    read_document,
    scenario_from_dict,
    scenario_from_json,
    scenario_to_json,
)
from calculator.runtime.paths import seed_path

BILLED = Scenario(name="Support bot").with_workload(
    monthly_requests=50_000, input_tokens=100e6, cached_share=0.3, cache_write_share=0.1,
    cache_ttl="1h", reasoning_share=0.25, searches_per_request=0.5,
    request_sizes=((1_000.0, 0.5), (3_000.0, 0.5)),
).with_billing(
    batch_share=0.1, service_tier="flex", prices="promotion", traffic="custom",
    traffic_weights=tuple(float(i % 24 >= 9) for i in range(168)), timezone="Asia/Shanghai",
    month="2026-10", off_peak_share=None,
)


def doc(**parts) -> dict:
    return {"format": "llm-cost-scenario", "version": 2, **parts}


def test_every_billing_dimension_round_trips():
    text = scenario_to_json(BILLED)
    data = json.loads(text)
    assert data["billing"]["service_tier"] == "flex"
    assert data["workload"]["request_sizes"] == [[1000.0, 0.5], [3000.0, 0.5]]
    assert scenario_from_json(text) == BILLED
    assert differences(Scenario(), BILLED) >= {"billing.batch_share", "billing.traffic",
                                               "workload.cache_write_share"}


def test_version_1_files_read_with_every_dimension_at_its_default():
    scenario = read_document(seed_path("scenarios", "customer-service-bot.json")).scenario
    assert scenario.billing == BillingSpec()
    w = scenario.workload
    assert (w.cache_write_share, w.cache_ttl, w.reasoning_share, w.searches_per_request,
            w.request_sizes) == (0.0, "5m", 0.0, 0.0, ())
    # saving writes version 2 with the billing object
    assert json.loads(scenario_to_json(scenario))["version"] == 2


def test_the_options_priced_are_the_files():
    options = BILLED.billing.pricing_options(all_calendars())
    assert options.batch_share == 0.1 and options.service_tier == "flex"
    assert options.prices == "promotion"
    assert options.traffic.month == (2026, 10) and options.traffic.timezone == "Asia/Shanghai"
    assert options.traffic.weights == BILLED.billing.traffic_weights
    flat = Scenario().billing.pricing_options((), local_zone="Europe/Berlin")
    assert flat.traffic.weights == PROFILES["flat"] and flat.traffic.timezone == "Europe/Berlin"


@pytest.mark.parametrize(("parts", "fragment"), [
    ({"billing": {"batch_share": 1.5}}, '"billing.batch_share" must be between 0 and 1'),
    ({"billing": {"service_tier": "turbo"}}, '"billing.service_tier" must be one of'),
    ({"billing": {"prices": "cheap"}}, '"billing.prices" must be one of'),
    ({"billing": {"traffic": "lunch"}}, '"billing.traffic" must be one of'),
    ({"billing": {"traffic": "custom"}}, '"billing.traffic_weights" is needed'),
    ({"billing": {"traffic_weights": [1, 2]}}, '"billing.traffic_weights" must be 168'),
    ({"billing": {"traffic_weights": [0] * 168}}, "has no traffic"),
    ({"billing": {"timezone": "Mars/Olympus"}}, '"billing.timezone" must be an IANA'),
    ({"billing": {"month": "2026-13"}}, '"billing.month" must be a month'),
    ({"billing": {"off_peak_share": "half"}}, '"billing.off_peak_share" must be a number'),
    ({"billing": {"batch": 0.5}}, "unknown field 'batch'"),
    ({"billing": []}, '"billing" must be an object'),
    ({"workload": {"cache_ttl": "2h"}}, '"workload.cache_ttl" must be one of 5m, 1h'),
    ({"workload": {"reasoning_share": -0.1}}, '"workload.reasoning_share" must be between'),
    ({"workload": {"request_sizes": [[8000, 0.5]]}}, "shares add up to 0.5"),
    ({"workload": {"request_sizes": [8000]}}, '"workload.request_sizes[0]" must be a'),
    ({"workload": {"cached_share": 0.7, "cache_write_share": 0.5}}, "add up to more than 1"),
    ({"workload": {"searches_per_request": 1}}, "needs the monthly request count"),
    ({"workload": {"monthly_requests": 1000, "request_sizes": [[1e9, 1]]}},
     "must agree within 1%"),
])
def test_bad_billing_values_are_refused_naming_the_field(parts, fragment):
    with pytest.raises(ScenarioError) as info:
        scenario_from_dict(doc(**parts), "bot.json")
    message = str(info.value)
    assert message.startswith("bot.json: ") and fragment in message and "\n" not in message


def test_a_newer_version_is_still_refused():
    with pytest.raises(ScenarioError) as info:
        scenario_from_dict({**doc(), "version": 3})
    assert info.value.key == "newer"


def test_traffic_weights_kept_when_a_preset_is_chosen():
    """Switching to a preset keeps the own profile (switching back loses nothing)."""
    scenario = BILLED.with_billing(traffic="business")
    again = scenario_from_json(scenario_to_json(scenario))
    assert again.billing.traffic == "business"
    assert again.billing.traffic_weights == BILLED.billing.traffic_weights
    assert again.billing.weights == PROFILES["business"]


def test_current_date_month_and_sides():
    """An empty month is the month of each date priced."""
    options = Scenario(current_date=dt.date(2026, 10, 20)).billing.pricing_options()
    assert options.traffic.month is None
