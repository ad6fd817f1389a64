"""Dated lookup, statuses, cached tokens, context tiers, currencies, discounts."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from calculator.engine import (
    EngineError,
    FxRate,
    LookupDateError,
    UnknownModelError,
    Workload,
    compare,
)
from calculator.formats.catalog_reader import read_catalog_files

from .conftest import HEADER, row

D = dt.date
FX = FxRate(7.0)
MAY, JUNE = D(2024, 5, 1), D(2024, 6, 1)


@pytest.fixture
def catalog(write_csv):
    header = HEADER + ",above_input_tokens"
    rows = [
        row("cut", "2024-01-01", inp="5", out="5", extra=""),
        row("cut", "2024-05-11", inp="1", out="1", extra=""),
        row("launch", "2024-05-15", inp="0.8", out="2", extra=""),
        row("half", "2024-01-01", inp="20", out="", extra=""),
        row("half", "2024-05-21", inp="0.5", out="2", extra=""),
        row("gofree", "2024-01-01", inp="4", out="8", extra=""),
        row("gofree", "2024-05-21", inp="0", out="0", extra=""),
        row("cache", "2024-01-01", inp="1", out="2", cached="0.1", extra=""),
        row("usd", "2024-01-01", currency="USD", inp="10", out="30", extra=""),
        row("tiered", "2024-01-01", currency="USD", inp="0.4", out="1.2", cached="0.08", extra=""),
        row("tiered", "2024-01-01", currency="USD", inp="1.2", out="3.6", extra="256k"),
    ]
    return read_catalog_files([write_csv("\n".join(rows), header=header)])


def frame(catalog, workload, baseline=MAY, current=JUNE, **kw):
    kw.setdefault("fx", FX)
    return compare(catalog, workload, baseline, current, **kw).frame.set_index("model_id")


def test_lookup_takes_latest_record_on_or_before_date(catalog):
    w = Workload(1e6, 0)
    assert frame(catalog, w, D(2024, 5, 10), D(2024, 5, 10)).loc["cut", "current_cost"] == 5
    assert frame(catalog, w, D(2024, 5, 11), D(2024, 5, 11)).loc["cut", "current_cost"] == 1
    assert frame(catalog, w, D(2030, 1, 1), D(2030, 1, 1)).loc["cut", "current_cost"] == 1


def test_four_statuses_are_distinct(catalog):
    f = frame(catalog, Workload(1e6, 1e6))
    assert f.loc["launch", "baseline_status"] == "not_offered"
    assert np.isnan(f.loc["launch", "baseline_cost"])
    assert f.loc["half", "baseline_status"] == "unknown"
    assert np.isnan(f.loc["half", "baseline_cost"])
    assert f.loc["gofree", "current_status"] == "free"
    assert f.loc["gofree", "current_cost"] == 0
    assert f.loc["cut", "current_status"] == "priced"


def test_unknown_output_price_does_not_matter_without_output_tokens(catalog):
    f = frame(catalog, Workload(1e6, 0))
    assert f.loc["half", "baseline_status"] == "priced"
    assert f.loc["half", "baseline_cost"] == 20


def test_savings_need_both_sides(catalog):
    f = frame(catalog, Workload(1e6, 1e6))
    assert f.loc["cut", "savings"] == 10 - 2
    assert f.loc["cut", "savings_pct"] == pytest.approx(0.8)
    assert np.isnan(f.loc["launch", "savings"])
    assert np.isnan(f.loc["half", "savings"])
    assert f.loc["gofree", "savings_pct"] == 1.0


def test_cached_tokens_are_part_of_input(catalog):
    # 1M input of which 60% cached, 0.2M output:
    # 0.4M x 1 + 0.6M x 0.1 + 0.2M x 2 = 0.4 + 0.06 + 0.4 = 0.86 CNY
    f = frame(catalog, Workload(1e6, 2e5, cached_share=0.6))
    assert f.loc["cache", "current_cost"] == pytest.approx(0.86)
    # a model without a cached price bills cached tokens at the input price
    assert f.loc["cut", "current_cost"] == pytest.approx(1e6 * 1 / 1e6 + 2e5 * 1 / 1e6)


def test_context_tier_applies_to_whole_request(catalog):
    # 10 requests of 300k input + 10k output: above 256k, so every token at the high tier.
    # per request 0.3M x $1.2 + 0.01M x $3.6 = 0.36 + 0.036 = $0.396; x 10 = $3.96
    f = frame(catalog, Workload(3e6, 1e5, requests=10), currency="USD")
    assert f.loc["tiered", "current_cost"] == pytest.approx(3.96)
    assert f.loc["tiered", "current_above_input_tokens"] == 256000
    # the same monthly volume as 100 requests of 30k input stays in the base tier
    # per request 0.03M x 0.4 + 0.001M x 1.2 = 0.012 + 0.0012 = 0.0132; x 100 = 1.32
    f = frame(catalog, Workload(3e6, 1e5, requests=100), currency="USD")
    assert f.loc["tiered", "current_cost"] == pytest.approx(1.32)


def test_tier_threshold_is_exclusive(catalog):
    f = frame(catalog, Workload(256_000, 0, requests=1), currency="USD")
    assert f.loc["tiered", "current_above_input_tokens"] == 0
    f = frame(catalog, Workload(256_001, 0, requests=1), currency="USD")
    assert f.loc["tiered", "current_above_input_tokens"] == 256000


def test_high_tier_without_cached_price_falls_back_to_its_input_price(catalog):
    # 1 request, 300k input all cached: the 256k+ tier has no cached price -> $1.2/M
    f = frame(catalog, Workload(3e5, 0, requests=1, cached_share=1.0), currency="USD")
    assert f.loc["tiered", "current_cost"] == pytest.approx(0.3 * 1.2)


def test_without_request_count_lowest_tier_and_a_note(catalog):
    result = compare(catalog, Workload(3e6, 1e5), D(2024, 5, 1), D(2024, 6, 1), fx=FX,
                     currency="USD")
    f = result.frame.set_index("model_id")
    assert f.loc["tiered", "current_above_input_tokens"] == 0
    assert any("lowest tier" in str(note) for note in result.notes)


def test_currency_conversion_uses_fx_and_says_so(catalog):
    result = compare(catalog, Workload(1e6, 1e6), D(2024, 5, 1), D(2024, 6, 1), fx=FX)
    f = result.frame.set_index("model_id")
    assert f.loc["usd", "current_cost"] == pytest.approx((10 + 30) * 7.0)
    assert f.loc["usd", "current_currency"] == "USD"
    assert f.loc["usd", "current_native_input_per_mtok"] == 10
    assert f.loc["usd", "current_input_per_mtok"] == 70
    assert any("USD prices converted to CNY at 1 USD = 7 CNY" in str(n) for n in result.notes)
    usd = compare(catalog, Workload(1e6, 1e6), D(2024, 5, 1), D(2024, 6, 1), fx=FX,
                  currency="USD").frame.set_index("model_id")
    assert usd.loc["cut", "current_cost"] == pytest.approx(2 / 7.0)


def test_reference_savings(catalog):
    f = frame(catalog, Workload(1e6, 1e6), reference="usd")
    assert f.loc["cut", "savings_vs_reference"] == pytest.approx(280 - 2)
    assert f.loc["usd", "savings_vs_reference"] == 0


def test_reference_outside_selection(catalog):
    result = compare(catalog, Workload(1e6, 1e6), MAY, JUNE, fx=FX, models=["cut"],
                     reference="usd")
    f = result.frame.set_index("model_id")
    assert list(f.index) == ["cut"]
    assert f.loc["cut", "savings_vs_reference"] == pytest.approx(278)
    # headers and reports name the reference as people know it
    assert result.reference_name == "USD"  # the model_name column, not the id "usd"
    assert compare(catalog, Workload(1, 1), MAY, JUNE, fx=FX).reference_name is None


def test_vendor_discount_applies_to_both_dates(catalog):
    f = frame(catalog, Workload(1e6, 1e6), discounts={"V": 0.1})
    assert f.loc["cut", "baseline_cost"] == pytest.approx(9)
    assert f.loc["cut", "current_cost"] == pytest.approx(1.8)
    assert f.loc["cut", "discount"] == 0.1
    with pytest.raises(EngineError, match="between 0% and 99.9%"):
        frame(catalog, Workload(1, 1), discounts={"V": 1.5})


def test_provenance_travels_with_each_number(catalog):
    f = frame(catalog, Workload(1e6, 1e6))
    assert f.loc["cut", "baseline_effective_from"] == np.datetime64("2024-01-01")
    assert f.loc["cut", "current_effective_from"] == np.datetime64("2024-05-11")
    assert f.loc["cut", "current_source"] == "https://example.com"
    assert f.loc["cut", "current_record_status"] == "confirmed"
    assert f.loc["launch", "launched"] == np.datetime64("2024-05-15")


def test_date_before_any_record(catalog):
    with pytest.raises(LookupDateError, match="before the first price record"):
        compare(catalog, Workload(1, 1), D(2023, 12, 31), D(2024, 6, 1), fx=FX)


def test_unknown_model(catalog):
    with pytest.raises(UnknownModelError, match="'nope'"):
        compare(catalog, Workload(1, 1), D(2024, 5, 1), D(2024, 6, 1), fx=FX, models=["nope"])
    with pytest.raises(UnknownModelError, match="reference"):
        compare(catalog, Workload(1, 1), D(2024, 5, 1), D(2024, 6, 1), fx=FX, reference="nope")


def test_bad_currency(catalog):
    with pytest.raises(EngineError, match="unknown currency 'EUR'"):
        compare(catalog, Workload(1, 1), D(2024, 5, 1), D(2024, 6, 1), fx=FX, currency="EUR")


def test_zero_workload_is_priced_at_zero_not_free(catalog):
    f = frame(catalog, Workload(0, 0))
    assert f.loc["cut", "current_status"] == "priced"
    assert f.loc["cut", "current_cost"] == 0
    assert f.loc["half", "baseline_status"] == "priced"  # nothing to bill at the unknown price


def test_blended_history_price_matches_one_million_tokens_of_the_mix(catalog):
    """A blended price times (tokens / 1M) is what the comparison charges."""
    from calculator.engine.history import blended, price_history

    w = Workload(600_000, 400_000, cached_share=0.5)
    history = price_history(catalog, ("cache",), "CNY", FX)
    # 0.6 x (0.5 x ¥1 + 0.5 x ¥0.1) + 0.4 x ¥2 = 0.33 + 0.8 = ¥1.13 per 1M tokens of the mix
    assert blended(history, 0.6, 0.5)[0] == pytest.approx(1.13)
    cost = frame(catalog, w).loc["cache", "current_cost"]
    assert cost == pytest.approx(1.13)  # 1M tokens in total


def test_current_before_baseline_is_priced_and_noted():
    from calculator.engine import Workload, compare
    from calculator.userfiles.loading import default_fx, load_catalog

    result = compare(load_catalog(), Workload(100e6, 20e6), dt.date(2024, 6, 1),
                     dt.date(2024, 5, 1), fx=default_fx(), models=["glm-3-turbo"])
    assert result.arrays["savings"][0] == pytest.approx(120 - 600)  # ¥1 -> ¥5 per 1M
    (note,) = [n for n in result.notes if n.key == "dates_reversed"]
    assert str(note).startswith("The current date (2024-05-01) is before the baseline date "
                                "(2024-06-01)")
    forward = compare(load_catalog(), Workload(100e6, 20e6), dt.date(2024, 5, 1),
                      dt.date(2024, 6, 1), fx=default_fx(), models=["glm-3-turbo"])
    assert not [n for n in forward.notes if n.key == "dates_reversed"]
