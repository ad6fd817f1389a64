"""Imports load from a cache of their validated records while their bytes are unchanged;
any change validates the file again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from calculator.formats.catalog_reader import read_catalog_file
from calculator.formats.llm_prices_cn_import import parse_prices_json
from calculator.formats.price_sources import load_json
from calculator.formats.source_import import ImportOptions
from calculator.userfiles.catalog_cache import cache_path, read_import
from calculator.userfiles.store import CatalogStore

FIXTURE = Path(__file__).parents[1] / "fixtures" / "sources" / "llm_prices_cn.json"


@pytest.fixture
def stored(tmp_path):
    store = CatalogStore(tmp_path / "catalog")
    result = parse_prices_json(load_json(FIXTURE.read_bytes(), "prices.json"), "prices.json",
                               ImportOptions(today=dt.date(2026, 11, 30)))
    path = store.import_records(result.records, "cn", source=(result.source, result.version))
    return store, path


def test_cached_records_equal_validated_records(stored):
    store, path = stored
    first = read_import(path, "import:cn", set())
    assert cache_path(path).is_file()
    second = read_import(path, "import:cn", set())
    pd.testing.assert_frame_equal(second, first)
    pd.testing.assert_frame_equal(second, read_catalog_file(path, origin="import:cn",
                                                            schedules=set()))


def test_a_changed_file_is_validated_again(stored):
    store, path = stored
    read_import(path, "import:cn", set())
    text = path.read_text(encoding="utf-8").replace(",2.5,10,", ",-2.5,10,", 1)
    path.write_text(text, encoding="utf-8")
    loaded = store.load()
    assert any("is negative" in problem for problem in loaded.problems)
    assert "alibaba/qwen3-max" not in loaded.catalog


def test_a_damaged_cache_is_ignored(stored):
    store, path = stored
    read_import(path, "import:cn", set())
    cache_path(path).write_text("{not json", encoding="utf-8")
    assert "alibaba/qwen3-max" in store.load().catalog


def test_removing_an_import_removes_its_cache(stored):
    store, path = stored
    store.load()
    assert cache_path(path).is_file()
    store.remove_import(path)
    assert not cache_path(path).exists() and not path.exists()


def test_the_shipped_catalog_loads_from_its_cache_as_validated(tmp_path):
    assert not CatalogStore(tmp_path / "catalog").load().catalog.records.empty
    assert not (tmp_path / "cache").exists()  # commands write no cache
    store = CatalogStore(tmp_path / "catalog", cache_shipped=True)
    first = store.load().catalog.records
    assert store.shipped_cache.is_file()
    again = store.load().catalog.records
    pd.testing.assert_frame_equal(again, first)
    validated = read_catalog_file(store.shipped, origin="shipped", schedules=None)
    assert len(first) == len(validated)
