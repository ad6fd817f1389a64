"""llm-prices-cn's prices.json: CNY list prices, whole-request tiers, retirements, attribution."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from calculator.engine import Catalog, CatalogError, FxRate, Workload, compare
from calculator.engine.records import LIFECYCLE, REGION, TIER_COLUMN
from calculator.formats.llm_prices_cn_import import ATTRIBUTION, parse_prices_json
from calculator.formats.price_sources import read_price_file
from calculator.formats.source_import import ImportOptions

FIXTURE = Path(__file__).parents[1] / "fixtures" / "sources" / "llm_prices_cn.json"
TODAY = dt.date(2026, 11, 30)
OPTIONS = ImportOptions(today=TODAY)


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result(data):
    return parse_prices_json(data, "prices.json", OPTIONS)


def rows(result, model_id):
    recs = result.records
    return recs[recs["model_id"] == model_id].sort_values(TIER_COLUMN).reset_index(drop=True)


def test_version_is_the_newest_verification_date(result):
    assert (result.source, result.version, result.checked) == (
        "llm-prices-cn", "2026-08-22", dt.date(2026, 8, 22))
    assert result.label == "llm-prices-cn 2026-08-22"


def test_cny_list_prices_of_chinese_vendors(result):
    qwen = rows(result, "alibaba/qwen3-max")
    assert set(qwen["currency"]) == {"CNY"} and set(qwen[REGION]) == {"cn"}
    assert qwen.loc[0, "vendor"] == "Alibaba Cloud" and qwen.loc[0, "vendor_cn"] == "阿里云"
    assert list(zip(qwen[TIER_COLUMN], qwen["input_per_mtok"], qwen["output_per_mtok"],
                    strict=True)) == [(0.0, 2.5, 10.0), (32000.0, 4.0, 16.0), (128000.0, 7.0, 28.0)]
    kimi = rows(result, "moonshot/kimi-k2-6").iloc[0]
    assert (kimi["vendor"], kimi["input_per_mtok"], kimi["cached_input_per_mtok"]) == (
        "Moonshot AI", 6.5, 1.1)


def test_usd_vendors_keep_usd_and_no_region(result):
    gpt = rows(result, "openai/gpt-5-4")
    assert set(gpt["currency"]) == {"USD"} and set(gpt[REGION]) == {""}
    assert list(gpt[TIER_COLUMN]) == [0.0, 272000.0]


def test_third_party_dated_and_attributed(result):
    recs = result.records
    assert set(recs["status"]) == {"uncertain"}
    assert recs["source"].str.startswith(ATTRIBUTION).all()
    assert "llmabacus.com" in ATTRIBUTION and "CC-BY-4.0" in ATTRIBUTION
    glm = rows(result, "zhipu/glm-5").iloc[0]
    assert glm["source"].endswith("https://open.bigmodel.cn/pricing")
    assert glm["checked"] == pd.Timestamp("2026-08-22") == glm["effective_from"]
    doubao = rows(result, "bytedance/doubao-seed-2-1-pro").iloc[0]
    assert doubao["checked"] == pd.Timestamp("2026-07-03")


def test_retired_flag_becomes_a_retirement_on_its_date(result):
    legacy = rows(result, "deepseek/deepseek-v3-2-legacy")
    assert list(legacy[LIFECYCLE]) == ["retired"]
    assert legacy.loc[0, "effective_from"] == pd.Timestamp("2026-07-24")  # from its tag
    assert np.isnan(legacy.loc[0, "input_per_mtok"])


def test_retired_model_keeps_its_price_before_a_given_date(data):
    result = parse_prices_json(data, "prices.json",
                               ImportOptions(today=TODAY, effective_from=dt.date(2026, 1, 1)))
    legacy = result.records[result.records["model_id"] == "deepseek/deepseek-v3-2-legacy"]
    assert list(legacy[LIFECYCLE]) == ["", "retired"]


def test_whole_request_tiers_price_the_whole_request(result):
    catalog = Catalog.from_records([result.records])
    day = dt.date(2026, 9, 1)
    for size, price in ((32000, 2.5), (32001, 4.0), (200000, 7.0)):
        frame = compare(catalog, Workload(size, 0, requests=1), day, day, fx=FxRate(7.0),
                        currency="CNY", models=["alibaba/qwen3-max"]).frame
        assert frame.loc[0, "current_cost"] == pytest.approx(size * price / 1e6)


def test_file_is_recognised(tmp_path):
    result = read_price_file(FIXTURE, OPTIONS)
    assert result.source == "llm-prices-cn" and result.model_count == 6


@pytest.mark.parametrize(("change", "reason"), [
    (lambda m: m.update(billing_currency="EUR"), "billing_currency 'EUR' is not CNY or USD"),
    (lambda m: m.update(input_price_orig_per_m="2.5"), "input_price_orig_per_m is not a price"),
    (lambda m: m.update(output_price_orig_per_m=-1), "output_price_orig_per_m is not a price"),
    (lambda m: m.update(last_verified="2099-01-01"), "last_verified 2099-01-01 is not a date"),
    (lambda m: m.update(id="=HYPERLINK(1)"), "id is missing or not a plain id"),
    (lambda m: m.update(price_tiers=[{"up_to_input_tokens": 5}]), "price tier 1 has no input"),
])
def test_bad_models_are_skipped_with_a_reason(data, change, reason):
    broken = copy.deepcopy(data)
    change(next(m for m in broken["models"] if m["id"] == "qwen3-max"))
    result = parse_prices_json(broken, "prices.json", OPTIONS)
    assert len(result.skipped) == 1 and result.skipped[0][1].startswith(reason)
    assert result.model_count == 5


@pytest.mark.parametrize(("data", "message"), [
    ({"models": []}, "not an llm-prices-cn prices.json"),
    ({"pricing_unit": "per_thousand_tokens", "models": [{"vendor_id": "x"}]}, "not per million"),
    ([], "not an llm-prices-cn prices.json"),
])
def test_other_shapes_are_refused_whole(data, message):
    with pytest.raises(CatalogError, match=message):
        parse_prices_json(data, "prices.json", OPTIONS)
