"""Commitments: packs, subscriptions and free quotas against pay-as-you-go, by hand."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.engine import FxRate
from calculator.engine.commitment_options import (
    NEEDS_REQUESTS,
    OUT_OF_SCOPE,
    UNKNOWN_PRICE,
    Member,
    RowTraffic,
    compare_options,
    volume_curves,
)
from calculator.engine.commitments import Commitment
from calculator.engine.plans import PlanError

FX = FxRate(7.0, "test")


def pack(size=10e6, price=63.0, days=180, **kw):
    return Commitment("pack", "Baidu", "pack", "pack", kw.pop("unit", "tokens"), ((size, ""),),
                      price=price, validity_days=days, scope="models",
                      models=kw.pop("models", ("ernie",)), **kw)


def traffic(tokens_per_month, price_per_mtok=7.0, requests=None, members=None):
    """Input-only traffic on one model at ``price_per_mtok`` CNY."""
    members = members or (Member("ernie", "Baidu", 1.0, tokens_per_month * price_per_mtok / 1e6,
                                 0.0),)
    return RowTraffic("row", tuple(members), tokens_per_month, 0.0, requests)


def run(row, *offers, months=12, growth=0.0):
    return {r.key: r for r in compare_options(row, offers, months=months, growth=growth, fx=FX,
                                              currency="CNY").results}


def test_pack_not_worth_it_at_low_volume():
    result = run(traffic(1e6), pack())["pack"]  # 6M tokens per 6 months < 63 / 7 per M
    assert result.effective_monthly == pytest.approx(7.0)
    assert result.saving_monthly == pytest.approx(0)
    assert result.waste_units == 0
    # it starts to pay at 63 / 7 = 9M tokens per 6 months = 1.5M a month
    assert result.break_even == pytest.approx(1.5, rel=1e-3)
    assert result.break_even >= 1.5


def test_pack_bought_with_overflow_paid_as_you_go():
    result = run(traffic(2e6), pack())["pack"]  # 12M per 6 months: one pack + 2M as you go
    assert result.effective_monthly == pytest.approx((63 + 2 * 7) / 6)
    assert result.baseline_monthly == pytest.approx(14.0)
    assert result.waste_units == 0
    assert result.cash[0] == pytest.approx(63)  # the pack is paid when bought
    assert result.cash[6] == pytest.approx(63)  # and again for the second period
    assert result.cash[5] == pytest.approx(14)  # month 6: the 2M beyond the pack


def test_pack_leftover_expires_as_waste():
    result = run(traffic(1.6e6), pack())["pack"]  # 9.6M per period: the pack pays, 0.4M expire
    assert result.effective_monthly == pytest.approx(63 / 6)
    assert result.waste_units == pytest.approx(2 * 0.4e6)  # two periods in 12 months
    assert result.waste_value == pytest.approx(2 * 0.4e6 * 63 / 10e6)


def test_free_quota_used_first_and_expires():
    free = Commitment("free", "Alibaba", "1M free per model", "free_quota", "tokens",
                      ((1e6, ""),), validity_days=180, scope="each_model", models=("ernie",))
    result = run(traffic(0.1e6, price_per_mtok=10), free)["free"]
    # 0.6M used in 6 months (worth 6), 0.4M expire; averaged over 12 months
    assert result.effective_monthly == pytest.approx((12 * 1.0 - 6.0) / 12)
    assert result.waste_units == pytest.approx(0.4e6)
    assert result.break_even == 0.0


def test_free_quota_comes_before_a_pack():
    free = Commitment("free", "Baidu", "free", "free_quota", "tokens", ((3e6, ""),),
                      validity_days=365, scope="models", models=("ernie",))
    results = run(traffic(2e6), free, pack())
    # 24M a year; free covers 3M (all in the first period): period 1 needs 9M -> no pack
    # (63 > 9M x 7 = 63: equal, as you go), period 2 needs 12M -> one pack + 2M
    assert results["pack"].baseline_monthly == pytest.approx((9 * 7 + 12 * 7) / 12)
    assert results["pack"].effective_monthly == pytest.approx((9 * 7 + 63 + 2 * 7) / 12)


def coding_plan(overflow="blocked"):
    return Commitment("lite", "Volcengine", "Coding Plan Lite", "subscription", "requests",
                      ((1200, "5h"), (9000, "week"), (18000, "month")), price=40,
                      billing="month", overflow=overflow, scope="models", models=("ernie",))


def test_subscription_capacity_is_the_tightest_quota():
    assert coding_plan().monthly_capacity() == 18000
    row = traffic(100e6, requests=10_000)  # API: 700 a month
    result = run(row, coding_plan())["lite"]
    assert result.effective_monthly == pytest.approx(40)
    assert result.waste_units == pytest.approx(12 * 8000)  # unused requests
    assert result.unserved_units == 0
    # the plan wins from 40 / 700 of today's volume
    assert result.break_even == pytest.approx(40 / 700, rel=1e-3)


def test_blocked_subscription_leaves_traffic_unserved_and_never_wins_then():
    row = traffic(100e6, requests=20_000)
    result = run(row, coding_plan("blocked"))["lite"]
    assert result.unserved_units == pytest.approx(12 * 2000)
    paid = run(row, coding_plan("payg"))["lite"]
    assert paid.effective_monthly == pytest.approx(40 + 700 * 2000 / 20000)
    curves = volume_curves(row, [coding_plan("blocked")], np.array([0.5, 0.9, 1.0]), months=12,
                           growth=0.0, fx=FX, currency="CNY")
    assert np.isnan(curves["lite"][2]) and curves["lite"][0] == pytest.approx(40)


def test_requests_quota_needs_a_request_count():
    assert run(traffic(1e6), coding_plan())["lite"].status == NEEDS_REQUESTS


def test_out_of_scope_and_unknown_prices():
    assert run(traffic(1e6), pack(models=("other",)))["pack"].status == OUT_OF_SCOPE
    unknown = traffic(1e6, members=(Member("ernie", "Baidu", 1.0, float("nan"), 0.0),))
    assert run(unknown, pack())["pack"].status == UNKNOWN_PRICE


def test_plan_rows_split_usage_by_share():
    members = (Member("ernie", "Baidu", 0.5, 20.0, 0.0), Member("glm", "Zhipu", 0.5, 40.0, 0.0))
    row = RowTraffic("mix", members, 2e6, 0.0, None)
    result = run(row, pack(size=1e6, price=1.0, days=30))["pack"]
    # covered: half the tokens (1M a month) at ernie's 20 -> one 1M pack a month at 1
    assert result.baseline_monthly == pytest.approx(0.5 * 20 + 0.5 * 40)
    assert result.effective_monthly == pytest.approx(1 + 0.5 * 40)


def test_value_quota_in_usd_converted():
    credit = Commitment("credit", "X", "credit", "pack", "value", ((10.0, ""),), price=7.0,
                        currency="USD", validity_days=30, scope="models", models=("ernie",))
    row = traffic(10e6, price_per_mtok=10)  # 100 CNY a month = a $10 credit (70 CNY) + 30
    result = run(row, credit)["credit"]
    assert result.effective_monthly == pytest.approx(7.0 * 7 + 30)


@pytest.mark.parametrize("kw, field", [
    (dict(kind="pack", quota=((1e6, "month"),)), "quota"),
    (dict(kind="subscription", quota=((1e6, ""),), billing="month"), "quota"),
    (dict(kind="pack", validity_days=None), "validity"),
    (dict(kind="pack", price=-1), "price"),
    (dict(kind="pack", unit="words"), "unit"),
    (dict(kind="pack", scope="models", models=()), "models"),
    (dict(kind="subscription", quota=((10, "5h"),), billing="once"), "billing"),
    (dict(kind="free_quota", price=5), "price"),
    (dict(kind="pack", quota=((0, ""),)), "quota"),
    (dict(kind="pack", currency="EUR"), "currency"),
])
def test_invalid_offers(kw, field):
    base = dict(offer_id="x", vendor="V", name="n", kind="pack", unit="tokens",
                quota=((1e6, ""),), price=1.0, validity_days=30)
    with pytest.raises(PlanError) as err:
        Commitment(**{**base, **kw})
    assert err.value.field == field


PROPERTY = settings(max_examples=60, deadline=None)


@PROPERTY
@given(st.floats(min_value=1e3, max_value=1e10), st.floats(min_value=0.1, max_value=100),
       st.floats(min_value=1e5, max_value=1e9), st.floats(min_value=1, max_value=1e5),
       st.integers(min_value=30, max_value=400), st.floats(min_value=-0.2, max_value=0.5))
def test_pack_never_costs_more_than_paying_as_you_go(tokens, price_per_mtok, size, price, days,
                                                     growth):
    row = traffic(tokens, price_per_mtok)
    result = run(row, pack(size=size, price=price, days=days), growth=growth)["pack"]
    assert result.effective_monthly <= result.baseline_monthly * (1 + 1e-9) + 1e-9
    # break-even consistency: at the volume found it wins; just below it does not
    if result.break_even not in (None, 0.0):
        curves = volume_curves(row, [pack(size=size, price=price, days=days)],
                               np.array([result.break_even, result.break_even * 0.98]),
                               months=12, growth=growth, fx=FX, currency="CNY")
        assert curves["pack"][0] < curves["payg"][0]
        assert curves["pack"][1] >= curves["payg"][1] * (1 - 1e-9)


@PROPERTY
@given(st.floats(min_value=1e3, max_value=1e10), st.floats(min_value=1, max_value=10))
def test_payg_and_subscription_grow_with_volume(tokens, k):
    offer = Commitment("sub", "Baidu", "s", "subscription", "tokens", ((1e8, "month"),),
                       price=100, billing="month", scope="models", models=("ernie",))
    small = run(traffic(tokens), offer)
    large = run(traffic(tokens * k), offer)
    for key in ("payg", "sub"):
        assert large[key].effective_monthly >= small[key].effective_monthly * (1 - 1e-12)
