"""The preset registry names models of the shipped catalog and resolves its dates."""

import csv
import datetime as dt
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
