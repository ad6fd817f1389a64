from __future__ import annotations

import math

import pytest

from calculator.engine import FxRate, Workload, WorkloadError
from calculator.engine.errors import EngineError


def test_from_requests():
    # 2,000 requests/day x 30 days = 60,000 requests; x 1,500 in / 300 out tokens
    w = Workload.from_requests(2000, 1500, 300, 30, cached_share=0.25)
    assert w.requests == 60_000
    assert w.input_tokens == 90_000_000
    assert w.output_tokens == 18_000_000
    assert w.input_per_request == 1500
    assert w.cached_tokens == 22_500_000


def test_from_users():
    # 500 users x 8 requests/day x 22 working days = 88,000 requests
    w = Workload.from_users(500, 8, 1000, 250, 22)
    assert w.requests == 88_000
    assert w.input_tokens == 88_000_000
    assert w.output_tokens == 22_000_000


@pytest.mark.parametrize("kwargs, message", [
    ({"input_tokens": -1, "output_tokens": 0}, "input_tokens must not be negative"),
    ({"input_tokens": 1, "output_tokens": math.nan}, "output_tokens must be a finite"),
    ({"input_tokens": 1, "output_tokens": 1, "cached_share": 1.5},
     "cached_share must be at most 1"),
    ({"input_tokens": 1, "output_tokens": 1, "cached_share": -0.1}, "cached_share must not be neg"),
    ({"input_tokens": 1, "output_tokens": 1, "requests": 0}, "requests is 0"),
    ({"input_tokens": "1", "output_tokens": 1}, "must be a number"),
])
def test_invalid_workloads(kwargs, message):
    with pytest.raises(WorkloadError, match=message):
        Workload(**kwargs)


def test_days_per_month_limit():
    with pytest.raises(WorkloadError, match="days_per_month must be at most 31"):
        Workload.from_requests(1, 1, 1, days_per_month=40)


@pytest.mark.parametrize("rate", [0, -7, math.inf, 0.14, 1000])
def test_bad_fx(rate):
    with pytest.raises(EngineError):
        FxRate(rate)


def test_fx_convert_round_trip():
    fx = FxRate(7.2)
    assert fx.convert(fx.convert(12.5, "USD", "CNY"), "CNY", "USD") == pytest.approx(12.5)
