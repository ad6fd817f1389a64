"""The attack run's command-line and file cases, one test per kind of defect."""

from __future__ import annotations

import csv
import io
import json

import pytest

from calculator.__main__ import main
from calculator.engine.scenario import Scenario
from calculator.formats.scenario_file import read_scenario, scenario_to_dict, scenario_to_json
from calculator.userfiles.store import CatalogStore

from ..engine.conftest import HEADER, row

QUOTE = ["quote", "--input-tokens", "10M", "--output-tokens", "2M",
         "--baseline-date", "2024-05-01", "--current-date", "2024-06-01"]


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("LLMCOST_DATA_DIR", str(folder))
    return folder


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error(capsys, *argv, prefix: str) -> str:
    with pytest.raises(SystemExit) as info:
        raise SystemExit(main(list(argv)))
    out, err = capsys.readouterr()
    assert info.value.code == 2 and out == "" and "Traceback" not in err
    lines = err.splitlines()
    assert lines[-1].startswith(prefix), err
    assert len(lines) == 1 or lines[0].startswith("usage: "), err
    return lines[-1]


def test_repeated_model_ids_give_one_row_each(capsys, data):
    code, out, _ = run(capsys, *QUOTE, "--models", "glm-4,gpt-4o,glm-4, gpt-4o", "--format",
                       "csv")
    assert code == 0
    assert [r["model_id"] for r in csv.DictReader(io.StringIO(out))] == ["glm-4", "gpt-4o"] or \
        sorted(r["model_id"] for r in csv.DictReader(io.StringIO(out))) == ["glm-4", "gpt-4o"]


@pytest.mark.parametrize("argv, message", [
    (["export", "x.json", "--out", ""], "export: error: --out: the path is empty"),
    (["export", " ", "--out", "o"], "export: error: scenario: the path is empty"),
    (["import-prices", ""], "import-prices: error: file: the path is empty"),
])
def test_empty_paths_are_refused(capsys, data, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    assert one_error(capsys, *argv, prefix=message.split(":")[0]) == message
    assert list(tmp_path.iterdir()) == [data] if data.exists() else list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv, fragment", [
    (["quote", "--input-tokens", "1M", "--output-tokens", "1M", "--modles", "x"],
     "unrecognized arguments: --modles x"),
    (["quote", "--input-tokens", "1M", "--output-tokens", "1M", "--model", "x"],
     "unrecognized arguments: --model x"),  # no abbreviations
    (["export", "x.json", "--out", "o", "--format", "png"], "unrecognized arguments"),
    (["import-prices", "x.csv", "--dryrun"], "unrecognized arguments: --dryrun"),
])
def test_every_subcommand_refuses_unknown_options_with_the_usage_line(capsys, data, argv,
                                                                     fragment):
    with pytest.raises(SystemExit) as info:
        main(argv)
    err = capsys.readouterr().err
    assert info.value.code == 2
    usage, error = err.splitlines()
    assert usage.startswith(f"usage: python -m calculator {argv[0]} ")
    assert fragment in error


def test_export_refuses_a_scenario_whose_models_are_not_in_the_catalog(capsys, data, tmp_path):
    scenario = tmp_path / "plan.json"
    scenario.write_text(scenario_to_json(Scenario(models=("glm-4", "my-private-llm"),
                                                  reference="ghost-model")))
    line = one_error(capsys, "export", str(scenario), "--out", str(tmp_path / "out"),
                     "--formats", "csv", prefix="export: error: ")
    assert "models not in your catalog: my-private-llm, ghost-model" in line
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("field, value, fragment", [
    ("growth", int("9" * 400), "is too large"),
    ("baseline_date", "2262-04-12", "outside the dates this app handles"),
    ("current_date", "0999-01-01", "outside the dates"),
])
def test_scenario_values_out_of_range_are_one_line(capsys, data, tmp_path, field, value,
                                                   fragment):
    document = scenario_to_dict(Scenario())
    document[field] = value
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(document))
    line = one_error(capsys, "export", str(path), "--out", str(tmp_path / "out"),
                     prefix="export: error: ")
    assert fragment in line


def test_control_characters_and_surrogates_in_a_scenario_never_reach_a_file(data, tmp_path):
    document = scenario_to_dict(Scenario(models=("glm-4",)))
    document["name"] = "Plan\u0000\u000b\u001b\u0007 \\ud800"
    raw = json.dumps(document).replace("\\\\ud800", "\\ud800")
    path = tmp_path / "plan.json"
    path.write_text(raw)
    scenario = read_scenario(path)
    assert scenario.name == "Plan\ufffd\ufffd\ufffd\ufffd \ufffd"
    scenario_to_json(scenario).encode("utf-8")  # Save and autosave can write it back


def test_a_decimal_comma_in_an_imported_csv_is_refused_not_multiplied(capsys, data, tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text(HEADER + "\n" + row("mine", inp='"0,28"') + "\n", encoding="utf-8")
    line = one_error(capsys, "import-prices", str(path), prefix="import-prices: error: ")
    assert "'0,28' is not a number" in line and "write decimals with “.”" in line
    assert not CatalogStore().user_files()


def test_an_absurd_imported_price_is_skipped_not_shown_as_infinity(capsys, data, tmp_path):
    path = tmp_path / "map.json"
    path.write_text(json.dumps({
        "x/huge": {"mode": "chat", "litellm_provider": "x", "input_cost_per_token": 1e300,
                   "output_cost_per_token": 1e-6},
        "x/ok": {"mode": "chat", "litellm_provider": "x", "input_cost_per_token": 1e-6,
                 "output_cost_per_token": 2e-6}}))
    # provider "x" is not a known vendor: it comes in only with --include-resellers
    code, out, err = run(capsys, "import-prices", str(path), "--effective-from", "2025-01-01",
                         "--include-resellers")
    assert code == 0, err
    records = CatalogStore().load().catalog.records
    assert "x/ok" in set(records["model_id"]) and "x/huge" not in set(records["model_id"])
    code, out, _ = run(capsys, *QUOTE[:5], "--models", "x/ok", "--format", "json")
    assert "inf" not in out.lower()


def test_an_import_year_before_1990_is_refused_before_anything_is_written(capsys, data,
                                                                         tmp_path):
    path = tmp_path / "map.json"
    path.write_text(json.dumps({"x/ok": {"mode": "chat", "litellm_provider": "x",
                                         "input_cost_per_token": 1e-6,
                                         "output_cost_per_token": 2e-6}}))
    line = one_error(capsys, "import-prices", str(path), "--effective-from", "0999-01-01",
                     prefix="import-prices: error: ")
    assert "0999-01-01 is outside the dates this app handles" in line
    assert not CatalogStore().user_files()


def test_quote_csv_neutralises_formulas_from_your_prices(capsys, data):
    catalog = data / "catalog"
    catalog.mkdir(parents=True)
    (catalog / "my_prices.csv").write_text(
        HEADER + "\n" + row("evil", vendor='"=HYPERLINK(""http://x"",""y"")"') + "\n"
        + row("dde", vendor="=cmd|' /C calc'!A0") + "\n" + row("at", vendor="@SUM(A1)") + "\n",
        encoding="utf-8")
    code, out, err = run(capsys, *QUOTE, "--models", "evil,dde,at", "--format", "csv")
    assert code == 0, err
    vendors = [r["vendor"] for r in csv.DictReader(io.StringIO(out))]
    assert sorted(vendors) == sorted(["'=HYPERLINK(\"http://x\",\"y\")", "'=cmd|' /C calc'!A0",
                                      "'@SUM(A1)"])
