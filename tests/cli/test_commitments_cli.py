"""``python -m calculator commitments``, the commitments CSV and the user's offers."""

from __future__ import annotations

import json

import pytest

from calculator.__main__ import main
from calculator.engine.errors import CatalogError
from calculator.formats.commitments_csv import (
    commitments_csv_text,
    parse_commitments,
    read_commitments,
)
from calculator.formats.gpu_presets import presets_csv_text, read_presets
from calculator.runtime.paths import shipped_commitments, shipped_gpus
from calculator.userfiles.plan_store import PlanStore

from .conftest import use_own_prices

HEADER = ("model_id,vendor,vendor_cn,model_name,tier,context_window,effective_from,currency,"
          "input_per_mtok,output_per_mtok,cached_input_per_mtok,status,source,checked,notes")
OFFER_HEADER = ("offer_id,vendor,name,kind,scope,models,unit,quota,price,currency,billing,"
                "validity_days,overflow,effective_from,status,source,checked,notes")
PACK = ("my-pack,Baidu AI Cloud,My pack,pack,models,t-ernie,tokens,10M,63,CNY,once,180,payg,"
        "2026-01-01,confirmed,https://example.com,2026-01-02,negotiated")


@pytest.fixture(autouse=True)
def data(tmp_path, monkeypatch):
    return use_own_prices(
        tmp_path, monkeypatch,
        HEADER + "\nt-ernie,Baidu AI Cloud,百度,T,flagship,,2026-01-01,CNY,7,7,,confirmed,"
                 "https://example.com,2026-01-01,\n")


def run(capsys, *args):
    try:
        code = main(["commitments", *args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_shipped_offers_read_and_round_trip():
    offers = read_commitments(shipped_commitments())
    vendors = {o.vendor for o in offers}
    assert {"Baidu AI Cloud", "Alibaba Cloud", "ByteDance (Volcengine)", "Zhipu AI"} <= vendors
    for offer in offers:
        assert offer.info["source"] and offer.info["checked"]
        assert offer.info["status"] in ("confirmed", "uncertain")
    again = parse_commitments(commitments_csv_text(offers))
    assert again == offers
    presets = read_presets(shipped_gpus())
    assert presets and all(p.source.startswith("https://") for p in presets)
    assert presets_csv_text(presets) == presets_csv_text(read_presets(shipped_gpus()))


def test_bad_rows_are_named_with_row_and_column():
    text = (OFFER_HEADER + "\n" + PACK.replace(",10M,", ",ten,") + "\n"
            + PACK.replace("payg", "maybe") + "\n" + PACK.replace("my-pack", "other")
            .replace(",180,", ",,") + "\n")
    with pytest.raises(CatalogError) as err:
        parse_commitments(text, "mine.csv")
    problems = err.value.problems
    assert problems[0].startswith("mine.csv: row 2, column quota: 'ten'")
    assert problems[1].startswith("mine.csv: row 3, column overflow: 'maybe'")
    assert problems[2].startswith("mine.csv: row 4, column validity_days: ''")


def test_evaluate_a_pack_on_a_model(capsys, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(OFFER_HEADER + "\n" + PACK + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "--add", str(path))
    assert code == 0 and "added 1 offer" in out
    code, out, err = run(capsys, "--input-tokens", "1.6M", "--output-tokens", "0",
                         "--row", "t-ernie", "--offers", "my-pack", "--current-date",
                         "2026-06-01", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    payg, pack = doc["options"]
    assert payg["effective_monthly"] == pytest.approx(1.6 * 7)
    # 9.6M tokens per 6-month period: one pack (63) beats 67.20 as you go, 0.4M expire
    assert pack["effective_monthly"] == pytest.approx(63 / 6)
    assert pack["waste_units"] == pytest.approx(0.8e6)
    assert pack["break_even_tokens"] == pytest.approx(1.5e6, rel=1e-3)
    assert pack["cash"][0] == pytest.approx(63) and pack["cash"][1] == 0
    assert pack["offer_status"] == "confirmed" and pack["checked"] == "2026-01-02"
    code, out, _ = run(capsys, "--remove", "my-pack")
    assert code == 0
    assert PlanStore().user_commitments() == []


def test_table_and_scope(capsys):
    code, out, _ = run(capsys, "--input-tokens", "100M", "--output-tokens", "30M",
                       "--row", "t-ernie", "--current-date", "2026-06-01")
    assert code == 0
    assert "payg" in out and "¥910.00" in out
    code, out, _ = run(capsys, "--list", "--vendor", "Zhipu AI")
    assert code == 0 and "zhipu-glm-coding-lite" in out and "baidu" not in out


@pytest.mark.parametrize("args, message", [
    (["--input-tokens", "1M", "--output-tokens", "1M", "--row", "nope"], "neither a model id"),
    (["--input-tokens", "1M", "--output-tokens", "1M", "--row", "t-ernie", "--offers", "x"],
     "unknown offer id 'x'"),
    (["--input-tokens", "1M", "--output-tokens", "1M"], "give --row"),
    (["--remove", "ghost"], "you have no offer 'ghost'"),
    (["--input-tokens", "1M", "--output-tokens", "1M", "--row", "p",
      "--plan", "p=t-ernie:0.5"], "shares sum to 0.5"),
])
def test_bad_input_exits_2_with_one_line(capsys, args, message):
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("commitments: error: ")
    assert message in err


def test_add_refuses_a_bad_file_and_keeps_yours(capsys, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text(OFFER_HEADER + "\n" + PACK + "\n", encoding="utf-8")
    assert run(capsys, "--add", str(good))[0] == 0
    bad = tmp_path / "bad.csv"
    bad.write_text(OFFER_HEADER + "\n" + PACK.replace("my-pack", "second").replace(",63,", ",-1,")
                   + "\n", encoding="utf-8")
    code, _, err = run(capsys, "--add", str(bad))
    assert code == 2 and "column price" in err
    assert [o.offer_id for o in PlanStore().user_commitments()] == ["my-pack"]
