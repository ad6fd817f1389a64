"""The table says when each price took effect and what is special about it: the "Price from"
columns (old prices marked), and the tooltips of cost and price cells (list or promotion,
peak and off-peak prices with the share used, billed as, retired on)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from calculator.engine import FxRate, PricingOptions, Workload, compare
from calculator.engine.scenario import BillingSpec
from calculator.reports.vocabulary import PALETTE
from calculator.ui.catalog.price_text import AMBER, color
from calculator.ui.models.comparison_model import COL, SORT_ROLE, ComparisonTableModel
from calculator.ui.models.price_tips import SHARE_GIVEN, share_basis
from calculator.ui.roles import PLAIN_ROLE
from tests.engine.test_lifecycle_bands import catalog, schedules  # noqa: F401 (fixtures)

D = dt.date
TODAY = D(2026, 11, 30)
TIP = Qt.ItemDataRole.ToolTipRole


def table(catalog, current=TODAY, options=None):  # noqa: F811
    result = compare(catalog, Workload(10e6, 2e6), D(2025, 10, 1), current, fx=FxRate(7.0),
                     options=options)
    model = ComparisonTableModel()
    model.set_columns(result.arrays, "CNY", None, D(2025, 10, 1).isoformat(),
                      current.isoformat(), None, share_basis(result.options))
    return model


def cell(model, model_id, column, role=Qt.ItemDataRole.DisplayRole):
    row = list(model.frame["model_id"]).index(model_id)
    return model.index(row, COL[column]).data(role)


def test_price_from_columns_are_on_screen(app):
    model = ComparisonTableModel()
    headers = [model.headers[COL[key]] for key in ("baseline_price_date", "current_price_date")]
    assert headers == ["Baseline price\nfrom", "Current price\nfrom"]


def test_every_row_says_when_its_price_took_effect(app, catalog):  # noqa: F811
    model = table(catalog)
    assert cell(model, "v4-pro", "current_price_date") == "2026-08-23"
    # v4-pro has no record at the baseline (2025-10-01): not offered, no date
    assert cell(model, "v4-pro", "baseline_price_date") == "not offered"
    assert cell(model, "deepseek-chat", "baseline_price_date") == "2025-09-06"
    # an alias carries the date of the price it is billed at
    assert cell(model, "v4-flash", "current_price_date") == "2026-08-23"
    # a plain copy keeps the ISO date, sorting goes by the day
    assert cell(model, "v4-pro", "current_price_date", PLAIN_ROLE) == "2026-08-23"
    assert cell(model, "v4-pro", "current_price_date", SORT_ROLE) > \
        cell(model, "glm-flash", "current_price_date", SORT_ROLE)


def test_old_prices_are_marked_in_text_and_colour(app, catalog):  # noqa: F811
    model = table(catalog)
    assert cell(model, "ancient", "current_price_date") == "2024-01-01 · old"
    assert cell(model, "ancient", "current_price_date", Qt.ItemDataRole.ForegroundRole) == AMBER
    tip = cell(model, "ancient", "current_price_date", TIP)
    assert "Over a year old" in tip and "2024-05-01" in tip and "943 days before 2026-11-30" in tip
    assert cell(model, "v4-pro", "current_price_date", Qt.ItemDataRole.ForegroundRole) is None
    assert "old" not in cell(model, "v4-pro", "current_price_date")


def test_retired_reads_and_looks_unlike_unknown_not_offered_and_free(app, catalog):  # noqa: F811
    model = table(catalog)
    assert cell(model, "deepseek-chat", "current_cost") == "retired"
    assert cell(model, "deepseek-chat", "current_price_date") == "retired 2026-07-24"
    # Copy table pastes the same word, never an empty cost or an "unknown" price
    assert cell(model, "deepseek-chat", "current_cost", PLAIN_ROLE) == "retired"
    assert cell(model, "deepseek-chat", "current_input_per_mtok", PLAIN_ROLE) == "retired"
    assert cell(model, "deepseek-chat", "current_input_per_mtok") == "retired"
    retired = cell(model, "deepseek-chat", "current_cost", Qt.ItemDataRole.ForegroundRole)
    unknown = cell(model, "lost-alias", "current_cost", Qt.ItemDataRole.ForegroundRole)
    assert retired == color("retired") and retired != unknown
    assert PALETTE["retired"] not in (PALETTE["muted"], PALETTE["free"])
    assert cell(model, "deepseek-chat", "model_name", Qt.ItemDataRole.FontRole).strikeOut()
    assert cell(model, "v4-pro", "model_name", Qt.ItemDataRole.FontRole) is None
    tip = cell(model, "deepseek-chat", "current_cost", TIP)
    assert "no longer sells" in tip and "Retired on 2026-07-24." in tip
    assert "Source: https://example.com" in tip
    assert "no longer sells" in cell(model, "deepseek-chat", "model_name", TIP)
    # before the retirement it is an ordinary row
    model = table(catalog, D(2026, 7, 1))
    assert cell(model, "deepseek-chat", "current_cost").startswith("¥")
    assert not cell(model, "deepseek-chat", "model_name", Qt.ItemDataRole.FontRole)


def test_cost_tooltip_of_a_time_banded_model(app, catalog):  # noqa: F811
    tip = cell(table(catalog), "v4-pro", "current_cost", TIP)
    assert "Price in effect from 2026-08-23 (confirmed)" in tip
    assert "List price" in tip
    assert "input ¥9 peak, ¥4.5 off-peak; output ¥27 peak, ¥13.5 off-peak" in tip
    assert ("Off-peak share used: 79.2% (schedule deepseek-2026-08-23, traffic spread evenly "
            "over the week)") in tip
    assert "Source: https://example.com" in tip and "Checked 2026-10-17" in tip
    given = table(catalog, options=PricingOptions(off_peak_share=0.3))
    assert "Off-peak share used: 30.0% (set in the scenario)" in \
        cell(given, "v4-pro", "current_cost", TIP)
    # an all-hours price says nothing about bands
    assert "off-peak" not in cell(table(catalog), "glm-flash", "current_cost", TIP)


def test_cost_tooltip_names_the_model_an_alias_is_billed_as(app, catalog):  # noqa: F811
    tip = cell(table(catalog), "v4-flash", "current_cost", TIP)
    assert "Billed as v4-pro, at its prices" in tip


@pytest.mark.parametrize("prices, expected", [
    ("list", "List price"), ("promotion", "Promotional price, valid until 2026-09-09")])
def test_cost_tooltip_says_list_or_promotion(app, catalog, prices, expected):  # noqa: F811
    model = table(catalog, D(2026, 9, 1), PricingOptions(prices=prices))
    assert expected in cell(model, "glm-flash", "current_cost", TIP)
    assert expected in cell(model, "glm-flash", "current_input_per_mtok", TIP)


def test_share_basis_follows_the_options():
    assert share_basis(PricingOptions()) == "flat"
    assert share_basis(PricingOptions(off_peak_share=0.2)) == SHARE_GIVEN
    assert share_basis(BillingSpec().pricing_options()) == "flat"
    assert share_basis(BillingSpec(traffic="business").pricing_options()) == "traffic"
