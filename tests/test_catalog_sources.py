"""Each catalog layer names its source and version; a layer may not change a model's region."""

from __future__ import annotations

import datetime as dt

import pytest

from calculator.formats.catalog_reader import parse_catalog_bytes
from calculator.userfiles.store import SOURCE_SUFFIX, CatalogStore

HEADER = ("model_id,vendor,vendor_cn,model_name,tier,context_window,effective_from,currency,"
          "input_per_mtok,output_per_mtok,cached_input_per_mtok,status,source,checked,notes,region")


def records(*lines: str):
    text = HEADER + "\n" + "\n".join(lines) + "\n"
    return parse_catalog_bytes(text.encode(), "import.csv", origin="import")


def line(model_id: str, region: str = "", checked: str = "2026-08-22") -> str:
    return (f"{model_id},V,,{model_id},lite,,2026-08-01,CNY,1,2,,uncertain,"
            f"https://example.com,{checked},,{region}")


@pytest.fixture
def store(tmp_path):
    return CatalogStore(tmp_path / "catalog")


def test_shipped_layer_is_named(store):
    sources = store.load().catalog.sources
    assert [(s.kind, s.name) for s in sources] == [("shipped", "shipped catalog")]


def test_an_import_names_its_source_and_version(store):
    path = store.import_records(records(line("gp/a")), "genai", source=("genai-prices", "0.2.3"))
    assert path.with_suffix(SOURCE_SUFFIX).exists()
    sources = store.load().catalog.sources
    assert sources[-1].label() == "genai-prices 0.2.3"
    assert sources[-1].newest_evidence == dt.date(2026, 8, 22)
    store.remove_import(path)
    assert not path.with_suffix(SOURCE_SUFFIX).exists()


def test_an_import_without_metadata_is_dated_by_its_evidence(store):
    store.import_records(records(line("cn/a", checked="2026-08-20")), "llm-prices-cn")
    source = store.load().catalog.sources[-1]
    assert source.kind == "import" and source.version == "2026-08-20"
    assert "llm-prices-cn" in source.name


def test_a_layer_that_changes_a_models_region_is_left_out(store):
    store.import_records(records(line("test-model-x", region="cn")), "first")
    store.import_records(records(line("test-model-x", region="intl")), "second")
    result = store.load()
    assert len(result.problems) == 1
    assert "model test-model-x is from the cn price list" in result.problems[0]
    assert "test-model-x" in result.catalog
