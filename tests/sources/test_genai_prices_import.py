"""genai-prices: the installed package's data and its data.json become dated, tiered,
variant and banded records, and the app's cost equals ``genai_prices.calc_price``."""

from __future__ import annotations

import datetime as dt
import json
import math
from decimal import Decimal
from pathlib import Path

import genai_prices
import pandas as pd
import pytest
from genai_prices import Usage

from calculator.engine import Catalog, CatalogError, FxRate, Workload, compare
from calculator.engine.options import PricingOptions
from calculator.engine.records import BAND, REGION, SCHEDULE, TIER_COLUMN, VARIANT
from calculator.engine.schedules import Schedule
from calculator.formats import genai_prices_import as gp
from calculator.formats.catalog_reader import parse_catalog_bytes
from calculator.formats.catalog_writer import catalog_csv_bytes
from calculator.formats.price_sources import parse_source, read_price_file
from calculator.formats.source_import import ImportOptions

FIXTURE = Path(__file__).parents[1] / "fixtures" / "sources" / "genai_data.json"
TODAY = dt.date(2026, 11, 30)
EVERY_DAY = (0, 1, 2, 3, 4, 5, 6)
#: Vendor schedules as the catalog ships them (every day; DeepSeek's clock).
SCHEDULES = (
    Schedule("deepseek-2025-night", "DeepSeek", "Asia/Shanghai", EVERY_DAY,
             ((0, 30), (510, 1440))),
    Schedule("deepseek-2026-08-16", "DeepSeek", "Asia/Shanghai", EVERY_DAY,
             ((540, 720), (840, 1080))),
)
OPTIONS = ImportOptions(schedules=SCHEDULES, today=TODAY)


@pytest.fixture(scope="module")
def installed():
    return gp.import_installed(OPTIONS)


@pytest.fixture(scope="module")
def catalog(installed) -> Catalog:
    return Catalog.from_records([installed.records], SCHEDULES)


def rows(result, model_id: str) -> pd.DataFrame:
    recs = result.records
    return recs[recs["model_id"] == model_id].sort_values(
        ["effective_from", VARIANT, BAND, TIER_COLUMN]).reset_index(drop=True)


# ---------------------------------------------------------------------------- records
def test_the_installed_package_is_the_pinned_version(installed):
    assert genai_prices.__version__ in gp.RELEASE_DATES
    assert installed.source == "genai-prices" and installed.version == genai_prices.__version__
    assert installed.label == f"genai-prices {genai_prices.__version__}"


def test_records_are_third_party_and_dated_by_the_release(installed):
    recs = installed.records
    assert set(recs["status"]) == {"uncertain"}
    assert set(recs["checked"]) == {pd.Timestamp(gp.RELEASE_DATES[installed.version])}
    assert (recs["checked"] < pd.Timestamp(TODAY)).all()
    assert recs["source"].str.startswith(f"genai-prices {installed.version} (").all()
    assert set(recs["currency"]) == {"USD"}


def test_ids_and_vendor_names(installed):
    ids = set(installed.records["model_id"])
    assert "anthropic/claude-opus-4-6" in ids and "openai/gpt-4o" in ids
    vendors = dict(zip(installed.records["model_id"], installed.records["vendor"], strict=True))
    assert vendors["anthropic/claude-opus-4-6"] == "Anthropic"
    assert vendors["zai/GLM-5.3@intl"] == "Zhipu AI"
    assert vendors["moonshotai/kimi-k3@intl"] == "Moonshot AI"
    assert vendors["google/gemini-2.5-pro"] == "Google"
    names_cn = dict(zip(installed.records["vendor"], installed.records["vendor_cn"], strict=True))
    assert names_cn["Zhipu AI"] == "智谱AI" and names_cn["Moonshot AI"] == "月之暗面"


def test_usd_cards_of_chinese_vendors_are_international(installed):
    """Their own id (``@intl``): a CNY price of the same model from llm-prices-cn
    (``deepseek/deepseek-v4-flash``) is never replaced by the USD card."""
    regions = installed.records.groupby("model_id")[REGION].first()
    assert regions["zai/GLM-5.3@intl"] == "intl"
    assert regions["deepseek/deepseek-chat@intl"] == "intl"
    assert regions["openai/gpt-4o"] == ""
    assert all(m.endswith("@intl") for m in regions.index[regions == "intl"])


def test_resellers_only_when_asked(installed):
    providers = {m.split("/")[0] for m in installed.records["model_id"]}
    assert not providers & {"openrouter", "together", "azure", "aws", "groq", "fireworks"}
    reasons = dict(installed.skipped)
    assert reasons["openrouter/openai/gpt-4o"].startswith("sold by a reseller or platform")
    with_resellers = gp.import_installed(ImportOptions(schedules=SCHEDULES, today=TODAY,
                                                       include_resellers=True))
    assert "openrouter/openai/gpt-4o" in set(with_resellers.records["model_id"])
    assert with_resellers.model_count > 5 * installed.model_count


def test_non_chat_models_are_skipped_with_a_reason(installed):
    reasons = {reason for _, reason in installed.skipped}
    assert "no price per text input and output token (not a chat model)" in reasons
    assert installed.model_count + len(installed.skipped) == installed.entries


def test_dated_change_and_dropped_tier(installed):
    """Opus 4.6: long-context tier until 2026-03-13, flat after; the first price has no
    start date in genai-prices and is shown from the day before the change."""
    opus = rows(installed, "anthropic/claude-opus-4-6")
    standard = opus[opus[VARIANT] == ""]
    assert list(zip(standard["effective_from"].dt.strftime("%Y-%m-%d"), standard[TIER_COLUMN],
                    standard["input_per_mtok"], strict=True)) == [
        ("2026-03-12", 0.0, 5.0), ("2026-03-12", 200000.0, 10.0), ("2026-03-13", 200000.0, 5.0)]
    first = standard.iloc[0]
    assert (first["cache_write_per_mtok"], first["cache_write_1h_per_mtok"],
            first["search_per_k"]) == (6.25, 10.0, 10.0)
    assert "no start date for the first price" in first["notes"]


def test_batch_and_service_tiers_become_variants(installed):
    gpt = rows(installed, "openai/gpt-5.4")
    variants = gpt.groupby(VARIANT)["effective_from"].min().dt.strftime("%Y-%m-%d").to_dict()
    assert variants == {"": "2026-10-12", "batch": "2026-10-14", "flex": "2026-10-12",
                        "priority": "2026-10-12"}
    batch = gpt[(gpt[VARIANT] == "batch") & (gpt[TIER_COLUMN] == 0)].iloc[0]
    assert (batch["input_per_mtok"], batch["output_per_mtok"], batch["cached_input_per_mtok"]) == (
        1.25, 7.5, 0.13)
    assert batch["search_per_k"] == 10.0  # not overridden by the variant: the standard fee
    assert "service_tier=fast" in batch["notes"]  # named, not imported


def test_time_of_day_prices_become_bands_of_a_vendor_schedule(installed):
    chat = rows(installed, "deepseek/deepseek-chat@intl")
    assert set(chat[BAND]) == {"peak", "off_peak"}
    assert set(chat[SCHEDULE]) == {"deepseek-2025-night"}
    prices = dict(zip(chat[BAND], chat["input_per_mtok"], strict=True))
    assert prices == {"peak": 0.27, "off_peak": 0.135}
    flash = rows(installed, "deepseek/deepseek-v4-flash@intl")
    assert set(flash[SCHEDULE]) == {"deepseek-2026-08-16"}
    assert flash.groupby("effective_from")[BAND].apply(sorted).map(tuple).unique().tolist() == [
        ("off_peak", "peak")]


def test_time_of_day_prices_without_a_schedule_are_skipped():
    result = gp.import_installed(ImportOptions(today=TODAY))
    reasons = dict(result.skipped)
    assert reasons["deepseek/deepseek-chat"] == (
        "time-of-day prices with peak hours 00:30-16:30 UTC every day match no vendor "
        "schedule in the catalog")


def test_effective_from_moves_undated_prices_only(installed):
    early = gp.import_installed(ImportOptions(schedules=SCHEDULES, today=TODAY,
                                              effective_from=dt.date(2025, 1, 1)))
    first = early.records.groupby("model_id")["effective_from"].min()
    assert first["openai/gpt-4o"] == pd.Timestamp("2025-01-01")
    assert first["anthropic/claude-opus-4-6"] == pd.Timestamp("2025-01-01")
    assert rows(early, "openai/gpt-5.4").query("variant == 'batch'")["effective_from"].min() == (
        pd.Timestamp("2026-10-14"))


def test_records_round_trip_through_the_catalog_csv(installed):
    back = parse_catalog_bytes(catalog_csv_bytes(installed.records), "back.csv",
                               origin=installed.records["origin"].iloc[0])
    pd.testing.assert_frame_equal(back, installed.records)


# ---------------------------------------------------------------------------- data.json
def test_data_json_file_is_recognised_and_parsed_like_the_package():
    result = read_price_file(FIXTURE, OPTIONS)
    assert result.source == "genai-prices"
    assert set(result.records["model_id"]) == {
        "anthropic/claude-opus-4-1", "deepseek/deepseek-chat@intl", "google/gemini-2.5-pro",
        "openai/gpt-4o", "openai/gpt-4o-mini"}
    assert result.checked <= TODAY and result.version == f"{result.checked:%Y-%m-%d}"


def test_data_json_date_is_the_newest_date_the_data_names():
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    result = gp.parse_data_json(data, "data.json", OPTIONS)
    texts = json.dumps(data)
    assert result.checked.isoformat() in texts


@pytest.mark.parametrize(("data", "message"), [
    ([{"id": "x", "models": [{"id": "m", "prices": {"input_mtok": "free"}}]}],
     "not a valid genai-prices data.json"),
    ([{"id": "x", "models": "none"}], "not a valid genai-prices data.json"),
    ({"providers": []}, "not a genai-prices data.json"),
])
def test_bad_data_json_is_refused_whole(data, message):
    with pytest.raises(CatalogError, match=message):
        gp.parse_data_json(data, "data.json", OPTIONS)


def test_other_content_is_not_taken_for_a_data_json():
    raw = json.dumps({"gpt-4o": {"mode": "chat"}}).encode()
    with pytest.raises(CatalogError, match="not a genai-prices data.json .*LiteLLM price map"):
        parse_source("genai-prices", raw, "https://example.com/data.json", OPTIONS)


# ---------------------------------------------------------------------------- parity
#: (input tokens, cached of them, output tokens): small, cached, and above the tiers.
USAGES = ((1_000, 0, 500), (60_000, 36_000, 2_000), (250_000, 100_000, 4_000),
          (300_000, 0, 1_000), (1_200_000, 0, 1_000))
DATES = (dt.date(2026, 3, 12), dt.date(2026, 9, 1), dt.date(2026, 10, 13), TODAY)


def app_costs(catalog: Catalog, models: list[str], usage: tuple, day: dt.date,
              options: PricingOptions | None = None) -> pd.Series:
    prompt, cached, output = usage
    workload = Workload(input_tokens=prompt, output_tokens=output, requests=1,
                        cached_share=cached / prompt)
    frame = compare(catalog, workload, day, day, fx=FxRate(7.0), currency="USD", models=models,
                    options=options).frame
    return frame.set_index("model_id")["current_cost"]


def their_cost(model_id: str, usage: tuple, moment: dt.datetime) -> Decimal:
    """``calc_price`` of the package for that provider's model (found by id, as imported)."""
    from genai_prices.data import providers

    provider_id, model_name = model_id.removesuffix("@intl").split("/", 1)
    provider = next(p for p in providers if p.id == provider_id)
    model = next(m for m in provider.models if m.id == model_name)
    prompt, cached, output = usage
    return model.calc_price(Usage(input_tokens=prompt, cache_read_tokens=cached,
                                  output_tokens=output), provider,
                            genai_request_timestamp=moment).total_price


def test_the_reference_is_calc_price():
    """The helper above is the package's ``calc_price`` for ids it can look up."""
    moment = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)
    usage = Usage(input_tokens=60_000, cache_read_tokens=36_000, output_tokens=2_000)
    direct = genai_prices.calc_price(usage, "claude-opus-4-6", provider_id="anthropic",
                                     genai_request_timestamp=moment).total_price
    assert direct == their_cost("anthropic/claude-opus-4-6", (60_000, 36_000, 2_000), moment)


def assert_same(ours: float, theirs: Decimal, what: str) -> None:
    assert math.isclose(ours, float(theirs), rel_tol=1e-9, abs_tol=1e-15), (what, ours, theirs)


def test_parity_with_calc_price_input_output_and_cache_reads(installed, catalog):
    """Every imported all-day model, at four dates and five request sizes: the app's cost
    for one request is genai-prices' own ``calc_price`` at noon UTC that day."""
    recs = installed.records
    plain = sorted(set(recs["model_id"]) - set(recs["model_id"][recs[BAND] != ""]))
    checked = {day: 0 for day in DATES}
    for day in DATES:
        moment = dt.datetime.combine(day, dt.time(12), dt.UTC)
        for usage in USAGES:
            ours = app_costs(catalog, plain, usage, day)
            for model_id in plain:
                if pd.isna(ours[model_id]) and recs.loc[recs["model_id"] == model_id,
                                                        "effective_from"].min() > pd.Timestamp(day):
                    continue  # not offered yet in the catalog (genai-prices has no start)
                assert_same(ours[model_id], their_cost(model_id, usage, moment),
                            f"{model_id} {day} {usage}")
                checked[day] += 1
    assert checked[TODAY] == len(plain) * len(USAGES) and len(plain) > 300
    assert min(checked.values()) > 0


@pytest.mark.parametrize(("model_id", "hour", "share"), [
    ("deepseek/deepseek-chat@intl", 3, 0.0), ("deepseek/deepseek-chat@intl", 20, 1.0),
    ("deepseek/deepseek-v4-pro@intl", 2, 0.0), ("deepseek/deepseek-v4-pro@intl", 12, 1.0),
    ("deepseek/deepseek-v4-flash@intl", 7, 0.0), ("deepseek/deepseek-v4-flash@intl", 23, 1.0),
])
def test_parity_at_peak_and_off_peak_hours(installed, catalog, model_id, hour, share):
    """All traffic at peak (share 0) costs what genai-prices charges inside its peak window,
    all off-peak (share 1) what it charges outside."""
    first = rows(installed, model_id)["effective_from"].min().date()
    days = [d for d in (dt.date(2026, 8, 20), dt.date(2026, 9, 15), TODAY) if d >= first]
    assert TODAY in days
    for day in days:
        moment = dt.datetime.combine(day, dt.time(hour), dt.UTC)
        for usage in USAGES[:3]:
            ours = app_costs(catalog, [model_id], usage, day, PricingOptions(off_peak_share=share))
            assert_same(ours[model_id], their_cost(model_id, usage, moment), f"{day} {usage}")


# ---------------------------------------------------------------------------- billing dimensions
#: (input, of them cache reads, of them cache writes, output, of them reasoning, searches)
DIMENSIONS = ((200_000, 50_000, 40_000, 3_000, 1_000, 2), (300_000, 0, 300_000, 500, 500, 0))


def app_cost_full(catalog: Catalog, model_id: str, usage: tuple, day: dt.date,
                  ttl: str = "5m", options: PricingOptions | None = None) -> float:
    prompt, cached, written, output, reasoning, searches = usage
    workload = Workload(input_tokens=prompt, output_tokens=output, requests=1,
                        cached_share=cached / prompt, cache_write_share=written / prompt,
                        cache_ttl=ttl, reasoning_share=reasoning / output,
                        searches_per_request=searches)
    frame = compare(catalog, workload, day, day, fx=FxRate(7.0), currency="USD",
                    models=[model_id], options=options).frame
    return float(frame["current_cost"].iloc[0])


def their_cost_full(model_id: str, usage: tuple, moment: dt.datetime, ttl: str = "5m",
                    context: dict | None = None) -> Decimal:
    from genai_prices.data import providers

    provider_id, model_name = model_id.removesuffix("@intl").split("/", 1)
    provider = next(p for p in providers if p.id == provider_id)
    model = next(m for m in provider.models if m.id == model_name)
    prompt, cached, written, output, reasoning, searches = usage
    counts = dict(input_tokens=prompt, cache_read_tokens=cached, cache_write_tokens=written,
                  output_tokens=output, output_reasoning_tokens=reasoning,
                  web_searches=searches)
    if ttl == "1h":
        counts["cache_write_1h_tokens"] = written
    return model.calc_price(Usage(**counts), provider, genai_request_timestamp=moment,
                            price_context=context).total_price


def without_searches_where_unpriced(installed, model_id: str, usage: tuple) -> tuple:
    """genai-prices bills searches a model has no price for as 0; the app calls that fee
    unknown (never 0), so such models are compared without searches."""
    recs = installed.records
    priced = recs.loc[recs["model_id"] == model_id, "search_per_k"].notna().any()
    return usage if priced else (*usage[:5], 0)


def models_with(installed, column: str) -> list[str]:
    recs = installed.records
    recs = recs[(recs[BAND] == "") & recs[column].notna()]
    return sorted(set(recs["model_id"]))


@pytest.mark.parametrize("ttl", ["5m", "1h"])
def test_parity_with_cache_writes_reasoning_and_search_fees(installed, catalog, ttl):
    """Cache writes (5-minute and 1-hour), reasoning tokens and web searches cost what
    ``calc_price`` says, on every model that prices one of them."""
    moment = dt.datetime.combine(TODAY, dt.time(12), dt.UTC)
    models = sorted(set(models_with(installed, "cache_write_per_mtok"))
                    | set(models_with(installed, "cache_write_1h_per_mtok"))
                    | set(models_with(installed, "reasoning_per_mtok"))
                    | set(models_with(installed, "search_per_k")))
    assert len(models) > 60
    for model_id in models:
        for usage in DIMENSIONS:
            usage = without_searches_where_unpriced(installed, model_id, usage)
            assert_same(app_cost_full(catalog, model_id, usage, TODAY, ttl),
                        their_cost_full(model_id, usage, moment, ttl), f"{model_id} {usage}")


@pytest.mark.parametrize(("variant", "options", "context"), [
    ("batch", PricingOptions(batch_share=1.0), {"processing": "batch"}),
    ("flex", PricingOptions(service_tier="flex"), {"service_tier": "flex"}),
    ("priority", PricingOptions(service_tier="priority"), {"service_tier": "priority"}),
])
def test_parity_with_batch_and_service_tiers(installed, catalog, variant, options, context):
    """All traffic through the batch API, or on the flex or priority tier, costs what
    ``calc_price`` says with that price context, on every model that has such prices."""
    moment = dt.datetime.combine(TODAY, dt.time(12), dt.UTC)
    recs = installed.records
    models = sorted(set(recs["model_id"][recs[VARIANT] == variant]))
    assert len(models) > 10
    for model_id in models:
        for usage in DIMENSIONS:
            usage = without_searches_where_unpriced(installed, model_id, usage)
            assert_same(app_cost_full(catalog, model_id, usage, TODAY, options=options),
                        their_cost_full(model_id, usage, moment, context=context),
                        f"{model_id} {variant} {usage}")
