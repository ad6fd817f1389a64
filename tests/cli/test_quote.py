"""``python -m calculator quote``: every output format and every kind of bad input."""

from __future__ import annotations

import csv
import io
import json
import math
import subprocess
import sys

import pytest

from calculator.__main__ import main

BASE = ["quote", "--input-tokens", "10M", "--output-tokens", "2M",
        "--baseline-date", "2024-05-01", "--current-date", "2024-06-01"]


def run(capsys, *extra):
    code = main(BASE + list(extra))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_contract(capsys):
    code, out, err = run(capsys, "--format", "json", "--reference", "gpt-4-turbo")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["currency"] == "CNY"
    # the shipped rate in effect at the current date (the Federal Reserve's June 2024 average)
    assert doc["fx_cny_per_usd"] == 7.2547 and doc["fx_date"] == "2024-06-01"
    assert doc["baseline_date"] == "2024-05-01" and doc["current_date"] == "2024-06-01"
    assert doc["workload"] == {"input_tokens": 10e6, "output_tokens": 2e6, "requests": None,
                               "cached_share": 0.0}
    rows = {r["model_id"]: r for r in doc["rows"]}
    assert set(rows["glm-3-turbo"]) == {
        "model_id", "vendor", "model_name", "baseline_cost", "baseline_status", "current_cost",
        "current_status", "savings", "savings_pct", "savings_vs_reference",
        "baseline_price_date", "current_price_date", "off_peak_share", "price_kind", "billed_as",
        "breakdown"}
    assert rows["glm-3-turbo"]["current_price_date"] == "2024-05-11"
    assert rows["glm-3-turbo"]["breakdown"]["input"] == 10 and rows["glm-3-turbo"]["breakdown"][
        "output"] == 2
    glm = rows["glm-3-turbo"]
    assert glm["baseline_cost"] == 60 and glm["current_cost"] == 12
    assert glm["savings"] == 48 and glm["savings_pct"] == pytest.approx(80.0)
    assert glm["savings_vs_reference"] == pytest.approx((10 * 10 + 2 * 30) * 7.2547 - 12)
    # unknown and not offered are null, never 0; free is 0
    assert rows["qwen-long"]["baseline_cost"] is None
    assert rows["qwen-long"]["baseline_status"] == "unknown"
    assert rows["doubao-pro-32k"]["baseline_status"] == "not_offered"
    assert rows["doubao-pro-32k"]["savings"] is None
    assert rows["ernie-speed-8k"]["current_cost"] == 0
    assert rows["ernie-speed-8k"]["current_status"] == "free"


def test_csv_has_same_columns_and_numbers(capsys):
    code, out, _ = run(capsys, "--format", "csv", "--models", "glm-3-turbo,qwen-long")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0])[:9] == ["model_id", "vendor", "model_name", "baseline_cost",
                                 "baseline_status", "current_cost", "current_status", "savings",
                                 "savings_pct"]
    assert "current_price_date" in rows[0] and "breakdown_cache_write" in rows[0]
    assert [r["model_id"] for r in rows] == ["glm-3-turbo", "qwen-long"]
    assert float(rows[0]["current_cost"]) == 12
    assert rows[1]["baseline_cost"] == "" and rows[1]["baseline_status"] == "unknown"


def test_table_output(capsys):
    code, out, _ = run(capsys, "--models", "glm-3-turbo,doubao-pro-32k,ernie-speed-8k",
                       "--reference", "glm-3-turbo")
    assert code == 0
    assert "Workload per month: 10,000,000 input tokens" in out
    assert "costs per month in CNY" in out
    glm = next(line for line in out.splitlines() if "glm-3-turbo " in line)
    assert "¥60.00" in glm and "¥12.00" in glm and "¥48.00" in glm and "80.0%" in glm
    doubao = next(line for line in out.splitlines() if "doubao-pro-32k" in line)
    assert "not offered" in doubao and "¥12.00" in doubao
    ernie = next(line for line in out.splitlines() if "ernie-speed-8k" in line)
    assert "(free)" in ernie


def test_usd_and_fx(capsys):
    code, out, _ = run(capsys, "--format", "json", "--currency", "USD", "--fx", "8",
                       "--models", "glm-3-turbo,gpt-4-turbo")
    doc = json.loads(out)
    rows = {r["model_id"]: r for r in doc["rows"]}
    assert doc["currency"] == "USD" and doc["fx_cny_per_usd"] == 8
    assert rows["glm-3-turbo"]["current_cost"] == pytest.approx(12 / 8)
    assert rows["gpt-4-turbo"]["current_cost"] == pytest.approx(160)


def test_amount_forms(capsys):
    code = main(["quote", "--input-tokens", "1,000万", "--output-tokens", "0.02亿",
                 "--requests", "20k", "--cached-share", "25%", "--format", "json",
                 "--models", "glm-3-turbo"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    assert doc["workload"] == {"input_tokens": 1e7, "output_tokens": 2e6, "requests": 2e4,
                               "cached_share": 0.25}


@pytest.mark.parametrize("args, fragment", [
    (["--input-tokens", "-5"], "--input-tokens: '-5' must not be negative"),
    (["--input-tokens", "lots"], "--input-tokens: 'lots' is not a number"),
    (["--output-tokens", "1e999"], "not a finite number"),
    (["--cached-share", "1.5"], "--cached-share: '1.5' is too large (at most 1)"),
    (["--cached-share", "x"], "--cached-share: 'x' is not a number"),
    (["--models", "glm-3-turbo,gpt-5-ultra"], "unknown model id 'gpt-5-ultra'"),
    (["--reference", "nope"], "unknown reference model id 'nope'"),
    (["--current-date", "2024-13-01"], "--current-date: '2024-13-01' is not a date in the"),
    (["--baseline-date", "01/05/2024"], "--baseline-date: '01/05/2024' is not a date written"),
    (["--current-date", "2262-04-12"], "--current-date: 2262-04-12 is outside the dates this "
                                       "app handles (1990-01-01 to 2200-12-31)"),
    (["--current-date", "0999-01-01"], "outside the dates"),
    (["--input-tokens", "0,28"], "write decimals with “.” (for example 0.28)"),
    (["--input-tokens", "10⁶"], "'⁶' in '10⁶' is not a digit"),
    (["--cached-share", "30%%"], "is not a number"),
    (["--fx", "1e300"], "--fx: '1e300' is too large"),
    (["--baseline-date", "2023-06-01"], "baseline date 2023-06-01 is before the first price"),
    (["--fx", "-7"], "--fx: '-7' must not be negative"),
    (["--fx", "0"], "--fx: 0 must be a positive number"),
    (["--currency", "EUR"], "invalid choice: 'EUR'"),
    (["--requests", "0"], "requests is 0"),
    (["--off-peak-share", "1.5"], "--off-peak-share: '1.5' is too large (at most 1)"),
    (["--off-peak-share", "-0.2"], "--off-peak-share: '-0.2' must not be negative"),
    (["--off-peak-share", "most"], "--off-peak-share: 'most' is not a number"),
    (["--prices", "cheapest"], "invalid choice: 'cheapest'"),
])
def test_bad_input_exits_2_with_one_line(capsys, args, fragment):
    argv = list(BASE)
    for flag, value in zip(args[::2], args[1::2], strict=True):
        if flag in argv:
            argv[argv.index(flag) + 1] = value
        else:
            argv += [flag, value]
    with pytest.raises(SystemExit) as exit_info:
        code = main(argv)
        raise SystemExit(code)
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith("quote: error: ")
    assert fragment in err
    assert "Traceback" not in err


def test_missing_required_option(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["quote", "--input-tokens", "1"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == (
        "usage: python -m calculator quote [options] (-h for help)\n"
        "quote: error: the following arguments are required: --output-tokens\n")


@pytest.mark.subprocess
def test_real_process_exit_status():
    """Through ``python -m calculator`` as users run it."""
    ok = subprocess.run([sys.executable, "-m", "calculator", *BASE, "--format", "json"],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert not math.isnan(json.loads(ok.stdout)["rows"][0]["current_cost"])
    bad = subprocess.run([sys.executable, "-m", "calculator", "quote", "--input-tokens", "-1",
                          "--output-tokens", "1"], capture_output=True, text=True)
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        "quote: error: --input-tokens: '-1' must not be negative"]


def test_json_names_the_price_age_and_sources_never_checked_today(capsys):
    code, out, _ = run(capsys, "--format", "json", "--prices", "promotion",
                       "--off-peak-share", "25%", "--models", "glm-3-turbo")
    doc = json.loads(out)
    assert code == 0 and "catalog_checked" not in doc
    assert doc["prices"] == "promotion" and doc["off_peak_share"] == 0.25
    assert doc["newest_price_date"] >= "2024-06-01"
    assert {"name": "shipped catalog", "version": "", "kind": "shipped"} in doc["price_sources"]


def test_table_says_when_each_price_took_effect(capsys):
    code, out, _ = run(capsys, "--models", "glm-3-turbo")
    assert code == 0
    assert "Newest price " in out and "prices checked" not in out.lower()
    glm = next(line for line in out.splitlines() if "glm-3-turbo " in line)
    assert "2024-05-" in glm  # the date the current price took effect
