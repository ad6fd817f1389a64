"""The user's catalog: imports that can be removed, own prices, discounts, restore."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from calculator.engine import CatalogError, FxRate, Workload, compare
from calculator.formats.litellm_import import read_litellm_file
from calculator.userfiles.store import CatalogStore, record_from_fields

FIXTURE = Path(__file__).parent / "fixtures" / "litellm" / "chat_map.json"
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def store(tmp_path):
    return CatalogStore(tmp_path / "catalog")


def price(store, model_id, date=dt.date(2026, 11, 27), **kw):
    catalog = store.load().catalog
    frame = compare(catalog, Workload(1e6, 0), date, date, fx=FxRate(7.0), currency="USD",
                    models=(model_id,), **kw).frame
    return frame.loc[0, "current_cost"]


def test_empty_store_is_the_shipped_catalog(store):
    result = store.load()
    assert result.problems == [] and result.discounts == {}
    assert "qwen-long" in result.catalog and len(result.catalog) == 103


def test_import_can_be_removed_again(store):
    imported = read_litellm_file(FIXTURE, TODAY, TODAY).records
    path = store.import_records(imported, "chat_map")
    assert path.parent == store.imports_dir and path.suffix == ".csv"
    assert "openai/fixture-gpt-4o" in store.load().catalog
    assert [info.models for info in store.imports()] == [imported["model_id"].nunique()]
    store.remove_import(path)
    assert "openai/fixture-gpt-4o" not in store.load().catalog


def test_own_price_overrides_the_shipped_one_from_its_date(store):
    fields = {"model_id": "gpt-4o", "vendor": "OpenAI", "model_name": "GPT-4o",
              "effective_from": "2026-01-01", "currency": "USD", "input_per_mtok": "1.5",
              "output_per_mtok": "6", "status": "confirmed",
              "source": "Enterprise agreement 2026", "notes": "negotiated"}
    store.add_records(record_from_fields(fields))
    assert price(store, "gpt-4o", dt.date(2025, 12, 31)) == pytest.approx(2.5)
    assert price(store, "gpt-4o") == pytest.approx(1.5)
    assert store.remove_user_record("gpt-4o", dt.date(2026, 1, 1))
    assert price(store, "gpt-4o") == pytest.approx(2.5)
    assert not store.user_file.exists()


def test_custom_model(store):
    fields = {"model_id": "acme/private-llama", "vendor": "Private deployment",
              "model_name": "Llama 70B (on-prem)", "effective_from": "2025-01-01",
              "currency": "CNY", "input_per_mtok": "0.3", "output_per_mtok": "0.3",
              "status": "uncertain", "source": "our GPU cost estimate"}
    store.add_records(record_from_fields(fields))
    catalog = store.load().catalog
    assert catalog.models.loc["acme/private-llama", "vendor"] == "Private deployment"


@pytest.mark.parametrize("field, value, message", [
    ("input_per_mtok", "-1", "column input_per_mtok: '-1' is negative"),
    ("currency", "EUR", "column currency: 'EUR' is not a known currency"),
    ("effective_from", "tomorrow", "column effective_from: 'tomorrow' is not a date"),
    ("model_id", "", "column model_id: '' is empty"),
])
def test_typed_record_is_validated_field_by_field(field, value, message):
    fields = {"model_id": "m", "vendor": "V", "model_name": "M", "effective_from": "2026-01-01",
              "currency": "USD", "input_per_mtok": "1", "output_per_mtok": "1",
              "status": "confirmed", "source": "s", field: value}
    with pytest.raises(CatalogError) as err:
        record_from_fields(fields)
    assert err.value.problems[0].startswith(message)


def test_discounts(store):
    store.set_discount("OpenAI", 0.2)
    assert store.discounts() == {"OpenAI": 0.2}
    assert price(store, "gpt-4o", discounts=store.discounts()) == pytest.approx(2.5 * 0.8)
    store.set_discount("OpenAI", 0)
    assert store.discounts() == {}
    with pytest.raises(CatalogError):
        store.set_discount("OpenAI", 1.5)


def test_damaged_user_files_are_left_out_and_named(store):
    store.imports_dir.mkdir(parents=True)
    (store.imports_dir / "20260101-000000-bad.csv").write_bytes(b"\x00\x01garbage")
    store.discounts_file.write_text("{not json")
    result = store.load()
    assert len(result.catalog) == 103
    assert any("bad.csv" in p and "not a text file" in p for p in result.problems)
    assert any("discounts.json" in p for p in result.problems)


def test_restore_shipped_prices(store):
    store.import_records(read_litellm_file(FIXTURE, TODAY, TODAY).records, "x")
    store.set_discount("OpenAI", 0.1)
    assert store.has_changes()
    store.restore_shipped()
    assert not store.has_changes()
    assert len(store.load().catalog) == 103


def test_remove_import_refuses_other_files(store, tmp_path):
    with pytest.raises(CatalogError):
        store.remove_import(tmp_path / "elsewhere.csv")


def run_cli(*args, data_dir):
    env = {"LLMCOST_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"}
    import os

    env = {**os.environ, **env}
    return subprocess.run([sys.executable, "-m", "calculator", *args], capture_output=True,
                          text=True, env=env)


@pytest.mark.subprocess
def test_import_prices_command(tmp_path):
    dry = run_cli("import-prices", str(FIXTURE), "--dry-run", data_dir=tmp_path)
    assert dry.returncode == 0, dry.stderr
    # fireworks_ai is a reseller (left out unless asked); deepseek-chat retires 2026-07-24
    assert "12 models added, 0 updated, 0 unchanged, 5 skipped, 1 retired" in dry.stdout
    assert "dry run: nothing written" in dry.stdout
    assert not (tmp_path / "catalog").exists()
    real = run_cli("import-prices", str(FIXTURE), "--effective-from", "2026-11-01",
                   data_dir=tmp_path)
    assert real.returncode == 0 and "imported 21 price records" in real.stdout
    again = run_cli("import-prices", str(FIXTURE), "--effective-from", "2026-11-02",
                    data_dir=tmp_path)
    assert "12 unchanged" in again.stdout and "nothing to import" in again.stdout
    quote = run_cli("quote", "--input-tokens", "1M", "--output-tokens", "0", "--format",
                    "json", "--models", "openai/fixture-gpt-4o", "--currency", "USD",
                    data_dir=tmp_path)
    assert quote.returncode == 0, quote.stderr
    assert json.loads(quote.stdout)["rows"][0]["current_cost"] == pytest.approx(2.5)


@pytest.mark.parametrize("name, message", [
    ("malformed.json", "not valid JSON at line"),
    ("truncated.json", "not valid JSON"),
    ("top_level_list.json", "the top level is a list"),
])
@pytest.mark.subprocess
def test_import_prices_rejects_bad_files(tmp_path, name, message):
    result = run_cli("import-prices", str(FIXTURE.parent / name), data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("import-prices: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "catalog" / "imports").exists()


@pytest.mark.subprocess
def test_import_catalog_csv_round_trip(tmp_path):
    from calculator.userfiles.loading import load_catalog
    from calculator.userfiles.store import write_catalog

    records = load_catalog().records
    mine = records[records["model_id"] == "qwen-long"].copy()
    mine.loc[:, "effective_from"] = mine["effective_from"] + dt.timedelta(days=1)
    csv = tmp_path / "mine.csv"
    write_catalog(csv, mine)
    result = run_cli("import-prices", str(csv), data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert "0 models added" in result.stdout
