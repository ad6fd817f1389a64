"""Dated exchange rates: the default rate is the one in effect at the scenario's current date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calculator.engine import CatalogError, EngineError, FxRate, FxTable
from calculator.engine.evaluate import scenario_fx
from calculator.engine.scenario import Scenario
from calculator.formats.fx_reader import read_fx_file
from calculator.runtime.paths import shipped_fx

FIXTURE = Path(__file__).parent.parent / "fixtures" / "fx" / "monthly.csv"
D = dt.date


def test_rate_in_effect_at_a_date():
    table = read_fx_file(FIXTURE)
    assert table.at(D(2024, 5, 15)).cny_per_usd == 7.1
    assert table.at(D(2024, 6, 1)).cny_per_usd == 7.12
    assert table.at(D(2025, 3, 1)).cny_per_usd == 7.12
    assert table.at(D(2026, 11, 30)).cny_per_usd == 7.05
    assert table.at(D(2023, 1, 1)).cny_per_usd == 7.1  # before the first: the earliest
    assert table.newest.effective_from == D(2026, 11, 1)
    rate = table.at(D(2026, 11, 30))
    assert rate.describe() == "1 USD = 7.05 CNY (2026-11-01), https://example.com/fx-2026-11"


def test_scenario_default_follows_its_current_date_and_keeps_its_own_rate():
    table = read_fx_file(FIXTURE)
    assert scenario_fx(Scenario(current_date=D(2024, 6, 10)), table).cny_per_usd == 7.12
    assert scenario_fx(Scenario(current_date=D(2026, 11, 30)), table).cny_per_usd == 7.05
    own = scenario_fx(Scenario(current_date=D(2026, 11, 30), fx_cny_per_usd=7.2), table)
    assert own.cny_per_usd == 7.2 and own.source == "set in this scenario"
    # a single rate still works as the default
    assert scenario_fx(Scenario(), FxRate(7.3)).cny_per_usd == 7.3


def test_shipped_rates_read():
    table = read_fx_file(shipped_fx())
    assert all(6 < rate.cny_per_usd < 8 for rate in table.rates)


@pytest.mark.parametrize(("line", "message"), [
    ("2024-13-01,7.1,src,2024-05-31,", "row 2, column effective_from: '2024-13-01' is not a date"),
    ("2024-05-01,seven,src,2024-05-31,", "row 2, column cny_per_usd: 'seven' is not a number"),
    ("2024-05-01,0.14,src,2024-05-31,", "row 2, column cny_per_usd: '0.14' exchange rate"),
])
def test_bad_rows_are_named(tmp_path, line, message):
    path = tmp_path / "fx.csv"
    path.write_text("effective_from,cny_per_usd,source,checked,notes\n" + line + "\n")
    with pytest.raises(CatalogError, match=message):
        read_fx_file(path)


def test_duplicate_date(tmp_path):
    path = tmp_path / "fx.csv"
    path.write_text("effective_from,cny_per_usd,source,checked,notes\n"
                    "2024-05-01,7.1,a,2024-05-01,\n2024-05-01,7.2,b,2024-05-01,\n")
    with pytest.raises(CatalogError, match="row 3: a second rate for 2024-05-01"):
        read_fx_file(path)


def test_empty_table_is_refused():
    with pytest.raises(EngineError):
        FxTable(())
