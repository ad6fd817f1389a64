"""Importing LiteLLM's price map: record format, conversions, tiers, hostile files, and
cost parity with LiteLLM's own ``cost_per_token`` (recorded in ``expected_costs.json``)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import os
import sys
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculator.engine import Catalog, CatalogError, FxRate, Workload, compare
from calculator.formats.catalog_reader import COLUMNS, TIER_COLUMN, parse_catalog_bytes
from calculator.formats.catalog_writer import catalog_csv_bytes
from calculator.formats.litellm_import import (
    DEFAULT_SOURCE,
    LiteLLMImport,
    parse_litellm_map,
    read_litellm_file,
    skip_kind,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "litellm"
CHAT_MAP = FIXTURES / "chat_map.json"
DAY = dt.date(2026, 5, 1)
CHECKED = dt.date(2026, 5, 2)
FX = FxRate(7.2)


def load(name: str = "chat_map.json") -> LiteLLMImport:
    return read_litellm_file(FIXTURES / name, DAY, CHECKED)


def parse(data: object, name: str = "map.json") -> LiteLLMImport:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode("utf-8")
    return parse_litellm_map(raw, name, DAY, CHECKED)


def chat(**fields) -> dict:
    entry = {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-06,
             "output_cost_per_token": 2e-06}
    entry.update(fields)
    return {key: value for key, value in entry.items() if value is not None}


def imported_id(ids, key: str) -> str:
    """The id a map key is imported as: a Chinese vendor's USD card ends in ``@intl``."""
    ids = set(ids)
    return key if key in ids or f"{key}@intl" not in ids else f"{key}@intl"


def records_of(result: LiteLLMImport, model_id: str) -> pd.DataFrame:
    recs = result.records
    model_id = imported_id(recs["model_id"], model_id)
    return recs[recs["model_id"] == model_id].sort_values(TIER_COLUMN).reset_index(drop=True)


@pytest.fixture(scope="module")
def imported() -> LiteLLMImport:
    return load()


# ---------------------------------------------------------------------------- record format
def test_records_have_the_validated_catalog_format(imported):
    """Same columns and dtypes as a catalog CSV read by the reader."""
    csv_row = ("m,V,,M,lite,8000,2024-01-01,USD,1,2,,confirmed,https://example.com,2026-01-01,"
               ",")
    reference = parse_catalog_bytes(
        (",".join(COLUMNS) + f",{TIER_COLUMN}\n" + csv_row + "\n").encode(), "ref.csv", "ref")
    assert list(imported.records.columns) == list(reference.columns)
    assert imported.records.dtypes.to_dict() == reference.dtypes.to_dict()
    assert set(imported.records["origin"]) == {"litellm:chat_map.json"}


def test_records_round_trip_through_the_catalog_csv(imported):
    """Written as a catalog CSV and read back, the records are unchanged (origin aside)."""
    back = parse_catalog_bytes(catalog_csv_bytes(imported.records), "back.csv",
                               origin="litellm:chat_map.json")
    pd.testing.assert_frame_equal(back, imported.records)


def test_imports_chat_models_and_skips_the_rest(imported):
    assert imported.entries == 17  # sample_spec is not a model
    assert imported.model_count == 13
    assert dict(imported.skipped) == {
        "openai/fixture-embedding": "not a chat model (mode: embedding)",
        "openai/fixture-image": "not a chat model (mode: image_generation)",
        "fixture-no-mode": "no mode given (not known to be a chat model)",
        "volcengine/fixture-no-price": "no input or output price",
    }
    assert "sample_spec" not in set(imported.records["model_id"])


def test_record_fields(imported):
    gpt = records_of(imported, "openai/fixture-gpt-4o").query("variant == ''").iloc[0]
    assert gpt["vendor"] == "OpenAI" and gpt["vendor_cn"] == "OpenAI"
    assert gpt["model_name"] == "fixture-gpt-4o" and gpt["tier"] == "chat"
    assert gpt["context_window"] == 128000
    assert gpt["currency"] == "USD"
    assert gpt["status"] == "uncertain"  # third-party figures, whatever page they cite
    assert gpt["source"] == ("LiteLLM model_prices_and_context_window.json (chat_map.json) ; "
                             "https://openai.com/api/pricing/")
    assert gpt["effective_from"] == pd.Timestamp(DAY) and gpt["checked"] == pd.Timestamp(CHECKED)
    assert gpt["notes"] == "Imported from LiteLLM's price map; USD list price."
    assert (gpt["input_per_mtok"], gpt["output_per_mtok"], gpt["cached_input_per_mtok"]) == (
        2.5, 10.0, 1.25)
    assert gpt[TIER_COLUMN] == 0


def test_context_window_falls_back_to_max_tokens_and_no_source_is_uncertain(imported):
    legacy = records_of(imported, "deepseek/fixture-legacy-cache-hit").iloc[0]
    assert legacy["context_window"] == 65536
    assert legacy["status"] == "uncertain"
    assert legacy["source"] == DEFAULT_SOURCE.format(name="chat_map.json")


def test_notes_name_deprecation_and_off_peak(imported):
    assert "Deprecation date: 2026-07-24." in records_of(
        imported, "deepseek/fixture-deepseek-chat").iloc[0]["notes"]
    assert "Off-peak discount not imported." in records_of(
        imported, "deepseek/fixture-v4-flash").iloc[0]["notes"]


# ---------------------------------------------------------------------------- prices
@pytest.mark.parametrize(("per_token", "per_million"), [
    (2.5e-06, 2.5), (1.2e-07, 0.12), (2.8e-08, 0.028), (1.25e-07, 0.125), (9.6e-07, 0.96),
    (3e-09, 0.003), (1e-05, 10.0), (1.1e-06, 1.1), (6e-09, 0.006), (7e-08, 0.07),
    (4.6e-07, 0.46), (1.4e-06, 1.4), (3.5e-06, 3.5), (0, 0.0), (1, 1e6),
])
def test_per_token_prices_become_exact_per_million_prices(per_token, per_million):
    """Decimal(repr(x)) x 10**6: the per-1M price is the decimal the map means, no float noise."""
    result = parse({"m/x": chat(input_cost_per_token=per_token)})
    assert result.records["input_per_mtok"].iloc[0] == per_million


def test_naive_float_multiplication_would_add_noise():
    """Why the import uses Decimal: x * 1e6 is off for prices the map lists."""
    assert 4.6e-07 * 1e6 == 0.45999999999999996
    assert float(Decimal(repr(4.6e-07)).scaleb(6)) == 0.46
    # and why not round(x * 1e6, 10): it drops the digits of very small prices
    assert round(1.23456789e-14 * 1e6, 10) == 1.23e-08
    assert float(Decimal(repr(1.23456789e-14)).scaleb(6)) == 1.23456789e-08


def test_tiny_prices_keep_their_digits():
    result = parse({"m/x": chat(input_cost_per_token=1.23456789e-14)})
    assert result.records["input_per_mtok"].iloc[0] == 1.23456789e-08


def test_cached_prices(imported):
    def cached(model_id):
        return records_of(imported, model_id).iloc[0]["cached_input_per_mtok"]

    assert cached("moonshot/fixture-kimi-free-cache") == 0.0  # explicit 0.0: free cache hits
    assert np.isnan(cached("openai/fixture-gpt-long"))  # absent: billed at the input price
    assert cached("deepseek/fixture-legacy-cache-hit") == 0.07  # legacy field
    assert cached("deepseek/fixture-deepseek-chat") == 0.028


def test_cache_read_field_wins_over_legacy_field():
    result = parse({"m/x": chat(cache_read_input_token_cost=1e-07,
                                input_cost_per_token_cache_hit=5e-07)})
    assert result.records["cached_input_per_mtok"].iloc[0] == 0.1


def test_free_model_is_imported_as_free(imported):
    free = records_of(imported, "zai/fixture-glm-flash-free").iloc[0]
    assert (free["input_per_mtok"], free["output_per_mtok"]) == (0.0, 0.0)


def test_fireworks_cached_price_is_litellms_default(imported):
    fw = records_of(imported, "fireworks_ai/fixture-llama").iloc[0]
    assert fw["cached_input_per_mtok"] == 0.45
    assert "Fireworks default" in fw["notes"]


def test_only_input_or_only_output_price_is_skipped():
    result = parse({"m/in": chat(output_cost_per_token=None), "m/ok": chat()})
    assert result.skipped == [("m/in", "no output price")]


# ---------------------------------------------------------------------------- tiers
def tier_table(result, model_id):
    recs = records_of(result, model_id)
    return [tuple(None if pd.isna(v) else v for v in row) for row in recs[
        [TIER_COLUMN, "input_per_mtok", "output_per_mtok", "cached_input_per_mtok"]].itertuples(
        index=False)]


def test_tiered_pricing_becomes_one_record_per_range_start(imported):
    assert tier_table(imported, "dashscope/fixture-qwen-plus") == [
        (0, 0.8, 2.0, 0.16), (32000, 2.4, 20.0, None), (128000, 4.8, 48.0, 0.96)]


def test_tier_without_output_uses_the_entrys_output_price(imported):
    assert tier_table(imported, "volcengine/fixture-doubao-seed") == [
        (0, 0.46, 2.3, None), (32000, 0.69, 3.4, None), (128000, 1.4, 2.3, 0.19)]


def test_tiers_given_out_of_order_are_sorted():
    tiers = [{"range": [32000, 64000], "input_cost_per_token": 2e-06,
              "output_cost_per_token": 4e-06},
             {"range": [0, 32000], "input_cost_per_token": 1e-06,
              "output_cost_per_token": 2e-06}]
    result = parse({"dashscope/x": chat(litellm_provider="dashscope", tiered_pricing=tiers)})
    assert tier_table(result, "dashscope/x") == [(0, 1.0, 2.0, None), (32000, 2.0, 4.0, None)]


def test_above_threshold_prices_replace_the_base_prices(imported):
    assert tier_table(imported, "gemini/fixture-gemini-pro") == [
        (0, 1.25, 10.0, 0.125), (200000, 2.5, 15.0, 0.25)]


def test_missing_above_threshold_prices_keep_the_next_lower_prices(imported):
    """272k has no output or cached price: LiteLLM keeps the 128k ones (not the base ones).
    A threshold where only a cache-write price changes (64k) adds no record; batch and
    priority prices are ignored."""
    assert tier_table(imported, "openai/fixture-gpt-long") == [
        (0, 2.0, 8.0, None), (128000, 4.0, 12.0, 0.4), (272000, 8.0, 12.0, 0.4)]


def test_xai_thresholds_are_inclusive(imported):
    """LiteLLM bills xAI's higher rate from N tokens on: stored as 'more than N - 1'."""
    assert tier_table(imported, "xai/fixture-grok") == [
        (0, 3.0, 15.0, 0.75), (127999, 6.0, 30.0, 1.5)]


def test_dashscope_ignores_above_threshold_keys():
    entry = chat(litellm_provider="dashscope", input_cost_per_token_above_128k_tokens=9e-06)
    assert tier_table(parse({"dashscope/x": entry}), "dashscope/x") == [(0, 1.0, 2.0, None)]


def test_tier_lookup_matches_litellms_range_rule(imported):
    """LiteLLM: start < n <= end. The catalog: highest tier with n > above_input_tokens."""
    catalog = Catalog.from_records([imported.records])
    model = catalog.positions(["dashscope/fixture-qwen-plus@intl"])[0]
    expected = {1: 0.8, 32000: 0.8, 32001: 2.4, 128000: 2.4, 128001: 4.8, 10**7: 4.8}
    for size, price in expected.items():
        record = catalog.lookup(DAY, size).record[model]
        assert catalog.records["input_per_mtok"].iloc[record] == price, size


# ---------------------------------------------------------------------------- hostile files
def test_malformed_json_names_line_and_column():
    with pytest.raises(CatalogError, match=r"malformed.json: not valid JSON at line 4, column 33"):
        load("malformed.json")


def test_truncated_json_is_rejected():
    with pytest.raises(CatalogError, match=r"not valid JSON at line \d+, column \d+: the file "
                                           r"ends too early"):
        load("truncated.json")


def test_top_level_list_is_rejected():
    with pytest.raises(CatalogError, match="the top level is a list, expected an object"):
        load("top_level_list.json")


def test_file_over_50_mb_is_rejected_while_reading(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.write(b" " * (51 * 1024 * 1024))
    with pytest.raises(CatalogError, match=r"huge.json: file is larger than 50 MB; a LiteLLM "
                                           r"price map is at most 50 MB"):
        read_litellm_file(path, DAY, CHECKED)


def test_bytes_over_50_mb_are_rejected_before_parsing():
    with pytest.raises(CatalogError, match="at most 50 MB"):
        parse(b"{" + b" " * (50 * 1024 * 1024) + b"}")


def test_deep_nesting_is_rejected():
    raw = b'{"m": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    with pytest.raises(CatalogError, match="nested too deeply"):
        parse(raw)


def test_non_utf8_is_rejected():
    raw = '{"m/x": {"mode": "chat", "litellm_provider": "é"}}'.encode("latin-1")
    with pytest.raises(CatalogError, match=r"map.json: not UTF-8 text \(byte 46\)"):
        parse(raw)


def test_huge_integer_literal_is_rejected():
    with pytest.raises(CatalogError, match="not valid JSON"):
        parse(b'{"m/x": {"input_cost_per_token": 1' + b"0" * 5000 + b"}}")


def test_missing_file_is_a_catalog_error(tmp_path):
    with pytest.raises(CatalogError, match="cannot read file"):
        read_litellm_file(tmp_path / "nope.json", DAY, CHECKED)


def test_utf8_bom_is_accepted():
    raw = b"\xef\xbb\xbf" + json.dumps({"m/x": chat()}).encode()
    assert len(parse(raw).records) == 1


# ---------------------------------------------------------------------------- hostile entries
HOSTILE_SKIPS = {
    "bad/string-price": "invalid value: input_cost_per_token is '2.5e-06' (a string, not a number)",
    "bad/negative": "invalid value: input_cost_per_token is -1",
    "bad/nan": "NaN price (input_cost_per_token)",
    "bad/infinity": "invalid value: output_cost_per_token is Infinity",
    "bad/overflow": "invalid value: input_cost_per_token is Infinity (not a finite price)",
    "bad/boolean": "invalid value: input_cost_per_token is true (a boolean, not a number)",
    "bad/negative-cached": "invalid value: cache_read_input_token_cost is -1e-07",
    "bad/not-an-object": "invalid value: the entry is a list, not an object",
    "bad/null-entry": "invalid value: the entry is null, not an object",
    "openai/" + "x" * 250: "key is too long (257 characters; at most 200)",
    "bad key with spaces": "key contains spaces or control characters",
    '=HYPERLINK("http://evil")': "key starts with =, +, - or @ (a spreadsheet formula)",
    "bad/no-provider": "no litellm_provider (the vendor is unknown)",
    "bad/provider-not-text": "no litellm_provider (the vendor is unknown)",
    "bad/no-output": "no output price",
    "bad/tiers-not-a-list": "invalid value: tiered_pricing is an object, not a list",
    "bad/tiers-gap": ("unsupported tiers: tiered_pricing ranges overlap or leave a gap "
                      "(32000 to 64000)"),
    "bad/tiers-not-from-zero": "unsupported tiers: tiered_pricing starts at 1000 input tokens, "
                               "not 0",
    "bad/tier-without-input": "unsupported tiers: tiered_pricing tier 1 has no input price",
    "bad/tier-bad-range": "unsupported tiers: tiered_pricing tier 1 has no valid range "
                          "[start, end]",
    "bad/mode-not-text": 'not a chat model (mode: {"chat": true})',
}


@pytest.fixture(scope="module")
def hostile() -> LiteLLMImport:
    return load("hostile_entries.json")


@pytest.mark.parametrize("key", list(HOSTILE_SKIPS))
def test_bad_entry_is_skipped_with_a_reason(hostile, key):
    assert dict(hostile.skipped)[key] == HOSTILE_SKIPS[key]


def test_bad_entries_do_not_stop_good_ones(hostile):
    assert sorted(hostile.records["model_id"]) == ["ok/plain", "ok/unknown-fields@intl"]
    assert len(hostile.skipped) == len(HOSTILE_SKIPS)


def test_unknown_fields_and_bad_metadata_are_ignored(hostile):
    """Unknown fields (even with NaN inside), a text max_input_tokens and a numeric source
    are ignored; the prices still import."""
    row = records_of(hostile, "ok/unknown-fields").iloc[0]
    assert (row["input_per_mtok"], row["output_per_mtok"]) == (0.3, 0.6)
    assert np.isnan(row["context_window"])
    assert row["status"] == "uncertain"
    assert row["notes"] == "Imported from LiteLLM's price map; USD list price."


def test_huge_integers_in_ranges_and_prices_are_skipped():
    big = "1" + "0" * 400
    raw = ('{"dashscope/x": {"mode": "chat", "litellm_provider": "dashscope", "tiered_pricing": '
           '[{"range": [0, ' + big + '], "input_cost_per_token": 1e-06, '
           '"output_cost_per_token": 2e-06}]}, "m/y": {"mode": "chat", "litellm_provider": "o", '
           '"input_cost_per_token": ' + big + ', "output_cost_per_token": 1}, '
           '"m/ok": {"mode": "chat", "litellm_provider": "o", "input_cost_per_token": 1e-06, '
           '"output_cost_per_token": 1e-06, "max_input_tokens": ' + big + '}}').encode()
    result = parse(raw)
    assert dict(result.skipped) == {
        "dashscope/x": "unsupported tiers: tiered_pricing tier 1 has no valid range [start, end]",
        "m/y": "invalid value: input_cost_per_token is too large",
    }
    assert np.isnan(result.records["context_window"].iloc[0])


def test_everything_skipped_is_an_error_listing_the_first_problems():
    data = {f"m/embed-{i}": {"mode": "embedding", "litellm_provider": "openai"} for i in range(7)}
    with pytest.raises(CatalogError) as err:
        parse(data, "empty.json")
    message = str(err.value)
    assert message.startswith("no chat models with prices in empty.json; first problems: "
                              "m/embed-0: not a chat model (mode: embedding)")
    assert "m/embed-4" in message and "m/embed-5" not in message
    assert message.endswith("and 2 more problems")
    assert len(err.value.problems) == 7


def test_empty_map_is_an_error():
    with pytest.raises(CatalogError, match="no chat models with prices"):
        parse({"sample_spec": {"mode": "chat"}})


def test_skip_kinds_group_reasons(hostile, imported):
    kinds = {skip_kind(reason) for _, reason in hostile.skipped + imported.skipped}
    assert kinds == {"not chat models", "without a price", "with invalid values",
                     "without a provider", "with unusable keys", "with unsupported tiers"}


PRICE_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**30), st.text(max_size=5),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.floats(min_value=0, max_value=1e-3), st.lists(st.integers(), max_size=2),
    st.just(10**400), st.just(float("nan")), st.just(float("inf")),
)
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
ENTRY = st.fixed_dictionaries(
    {"mode": st.sampled_from(["chat", "chat", "embedding", None, 3])},
    optional={
        "litellm_provider": st.one_of(TEXT, st.sampled_from(["openai", "xai", "dashscope"])),
        "input_cost_per_token": PRICE_VALUES,
        "output_cost_per_token": PRICE_VALUES,
        "cache_read_input_token_cost": PRICE_VALUES,
        "input_cost_per_token_cache_hit": PRICE_VALUES,
        "input_cost_per_token_above_200k_tokens": PRICE_VALUES,
        "output_cost_per_token_above_0k_tokens": PRICE_VALUES,
        "input_cost_per_token_above_1_tokens": PRICE_VALUES,
        "max_input_tokens": PRICE_VALUES,
        "source": st.one_of(TEXT, st.just("https://example.com/" + "p" * 2100)),
        "deprecation_date": TEXT,
        "tiered_pricing": st.one_of(PRICE_VALUES, st.lists(st.fixed_dictionaries(
            {"range": st.one_of(PRICE_VALUES, st.lists(st.integers(-10, 10**6), min_size=2,
                                                       max_size=2))},
            optional={"input_cost_per_token": PRICE_VALUES,
                      "output_cost_per_token": PRICE_VALUES,
                      "cache_read_input_token_cost": PRICE_VALUES}), max_size=3)),
    })


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(TEXT, ENTRY, max_size=6))
def test_random_entries_are_imported_or_skipped_never_half_validated(data):
    """Whatever the entries hold, the catalog validation never rejects what the import built:
    the result is valid records plus skips, or the 'nothing importable' error."""
    data = {**data, "ok/anchor": chat()}
    result = parse(data)
    assert "ok/anchor" in set(result.records["model_id"])
    assert result.entries == len(data) - ("sample_spec" in data)
    assert len(result.skipped) + result.model_count == result.entries
    Catalog.from_records([result.records])  # builds
    back = parse_catalog_bytes(catalog_csv_bytes(result.records), "back.csv",
                               origin=result.records["origin"].iloc[0])
    pd.testing.assert_frame_equal(back, result.records)


# ---------------------------------------------------------------------------- parity
EXPECTED = json.loads((FIXTURES / "expected_costs.json").read_text(encoding="utf-8"))
PARITY = [c for c in EXPECTED["cases"] if "excluded" not in c]
EXCLUDED = [c for c in EXPECTED["cases"] if "excluded" in c]


def case_id(case: dict) -> str:
    return (f"{case['model'].split('/')[-1]}-P{case['prompt_tokens']}-C{case['completion_tokens']}"
            f"-R{case['cache_read_input_tokens']}")


@pytest.fixture(scope="module")
def parity_catalog(imported) -> Catalog:
    return Catalog.from_records([imported.records])


def app_cost(catalog: Catalog, case: dict) -> float:
    prompt, cached = case["prompt_tokens"], case["cache_read_input_tokens"]
    workload = Workload(input_tokens=prompt, output_tokens=case["completion_tokens"], requests=1,
                        cached_share=cached / prompt if prompt else 0.0)
    model = imported_id(catalog.model_ids, case["model"])
    result = compare(catalog, workload, DAY, DAY, fx=FX, currency="USD", models=[model])
    return float(result.frame["current_cost"].iloc[0])


def assert_same_cost(ours: float, theirs: float) -> None:
    if theirs == 0:
        assert abs(ours) <= 1e-15
    else:
        assert math.isclose(ours, theirs, rel_tol=1e-9, abs_tol=0), (ours, theirs)


def test_parity_fixture_covers_the_grid():
    assert EXPECTED["litellm_version"]
    assert len(PARITY) >= 150
    models = {c["model"] for c in PARITY}
    assert len(models) == 13
    shares = {round(c["cache_read_input_tokens"] / c["prompt_tokens"], 1)
              for c in PARITY if c["prompt_tokens"]}
    assert {0.0, 0.6, 1.0} <= shares


@pytest.mark.parametrize("case", PARITY, ids=case_id)
def test_cost_matches_litellm_cost_per_token(parity_catalog, case):
    """One request of P input tokens (R of them cached) and C output tokens costs what
    LiteLLM's cost_per_token says, to 1e-9 relative."""
    assert_same_cost(app_cost(parity_catalog, case), case["prompt_cost"] + case["completion_cost"])


@pytest.mark.parametrize("case", EXCLUDED, ids=case_id)
def test_documented_differences_from_litellm(parity_catalog, case):
    """Cases priced differently on purpose (reason in the fixture): the difference is real
    and the app's number is the vendor's price."""
    ours = app_cost(parity_catalog, case)
    assert not math.isclose(ours, case["prompt_cost"] + case["completion_cost"], rel_tol=1e-9)
    prompt, cached, output = (case["prompt_tokens"], case["cache_read_input_tokens"],
                              case["completion_tokens"])
    if case["model"] == "deepseek/fixture-legacy-cache-hit":
        assert math.isclose(ours, ((prompt - cached) * 0.27 + cached * 0.07 + output * 1.1) / 1e6)
    else:
        assert prompt == 0 and math.isclose(ours, output * 2.0 / 1e6)  # first tier's output


def test_live_litellm_when_installed(parity_catalog):
    """Bonus: with litellm importable, price the grid live too (not installed in CI)."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    if importlib.util.find_spec("litellm") is None:
        pytest.skip("litellm is not installed; the recorded costs were checked instead")
    spec = importlib.util.spec_from_file_location("make_expected", FIXTURES / "make_expected.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    import litellm

    litellm_map = json.loads(CHAT_MAP.read_text(encoding="utf-8"))
    module.register(litellm, litellm_map)
    for case in module.cases(litellm_map):
        if "excluded" in case:
            continue
        prompt_cost, completion_cost = module.litellm_cost(litellm, case)
        assert_same_cost(app_cost(parity_catalog, case), prompt_cost + completion_cost)


# ---------------------------------------------------------------------------- full size
def test_a_full_size_map_imports_its_chat_models():
    """A synthetic map of LiteLLM's size (4,900 entries, ~3.5 MB) imports its priced chat
    entries and names why it skips the rest. (Its speed, target 1 s, is measured in
    benchmarks/bench_import.py.)"""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_import import synthetic_map_bytes
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    raw = synthetic_map_bytes()
    assert 3e6 < len(raw) < 4.5e6
    result = parse_litellm_map(raw, "synthetic.json", DAY, CHECKED)
    assert len(result.records) > 3000
    assert result.skipped and all(reason for _, reason in result.skipped)
