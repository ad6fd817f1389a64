"""``quote`` with the 2026 billing dimensions: every flag, its breakdown, and every bad combination
exiting 2 with one line."""

from __future__ import annotations

import json

import pytest

from calculator.__main__ import main

BASE = ["quote", "--output-tokens", "2M", "--baseline-date", "2024-06-01",
        "--current-date", "2024-06-01", "--models", "glm-3-turbo", "--format", "json"]


def quote(capsys, *extra):
    code = main(BASE + list(extra))
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_breakdown_sums_to_the_cost(capsys):
    doc = quote(capsys, "--input-tokens", "10M", "--requests", "1000", "--cached-share", "0.3",
                "--cache-write-share", "0.2", "--reasoning-share", "0.5", "--batch-share", "0.4")
    row = doc["rows"][0]
    assert sum(row["breakdown"].values()) == pytest.approx(row["current_cost"])
    assert set(row["breakdown"]) == {"input", "cache_read", "cache_write", "output",
                                     "reasoning", "fees"}
    # glm-3-turbo has no cache, write, reasoning or batch prices: it bills like input/output
    assert row["current_cost"] == pytest.approx(12)
    assert doc["workload"]["cache_write_share"] == 0.2
    assert any("standard prices are used" in note for note in doc["notes"])


def test_input_total_from_the_request_size_mix(capsys):
    doc = quote(capsys, "--requests", "1000", "--request-sizes", "8k:0.5,12k:0.5")
    assert doc["workload"]["input_tokens"] == 10e6
    assert doc["workload"]["request_sizes"] == [[8000, 0.5], [12000, 0.5]]
    assert doc["rows"][0]["current_cost"] == pytest.approx(12)


def test_traffic_profile_and_month_are_accepted(capsys, tmp_path):
    profile = tmp_path / "week.txt"
    profile.write_text("\n".join(" ".join(["1"] * 24) for _ in range(7)))
    doc = quote(capsys, "--input-tokens", "1M", "--traffic", str(profile), "--tz",
                "Asia/Shanghai", "--month", "2026-10")
    assert doc["rows"][0]["current_status"] == "priced"


@pytest.mark.parametrize(("args", "fragment"), [
    (["--input-tokens", "1M", "--cached-share", "0.7", "--cache-write-share", "0.4"],
     "add up to more than 1"),
    (["--input-tokens", "1M", "--cache-ttl", "1d"], "invalid choice: '1d'"),
    (["--input-tokens", "1M", "--batch-share", "1.5"], "--batch-share: '1.5' is too large"),
    (["--input-tokens", "1M", "--reasoning-share", "x"], "--reasoning-share: 'x'"),
    (["--input-tokens", "1M", "--service-tier", "turbo"], "invalid choice: 'turbo'"),
    (["--input-tokens", "1M", "--searches-per-request", "1"], "needs the monthly request count"),
    (["--input-tokens", "9M", "--requests", "1000", "--request-sizes", "8k:1"],
     "request sizes give 8,000,000 input tokens a month (requests x mean size) but the input "
     "total is 9,000,000"),
    (["--requests", "1000", "--request-sizes", "8k:0.5,9k:0.4"], "the shares add up to 90%"),
    (["--requests", "1000", "--request-sizes", "8k"], "'8k' is not SIZE:SHARE"),
    (["--request-sizes", "8k:1"], "--input-tokens is required"),
    ([], "--input-tokens is required"),
    (["--input-tokens", "1M", "--month", "2026-13"], "--month: '2026-13' is not a month"),
    (["--input-tokens", "1M", "--tz", "Mars/Base"], "--tz: 'Mars/Base' is not an IANA"),
    (["--input-tokens", "1M", "--traffic", "missing-file.txt"], "--traffic: missing-file.txt"),
])
def test_bad_combinations_exit_2_with_one_line(capsys, args, fragment):
    with pytest.raises(SystemExit) as exit_info:
        raise SystemExit(main(BASE + args))
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("quote: error: ")
    assert fragment in err, err


def test_bad_traffic_file(capsys, tmp_path):
    path = tmp_path / "week.txt"
    path.write_text("1 2 3")
    with pytest.raises(SystemExit) as exit_info:
        raise SystemExit(main(BASE + ["--input-tokens", "1M", "--traffic", str(path)]))
    assert exit_info.value.code == 2
    assert "168 hourly weights" in capsys.readouterr().err
