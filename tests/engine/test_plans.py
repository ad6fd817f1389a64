"""Routing plans: validation, share-weighted cost, status propagation, projection with budget."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.engine import FxRate, Workload, compare
from calculator.engine.budget import BudgetView, first_month_over
from calculator.engine.planning import PlanSet, add_plan_rows, project_plans, row_kinds
from calculator.engine.plans import PlanError, RoutingPlan
from calculator.formats.catalog_reader import read_catalog_files

from .conftest import HEADER, row

FX = FxRate(7.0, "test")
DAY = dt.date(2026, 11, 1)


#: Explicit prices (CNY per 1M): DeepSeek V4 Pro off-peak and Qwen3-Max <=32K, plus a
#: free, an unknown-priced, a not-yet-launched and a USD model.
PLAN_ROWS = [
    row("deepseek-v4-pro", "2026-08-16", inp="4.5", out="13.5", vendor="DeepSeek"),
    row("qwen3-max", "2026-08-22", inp="2.5", out="10", vendor="Alibaba"),
    row("free-lite", "2026-01-01", inp="0", out="0", vendor="Baidu"),
    row("mystery", "2026-01-01", inp="", out="3", status="uncertain", vendor="Tencent"),
    row("future", "2027-01-01", inp="1", out="1", vendor="Zhipu"),
    row("gpt-x", "2026-01-01", currency="USD", inp="1", out="4", vendor="OpenAI"),
]


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    path = tmp_path_factory.mktemp("plans") / "catalog.csv"
    path.write_text(HEADER + "\n" + "\n".join(PLAN_ROWS) + "\n", encoding="utf-8")
    return read_catalog_files([path])


def priced(catalog, plans, workload=None, reference=None, **kw):
    workload = workload or Workload(600e6, 200e6)
    result = compare(catalog, workload, dt.date(2026, 9, 1), DAY, fx=FX, reference=reference)
    return add_plan_rows(result, PlanSet(tuple(plans), **kw))


def rows_by_id(comparison):
    return {r["model_id"]: r for r in comparison.frame.to_dict(orient="records")}


def test_mix_is_share_weighted_sum_of_model_costs(catalog):
    plan = RoutingPlan("mix", (("deepseek-v4-pro", 0.7), ("qwen3-max", 0.3)))
    result = rows_by_id(priced(catalog, [plan], reference="gpt-x"))
    ds, qw = result["deepseek-v4-pro"]["current_cost"], result["qwen3-max"]["current_cost"]
    assert ds == pytest.approx(600 * 4.5 + 200 * 13.5)  # 5,400
    assert qw == pytest.approx(600 * 2.5 + 200 * 10)  # 3,500
    mix = result["mix"]
    assert mix["current_cost"] == pytest.approx(0.7 * 5400 + 0.3 * 3500)
    assert mix["current_status"] == "priced" and mix["vendor"] == "Routing plan"
    assert mix["model_name"] == "mix (70% deepseek-v4-pro + 30% qwen3-max)"
    assert mix["vendor_cn"] == "路由方案"
    # the reference (a USD model converted at 7.0) is compared with the plan too
    ref = (600 * 1 + 200 * 4) * 7.0
    assert mix["savings_vs_reference"] == pytest.approx(ref - mix["current_cost"])


def test_mix_uses_the_currency_conversion_of_each_member(catalog):
    plan = RoutingPlan("half", (("gpt-x", 0.5), ("qwen3-max", 0.5)))
    result = rows_by_id(priced(catalog, [plan]))
    assert result["half"]["current_cost"] == pytest.approx(0.5 * 1400 * 7.0 + 0.5 * 3500)


def test_unknown_member_makes_the_plan_unknown_never_zero(catalog):
    plan = RoutingPlan("risky", (("mystery", 0.2), ("qwen3-max", 0.8)))
    result = rows_by_id(priced(catalog, [plan]))
    assert result["mystery"]["current_status"] == "unknown"
    assert result["risky"]["current_status"] == "unknown"
    assert np.isnan(result["risky"]["current_cost"])


def test_not_offered_member_and_free_members(catalog):
    plans = [RoutingPlan("early", (("future", 0.5), ("qwen3-max", 0.5))),
             RoutingPlan("gratis", (("free-lite", 1.0),)),
             RoutingPlan("part-free", (("free-lite", 0.5), ("qwen3-max", 0.5)))]
    result = rows_by_id(priced(catalog, plans))
    assert result["early"]["current_status"] == "not_offered"
    assert np.isnan(result["early"]["current_cost"])
    assert result["gratis"]["current_status"] == "free" and result["gratis"]["current_cost"] == 0
    assert result["part-free"]["current_status"] == "priced"
    assert result["part-free"]["current_cost"] == pytest.approx(1750)


def test_zero_share_member_does_not_count(catalog):
    plan = RoutingPlan("only-qwen", (("mystery", 0.0), ("qwen3-max", 1.0)))
    assert rows_by_id(priced(catalog, [plan]))["only-qwen"]["current_cost"] == pytest.approx(3500)


def test_row_kinds_and_keep(catalog):
    plan = RoutingPlan("mix", (("deepseek-v4-pro", 0.5), ("qwen3-max", 0.5)))
    base = compare(catalog, Workload(1e6, 1e6), DAY, DAY, fx=FX,
                   models=["deepseek-v4-pro", "qwen3-max", "gpt-x"])
    result = add_plan_rows(base, PlanSet((plan,)), keep=["gpt-x"])
    assert list(result.arrays["model_id"]) == ["gpt-x", "mix"]
    assert list(row_kinds(result)) == ["model", "plan"]
    assert list(row_kinds(base)) == ["model"] * 3
    assert add_plan_rows(base, PlanSet()) is base


@pytest.mark.parametrize("shares, message", [
    ((("a", 0.7), ("b", 0.2)), "shares sum to 0.9, not 1"),
    ((("a", 0.7), ("b", 0.3 + 2e-9)), "not 1"),
    ((("a", 1.5), ("b", -0.5)), "between 0 and 1"),
    ((), "at least one model"),
    ((("a", 0.5), ("a", 0.5)), "listed twice"),
    ((("a", float("nan")),), "must be a number"),
])
def test_invalid_shares(shares, message):
    with pytest.raises(PlanError, match=message) as err:
        RoutingPlan("p", shares)
    assert err.value.field == "shares"


def test_shares_within_tolerance_are_accepted():
    RoutingPlan("p", (("a", 0.1), ("b", 0.2), ("c", 0.7 + 5e-10)))


@pytest.mark.parametrize("name", ["", "  ", " padded", "a=b", "x" * 61])
def test_invalid_names(name):
    with pytest.raises(PlanError) as err:
        RoutingPlan(name, (("a", 1.0),))
    assert err.value.field == "name"


def test_duplicate_and_clashing_names(catalog):
    plan = RoutingPlan("p", (("qwen3-max", 1.0),))
    with pytest.raises(PlanError, match="two plans are named"):
        PlanSet((plan, plan))
    with pytest.raises(PlanError, match="already a model id"):
        priced(catalog, [RoutingPlan("qwen3-max", (("gpt-x", 1.0),))])
    with pytest.raises(PlanError, match="unknown model id 'nope'"):
        priced(catalog, [RoutingPlan("p", (("nope", 1.0),))])


# ---------------------------------------------------------------------- budget over time
def test_issue_example_plan_a_passes_50k_in_month_10(catalog):
    """Plan A: DeepSeek V4 Pro (off-peak 4.5/13.5), +30 % a month; plan B: Qwen3-Max
    (2.5/10), +10 % a month; 600M input and 200M output tokens in month 1; ¥50,000."""
    plans = (RoutingPlan("A", (("deepseek-v4-pro", 1.0),), growth=0.30),
             RoutingPlan("B", (("qwen3-max", 1.0),), growth=0.10))
    plan_set = PlanSet(plans, budget=50_000)
    result = priced(catalog, plans, budget=50_000)
    projection = project_plans(result, plan_set, 36, 0.0)
    view = BudgetView.of(projection, plan_set.budget)
    ids = list(projection.model_ids)
    a, b = ids.index("A"), ids.index("B")
    assert projection.current_monthly[a, 0] == pytest.approx(5400)
    assert projection.current_monthly[a, 8] == pytest.approx(5400 * 1.3 ** 8)  # 44,049
    assert projection.current_monthly[a, 9] == pytest.approx(5400 * 1.3 ** 9)  # 57,264
    assert view.first_over[a] == 10 and view.runway[a] == 9
    assert view.first_over[b] == 29  # 3,500 x 1.1^28 = 50,270
    # the models themselves use the scenario growth (0 here): never over
    assert view.first_over[ids.index("qwen3-max")] == 0
    assert view.runway[ids.index("qwen3-max")] == 36
    np.testing.assert_allclose(view.budget_line(projection.months[:3], cumulative=True),
                               [50_000, 100_000, 150_000])


def test_first_month_over_ignores_unknown_months():
    monthly = np.array([[1, 2, 3], [np.nan, np.nan, np.nan], [5, 5, 5]], float)
    assert list(first_month_over(monthly, 2.5)) == [3, 0, 1]
    assert list(first_month_over(monthly, None)) == [0, 0, 0]
    assert list(first_month_over(monthly, 5)) == [0, 0, 0]  # at the budget is not over


# ---------------------------------------------------------------------- properties
PROPERTY = settings(max_examples=60, deadline=None)
weights = st.lists(st.floats(min_value=0.01, max_value=1), min_size=1, max_size=4)


@PROPERTY
@given(weights, st.floats(min_value=0, max_value=1e12), st.floats(min_value=0, max_value=1e12),
       st.floats(min_value=1, max_value=1000))
def test_mix_properties(catalog, raw, inp, out, k):
    members = ["deepseek-v4-pro", "qwen3-max", "gpt-x", "free-lite"][:len(raw)]
    total = sum(raw)
    shares = [w / total for w in raw]
    shares[-1] = 1.0 - sum(shares[:-1])  # exact complement: within the tolerance
    plan = RoutingPlan("p", tuple(zip(members, shares, strict=True)))
    one = rows_by_id(priced(catalog, [plan], Workload(inp, out)))
    many = rows_by_id(priced(catalog, [plan], Workload(inp * k, out * k)))
    costs = [one[m]["current_cost"] for m in members]
    # the plan lies between its cheapest and its dearest member
    assert (min(costs) * (1 - 1e-9) - 1e-9 <= one["p"]["current_cost"]
            <= max(costs) * (1 + 1e-9) + 1e-9)
    # and grows with the volume (linearly, as each member does)
    assert many["p"]["current_cost"] >= one["p"]["current_cost"] * (1 - 1e-12)
    assert many["p"]["current_cost"] == pytest.approx(one["p"]["current_cost"] * k, rel=1e-9,
                                                      abs=1e-9)
