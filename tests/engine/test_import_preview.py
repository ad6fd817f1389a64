"""What an import would change: added, updated, unchanged and skipped models, and the summary."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from calculator.engine import Catalog
from calculator.formats.catalog_reader import TIER_COLUMN
from calculator.formats.import_preview import (
    CLOSING_NOTE,
    ImportPreview,
    group_skips,
    preview_import,
)
from calculator.formats.litellm_import import parse_litellm_map

DAY = dt.date(2026, 5, 1)


def chat(inp=1e-06, out=2e-06, **fields) -> dict:
    entry = {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": inp,
             "output_cost_per_token": out, **fields}
    return {k: v for k, v in entry.items() if v is not None}


def imported(data: dict, day: dt.date = DAY):
    return parse_litellm_map(json.dumps(data).encode(), "map.json", day, day)


@pytest.fixture
def existing() -> Catalog:
    """A catalog holding an earlier import: same, cheaper and tiered models."""
    first = imported({
        "m/same": chat(),
        "m/cheaper": chat(inp=2e-06, out=8e-06, cache_read_input_token_cost=1e-06),
        "m/tiered": chat(input_cost_per_token_above_200k_tokens=2e-06),
        "m/gone-tier": chat(input_cost_per_token_above_200k_tokens=3e-06),
    }, dt.date(2026, 1, 1))
    return Catalog.from_records([first.records])


def test_added_updated_unchanged(existing):
    new = imported({
        "m/same": chat(),
        "m/cheaper": chat(inp=1e-06, out=8e-06, cache_read_input_token_cost=None),
        "m/tiered": chat(input_cost_per_token_above_200k_tokens=2e-06),
        "m/gone-tier": chat(),
        "m/new": chat(),
        "m/other-new": chat(),
    })
    preview = preview_import(existing, new.records, new.skipped)
    assert preview.added == ["m/new", "m/other-new"]
    assert preview.updated == ["m/cheaper", "m/gone-tier"]
    assert preview.unchanged == ["m/same", "m/tiered"]
    assert preview.changes["m/cheaper"] == [
        "2026-05-01: input 2 -> 1 USD", "2026-05-01: cached input 1 -> none (input price) USD"]
    assert preview.changes["m/gone-tier"] == [
        "2026-05-01, requests above 200,000 input tokens: no longer listed; priced like the "
        "tier below"]
    assert sorted(preview.new_records["model_id"].unique()) == [
        "m/cheaper", "m/gone-tier", "m/new", "m/other-new"]


def test_dropped_tier_gets_a_closing_record(existing):
    """The catalog cannot end a tier, so the import writes the tier again at the new date,
    priced like the imported tier below it: costs then follow the new price list."""
    new = imported({"m/gone-tier": chat(inp=1.5e-06)})
    preview = preview_import(existing, new.records)
    closing = preview.new_records[preview.new_records[TIER_COLUMN] == 200000]
    assert len(closing) == 1
    assert closing["input_per_mtok"].iloc[0] == 1.5
    assert closing["effective_from"].iloc[0] == pd.Timestamp(DAY)
    assert closing["notes"].iloc[0] == CLOSING_NOTE
    merged = Catalog.from_records([existing.records, preview.new_records])
    model = merged.positions(["m/gone-tier"])[0]
    for size in (1000, 250_000):
        record = merged.lookup(DAY, size).record[model]
        assert merged.records["input_per_mtok"].iloc[record] == 1.5
    # before the import date the old tier still applies
    record = merged.lookup(dt.date(2026, 2, 1), 250_000).record[model]
    assert merged.records["input_per_mtok"].iloc[record] == 3.0


def test_a_full_size_reimport_finds_the_one_changed_model(existing):
    """Re-importing 3,000 models (some tiered) over the previous import of the same map:
    only the model whose price changed is updated. (Its speed is measured in
    benchmarks/bench_import.py.)"""
    data = {f"m/model-{i}": chat(inp=1e-06 * (1 + i % 7),
                                 input_cost_per_token_above_200k_tokens=9e-06 if i % 10 == 0
                                 else None) for i in range(3000)}
    first = imported(data, dt.date(2026, 1, 1))
    catalog = Catalog.from_records([first.records])
    data["m/model-5"] = chat(inp=5e-06)
    again = imported(data)
    preview = preview_import(catalog, again.records)
    assert preview.updated == ["m/model-5"] and len(preview.unchanged) == 2999


def test_same_prices_at_a_new_date_are_unchanged(existing):
    """Re-importing an unchanged map on a later day reports nothing to update."""
    again = imported({"m/same": chat()}, dt.date(2026, 9, 1))
    preview = preview_import(existing, again.records)
    assert preview.unchanged == ["m/same"] and preview.updated == []
    assert preview.new_records.empty


def test_record_before_the_first_existing_record_is_an_update(existing):
    early = imported({"m/same": chat()}, dt.date(2025, 1, 1))
    preview = preview_import(existing, early.records)
    assert preview.updated == ["m/same"]
    assert preview.changes["m/same"] == ["2025-01-01: new price"]


def test_new_tier_is_an_update(existing):
    new = imported({"m/same": chat(input_cost_per_token_above_128k_tokens=5e-06)})
    preview = preview_import(existing, new.records)
    assert preview.changes["m/same"] == [
        "2026-05-01, requests above 128,000 input tokens: new price"]


def test_bare_litellm_keys_get_their_provider_and_leave_the_seeds_alone(seeds):
    """LiteLLM's bare ``gpt-4o`` is OpenAI's USD card: imported as ``openai/gpt-4o``, so it
    never replaces the catalog's own record of the model (or a Chinese vendor's CNY price)."""
    new = imported({"gpt-4o": chat(inp=2.5e-06, out=1e-05, cache_read_input_token_cost=1.25e-06),
                    "deepseek-chat": chat(litellm_provider="deepseek")})
    preview = preview_import(seeds, new.records)
    assert preview.added == ["openai/gpt-4o", "deepseek/deepseek-chat@intl"]
    assert preview.updated == [] and preview.vendor_changes == []


def test_currency_change_and_vendor_change_against_the_seeds(seeds):
    """A catalog CSV that gives the seed's gpt-4o another vendor name and currency."""
    mine = seeds.records[seeds.records["model_id"] == "gpt-4o"].tail(1).copy()
    mine["vendor"], mine["currency"] = "openai", "CNY"
    mine["effective_from"] = pd.Timestamp(DAY)
    preview = preview_import(seeds, mine)
    assert ("gpt-4o", "OpenAI", "openai") in preview.vendor_changes
    assert preview.changes["gpt-4o"] == ["2026-05-01: currency USD -> CNY"]


def test_summary_groups_skip_reasons(existing):
    new = imported({
        "m/same": chat(), "m/new": chat(), "m/cheaper": chat(inp=1e-06, out=8e-06),
        **{f"m/embed-{i}": {"mode": "embedding", "litellm_provider": "openai"} for i in range(3)},
        "m/noprice": {"mode": "chat", "litellm_provider": "openai"},
        "m/neg": chat(inp=-1),
    })
    preview = preview_import(existing, new.records, new.skipped)
    assert preview.summary() == ("1 model added, 1 updated, 1 unchanged, 5 skipped "
                                 "(3 not chat models, 1 with invalid values, 1 without a price)")
    assert preview.skipped_by_kind == {"not chat models": 3, "with invalid values": 1,
                                       "without a price": 1}
    groups = group_skips(preview.skipped)
    assert [key for key, _ in groups["without a price"]] == ["m/noprice"]


def test_summary_plural_and_no_skips():
    preview = ImportPreview(added=["a", "b"], updated=[], unchanged=[], skipped=[])
    assert preview.summary() == "2 models added, 0 updated, 0 unchanged, 0 skipped"
