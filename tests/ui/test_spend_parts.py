"""The spend chart can stack each current bar from its cost parts (issue 13 item 8): the
scenario's chart option, one undoable edit from the View menu or the chart's right-click
menu, the part colours of the one vocabulary, a legend of the parts, hover naming the part,
and exports drawing the same."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from PySide6.QtGui import QImage

from calculator.calendars import all_calendars
from calculator.engine import FxRate
from calculator.engine.evaluate import evaluate
from calculator.engine.pricing_parts import PARTS
from calculator.engine.scenario import Scenario
from calculator.formats.scenario_file import scenario_from_json, scenario_to_json
from calculator.reports.summary import footer_lines
from calculator.reports.vocabulary import PART_COLORS
from calculator.ui.charts.feed import chart_rows, draw_chart
from calculator.ui.charts.interaction import chart_menu
from calculator.ui.charts.spend_chart import BAR, SpendChart
from calculator.ui.export.chart_export import ChartExporter, ImageSize

from ..billing_catalog import MODELS, billing_catalog
from .image_compare import assert_matches_baseline, to_array

DAY = dt.date(2026, 10, 20)


def billed(stacked: bool):
    scenario = Scenario(name="Support bot", baseline_date=DAY, current_date=DAY,
                        models=MODELS, reference=None, currency="USD").with_workload(
        input_tokens=100e6, output_tokens=20e6, monthly_requests=50_000, cached_share=0.3,
        cache_write_share=0.1, reasoning_share=0.25, searches_per_request=0.5,
    ).with_billing(timezone="Asia/Shanghai").with_chart(spend_parts=stacked)
    return evaluate(scenario, billing_catalog(), FxRate(7.0), calendars=all_calendars())


@pytest.fixture(scope="module")
def stacked():
    return billed(True)


@pytest.fixture(scope="module")
def plain():
    return billed(False)


def drawn(qtbot, evaluation) -> SpendChart:
    chart = SpendChart()
    qtbot.addWidget(chart)
    chart.resize(900, 450)
    draw_chart(chart, evaluation, chart_rows(evaluation))
    return chart


def test_segments_are_the_breakdown_in_part_colours(qtbot, app, stacked):
    chart = drawn(qtbot, stacked)
    a = stacked.comparison.arrays
    opts = chart.part_bars.opts
    x0, width, ys = (np.asarray(opts[k], float) for k in ("x0", "width", "y"))
    colours = [b.color().name().upper() for b in opts["brushes"]]
    n = len(chart.rows)
    priced = 0
    for index, model in enumerate(chart.rows["model_id"]):
        if not isinstance(model, str) or chart.rows["current_status"][index] != "priced":
            continue  # the line of models without a current number (no search fee)
        priced += 1
        mine = np.isclose(ys, n - 1 - index - BAR / 2)
        i = list(a["model_id"]).index(model)
        expected = [(p, float(a[f"current_cost_{p}"][i])) for p in PARTS
                    if a[f"current_cost_{p}"][i] > 0]
        # left to right in the breakdown's order, each in its part colour, end to end
        assert [c for c, m in zip(colours, mine, strict=True) if m] == [
            PART_COLORS[p].upper() for p, _ in expected]
        assert width[mine] == pytest.approx([v for _, v in expected])
        assert x0[mine] == pytest.approx(np.r_[0, np.cumsum(width[mine])[:-1]])
        assert width[mine].sum() == pytest.approx(a["current_cost"][i])
    assert priced == 2 and len(width) == 6 + 6
    claude = list(chart.rows["model_id"]).index("claude")
    assert chart.stacked_rows[claude]
    # the current bar keeps its length and outline but no fill of its own
    assert chart.current_bars.opts["brushes"][claude].color().alpha() == 0


def test_legend_names_the_parts_and_labels_stay_right_of_the_bars(qtbot, app, stacked, plain):
    on, off = drawn(qtbot, stacked), drawn(qtbot, plain)
    legend = on.legend.texts()
    for word in ("Current: uncached input", "Current: cache reads", "Current: cache writes",
                 "Current: output", "Current: reasoning", "Current: search fees"):
        assert word in legend
    assert "Current: uncached input" not in off.legend.texts()
    assert not len(off.part_bars.opts["width"])
    # the same labels at the same places: right of the longer bar of each row
    assert on.values.labels == off.values.labels


def test_hover_names_the_part_under_the_pointer_and_its_money(qtbot, app, stacked):
    chart = drawn(qtbot, stacked)
    n = len(chart.rows)
    index = list(chart.rows["model_id"]).index("claude")
    a = stacked.comparison.arrays
    i = list(a["model_id"]).index("claude")
    parts = {p: float(a[f"current_cost_{p}"][i]) for p in PARTS}
    total = float(a["current_cost"][i])
    # claude in USD: input 3, cache reads 0.3, cache writes 3.75 per 1M
    assert parts["cache_write"] == pytest.approx(10 * 3.75)
    x = parts["input"] + parts["cache_read"] + parts["cache_write"] / 2
    y = n - 1 - index - BAR / 2
    text = chart.hover_text(0, x, y)
    share = f"{parts['cache_write'] / total * 100:.1f}%"
    assert text.splitlines()[:2] == [
        "CLAUDE", f"cache writes: ${parts['cache_write']:,.2f} ({share} of the current cost)"]
    # over the baseline bar of the row, no part is named
    assert "cache writes" not in chart.hover_text(0, x, n - 1 - index + BAR / 2)


def test_rows_without_parts_keep_a_plain_bar(qtbot, app, stacked):
    chart = SpendChart()
    qtbot.addWidget(chart)
    rows = chart_rows(stacked)
    rows = rows.drop(columns=[f"current_cost_{p}" for p in PARTS])
    chart.set_data(rows, "USD", parts=True)
    assert not chart.stacked_rows.any() and not len(chart.part_bars.opts["width"])
    assert "Current" in chart.legend.texts()


def test_export_draws_the_stacked_bars(app, stacked, plain):
    pictures = {}
    for name, ev in (("on", stacked), ("off", plain)):
        with ChartExporter(ev, footer_lines(ev, "test"), ImageSize(800, 450)) as exporter:
            pictures[name] = exporter.png("spend"), exporter.svg("spend")
    pixels = {k: to_array(QImage.fromData(png, "PNG"))[:, :, :3].astype(int)
              for k, (png, _) in pictures.items()}

    def area(image, colour: str) -> int:
        rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
        return int((np.abs(image - rgb).max(axis=2) <= 2).sum())

    for part in PARTS:  # every part shows as an area of its colour, far more than without
        assert area(pixels["on"], PART_COLORS[part]) > area(pixels["off"], PART_COLORS[part]) + 30
    svg = pictures["on"][1].decode().lower()
    assert all(PART_COLORS[p].lower() in svg for p in PARTS)
    assert "cache writes" in svg
    assert_matches_baseline(pictures["on"][0], "billing_spend_parts_800x450")


def test_the_option_is_one_undoable_edit_from_both_menus(qtbot, window):
    state = window.state
    window.results.show_chart("spend")
    qtbot.waitUntil(lambda: window.results.spend.draw_count > 0)
    action = window.actions["spend_parts"]
    assert not action.isChecked() and not state.scenario.chart.spend_parts
    action.trigger()
    assert state.scenario.chart.spend_parts
    qtbot.waitUntil(lambda: window.results.spend.stacked)
    state.undo_stack.undo()
    assert not state.scenario.chart.spend_parts and not action.isChecked()
    qtbot.waitUntil(lambda: not window.results.spend.stacked)
    # the chart's right-click menu does the same through the View menu's entry
    menu = chart_menu(window.results.spend)
    option = next(a for a in menu.actions() if a.text() == "Current cost by part")
    assert option.isCheckable() and not option.isChecked()
    option.trigger()
    assert state.scenario.chart.spend_parts and action.isChecked()
    qtbot.waitUntil(lambda: window.results.spend.stacked)
    state.undo_stack.undo()
    assert not state.scenario.chart.spend_parts


def test_the_option_is_saved_with_the_scenario():
    scenario = Scenario().with_chart(spend_parts=True)
    assert scenario_from_json(scenario_to_json(scenario)).chart.spend_parts
    assert not scenario_from_json(scenario_to_json(
        dataclasses.replace(scenario, chart=dataclasses.replace(
            scenario.chart, spend_parts=False)))).chart.spend_parts


def test_by_part_the_colours_mean_parts_not_vendors(qtbot, app, stacked, plain):
    """Split into parts, no vendor colour stays beside the part colours: the baseline
    bars are neutral and the legend names vendors only of rows drawn in their colour."""
    from calculator.ui.charts.spend_chart import NEUTRAL_FILL

    on, off = drawn(qtbot, stacked), drawn(qtbot, plain)
    fills = {b.color().name().upper() for b in on.baseline_bars.opts["brushes"]}
    assert fills == {NEUTRAL_FILL}
    assert {b.color().name().upper() for b in off.baseline_bars.opts["brushes"]} != fills
    vendors = set(off.rows["vendor"].dropna())
    shown_on = set(on.legend.texts()) & vendors
    drawn_plain = {v for v, s in zip(on.rows["vendor"], on.stacked_rows, strict=False) if not s}
    assert shown_on == vendors & drawn_plain
    assert set(off.legend.texts()) & vendors  # unsplit, the vendors are named
