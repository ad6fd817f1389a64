"""Self-hosted deployments: the replica formula, currency, projection steps, break-even."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.engine import FxRate
from calculator.engine.plans import PlanError
from calculator.engine.self_hosting import HOURS_PER_MONTH, Deployment, break_even

FX = FxRate(7.0, "test")
NODE = dict(name="node", gpu_hourly=2.5, gpus=8, input_tps=20_000, output_tps=2_000,
            utilization=0.5, fixed_monthly=1_000, currency="USD")


def test_small_volume_pays_for_one_replica():
    node = Deployment(**NODE)
    # 10M in, 1M out: (500 s + 500 s) / 3600 / 0.5 = 0.56 replica-hours
    assert float(node.replica_hours(10e6, 1e6)) == pytest.approx(1000 / 3600 / 0.5)
    assert float(node.replicas(10e6, 1e6)) == 1
    assert float(node.native_cost(10e6, 1e6)) == pytest.approx(8 * 2.5 * 730 + 1000)  # 15,600
    assert float(node.monthly_cost(10e6, 1e6, FX, "CNY")) == pytest.approx(15_600 * 7.0)


def test_very_large_volume_needs_many_replicas():
    node = Deployment(**NODE)
    inp, out = 200e9, 20e9  # 10M s + 10M s = 20M s -> 11,111 replica-hours at 50 %
    hours = (200e9 / 20_000 + 20e9 / 2_000) / 3600 / 0.5
    assert float(node.replica_hours(inp, out)) == pytest.approx(hours)
    replicas = math.ceil(hours / 730)  # 16
    assert float(node.replicas(inp, out)) == replicas == 16
    assert float(node.native_cost(inp, out)) == pytest.approx(replicas * 8 * 2.5 * 730 + 1000)


def test_exactly_one_replica_of_work_is_one_replica():
    node = Deployment(name="n", gpu_hourly=1, gpus=1, input_tps=1, output_tps=1, utilization=1)
    seconds = HOURS_PER_MONTH * 3600
    assert float(node.replicas(seconds * 0.3, seconds * 0.7)) == 1
    assert float(node.replicas(seconds * 0.3, seconds * 0.7 + 10)) == 2


def test_cny_deployment_shown_in_usd():
    node = Deployment(**{**NODE, "currency": "CNY", "gpu_hourly": 14, "fixed_monthly": 0})
    assert float(node.monthly_cost(1e6, 1e6, FX, "USD")) == pytest.approx(8 * 14 * 730 / 7.0)


@pytest.mark.parametrize("change, field", [
    ({"input_tps": 0}, "input_tps"), ({"output_tps": -5}, "output_tps"),
    ({"utilization": 0}, "utilization"), ({"utilization": 1.2}, "utilization"),
    ({"utilization": -0.5}, "utilization"), ({"gpus": 0}, "gpus"), ({"gpus": 2.5}, "gpus"),
    ({"gpu_hourly": -1}, "gpu_hourly"), ({"fixed_monthly": float("inf")}, "fixed_monthly"),
    ({"currency": "EUR"}, "currency"), ({"name": ""}, "name"), ({"growth": 20}, "growth"),
])
def test_invalid_deployments_name_the_field(change, field):
    with pytest.raises(PlanError) as err:
        Deployment(**{**NODE, **change})
    assert err.value.field == field
    assert "\n" not in str(err.value)


def test_break_even_examples():
    # API 100 per workload; one replica carries 4 workloads and costs 300; fixed 50
    result = break_even(100, 4, 300, 50)
    assert result.first == pytest.approx(3.5)  # 350 / 100, inside the first replica
    # past 4 workloads a second replica (650) is dearer than the API until 6.5, past 8 a
    # third (950) until 9.5, past 12 a fourth (1,250) until 12.5; from 16 on the
    # deployment stays cheaper across every new replica
    assert result.stable == pytest.approx(12.5)
    # API cheaper than a full replica: never
    assert break_even(50, 4, 300, 0) == break_even(50, 4, 300, 0).__class__(None, None)
    assert break_even(float("nan"), 4, 300, 0).first is None
    # fixed cost so large it needs several replicas' worth of savings
    result = break_even(100, 4, 300, 250)
    assert result.first == pytest.approx(max((3 * 300 + 250) / 100, 2 * 4))  # 11.5
    assert result.stable == pytest.approx((6 * 300 + 250) / 100)  # 20.5


PROPERTY = settings(max_examples=150, deadline=None)
positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False)


def _costs(api, capacity, replica, fixed, v):
    n = np.maximum(1.0, np.ceil(np.round(np.asarray(v) / capacity, 9)))
    return api * np.asarray(v), n * replica + fixed


# A fixed monthly cost is money: zero or at least a cent. A subnormal one (1.4e-45) vanishes
# when added to a replica's cost, so float arithmetic and the exact break-even disagree.
fixed_costs = st.one_of(st.just(0.0), st.floats(min_value=0.01, max_value=1e6))


@PROPERTY
@given(positive, positive, positive, fixed_costs)
def test_break_even_is_consistent(api, capacity, replica, fixed):
    result = break_even(api, capacity, replica, fixed)
    grid = np.linspace(0, 20 * capacity, 2001)
    api_cost, own = _costs(api, capacity, replica, fixed, grid)
    wins = own <= api_cost * (1 + 1e-9)
    if result.first is None:
        assert not wins.any()
        return
    # below the first break-even the API is cheaper; at it, the deployment is not dearer
    below = grid < result.first * (1 - 1e-9)
    assert not wins[below].any()
    a, o = _costs(api, capacity, replica, fixed, result.first)
    assert o <= a * (1 + 1e-9)
    if result.stable is not None:
        after = grid >= result.stable * (1 + 1e-9)
        assert wins[after].all()
        assert result.stable >= result.first


@PROPERTY
@given(st.floats(min_value=0, max_value=1e12), st.floats(min_value=0, max_value=1e12),
       st.floats(min_value=1, max_value=100))
def test_cost_never_falls_as_volume_grows(inp, out, k):
    node = Deployment(**NODE)
    assert float(node.native_cost(inp * k, out * k)) >= float(node.native_cost(inp, out))
