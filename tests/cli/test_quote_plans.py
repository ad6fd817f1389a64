"""``quote`` with plans: a routing mix, a budget month, self-hosting, and malformed plans."""

from __future__ import annotations

import csv
import io
import json

import pytest

from calculator.__main__ import main

from .conftest import use_own_prices

HEADER = ("model_id,vendor,vendor_cn,model_name,tier,context_window,effective_from,currency,"
          "input_per_mtok,output_per_mtok,cached_input_per_mtok,status,source,checked,notes")
#: Explicit prices (CNY per 1M tokens) as the user's own records.
PRICES = [
    "t-deepseek-pro,DeepSeek,深度求索,V4 Pro,flagship,,2026-08-16,CNY,4.5,13.5,,confirmed,"
    "https://example.com,2026-10-17,",
    "t-qwen-max,Alibaba,阿里,Qwen3 Max,flagship,,2026-08-22,CNY,2.5,10,,confirmed,"
    "https://example.com,2026-08-22,",
    "t-unknown,Tencent,腾讯,Mystery,flagship,,2026-01-01,CNY,,3,,uncertain,"
    "https://example.com,2026-08-22,",
]
BASE = ["quote", "--input-tokens", "600M", "--output-tokens", "200M",
        "--baseline-date", "2024-05-01", "--current-date", "2026-11-01",
        "--models", "t-deepseek-pro,t-qwen-max"]


@pytest.fixture(autouse=True)
def own_prices(tmp_path, monkeypatch):
    use_own_prices(tmp_path, monkeypatch, HEADER + "\n" + "\n".join(PRICES) + "\n")


def run(capsys, *extra, base=BASE):
    try:
        code = main(list(base) + list(extra))
    except SystemExit as exit_:  # argparse refuses bad option values this way
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def rows(out):
    return {r["model_id"]: r for r in json.loads(out)["rows"]}


def test_routing_mix_row(capsys):
    code, out, err = run(capsys, "--plan", "mix=t-deepseek-pro:0.7,t-qwen-max:30%",
                         "--format", "json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    result = rows(out)
    assert result["mix"]["current_cost"] == pytest.approx(0.7 * 5400 + 0.3 * 3500)  # 4,830
    assert result["mix"]["current_status"] == "priced"
    assert result["mix"]["vendor"] == "Routing plan"
    assert result["mix"]["baseline_status"] == "not_offered"
    assert doc["plans"] == [{"name": "mix", "spec": "mix=t-deepseek-pro:0.7,t-qwen-max:0.3",
                             "shares": {"t-deepseek-pro": 0.7, "t-qwen-max": 0.3},
                             "growth": None}]
    assert "projection" not in result["mix"]


def test_plan_members_outside_models_are_priced_but_not_listed(capsys):
    code, out, _ = run(capsys, "--models", "t-qwen-max", "--plan", "p=t-deepseek-pro:1",
                       "--format", "json")
    assert code == 0
    assert list(rows(out)) == ["t-qwen-max", "p"]
    assert rows(out)["p"]["current_cost"] == pytest.approx(5400)


def test_unknown_member_is_unknown_not_zero(capsys):
    code, out, _ = run(capsys, "--plan", "p=t-unknown:0.5,t-qwen-max:0.5", "--format", "json")
    assert code == 0
    assert rows(out)["p"]["current_status"] == "unknown"
    assert rows(out)["p"]["current_cost"] is None


def test_budget_month_of_the_issue_example(capsys):
    code, out, err = run(capsys, "--plan", "A=t-deepseek-pro:1", "--plan", "B=t-qwen-max:1",
                         "--plan-growth", "A=30%", "--plan-growth", "B=10%",
                         "--budget", "5万", "--horizon", "36", "--format", "json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["budget"] == {"amount": 50000.0, "currency": "CNY", "growth": 0.0,
                             "horizon": 36}
    result = rows(out)
    assert result["A"]["first_month_over_budget"] == 10
    assert result["B"]["first_month_over_budget"] == 29
    assert result["t-qwen-max"]["first_month_over_budget"] is None  # no growth: never
    assert len(result["A"]["projection"]) == 36
    assert result["A"]["projection"][9] == pytest.approx(5400 * 1.3 ** 9)
    assert result["t-deepseek-pro"]["projection"] == [pytest.approx(5400)] * 36


def test_budget_in_csv_and_table(capsys):
    args = ["--plan", "A=t-deepseek-pro:1", "--budget", "50000", "--growth", "0.3",
            "--horizon", "12"]
    code, out, _ = run(capsys, *args, "--format", "csv")
    assert code == 0
    table = list(csv.DictReader(io.StringIO(out)))
    assert list(table[0])[-13:] == ["first_month_over_budget"] + [f"month_{m}"
                                                                  for m in range(1, 13)]
    a = next(r for r in table if r["model_id"] == "A")
    assert a["first_month_over_budget"] == "10"
    assert float(a["month_10"]) == pytest.approx(5400 * 1.3 ** 9)
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert "budget ¥50,000 a month" in out
    line = next(x for x in out.splitlines() if x.startswith("A "))
    assert line.endswith("month 10")


def test_self_hosted_small_and_very_large_volume(capsys):
    node = ("own:gpu_hourly=2.5,gpus=8,input_tps=20k,output_tps=2k,utilization=0.5,"
            "fixed_monthly=1000,currency=USD")
    small = ["quote", "--input-tokens", "10M", "--output-tokens", "1M", "--fx", "7",
             "--models", "t-qwen-max", "--current-date", "2026-11-01"]
    code, out, err = run(capsys, "--self-hosted", node, "--format", "json", base=small)
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert rows(out)["own"]["current_cost"] == pytest.approx((8 * 2.5 * 730 + 1000) * 7)
    assert rows(out)["own"]["baseline_status"] == "unknown"
    assert doc["self_hosted"][0]["replicas"] == 1
    large = ["quote", "--input-tokens", "200B", "--output-tokens", "20B", "--fx", "7",
             "--models", "t-qwen-max", "--current-date", "2026-11-01"]
    code, out, _ = run(capsys, "--self-hosted", node, "--format", "json", base=large)
    assert code == 0
    doc = json.loads(out)
    assert doc["self_hosted"][0]["replicas"] == 16
    assert rows(out)["own"]["current_cost"] == pytest.approx((16 * 8 * 2.5 * 730 + 1000) * 7)


def test_self_hosted_projection_steps_up(capsys):
    node = "own:gpu_hourly=1,gpus=1,input_tps=1k,output_tps=1k,utilization=1,currency=CNY"
    # 1.314e9 tokens = 365 replica-hours: half a replica; doubling each month
    code, out, _ = run(capsys, "--self-hosted", node, "--growth", "100%", "--horizon", "4",
                       "--format", "json",
                       base=["quote", "--input-tokens", "657M", "--output-tokens", "657M",
                             "--models", "t-qwen-max", "--current-date", "2026-11-01"])
    assert code == 0
    assert rows(out)["own"]["projection"] == [730, 730, 1460, 2920]


MALFORMED = [
    (["--plan", "p=t-deepseek-pro:0.7,t-qwen-max:0.2"], "shares sum to 0.9, not 1"),
    (["--plan", "p=t-deepseek-pro:0.5,nope:0.5"], "unknown model id 'nope'"),
    (["--plan", "=t-deepseek-pro:1"], "plan name is empty"),
    (["--plan", "p=t-deepseek-pro"], "is not MODEL:SHARE"),
    (["--plan", "p=t-deepseek-pro:half"], "is not a number"),
    (["--plan", "t-qwen-max=t-deepseek-pro:1"], "already a model id"),
    (["--plan", "p=t-qwen-max:1", "--plan", "p=t-deepseek-pro:1"], "two plans are named"),
    (["--self-hosted", "n:gpu_hourly=2,gpus=1,input_tps=0,output_tps=10,utilization=0.5"],
     "input_tps must be above 0"),
    (["--self-hosted", "n:gpu_hourly=2,gpus=1,input_tps=10,output_tps=-3,utilization=0.5"],
     "output_tps must be above 0"),
    (["--self-hosted", "n:gpu_hourly=2,gpus=1,input_tps=10,output_tps=10,utilization=0"],
     "utilization must be above 0"),
    (["--self-hosted", "n:gpu_hourly=2,gpus=1,input_tps=10,output_tps=10,utilization=-0.2"],
     "utilization must be above 0"),
    (["--self-hosted", "n:gpu_hourly=2,gpus=1,input_tps=10,output_tps=10,utilization=0.5,"
                       "currency=EUR"], "unknown currency 'EUR'"),
    (["--self-hosted", ":gpu_hourly=2,gpus=1,input_tps=10,output_tps=10,utilization=0.5"],
     "deployment name is empty"),
    (["--self-hosted", "n:gpu_hourly=2,gpus=1"], "missing input_tps, output_tps, utilization"),
    (["--plan-growth", "ghost=10%"], "no plan or deployment is named 'ghost'"),
    (["--budget", "-5"], "--budget"),
    (["--budget", "0"], "budget must be above 0"),
    (["--horizon", "0"], "--horizon"),
    (["--growth", "20"], "between -99% and 1000%"),
]


@pytest.mark.parametrize("extra, message", MALFORMED)
def test_malformed_plans_exit_2_with_one_line(capsys, extra, message):
    code, out, err = run(capsys, *extra)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("quote: error: ")
    assert message in err


def test_self_hosted_break_even_against_each_model(capsys):
    node = ("own:gpu_hourly=1,gpus=1,input_tps=1M,output_tps=100k,utilization=1,"
            "currency=CNY")
    code, out, _ = run(capsys, "--self-hosted", node, "--format", "json")
    assert code == 0
    hosted = json.loads(out)["self_hosted"][0]
    # one replica costs 730 a month and carries about 1,000 such workloads; the API costs
    # 3,500 (Qwen) and 5,400 (DeepSeek) per 800M tokens: the node wins from 730 / cost
    assert hosted["break_even_tokens"]["t-qwen-max"] == pytest.approx(730 / 3500 * 800e6)
    assert hosted["break_even_tokens"]["t-deepseek-pro"] == pytest.approx(730 / 5400 * 800e6)
    assert set(hosted["break_even_tokens"]) == {"t-deepseek-pro", "t-qwen-max"}
