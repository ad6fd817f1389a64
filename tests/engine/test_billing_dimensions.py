"""Issue 13 billing dimensions in the engine: cache writes with a TTL, batch, service tiers,
reasoning, per-call fees, request-size mixes, and the cost breakdown."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from calculator.engine import EngineError, FxRate, PricingOptions, Workload, WorkloadError, compare
from calculator.engine.pricing_parts import PARTS

from ..billing_catalog import billing_catalog

D = dt.date
DAY = D(2026, 11, 30)
FX = FxRate(7.0)


@pytest.fixture(scope="module")
def catalog():
    return billing_catalog()


def price(catalog, workload, model, currency="USD", **options):
    result = compare(catalog, workload, DAY, DAY, fx=FX, currency=currency, models=[model],
                     options=PricingOptions(**options))
    return result, result.frame.iloc[0]


def test_cache_writes_at_the_ttl_price(catalog):
    w = Workload(10e6, 0, cached_share=0.5, cache_write_share=0.2)
    _, r = price(catalog, w, "claude")
    # 3M uncached x 3 + 5M reads x 0.3 + 2M writes x 3.75
    assert r["current_cost"] == pytest.approx(9 + 1.5 + 7.5)
    assert r["current_cost_cache_write"] == pytest.approx(7.5)
    w1h = Workload(10e6, 0, cached_share=0.5, cache_write_share=0.2, cache_ttl="1h")
    assert price(catalog, w1h, "claude")[1]["current_cost"] == pytest.approx(9 + 1.5 + 12)
    # no write price: writes bill as input
    assert price(catalog, w, "plain", currency="CNY")[1]["current_cost"] == pytest.approx(
        3 * 1 + 5 * 1 + 2 * 1)


def test_reads_and_writes_are_disjoint():
    with pytest.raises(WorkloadError, match=r"cached_share \(0.7\) and cache_write_share "
                                            r"\(0.4\) add up to more than 1"):
        Workload(1e6, 0, cached_share=0.7, cache_write_share=0.4)
    with pytest.raises(WorkloadError, match="cache_ttl must be 5m or 1h"):
        Workload(1e6, 0, cache_ttl="1d")


def test_batch_share_at_batch_prices_with_standard_fallback(catalog):
    w = Workload(10e6, 2e6)
    _, r = price(catalog, w, "claude", batch_share=0.5)
    standard, batch = 10 * 3 + 2 * 15, 10 * 1.5 + 2 * 7.5
    assert r["current_cost"] == pytest.approx(0.5 * standard + 0.5 * batch)
    assert not r["current_variant_fallback"]
    result, r = price(catalog, w, "plain", currency="CNY", batch_share=0.5)
    assert r["current_cost"] == pytest.approx(10 + 4) and r["current_variant_fallback"]
    assert any(n.key == "variant_fallback" and "plain" in str(n) for n in result.notes)


def test_service_tiers(catalog):
    w = Workload(10e6, 1e6)
    assert price(catalog, w, "gpt", service_tier="flex")[1]["current_cost"] == pytest.approx(
        10 * 0.625 + 5)
    assert price(catalog, w, "gpt", service_tier="priority")[1]["current_cost"] == (
        pytest.approx(25 + 20))
    _, r = price(catalog, w, "claude", service_tier="priority")
    assert r["current_cost"] == pytest.approx(30 + 15) and r["current_variant_fallback"]
    with pytest.raises(EngineError, match="service tier must be standard, flex or priority"):
        PricingOptions(service_tier="turbo")


def test_batch_is_never_dearer_than_standard_where_it_exists(catalog):
    w = Workload(10e6, 2e6, cached_share=0.3, cache_write_share=0.1)
    costs = [price(catalog, w, "claude", batch_share=b)[1]["current_cost"]
             for b in (0, 0.25, 0.5, 1)]
    assert costs == sorted(costs, reverse=True)


def test_reasoning_at_its_own_price_else_output(catalog):
    w = Workload(0, 1e6, reasoning_share=0.75)
    _, r = price(catalog, w, "qwen", currency="CNY")
    assert r["current_cost"] == pytest.approx(0.25 * 10 + 0.75 * 40)
    assert r["current_cost_reasoning"] == pytest.approx(30)
    _, r = price(catalog, w, "plain", currency="CNY")
    assert r["current_cost"] == pytest.approx(2)


def test_search_fees_per_call(catalog):
    w = Workload(0, 0, requests=1000, searches_per_request=2)
    _, r = price(catalog, w, "claude")
    assert r["current_cost_fees"] == pytest.approx(2000 * 10 / 1000)
    # a model without a search price: its fee is unknown, so is its cost
    _, r = price(catalog, w, "plain", currency="CNY")
    assert r["current_status"] == "unknown"
    with pytest.raises(WorkloadError, match="searches_per_request needs the monthly request"):
        Workload(1e6, 0, searches_per_request=1)


def test_request_size_mix_prices_whole_request_tiers_per_bucket(catalog):
    # 1,000 requests: 60% of 8k, 30% of 64k, 10% of 200k input; 1k output each
    sizes = ((8000, 0.6), (64000, 0.3), (200000, 0.1))
    inp = 1000 * (0.6 * 8000 + 0.3 * 64000 + 0.1 * 200000)
    w = Workload(inp, 1e6, requests=1000, request_sizes=sizes)
    _, r = price(catalog, w, "qwen", currency="CNY")
    expected = (600 * (8000 * 2.5 + 1000 * 10) + 300 * (64000 * 4 + 1000 * 16)
                + 100 * (200000 * 7 + 1000 * 28)) / 1e6
    assert r["current_cost"] == pytest.approx(expected)
    # an average request (44k) would put everything in the 32k+ tier: a different answer
    _, avg = price(catalog, Workload(inp, 1e6, requests=1000), "qwen", currency="CNY")
    assert avg["current_cost"] != pytest.approx(expected)
    assert r["current_over_context"]  # 200k > 8,000 (the fixture's context window)


def test_request_sizes_must_agree_with_the_input_total():
    with pytest.raises(WorkloadError, match=r"request sizes give 8,000,000 input tokens .* "
                                            r"but the input total is 9,000,000"):
        Workload(9e6, 0, requests=1000, request_sizes=((8000, 1.0),))
    Workload(8.05e6, 0, requests=1000, request_sizes=((8000, 1.0),))  # within 1%
    with pytest.raises(WorkloadError, match="shares add up to 0.9"):
        Workload(8e6, 0, requests=1000, request_sizes=((8000, 0.5), (8000, 0.4)))


def test_breakdown_sums_to_the_total(catalog):
    w = Workload(10e6, 2e6, requests=500, cached_share=0.4, cache_write_share=0.1,
                 reasoning_share=0.3, searches_per_request=0.5)
    for model in ("claude", "gpt", "qwen"):
        _, r = price(catalog, w, model, batch_share=0.3)
        parts = sum(r[f"current_cost_{part}"] for part in PARTS)
        assert parts == pytest.approx(r["current_cost"]) or np.isnan(r["current_cost"])
