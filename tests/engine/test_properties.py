"""Properties of pricing over the shipped catalog, checked on generated workloads."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.engine import FxRate, Workload, compare

volumes = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False,
                    allow_subnormal=False)
shares = st.floats(min_value=0, max_value=1)
dates = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 12, 31))
rates = st.floats(min_value=5, max_value=9)
PROPERTY = settings(max_examples=60, deadline=None)


@PROPERTY
@given(volumes, volumes, shares, st.floats(min_value=0.01, max_value=1000), dates, dates)
def test_cost_is_linear_in_volume(seeds, seed_fx, inp, out, share, k, base, cur):
    w = Workload(inp, out, cached_share=share)
    one = compare(seeds, w, base, cur, fx=seed_fx).frame
    many = compare(seeds, w.scaled(k), base, cur, fx=seed_fx).frame
    for side in ("baseline", "current"):
        np.testing.assert_allclose(many[f"{side}_cost"], one[f"{side}_cost"] * k, rtol=1e-9,
                                   atol=1e-9)
        assert list(many[f"{side}_status"]) == list(one[f"{side}_status"]) or inp * out == 0


@PROPERTY
@given(volumes, volumes, shares, dates, dates)
def test_savings_is_baseline_minus_current(seeds, seed_fx, inp, out, share, base, cur):
    f = compare(seeds, Workload(inp, out, cached_share=share), base, cur, fx=seed_fx).frame
    np.testing.assert_array_equal(f["savings"], f["baseline_cost"] - f["current_cost"])
    both = f["baseline_cost"].notna() & f["current_cost"].notna()
    assert f["savings"].notna().tolist() == both.tolist()


@PROPERTY
@given(volumes, volumes, shares, rates, dates)
def test_currency_round_trip(seeds, inp, out, share, rate, cur):
    fx = FxRate(rate)
    w = Workload(inp, out, cached_share=share)
    cny = compare(seeds, w, dt.date(2024, 5, 1), cur, fx=fx, currency="CNY").frame
    usd = compare(seeds, w, dt.date(2024, 5, 1), cur, fx=fx, currency="USD").frame
    np.testing.assert_allclose(usd["current_cost"] * rate, cny["current_cost"], rtol=1e-12,
                               atol=1e-9)
    assert list(usd["current_status"]) == list(cny["current_status"])


@PROPERTY
@given(st.floats(min_value=1, max_value=1e12), st.floats(min_value=1, max_value=1e12), shares,
       dates, dates)
def test_unknown_never_becomes_a_number(seeds, seed_fx, inp, out, share, base, cur):
    f = compare(seeds, Workload(inp, out, cached_share=share), base, cur, fx=seed_fx).frame
    for side in ("baseline", "current"):
        missing = f[f"{side}_status"].isin(["unknown", "not_offered", "retired"])
        assert f.loc[missing, f"{side}_cost"].isna().all()
        assert f.loc[~missing, f"{side}_cost"].notna().all()
        assert (f.loc[f[f"{side}_status"] == "free", f"{side}_cost"] == 0).all()
    no_cost = ["unknown", "not_offered", "retired"]
    unknown_somewhere = f["baseline_status"].isin(no_cost) | f["current_status"].isin(no_cost)
    assert f.loc[unknown_somewhere, "savings"].isna().all()


def test_known_unknowns_in_the_seeds(seeds, seed_fx):
    """Qwen-Long's pre-cut output price is unknown; Doubao was not offered before launch."""
    f = compare(seeds, Workload(1e6, 1e6), dt.date(2024, 5, 1), dt.date(2024, 6, 1),
                fx=seed_fx).frame.set_index("model_id")
    assert f.loc["qwen-long", "baseline_status"] == "unknown"
    assert f.loc["doubao-pro-32k", "baseline_status"] == "not_offered"
    assert f.loc["ernie-speed-8k", "current_status"] == "free"
    assert f.loc["ernie-speed-8k", "baseline_status"] == "priced"


@pytest.mark.parametrize("model", ["qwen-long", "doubao-pro-32k", "ernie-speed-8k"])
def test_history_is_in_date_order(seeds, model):
    history = seeds.history([model])
    assert history["effective_from"].is_monotonic_increasing
    assert set(history["model_id"]) == {model}
