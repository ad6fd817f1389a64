"""Issue 13 "Done when", end to end through ``quote``: a held-out set of models, each with one
billing dimension, priced exactly for each flag (numbers worked out by hand below);
DeepSeek V4 Pro of the shipped catalog under a flat profile costs what counting October
2026's peak hours on the Beijing calendar gives (counted here from the ``holidays``
package, not with the engine's calendar); every bad combination exits 2 with one line."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import holidays
import pytest

from calculator.__main__ import main

from ..engine.conftest import row
from ..engine.test_schema_2026 import FULL, opt
from .conftest import use_own_prices

# Held out: these ids are in no other test and not in the shipped catalog. CNY, so no rate.
HELD_OUT = [
    row("h-cache", "2026-01-01", inp="3", out="15", cached="0.3",
        extra=opt(cache_write_per_mtok="3.75", cache_write_1h_per_mtok="6")),
    row("h-batch", "2026-01-01", inp="2", out="8"),
    row("h-batch", "2026-01-01", inp="1", out="4", extra=opt(variant="batch")),
    row("h-tier", "2026-01-01", inp="1.25", out="10"),
    row("h-tier", "2026-01-01", inp="0.625", out="5", extra=opt(variant="flex")),
    row("h-tier", "2026-01-01", inp="2.5", out="20", extra=opt(variant="priority")),
    row("h-reason", "2026-01-01", inp="2.5", out="10", extra=opt(reasoning_per_mtok="40")),
    row("h-search", "2026-01-01", inp="1", out="2", extra=opt(search_per_k="5")),
    row("h-long", "2026-01-01", inp="2.5", out="10"),
    row("h-long", "2026-01-01", inp="4", out="16", extra=opt(above_input_tokens="32000")),
    row("h-long", "2026-01-01", inp="7", out="28", extra=opt(above_input_tokens="128000")),
    row("h-band", "2026-10-17", inp="4.5", out="13.5",
        extra=opt(band="off_peak", schedule="deepseek-2026-10-17")),
    row("h-band", "2026-10-17", inp="9", out="27",
        extra=opt(band="peak", schedule="deepseek-2026-10-17")),
]
BASE = ["quote", "--currency", "CNY", "--baseline-date", "2026-11-30",
        "--current-date", "2026-11-30", "--format", "json"]
TOKENS = ["--input-tokens", "10M", "--output-tokens", "2M"]


@pytest.fixture(autouse=True)
def own_prices(tmp_path, monkeypatch):
    use_own_prices(tmp_path, monkeypatch, FULL + "\n" + "\n".join(HELD_OUT) + "\n")


def quote(capsys, model: str, *flags: str, tokens=TOKENS) -> dict:
    code = main([*BASE, "--models", model, *tokens, *flags])
    out, err = capsys.readouterr()
    assert code == 0, err
    (result,) = json.loads(out)["rows"]
    assert result["current_status"] == "priced"
    assert sum(result["breakdown"].values()) == pytest.approx(result["current_cost"])
    return result


# 10M input and 2M output a month unless said otherwise
@pytest.mark.parametrize(("model", "flags", "cost", "parts"), [
    # no flag: every model at its plain input and output prices
    ("h-cache", [], 10 * 3 + 2 * 15, {"input": 30, "output": 30}),
    # 50% reads, 20% writes: 3M x 3 + 5M x 0.3 + 2M x 3.75 (5 minutes) + 2M x 15
    ("h-cache", ["--cached-share", "0.5", "--cache-write-share", "0.2"], 9 + 1.5 + 7.5 + 30,
     {"input": 9, "cache_read": 1.5, "cache_write": 7.5}),
    # the 1-hour TTL: writes at 6
    ("h-cache", ["--cached-share", "0.5", "--cache-write-share", "0.2", "--cache-ttl", "1h"],
     9 + 1.5 + 12 + 30, {"cache_write": 12}),
    # a quarter through batch: 0.75 x (20 + 16) + 0.25 x (10 + 8)
    ("h-batch", ["--batch-share", "0.25"], 0.75 * 36 + 0.25 * 18, {}),
    ("h-batch", ["--batch-share", "1"], 18, {"input": 10, "output": 8}),
    # service tiers: 10 x 1.25 + 2 x 10 standard; flex half; priority double
    ("h-tier", ["--service-tier", "standard"], 32.5, {}),
    ("h-tier", ["--service-tier", "flex"], 6.25 + 10, {}),
    ("h-tier", ["--service-tier", "priority"], 25 + 40, {}),
    # 60% of the output is reasoning: 10 x 2.5 + 0.8M x 10 + 1.2M x 40
    ("h-reason", ["--reasoning-share", "0.6"], 25 + 8 + 48,
     {"input": 25, "output": 8, "reasoning": 48}),
    # 2,000 requests x 1.5 searches at ¥5 per 1,000: ¥15 on top of 10 + 4
    ("h-search", ["--requests", "2000", "--searches-per-request", "1.5"], 14 + 15,
     {"fees": 15}),
    # the off-peak share set by hand: 0.75 x (90 + 54) + 0.25 x (45 + 27)
    ("h-band", ["--off-peak-share", "0.25"], 0.75 * 144 + 0.25 * 72, {}),
])
def test_each_held_out_model_is_priced_exactly_for_its_flag(capsys, model, flags, cost, parts):
    result = quote(capsys, model, *flags)
    assert result["current_cost"] == pytest.approx(cost)
    for part, value in parts.items():
        assert result["breakdown"][part] == pytest.approx(value)


def test_whole_request_tiers_priced_per_bucket_of_the_size_mix(capsys):
    # 1,000 requests: 600 of 8k, 300 of 64k, 100 of 200k input (44M in all); 2k output each
    result = quote(capsys, "h-long", "--requests", "1000", "--request-sizes",
                   "8k:0.6,64k:0.3,200k:0.1", tokens=["--output-tokens", "2M"])
    by_hand = (600 * (8_000 * 2.5 + 2_000 * 10)  # below 32k: 2.5 / 10
               + 300 * (64_000 * 4 + 2_000 * 16)  # 32k-128k: 4 / 16
               + 100 * (200_000 * 7 + 2_000 * 28)) / 1e6  # above 128k: 7 / 28
    assert by_hand == pytest.approx(256.0)
    assert result["current_cost"] == pytest.approx(by_hand)
    # the same total given with the mix agrees; an average 44k request would cost 44 x 4 + 32
    same = quote(capsys, "h-long", "--requests", "1000", "--request-sizes",
                 "8k:0.6,64k:0.3,200k:0.1", tokens=["--input-tokens", "44M",
                                                    "--output-tokens", "2M"])
    assert same["current_cost"] == pytest.approx(by_hand)
    average = quote(capsys, "h-long", "--requests", "1000",
                    tokens=["--input-tokens", "44M", "--output-tokens", "2M"])
    assert average["current_cost"] == pytest.approx(44 * 4 + 2 * 16)


def beijing_working_days(year: int, month: int) -> list[dt.date]:
    """Days DeepSeek bills peak hours on: Monday to Friday and the make-up working days,
    minus the statutory holidays, from the ``holidays`` package's China calendar."""
    china = holidays.China(years=year)
    makeup = set(getattr(china, "weekend_workdays", ()))
    day, days = dt.date(year, month, 1), []
    while day.month == month:
        if (day.weekday() < 5 or day in makeup) and day not in china:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def test_deepseek_v4_pro_flat_profile_is_the_months_beijing_peak_hours(capsys, monkeypatch):
    monkeypatch.delenv("LLMCOST_DATA_DIR")  # the shipped catalog only
    working = beijing_working_days(2026, 10)
    # by hand: 22 weekdays, five of them National Day holidays (1, 2, 5, 6, 7 October), and
    # Saturday 10 October worked in exchange
    assert len(working) == 22 - 5 + 1 == 18
    assert dt.date(2026, 10, 10) in working and dt.date(2026, 10, 5) not in working
    peak = len(working) * 7  # 09:00-12:00 and 14:00-18:00
    hours = 31 * 24
    code = main(["quote", "--models", "deepseek-v4-pro", "--current-date", "2026-10-20",
                 "--baseline-date", "2026-10-20", "--input-tokens", str(hours * 1_000_000),
                 "--output-tokens", "0", "--traffic", "flat", "--tz", "Asia/Shanghai",
                 "--month", "2026-10", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    doc = json.loads(out)
    (result,) = doc["rows"]
    # one million input tokens an hour: ¥9 in a peak hour, ¥4.5 in any other
    assert result["current_cost"] == pytest.approx(peak * 9 + (hours - peak) * 4.5)
    assert result["current_cost"] == pytest.approx(3915)
    assert result["off_peak_share"] == pytest.approx(1 - peak / hours)
    assert any("flat traffic profile (Asia/Shanghai) over 2026-10" in n for n in doc["notes"])


BAD = [
    # cached and written shares above 1
    (["--input-tokens", "1M", "--cached-share", "0.7", "--cache-write-share", "0.4"],
     "add up to more than 1"),
    # request sizes 1.1% off the input total (1,000 x 8k = 8M against 8.09M)
    (["--input-tokens", "8.09M", "--requests", "1000", "--request-sizes", "8k:1"],
     "request sizes give 8,000,000 input tokens a month"),
    # searches without a request count
    (["--input-tokens", "1M", "--searches-per-request", "1"], "needs the monthly request count"),
    # an unknown service tier
    (["--input-tokens", "1M", "--service-tier", "turbo"], "invalid choice: 'turbo'"),
]


@pytest.mark.parametrize(("flags", "fragment"), BAD)
def test_bad_combinations_exit_2_with_one_line_from_the_command(flags, fragment):
    done = subprocess.run([sys.executable, "-m", "calculator", "quote", "--output-tokens", "1M",
                           "--models", "glm-4", *flags], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert fragment in done.stderr, done.stderr


def test_sizes_within_one_percent_of_the_input_total_are_accepted(capsys):
    result = quote(capsys, "h-batch", "--requests", "1000", "--request-sizes", "8k:1",
                   tokens=["--input-tokens", "8.07M", "--output-tokens", "0"])
    assert result["current_cost"] == pytest.approx(8.07 * 2)


def shipped_v4_pro(capsys, monkeypatch, *flags: str) -> dict:
    monkeypatch.delenv("LLMCOST_DATA_DIR")  # the shipped catalog only
    code = main(["quote", "--models", "deepseek-v4-pro", "--input-tokens", "100M",
                 "--output-tokens", "20M", *flags, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_without_traffic_flags_quote_prices_a_flat_month_like_the_window(capsys, monkeypatch):
    """No --traffic: the flat profile over the month of the date priced in the system's time
    zone, with the holiday calendar (a new scenario in the window prices the same), so the
    National Day holidays bill off-peak."""
    # the system's time zone, as this computer would report it
    monkeypatch.setattr("calculator.cli.billing_options.local_zone", lambda: "Asia/Shanghai")
    dates = ["--current-date", "2026-10-20", "--baseline-date", "2026-10-20"]
    default = shipped_v4_pro(capsys, monkeypatch, *dates)
    monkeypatch.setenv("LLMCOST_DATA_DIR", "unused")
    flat = shipped_v4_pro(capsys, monkeypatch, *dates, "--traffic", "flat", "--tz",
                          "Asia/Shanghai", "--month", "2026-10")
    assert default["rows"][0]["current_cost"] == pytest.approx(flat["rows"][0]["current_cost"])
    peak = len(beijing_working_days(2026, 10)) * 7
    assert default["rows"][0]["off_peak_share"] == pytest.approx(1 - peak / (31 * 24))
    assert any("flat traffic profile (Asia/Shanghai) over 2026-10" in n
               for n in default["notes"])


def test_business_hours_in_beijing_cost_more_than_flat_and_say_so(capsys, monkeypatch):
    """At 2026-11-30 (no holiday in November; 21 working days): business hours in Beijing put
    7 of 9 hours of each working day in DeepSeek's peak, a flat week 147 of 720 hours."""
    dates = ["--current-date", "2026-11-30", "--baseline-date", "2026-11-30"]
    business = shipped_v4_pro(capsys, monkeypatch, *dates, "--traffic", "business", "--tz",
                              "Asia/Shanghai")
    monkeypatch.setenv("LLMCOST_DATA_DIR", "unused")
    flat = shipped_v4_pro(capsys, monkeypatch, *dates, "--traffic", "flat", "--tz",
                          "Asia/Shanghai")
    assert len(beijing_working_days(2026, 11)) == 21
    at = {"peak": 100 * 9 + 20 * 27, "off_peak": 100 * 4.5 + 20 * 13.5}  # ¥1,440 and ¥720
    b, f = business["rows"][0], flat["rows"][0]
    assert b["off_peak_share"] == pytest.approx(2 / 9)
    assert b["current_cost"] == pytest.approx(7 / 9 * at["peak"] + 2 / 9 * at["off_peak"])
    assert f["off_peak_share"] == pytest.approx(1 - 147 / 720)
    assert f["current_cost"] == pytest.approx(147 / 720 * at["peak"]
                                              + (1 - 147 / 720) * at["off_peak"])
    assert b["current_cost"] > f["current_cost"]
    assert any("business-hours traffic profile (Asia/Shanghai) over 2026-11, on the vendor's "
               "clock and holiday calendar" in n and "22.2%" in n for n in business["notes"])
