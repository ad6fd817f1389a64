"""The comparison table model: Qt's model checks, cell texts, colours, tooltips, sorting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from calculator.engine import Workload, compare
from calculator.engine.presets import preset, preset_fx
from calculator.ui.catalog.price_text import GREEN, GREY
from calculator.ui.models.comparison_model import COL, SORT_ROLE, ComparisonTableModel
from calculator.ui.models.comparison_proxy import ComparisonProxy
from calculator.userfiles.loading import fx_rates, load_catalog

#: The May-2024 price war's rate (the preset's 7.2): the cells below are that war's numbers.
FX = preset_fx(preset("price_war_2024"), fx_rates(), dt.date(2024, 6, 1))


@pytest.fixture(scope="module")
def comparison():
    return compare(load_catalog(), Workload(10e6, 2e6), dt.date(2024, 5, 1),
                   dt.date(2024, 6, 1), fx=FX, reference="gpt-4-turbo")


@pytest.fixture
def model(app, comparison):
    m = ComparisonTableModel()
    m.set_frame(comparison.frame, "CNY", "gpt-4-turbo", "2024-05-01", "2024-06-01")
    return m


def row_of(model, model_id):
    return list(model.frame["model_id"]).index(model_id)


def text(model, model_id, column, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row_of(model, model_id), COL[column]).data(role)


def test_qt_model_checks(qtmodeltester, model):
    qtmodeltester.check(model)


def test_qt_model_checks_through_proxy(qtmodeltester, model):
    proxy = ComparisonProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL["savings"], Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_empty_model(qtmodeltester, app):
    m = ComparisonTableModel()
    qtmodeltester.check(m)
    assert m.rowCount() == 0


def test_money_cells(model):
    assert text(model, "glm-3-turbo", "baseline_cost") == "¥60"
    assert text(model, "glm-3-turbo", "current_cost") == "¥12"
    assert text(model, "glm-3-turbo", "savings") == "¥48"
    assert text(model, "glm-3-turbo", "savings_pct") == "80.0%"
    assert text(model, "gpt-4-turbo", "current_cost") == "¥1,152"
    assert text(model, "glm-3-turbo", "savings_vs_reference") == "¥1,140"
    assert text(model, "glm-3-turbo", "current_input_per_mtok") == "¥1"
    assert text(model, "doubao-pro-32k", "current_input_per_mtok") == "¥0.8"



def test_each_money_column_has_one_kind_of_decimals(model):
    """¥60 beside ¥1,152 in one column, not ¥60.00 beside ¥1,152 (the chart, the PDF and
    the memo do the same); an amount under 10 keeps its cents."""
    import re

    for key in ("baseline_cost", "current_cost", "savings", "savings_vs_reference"):
        texts = [model.index(r, COL[key]).data() for r in range(model.rowCount())]
        amounts = [t for t in texts if re.search(r"[¥$][-\d,]*\d", t or "")]
        assert amounts, key
        big = [t for t in amounts if not re.search(r"[¥$]-?\d(\.\d+)?$", t)]  # >= 10
        places = {len(t.rsplit(".", 1)[1]) if "." in t else 0 for t in big}
        assert len(places) <= 1, (key, amounts)

def test_three_missing_states_read_and_look_different(model):
    free = text(model, "ernie-speed-8k", "current_cost")
    unknown = text(model, "qwen-long", "baseline_cost")
    offered = text(model, "doubao-pro-32k", "baseline_cost")
    assert (free, unknown, offered) == ("free", "unknown", "not offered")
    color = Qt.ItemDataRole.ForegroundRole
    assert text(model, "ernie-speed-8k", "current_cost", color) == GREEN
    assert text(model, "qwen-long", "baseline_cost", color) == GREY
    assert text(model, "qwen-long", "baseline_cost", Qt.ItemDataRole.FontRole).italic()
    assert text(model, "ernie-speed-8k", "current_input_per_mtok") == "free"
    assert text(model, "qwen-long", "baseline_output_per_mtok") == "unknown"
    assert text(model, "qwen-long", "baseline_input_per_mtok") == "≈ ¥20"  # an uncertain record
    # a cost from an uncertain price says so in text, not only in amber
    assert text(model, "hunyuan-pro", "baseline_cost") == "≈ ¥1,200"
    assert text(model, "hunyuan-pro", "current_cost").startswith("¥")
    assert text(model, "glm-3-turbo", "baseline_cost") == "¥60"


def test_tooltips_explain(model):
    tip = Qt.ItemDataRole.ToolTipRole
    assert text(model, "doubao-pro-32k", "baseline_cost", tip) == (
        "Not offered on 2024-05-01: first price record 2024-05-15.")
    unknown = text(model, "qwen-long", "baseline_output_per_mtok", tip)
    assert unknown.startswith("Unknown: no published price was found for 2024-05-01")
    free = text(model, "ernie-speed-8k", "current_cost", tip)
    assert free.startswith("Free: the vendor charges 0")
    price = text(model, "glm-3-turbo", "current_input_per_mtok", tip)
    assert "Price in effect from 2024-05-11 (confirmed)" in price
    assert "Sources:\n  • https://wpsshop.cn/" in price
    assert "Checked 2024-05-26" in price
    usd = text(model, "gpt-4-turbo", "current_input_per_mtok", tip)
    assert "Billed in USD: $10 per 1M tokens" in usd
    uncertain = text(model, "qwen-long", "baseline_input_per_mtok", tip)
    assert "Uncertain price" in uncertain


def test_sort_role_gives_numbers(model):
    assert text(model, "glm-3-turbo", "current_cost", SORT_ROLE) == 12.0
    assert text(model, "qwen-long", "baseline_cost", SORT_ROLE) is None
    assert text(model, "glm-3-turbo", "model_name", SORT_ROLE) == "glm-3-turbo"


def test_proxy_sorts_numbers_not_text(model):
    proxy = ComparisonProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL["current_cost"], Qt.SortOrder.AscendingOrder)
    values = [proxy.index(r, COL["current_cost"]).data(SORT_ROLE) for r in range(proxy.rowCount())]
    known = [v for v in values if v is not None]
    assert known == sorted(known)
    # "¥1,152" sorts after "¥12" by value, though "¥1," < "¥12" as text
    assert known.index(1152.0) > known.index(12.0)
    assert values[len(known):] == [None] * (len(values) - len(known))


def test_headers_carry_the_currency_and_reference(model):
    header = model.headerData(COL["current_cost"], Qt.Orientation.Horizontal)
    assert header == "Current cost\nCNY / month"
    assert model.headerData(COL["savings_vs_reference"], Qt.Orientation.Horizontal) == (
        "vs gpt-4-turbo\nCNY / month")


def test_language_switch_shows_chinese_vendor(model):
    model.set_language("zh")
    assert text(model, "qwen-long", "vendor") == "阿里云"
    model.set_language("en")
    assert text(model, "qwen-long", "vendor") == "Alibaba Cloud"


def test_new_volume_repaints_only_the_cost_columns(qtbot, app, comparison):
    """Prices, names and provenance (with their None/NaN/NaT gaps for models not offered
    at the baseline) are unchanged by a new workload: only the cost columns repaint."""
    m = ComparisonTableModel()
    args = ("CNY", "gpt-4-turbo", "2024-05-01", "2024-06-01")
    m.set_columns(comparison.arrays, *args)
    assert (comparison.frame["baseline_status"] == "not_offered").any()  # gaps present
    bigger = compare(load_catalog(), Workload(30e6, 6e6), dt.date(2024, 5, 1),
                     dt.date(2024, 6, 1), fx=FX, reference="gpt-4-turbo")
    with qtbot.waitSignal(m.dataChanged) as changed:
        m.set_columns(bigger.arrays, *args)
    first, last = changed.args[:2]
    assert (first.column(), last.column()) == (COL["baseline_cost"],
                                               COL["savings_vs_reference"])
    assert (first.row(), last.row()) == (0, m.rowCount() - 1)


def test_cached_cost_cell_follows_a_record_status_change(app, comparison):
    """Same cost, but the record behind it became uncertain: the painted cell (multiData's
    cache) and data() both gain the ≈ mark and the amber colour."""
    from PySide6.QtCore import QModelRoleData

    m = ComparisonTableModel()
    args = ("CNY", "gpt-4-turbo", "2024-05-01", "2024-06-01")
    m.set_columns(comparison.arrays, *args)
    row = row_of(m, "glm-3-turbo")
    index = m.index(row, COL["current_cost"])

    def painted():
        roles = [QModelRoleData(int(r)) for r in (Qt.ItemDataRole.DisplayRole,
                                                  Qt.ItemDataRole.ForegroundRole)]
        m.multiData(index, roles)
        return roles[0].data(), roles[1].data()

    text, color = painted()
    assert not text.startswith("≈") and color is None
    arrays = dict(comparison.arrays)
    status = arrays["current_record_status"].copy()
    status[list(arrays["model_id"]).index("glm-3-turbo")] = "uncertain"
    arrays["current_record_status"] = status
    m.set_columns(arrays, *args)
    text, color = painted()
    assert text.startswith("≈ ") and text == index.data()
    assert color is not None and color == index.data(Qt.ItemDataRole.ForegroundRole)


def test_a_new_status_reads_and_looks_like_its_vocabulary_entry(app, comparison, monkeypatch):
    """Adding a status is one vocabulary entry: the table shows its word, in its colour,
    in italics, with its explanation, and no number."""
    import numpy as np

    from calculator.reports import vocabulary
    from calculator.ui.catalog.price_text import color

    withdrawn = vocabulary.Status("withdrawn", "withdrawn", "muted", False, "missing",
                                  "{n} withdrawn", "Withdrawn on {date}.")
    monkeypatch.setattr(vocabulary, "STATUSES", (*vocabulary.STATUSES, withdrawn))
    monkeypatch.setitem(vocabulary.STATUS, "withdrawn", withdrawn)
    arrays = {name: values.copy() for name, values in comparison.arrays.items()}
    row = list(arrays["model_id"]).index("glm-3-turbo")
    arrays["current_status"][row] = "withdrawn"
    arrays["current_cost"][row] = np.nan
    m = ComparisonTableModel()
    m.set_columns(arrays, "CNY", None, "2024-05-01", "2024-06-01")
    index = m.index(row_of(m, "glm-3-turbo"), COL["current_cost"])
    assert index.data() == "withdrawn"
    assert index.data(Qt.ItemDataRole.ForegroundRole) == color("muted")
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Withdrawn on 2024-06-01."
    assert m.index(index.row(), COL["current_input_per_mtok"]).data() == "withdrawn"
