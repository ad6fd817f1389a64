"""Retired models, aliases, promotions, time-banded prices and the age of prices in the engine."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from calculator.engine import EngineError, FxRate, PricingOptions, Workload, compare
from calculator.engine.catalog import Catalog
from calculator.engine.schedules import flat_week_off_peak_share
from calculator.formats.catalog_reader import parse_catalog_bytes
from calculator.formats.schedule_reader import read_schedules_file

from .conftest import row
from .test_schema_2026 import FULL, SCHEDULES, opt

D = dt.date
FX = FxRate(7.0)
W = Workload(10e6, 2e6)  # 10M input, 2M output


@pytest.fixture(scope="module")
def schedules():
    return read_schedules_file(SCHEDULES)


@pytest.fixture(scope="module")
def catalog(schedules):
    lines = [
        # deepseek-chat: priced, then retired 2026-07-24
        row("deepseek-chat", "2025-09-06", inp="2", out="3", cached="0.2", checked="2025-09-06"),
        row("deepseek-chat", "2026-07-24", inp="", out="", checked="2026-07-24",
            extra=opt(lifecycle="retired")),
        # v4-pro: all-hours price, then banded from 2026-08-16 (every day), weekdays from 08-23
        row("v4-pro", "2026-04-24", inp="3", out="6", cached="0.025", checked="2026-05-31"),
        row("v4-pro", "2026-08-16", inp="4.5", out="13.5", cached="0.15", checked="2026-08-16",
            extra=opt(band="off_peak", schedule="deepseek-2026-08-16")),
        row("v4-pro", "2026-08-16", inp="9", out="27", cached="0.3", checked="2026-08-16",
            extra=opt(band="peak", schedule="deepseek-2026-08-16")),
        row("v4-pro", "2026-08-23", inp="4.5", out="13.5", cached="0.15", checked="2026-10-17",
            extra=opt(band="off_peak", schedule="deepseek-2026-08-23")),
        row("v4-pro", "2026-08-23", inp="9", out="27", cached="0.3", checked="2026-10-17",
            extra=opt(band="peak", schedule="deepseek-2026-08-23")),
        # v4-flash: a legacy name billed as v4-pro from 2026-09-10
        row("v4-flash", "2026-04-24", inp="1", out="2", checked="2026-04-24"),
        row("v4-flash", "2026-09-10", inp="", out="", checked="2026-09-10",
            extra=opt(lifecycle="alias", alias_of="v4-pro")),
        # alias of a retired model is retired; alias of a missing model is unknown
        row("old-alias", "2026-01-01", inp="", out="", extra=opt(lifecycle="alias",
                                                                  alias_of="deepseek-chat")),
        row("lost-alias", "2026-01-01", inp="", out="", extra=opt(lifecycle="alias",
                                                                   alias_of="nowhere")),
        # a loop of aliases
        row("loop-a", "2026-01-01", inp="", out="", extra=opt(lifecycle="alias",
                                                               alias_of="loop-b")),
        row("loop-b", "2026-01-01", inp="", out="", extra=opt(lifecycle="alias",
                                                               alias_of="loop-a")),
        # glm flash: list 0.8/2.8 and a promotion 0.4/1.4 until 2026-09-09
        row("glm-flash", "2026-08-19", inp="0.8", out="2.8", checked="2026-08-19"),
        row("glm-flash", "2026-08-19", inp="0.4", out="1.4", checked="2026-08-19",
            extra=opt(promo_until="2026-09-09")),
        # an old price, last seen in 2024
        row("ancient", "2024-01-01", inp="1", out="1", checked="2024-05-01"),
    ]
    text = FULL + "\n" + "\n".join(lines) + "\n"
    frame = parse_catalog_bytes(text.encode(), "t.csv", origin="t.csv",
                                schedules={s.schedule for s in schedules})
    return Catalog.from_records([frame], schedules)


def side(catalog, date, models=None, **kw):
    result = compare(catalog, W, D(2025, 10, 1), date, fx=FX, models=models, **kw)
    return result, result.frame.set_index("model_id")


def test_retired_is_its_own_status_with_a_null_cost(catalog):
    result, f = side(catalog, D(2026, 11, 30))
    assert f.loc["deepseek-chat", "current_status"] == "retired"
    assert np.isnan(f.loc["deepseek-chat", "current_cost"])
    assert f.loc["deepseek-chat", "current_effective_from"] == np.datetime64("2026-07-24")
    assert f.loc["deepseek-chat", "baseline_status"] == "priced"
    assert np.isnan(f.loc["deepseek-chat", "savings"])
    assert any(n.key == "retired" and "deepseek-chat" in str(n) for n in result.notes)
    # the day before retirement it is still priced
    _, f = side(catalog, D(2026, 7, 23))
    assert f.loc["deepseek-chat", "current_status"] == "priced"


def test_flat_week_shares_of_the_deepseek_schedules(schedules):
    by_id = {s.schedule: s for s in schedules}
    assert flat_week_off_peak_share(by_id["deepseek-2026-08-16"]) == pytest.approx(17 / 24)
    assert flat_week_off_peak_share(by_id["deepseek-2026-08-23"]) == pytest.approx(
        1 - 5 * 7 / 168)
    assert flat_week_off_peak_share(by_id["deepseek-2025-night"]) == pytest.approx(8 / 24)


def test_banded_price_blends_peak_and_off_peak_by_the_flat_week(catalog):
    _, f = side(catalog, D(2026, 11, 30))
    share = 1 - 35 / 168
    row_ = f.loc["v4-pro"]
    assert row_["current_off_peak_share"] == pytest.approx(share)
    assert row_["current_schedule"] == "deepseek-2026-08-23"
    rate_in = share * 4.5 + (1 - share) * 9
    rate_out = share * 13.5 + (1 - share) * 27
    assert row_["current_cost"] == pytest.approx(10 * rate_in + 2 * rate_out)
    assert row_["current_input_per_mtok"] == 9 and row_["current_off_peak_input_per_mtok"] == 4.5
    assert row_["current_effective_from"] == np.datetime64("2026-08-23")
    # between 08-16 and 08-23 peak hours applied every day
    _, f = side(catalog, D(2026, 8, 20))
    assert f.loc["v4-pro", "current_off_peak_share"] == pytest.approx(17 / 24)
    # before bands the price is all-hours: no share
    _, f = side(catalog, D(2026, 6, 1))
    assert np.isnan(f.loc["v4-pro", "current_off_peak_share"])
    assert f.loc["v4-pro", "current_cost"] == pytest.approx(10 * 3 + 2 * 6)


@pytest.mark.parametrize("share", [0.0, 0.3, 1.0])
def test_given_off_peak_share(catalog, share):
    result, f = side(catalog, D(2026, 11, 30), options=PricingOptions(off_peak_share=share))
    expected = 10 * (share * 4.5 + (1 - share) * 9) + 2 * (share * 13.5 + (1 - share) * 27)
    assert f.loc["v4-pro", "current_cost"] == pytest.approx(expected)
    assert f.loc["v4-pro", "current_off_peak_share"] == share
    assert np.isnan(f.loc["glm-flash", "current_off_peak_share"])  # not banded
    assert any(n.key == "off_peak_given" for n in result.notes)


@pytest.mark.parametrize("share", [-0.1, 1.5, float("nan"), "half", True])
def test_bad_off_peak_share(share):
    with pytest.raises(EngineError, match="off-peak share must be a number from 0 to 1"):
        PricingOptions(off_peak_share=share)


def test_banded_cached_tokens(catalog):
    workload = Workload(10e6, 0, cached_share=0.5)
    result = compare(catalog, workload, D(2025, 10, 1), D(2026, 11, 30), fx=FX,
                     options=PricingOptions(off_peak_share=0.5))
    f = result.frame.set_index("model_id")
    assert f.loc["v4-pro", "current_cost"] == pytest.approx(5 * 6.75 + 5 * 0.225)


def test_alias_is_priced_as_its_target_at_the_same_date(catalog):
    result, f = side(catalog, D(2026, 11, 30))
    assert f.loc["v4-flash", "current_status"] == "priced"
    assert f.loc["v4-flash", "current_cost"] == pytest.approx(f.loc["v4-pro", "current_cost"])
    assert f.loc["v4-flash", "current_billed_as"] == "v4-pro"
    assert f.loc["v4-flash", "current_effective_from"] == np.datetime64("2026-08-23")
    assert pd.isna(f.loc["v4-pro", "current_billed_as"])
    assert any(n.key == "billed_as" and "v4-flash → v4-pro" in str(n) for n in result.notes)
    # before the alias date it has its own price
    _, f = side(catalog, D(2026, 9, 1))
    assert f.loc["v4-flash", "current_cost"] == pytest.approx(10 * 1 + 2 * 2)
    assert pd.isna(f.loc["v4-flash", "current_billed_as"])


def test_alias_of_a_retired_missing_or_looping_model(catalog):
    _, f = side(catalog, D(2026, 11, 30))
    assert f.loc["old-alias", "current_status"] == "retired"
    assert f.loc["lost-alias", "current_status"] == "unknown"
    assert f.loc["loop-a", "current_status"] == "unknown"
    assert np.isnan(f.loc["loop-b", "current_cost"])


def test_promotions_are_kept_apart_from_list_prices(catalog):
    result, f = side(catalog, D(2026, 9, 1))
    assert f.loc["glm-flash", "current_cost"] == pytest.approx(10 * 0.8 + 2 * 2.8)
    assert f.loc["glm-flash", "current_price_kind"] == "list"
    assert any(n.key == "promotions_ignored" and "glm-flash" in str(n) for n in result.notes)
    result, f = side(catalog, D(2026, 9, 1), options=PricingOptions(prices="promotion"))
    assert f.loc["glm-flash", "current_cost"] == pytest.approx(10 * 0.4 + 2 * 1.4)
    assert f.loc["glm-flash", "current_price_kind"] == "promotion"
    assert any(n.key == "promotions_used" for n in result.notes)
    # the promotion ends on promo_until (inclusive)
    _, f = side(catalog, D(2026, 9, 9), options=PricingOptions(prices="promotion"))
    assert f.loc["glm-flash", "current_price_kind"] == "promotion"
    _, f = side(catalog, D(2026, 9, 10), options=PricingOptions(prices="promotion"))
    assert f.loc["glm-flash", "current_price_kind"] == "list"


def test_age_of_prices(catalog):
    result, f = side(catalog, D(2026, 11, 30))
    assert f.loc["ancient", "current_old_price"]
    assert not f.loc["v4-pro", "current_old_price"]
    assert not f.loc["deepseek-chat", "current_old_price"]  # retired: not priced, not old
    stale = next(n for n in result.notes if n.key == "stale")
    assert "ancient" in str(stale) and "v4-pro" not in str(stale)
    assert "glm-flash" in str(stale)  # newest evidence 2026-08-19: 103 days before
    old = next(n for n in result.notes if n.key == "old_prices")
    assert "ancient" in str(old)


def test_catalog_dates_and_sources(catalog):
    assert catalog.newest_price_date == D(2026, 8, 23)  # lifecycle records are not prices
    assert [s.origin for s in catalog.sources] == ["t.csv"]
    assert catalog.sources[0].newest_evidence == D(2026, 11, 27)  # the rows' default checked
    assert catalog.sources[0].label() == "t.csv 2026-11-27"


def test_history_shows_headline_records_only(catalog):
    history = catalog.history(["v4-pro", "glm-flash"])
    assert list(history["band"]) == ["", "peak", "peak", ""]
    assert history["promo_until"].isna().all()


def test_model_metadata_ignores_retirement_records(catalog):
    assert catalog.models.loc["deepseek-chat", "context_window"] == 8000
