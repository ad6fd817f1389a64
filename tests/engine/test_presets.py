"""The preset registry names models of the shipped catalog and resolves its dates."""

import csv
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from calculator.engine.catalog import LISTED
from calculator.engine.fx import FxRate, FxTable
from calculator.engine.presets import PRESETS, preset, preset_dates, preset_fx
from calculator.userfiles.loading import load_catalog

PRICES = Path(__file__).resolve().parents[2] / "seeds" / "prices.csv"


def shipped_models():
    with open(PRICES, newline="", encoding="utf-8") as f:
        return {row["model_id"]: row for row in csv.DictReader(f)}


@pytest.mark.parametrize("item", PRESETS, ids=[p.key for p in PRESETS])
def test_every_preset_model_exists_in_the_seeds(item):
    models = shipped_models()
    missing = [m for m in item.models if m not in models]
    assert not missing, f"preset {item.key}: not in seeds/prices.csv: {missing}"
    assert len(set(item.models)) == len(item.models), f"preset {item.key}: a model twice"
    assert item.reference is None or item.reference in item.models, f"preset {item.key}: reference"


def test_keys_unique_and_today_first_start():
    keys = [p.key for p in PRESETS]
    assert keys == ["today", "price_war_2024"]
    assert len(set(keys)) == len(keys)


def test_today_covers_the_price_war_vendors_and_a_usd_reference():
    models = shipped_models()
    vendors = {models[m]["vendor"] for m in preset("today").models}
    for vendor in ("DeepSeek", "Zhipu AI", "ByteDance (Volcengine)", "Alibaba Cloud",
                   "Baidu AI Cloud", "iFlytek", "Tencent Cloud", "Moonshot AI", "OpenAI",
                   "Anthropic", "Google"):
        assert vendor in vendors, f"today preset: no {vendor} model"


def test_dates():
    today = preset("today")
    assert preset_dates(today, dt.date(2026, 11, 30)) == (dt.date(2025, 11, 30),
                                                          dt.date(2026, 11, 30))
    assert preset_dates(today, dt.date(2028, 2, 29)) == (dt.date(2027, 2, 28), dt.date(2028, 2, 29))
    war = preset("price_war_2024")
    assert preset_dates(war, dt.date(2026, 11, 30)) == (dt.date(2024, 5, 1), dt.date(2024, 6, 1))
    assert war.fx_cny_per_usd == 7.2 and today.fx_cny_per_usd is None


def test_unknown_key_names_the_known_ones():
    with pytest.raises(KeyError, match="today, price_war_2024"):
        preset("tomorrow")


def test_today_models_are_on_sale_at_the_catalogs_end():
    """No model of "Today" is retired or a legacy name billed as another on 2026-11-30."""
    catalog = load_catalog()
    found = catalog.lookup(dt.date(2026, 11, 30))
    positions = catalog.positions(preset("today").models)
    ended = [m for m, p in zip(preset("today").models, positions, strict=True)
             if found.state[p] != LISTED or found.price[p] < 0]
    assert not ended, f"today preset: not on sale on 2026-11-30: {ended}"


def test_fx_the_preset_starts_with():
    table = FxTable((FxRate(7.1, "a", dt.date(2024, 5, 1)), FxRate(6.8, "b", dt.date(2026, 8, 1))))
    today = preset_fx(preset("today"), table, dt.date(2026, 11, 30))
    assert (today.cny_per_usd, today.effective_from) == (6.8, dt.date(2026, 8, 1))
    war = preset_fx(preset("price_war_2024"), table, dt.date(2024, 6, 1))
    assert (war.cny_per_usd, war.effective_from) == (7.2, dt.date(2024, 5, 24))
    assert "syaoranwe" in war.source


def test_applying_a_preset_keeps_the_rest_of_the_scenario():
    from calculator.engine.presets import first_scenario, matching_preset, preset_scenario
    from calculator.engine.scenario import DEFAULT_MODELS, Scenario

    today = dt.date(2026, 11, 30)
    start = first_scenario(today)
    assert start.models == preset("today").models and start.reference == "gpt-5.5"
    assert (start.baseline_date, start.current_date) == (dt.date(2025, 11, 30), today)
    assert start.fx_cny_per_usd is None and start.workload == Scenario().workload
    assert matching_preset(start, today).key == "today"
    busy = start.with_workload(input_tokens=5e9)
    war = preset_scenario(preset("price_war_2024"), busy, today)
    assert war.models == DEFAULT_MODELS and war.reference == "gpt-4-turbo"
    assert (war.baseline_date, war.current_date, war.fx_cny_per_usd) == (
        dt.date(2024, 5, 1), dt.date(2024, 6, 1), 7.2)
    assert war.workload.input_tokens == 5e9
    assert matching_preset(war, today).key == "price_war_2024"
    # models in another order are the same preset; one model less, or another date, is not
    assert matching_preset(replace(war, models=war.models[::-1]), today).key == "price_war_2024"
    assert matching_preset(replace(war, models=war.models[1:]), today) is None
    assert matching_preset(replace(start, current_date=dt.date(2026, 11, 29)), today) is None
    assert matching_preset(start, dt.date(2026, 12, 1)) is None  # "today" moved on


def test_a_file_without_models_or_dates_keeps_its_meaning():
    """Scenario defaults stay the price war's models and baseline: what a v1/v2 file
    without them has always meant (only the window starts on "Today")."""
    from calculator.engine.scenario import DEFAULT_MODELS
    from calculator.formats.scenario_file import document_from_dict

    for version in (1, 2):
        scenario = document_from_dict({"format": "llm-cost-scenario", "version": version}).scenario
        assert scenario.models == DEFAULT_MODELS == preset("price_war_2024").models
        assert scenario.baseline_date == dt.date(2024, 5, 1)
