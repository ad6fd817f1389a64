"""Hand-computed monthly costs before and after each vendor's May 2024 move.

Workload for every case: 10M input and 2M output tokens a month, no cache,
baseline 2024-05-01, current 2024-06-01, costs in CNY. Prices are CNY per 1M
tokens (the reference quotes CNY per 1k: 0.0008/1k = 0.8/1M). Each expected
value is written as the arithmetic a reviewer can redo by hand.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

from calculator.engine import Workload, compare

IN, OUT = 10, 2  # millions of tokens per month
NA = None  # unknown or not offered: no number at all


@pytest.fixture(scope="module")
def may(seeds, seed_fx):
    w = Workload(IN * 1e6, OUT * 1e6)
    return compare(seeds, w, dt.date(2024, 5, 1), dt.date(2024, 6, 1),
                   fx=seed_fx).frame.set_index("model_id")


CASES = [
    # DeepSeek-V2 (05-06): list price unchanged at 1 in / 2 out
    ("deepseek-chat", IN * 1 + OUT * 2, IN * 1 + OUT * 2, "priced", "priced"),
    # Zhipu GLM-3-Turbo (05-11): 5/5 -> 1/1, "5x" cut
    ("glm-3-turbo", IN * 5 + OUT * 5, IN * 1 + OUT * 1, "priced", "priced"),
    # GLM-4 not cut: 100/100
    ("glm-4", IN * 100 + OUT * 100, IN * 100 + OUT * 100, "priced", "priced"),
    # ByteDance Doubao-pro-32k (launched 05-15): 0.0008/1k = 0.8/1M in, 2/1M out
    ("doubao-pro-32k", NA, IN * 0.8 + OUT * 2, "not_offered", "priced"),
    ("doubao-lite-32k", NA, IN * 0.3 + OUT * 0.6, "not_offered", "priced"),
    # Alibaba (05-21): Qwen-Long input 20 -> 0.5 (-97%), pre-cut output unknown
    ("qwen-long", NA, IN * 0.5 + OUT * 2, "unknown", "priced"),
    ("qwen-max", IN * 120 + OUT * 120, IN * 40 + OUT * 120, "priced", "priced"),
    ("qwen-turbo", IN * 8 + OUT * 8, IN * 2 + OUT * 6, "priced", "priced"),
    # Baidu (05-21): ERNIE Speed / Lite free; ERNIE-4.0 not cut
    ("ernie-speed-8k", IN * 4 + OUT * 8, 0, "priced", "free"),
    ("ernie-lite-8k", IN * 3 + OUT * 6, 0, "priced", "free"),
    ("ernie-4.0-8k", IN * 120 + OUT * 120, IN * 120 + OUT * 120, "priced", "priced"),
    # iFlytek (05-22): Spark Lite free forever, pre-cut unknown; Max "as low as" 0.21/10k
    ("spark-lite", NA, 0, "unknown", "free"),
    ("spark-max", NA, IN * 21 + OUT * 21, "unknown", "priced"),
    # Tencent (05-22): hunyuan-pro input 100 -> 30; standard-256k 120/120 -> 15/60; lite free
    ("hunyuan-pro", IN * 100 + OUT * 100, IN * 30 + OUT * 100, "priced", "priced"),
    ("hunyuan-standard-256k", IN * 120 + OUT * 120, IN * 15 + OUT * 60, "priced", "priced"),
    ("hunyuan-lite", NA, 0, "unknown", "free"),
    # Moonshot did not cut: 12/12
    ("moonshot-v1-8k", IN * 12 + OUT * 12, IN * 12 + OUT * 12, "priced", "priced"),
    # OpenAI reference, billed in USD: $10/$30 per 1M, shown in CNY at 7.2 CNY/USD
    ("gpt-4-turbo", (IN * 10 + OUT * 30) * 7.2, (IN * 10 + OUT * 30) * 7.2, "priced", "priced"),
]


@pytest.mark.parametrize("model, before, after, before_status, after_status", CASES,
                         ids=[c[0] for c in CASES])
def test_may_2024(may, model, before, after, before_status, after_status):
    row = may.loc[model]
    assert row["baseline_status"] == before_status
    assert row["current_status"] == after_status
    if before is NA:
        assert math.isnan(row["baseline_cost"])
    else:
        assert row["baseline_cost"] == pytest.approx(before, rel=1e-12)
    assert row["current_cost"] == pytest.approx(after, rel=1e-12)


def test_headline_claims(may, seeds, seed_fx):
    # Doubao-pro input 0.8 vs the 120 "industry" price: 99.3 % cheaper
    assert 1 - 0.8 / 120 == pytest.approx(0.9933, abs=1e-4)
    # GLM-3-Turbo: savings 80 %
    assert may.loc["glm-3-turbo", "savings_pct"] == pytest.approx(0.8)
    # DeepSeek-V2 about 1/100 of GPT-4 Turbo for this mix: 14 / 1152 = 1/82
    ratio = may.loc["deepseek-chat", "current_cost"] / may.loc["gpt-4-turbo", "current_cost"]
    assert ratio == pytest.approx(14 / 1152)


def test_later_changes(seeds, seed_fx):
    # deepseek-chat on V3.2-Exp (2025-09-29): 2 in, 0.2 cache hit, 3 out.
    # Half of 10M input cached: 5 x 2 + 5 x 0.2 + 2 x 3 = 10 + 1 + 6 = 17
    w = Workload(IN * 1e6, OUT * 1e6, cached_share=0.5)
    f = compare(seeds, w, dt.date(2024, 5, 1), dt.date(2025, 10, 15),
                fx=seed_fx).frame.set_index("model_id")
    assert f.loc["deepseek-chat", "current_cost"] == pytest.approx(5 * 2 + 5 * 0.2 + 2 * 3)
    # qwen-max as Qwen2.5-Max (2025-01): 2.4 / 9.6 per 1M: 10 x 2.4 + 2 x 9.6 = 43.2
    assert f.loc["qwen-max", "current_cost"] == pytest.approx(10 * 2.4 + 2 * 9.6)
    # GLM-4-Flash launched 2024-06-05 at 0.1/0.1 and became free on 2024-08-27
    assert f.loc["glm-4-flash", "current_status"] == "free"
