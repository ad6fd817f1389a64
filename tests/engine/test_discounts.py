"""Discounts: per vendor or per model, from a date, reaching every model of the vendor."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from calculator.engine import Catalog, EngineError, FxRate, Workload, compare
from calculator.engine.discounts import Discount, as_discounts, discount_shares
from calculator.engine.history import price_history
from calculator.formats.catalog_reader import parse_catalog_bytes

from .conftest import HEADER, row

FX = FxRate(7.2, "test")
MAY, JUNE = dt.date(2024, 5, 1), dt.date(2024, 6, 1)


@pytest.fixture
def catalog() -> Catalog:
    shipped = "\n".join([HEADER, row("a", inp="10", out="10", vendor="OpenAI"),
                         row("b", inp="10", out="10", vendor="OpenAI"),
                         row("c", inp="10", out="10", vendor="Zhipu AI")])
    imported = "\n".join([HEADER, row("openai/x", inp="10", out="10", vendor="openai")])
    return Catalog.from_records([
        parse_catalog_bytes(shipped.encode(), "seeds", origin="shipped"),
        parse_catalog_bytes(imported.encode(), "import", origin="import:x")])


def costs(catalog, discounts, side="current"):
    result = compare(catalog, Workload(1e6, 0), MAY, JUNE, fx=FX, discounts=discounts)
    return dict(zip(result.arrays["model_id"], result.arrays[f"{side}_cost"], strict=True))


def test_a_discount_from_a_date_leaves_earlier_prices_alone(catalog):
    since = Discount(0.2, vendor="OpenAI", since=dt.date(2024, 5, 15))
    assert costs(catalog, [since])["a"] == pytest.approx(8)
    assert costs(catalog, [since], "baseline")["a"] == pytest.approx(10)  # not the baseline
    always = Discount(0.2, vendor="OpenAI")
    assert costs(catalog, [always], "baseline")["a"] == pytest.approx(8)
    later = Discount(0.2, vendor="OpenAI", since=dt.date(2025, 1, 1))
    assert costs(catalog, [later])["a"] == pytest.approx(10)  # not yet in June 2024


def test_vendor_discount_reaches_every_model_of_the_vendor_whatever_its_source(catalog):
    result = costs(catalog, [Discount(0.5, vendor="OpenAI")])
    assert result["a"] == result["b"] == result["openai/x"] == pytest.approx(5)
    assert result["c"] == pytest.approx(10)


def test_a_model_discount_wins_over_its_vendors(catalog):
    result = costs(catalog, [Discount(0.5, model="a"), Discount(0.1, vendor="OpenAI")])
    assert result["a"] == pytest.approx(5) and result["b"] == pytest.approx(9)


def test_the_latest_start_wins(catalog):
    result = costs(catalog, [Discount(0.3, vendor="OpenAI", since=dt.date(2024, 5, 20)),
                             Discount(0.1, vendor="OpenAI", since=dt.date(2024, 1, 1))])
    assert result["a"] == pytest.approx(7)


def test_the_older_vendor_mapping_still_applies_at_every_date():
    assert as_discounts({"V": 0.1, "W": 0}) == (Discount(0.1, vendor="V"),)
    shares = discount_shares(as_discounts({"V": 0.1}), np.array(["V", "X"]), None,
                             np.array(["m", "n"]), dt.date(2000, 1, 1))
    assert list(shares) == [0.1, 0.0]


def test_chinese_vendor_name_and_case_match():
    shares = discount_shares([Discount(0.1, vendor="智谱AI"), Discount(0.2, vendor="openai")],
                             np.array(["Zhipu AI", "OpenAI"]), np.array(["智谱AI", "OpenAI"]),
                             np.array(["glm", "gpt"]), JUNE)
    assert list(shares) == [0.1, 0.2]


def test_bad_discounts_are_refused():
    with pytest.raises(EngineError, match="between 0% and 99.9%"):
        Discount(1.5, vendor="V")
    with pytest.raises(EngineError, match="one of them"):
        Discount(0.1, vendor="V", model="m")
    with pytest.raises(EngineError, match="one of them"):
        Discount(0.1)


def test_price_history_steps_down_on_the_discount_date(catalog):
    history = price_history(catalog, ["a", "c"], "CNY", FX,
                            [Discount(0.2, vendor="OpenAI", since=dt.date(2024, 5, 15))])
    a = history[history["model_id"] == "a"]
    assert list(a["effective_from"].dt.date) == [dt.date(2024, 1, 1), dt.date(2024, 5, 15)]
    assert list(a["input"]) == pytest.approx([10, 8])
    assert list(history.loc[history["model_id"] == "c", "input"]) == pytest.approx([10])


def test_discounts_are_named_in_a_note(catalog):
    result = compare(catalog, Workload(1e6, 0), MAY, JUNE, fx=FX,
                     discounts=[Discount(0.2, vendor="OpenAI", since=dt.date(2024, 5, 15)),
                                Discount(0.3, vendor="Nobody")])
    note = next(n for n in result.notes if n.key == "discounts")
    assert str(note) == "Discounts off list prices: OpenAI −20% (2024-05-15 →)."
