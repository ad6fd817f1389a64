"""Charts draw exactly what they are given; hover tells exact values; 5,000 updates survive."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor

from calculator.calendars import all_calendars
from calculator.engine.evaluate import evaluate
from calculator.engine.presets import preset, preset_fx
from calculator.engine.scenario import Scenario
from calculator.ui.charts.feed import chart_rows, history_rows
from calculator.ui.charts.history_chart import HistoryChart, timestamp
from calculator.ui.charts.palette import baseline_color, vendor_color
from calculator.ui.charts.projection_chart import ProjectionChart
from calculator.ui.charts.savings_chart import SavingsChart
from calculator.ui.charts.spend_chart import SpendChart
from calculator.userfiles.loading import default_fx, fx_rates, load_catalog

CALENDARS = all_calendars()


@pytest.fixture(scope="module")
def evaluation():
    scenario = Scenario(baseline_date=dt.date(2024, 5, 1), current_date=dt.date(2024, 6, 1),
                        models=("glm-3-turbo", "qwen-long", "doubao-pro-32k", "ernie-speed-8k",
                                "gpt-4-turbo"), horizon=6, growth=0.1)
    # the May 2024 preset's rate (7.2), as the window prices the price war
    fx = preset_fx(preset("price_war_2024"), fx_rates(), scenario.current_date)
    return evaluate(scenario, load_catalog(), fx, calendars=CALENDARS)


def bars(chart) -> list[pg.BarGraphItem]:
    return [item for item in chart.plot.items
            if isinstance(item, pg.BarGraphItem) and len(item.opts["width"])]


def texts(plot) -> list[str]:
    from calculator.ui.charts.pools import LabelsItem

    found = []
    for item in plot.items:
        if isinstance(item, LabelsItem):
            found.extend(item.texts())
        elif isinstance(item, pg.TextItem) and item.isVisible():
            found.append(item.toPlainText())
    return found


def test_spend_chart_bars(qtbot, app, evaluation):
    chart = SpendChart()
    qtbot.addWidget(chart)
    rows = chart_rows(evaluation)
    chart.set_data(rows, "CNY")
    baseline, current = bars(chart)
    # sorted by current spend, highest at the top: GPT-4 Turbo first
    assert list(chart.rows["model_id"])[0] == "gpt-4-turbo"
    widths = dict(zip(chart.rows["model_id"], current.opts["width"], strict=True))
    # 100M input x ¥1 + 20M output x ¥1 after GLM-3-Turbo's cut
    assert widths["glm-3-turbo"] == pytest.approx(120)
    assert widths["ernie-speed-8k"] == 0
    base = dict(zip(chart.rows["model_id"], baseline.opts["width"], strict=True))
    assert base["glm-3-turbo"] == pytest.approx(600)
    assert base["doubao-pro-32k"] == 0  # not offered: no bar ...
    words = texts(chart.plot)
    assert "free" in words and "¥0" not in " ".join(words)  # free reads as a word
    assert "¥120" in words and "¥11,520" in words  # one number of decimals per chart
    ticks = chart.plot.getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks][0] == "GPT-4 Turbo"
    # one colour per vendor, baseline a lighter shade of it
    row = list(chart.rows["model_id"]).index("glm-3-turbo")
    assert current.opts["brushes"][row].color() == vendor_color("Zhipu AI")
    assert baseline.opts["brushes"][row].color() == baseline_color("Zhipu AI")
    assert chart.plot.getAxis("bottom").labelText == "CNY / month"
    legend = chart.legend.texts()
    assert legend[:2] == ["Baseline", "Current"] and "Zhipu AI" in legend  # vendor legend


def test_spend_labels_never_lie_on_a_bar(qtbot, app, evaluation):
    """Each row's one label starts right of the row's longer bar; a missing baseline is
    said in it, and unknown and not offered stay apart."""
    chart = SpendChart()
    qtbot.addWidget(chart)
    chart.resize(800, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_data(chart_rows(evaluation), "CNY")
    baseline, current = bars(chart)
    labels = chart.values.labels
    assert len(labels) == len(chart.rows)
    for label, base, cur in zip(labels, baseline.opts["width"], current.opts["width"],
                                strict=True):
        assert label.x >= max(base, cur) and label.anchor == (0.0, 0.5)
    words = [label.text for label in labels]
    assert "¥120 · not offered at baseline" in words  # doubao-pro-32k ...
    assert "¥90 · baseline unknown" in words  # ... and qwen-long


def test_spend_chart_collapses_models_without_a_current_price(qtbot, app, evaluation):
    from calculator.ui.charts.feed import missing_groups

    rows = chart_rows(evaluation)
    gone = rows.index[rows["model_id"] == "doubao-pro-32k"][0]
    rows.loc[gone, ["current_status", "current_cost"]] = ["unknown", np.nan]
    valued, groups = missing_groups(rows, savings=False)
    assert [(g.side, g.status, g.labels) for g in groups] == [
        ("current", "unknown", ("Doubao-pro-32k",))]
    chart = SpendChart()
    qtbot.addWidget(chart)
    chart.set_data(valued, "CNY", groups=groups)
    assert list(chart.rows["label"])[-1] == "Current: unknown (1)"
    assert "Doubao-pro-32k" in texts(chart.plot)


def test_spend_chart_hover(qtbot, app, evaluation):
    chart = SpendChart()
    qtbot.addWidget(chart)
    chart.set_data(chart_rows(evaluation), "CNY", "Baseline 2024-05-01", "Current 2024-06-01")
    n = len(chart.rows)
    row = list(chart.rows["model_id"]).index("glm-3-turbo")
    text = chart.hover_text(0, 100, n - 1 - row)
    assert text == "GLM-3-Turbo\nBaseline 2024-05-01: ¥600.00\nCurrent 2024-06-01: ¥120.00"
    row = list(chart.rows["model_id"]).index("doubao-pro-32k")
    assert "Baseline 2024-05-01: not offered" in chart.hover_text(0, 0, n - 1 - row)
    assert chart.hover_text(0, 0, n + 3) is None


def test_hover_shows_the_values_under_the_pointer(qtbot, app, evaluation):
    """Moving the mouse over a bar shows its exact values in the chart itself."""
    from PySide6.QtCore import QPoint

    chart = SpendChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_data(chart_rows(evaluation), "CNY", "Baseline", "Current")
    view = chart.plot.getViewBox()
    top_row = view.mapViewToScene(pg.QtCore.QPointF(50, len(chart.rows) - 1))
    qtbot.mouseMove(chart.viewport(), QPoint(int(top_row.x()), int(top_row.y())))
    qtbot.waitUntil(lambda: chart.hover.isVisible())
    assert chart.hover.text().startswith("GPT-4 Turbo\nBaseline: ")
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(chart, QEvent(QEvent.Type.Leave))
    assert not chart.hover.isVisible()


def test_spend_chart_empty(qtbot, app):
    chart = SpendChart()
    qtbot.addWidget(chart)
    chart.set_data(pd.DataFrame(columns=["model_id", "label", "vendor", "baseline_cost",
                                         "current_cost", "baseline_status",
                                         "current_status"]), "CNY")
    assert chart._empty.isVisible()
    assert chart._empty.toPlainText() == "Select models to compare"
    assert bars(chart) == []


def test_savings_chart_money_percent_and_one_line_per_reason(qtbot, app, evaluation):
    from calculator.ui.charts.feed import missing_groups

    valued, groups = missing_groups(chart_rows(evaluation), savings=True)
    assert [(g.side, g.status, g.labels) for g in groups] == [
        ("", "unchanged", ("GPT-4 Turbo",)),
        ("baseline", "not_offered", ("Doubao-pro-32k",)),
        ("baseline", "unknown", ("Qwen-Long",))]
    chart = SavingsChart()
    qtbot.addWidget(chart)
    chart.set_data(valued, "CNY", groups=groups, subject="May 2024 price war")
    (bar,) = bars(chart)
    widths = dict(zip(chart.rows["model_id"], bar.opts["width"], strict=False))  # bars first
    assert widths["glm-3-turbo"] == pytest.approx(480)
    words = texts(chart.plot)
    assert "¥480.00 · 80.0%" in words and "¥560.00 · 100.0%" in words  # one decimals rule
    assert list(chart.rows["label"])[-3:] == ["Price unchanged (1)",
                                              "Baseline: not offered (1)",
                                              "Baseline: unknown (1)"]
    assert chart.plot.titleLabel.text == "Monthly savings per model, May 2024 price war"
    row = list(chart.rows["model_id"]).index("glm-3-turbo")
    n = len(chart.rows)
    assert chart.hover_text(0, 10, n - 1 - row) == (
        "GLM-3-Turbo\nSavings: ¥480.00 (80.0%)\nBaseline: ¥600.00\nCurrent: ¥120.00")
    assert chart.hover_text(0, 0, 0) == "Baseline: unknown (1)\nQwen-Long"


def test_savings_chart_marks_uncertain_prices(qtbot, app):
    from calculator.ui.charts.feed import missing_groups

    scenario = Scenario(baseline_date=dt.date(2024, 5, 1), current_date=dt.date(2024, 6, 1),
                        models=("hunyuan-pro", "glm-3-turbo"))
    rows = chart_rows(evaluate(scenario, load_catalog(), default_fx(), calendars=CALENDARS))
    valued, groups = missing_groups(rows, savings=True)
    chart = SavingsChart()
    qtbot.addWidget(chart)
    chart.set_data(valued, "CNY", groups=groups)
    (bar,) = bars(chart)
    marked = dict(zip(chart.rows["model_id"], (p.style() == pg.QtCore.Qt.PenStyle.DashLine
                                               for p in bar.opts["pens"]), strict=False))
    assert marked == {"hunyuan-pro": True, "glm-3-turbo": False}
    words = texts(chart.plot)
    assert any(w.startswith("≈ ¥") for w in words)
    assert "≈, dashed outline: uncertain price" in chart.legend.texts()


def test_savings_chart_names_a_price_rise_as_a_positive_amount(qtbot, app, evaluation):
    chart = SavingsChart()
    qtbot.addWidget(chart)
    rows = chart_rows(evaluation)
    dearer = rows.index[rows["model_id"] == "glm-3-turbo"][0]
    rows.loc[dearer, ["baseline_cost", "current_cost", "savings", "savings_pct"]] = [
        100.0, 185.7, -85.7, -0.857]
    chart.set_data(rows[rows["model_id"] == "glm-3-turbo"], "CNY")
    words = texts(chart.plot)
    assert words == ["costs ¥85.70 (85.7%) more"]
    assert not any(word.startswith("-") for word in words)


def projection_inputs(evaluation) -> tuple[list[str], list[str]]:
    """Labels and colours in the projection's model order, as the window passes them."""
    rows = chart_rows(evaluation)
    labels = dict(zip(rows["model_id"], rows["label"], strict=True))
    colors = dict(zip(rows["model_id"], rows["color"], strict=True))
    ids = list(evaluation.projection.model_ids)
    return [labels[m] for m in ids], [colors[m] for m in ids]


def test_projection_chart_lines(qtbot, app, evaluation):
    chart = ProjectionChart()
    qtbot.addWidget(chart)
    chart.set_data(evaluation.projection, *projection_inputs(evaluation))
    curves = chart.lines[0].lines
    # 5 models priced now; 3 also have a baseline cost -> 8 lines per plot
    assert len(curves) == 8
    glm = [c for c in curves if np.isclose(c.ys[0], 120)][0]
    # 10 % monthly growth: month 6 = 120 x 1.1^5
    assert glm.ys[-1] == pytest.approx(120 * 1.1 ** 5)
    cumulative = [c for c in chart.lines[1].lines if np.isclose(c.ys[0], 120)][0]
    assert cumulative.ys[-1] == pytest.approx(sum(120 * 1.1 ** k for k in range(6)))
    dashed = [c for c in curves if c.pen.style() == pg.QtCore.Qt.PenStyle.DashLine]
    assert len(dashed) == 3
    assert all(c.dashed for c in dashed) and sum(c.dashed for c in curves) == 3
    assert chart.hover_text(0, 6, 120 * 1.1 ** 5).startswith("GLM-3-Turbo, month 6")


def test_history_chart_steps_and_price_war_marker(qtbot, app, evaluation):
    chart = HistoryChart()
    qtbot.addWidget(chart)
    rows = chart_rows(evaluation)
    history = history_rows(evaluation, rows)
    chart.set_data(history, dict(zip(rows["model_id"], rows["color"], strict=True)), "CNY",
                   "input", dt.date(2024, 5, 1), dt.date(2024, 6, 1), log=False)
    curves = chart.curves.lines
    assert len(curves) == 5
    glm = next(s for s in chart.series if s[0] == "GLM-3-Turbo")
    assert list(glm[2]) == [5.0, 1.0]  # 5 -> 1 CNY per 1M on 2024-05-11
    assert glm[1][1] == timestamp(dt.date(2024, 5, 11))
    regions = [i for i in chart.plot.items if isinstance(i, pg.LinearRegionItem)]
    assert regions and regions[0].getRegion() == (timestamp(dt.date(2024, 5, 6)),
                                                  timestamp(dt.date(2024, 5, 22)))
    assert "May 2024 price war" in texts(chart.plot)
    hover = chart.hover_text(0, timestamp(dt.date(2024, 5, 15)), 1.0)
    assert hover == "GLM-3-Turbo\n¥1 per 1M tokens since May 11, 2024"
    # The drawn line holds each price from its date to the next record's date:
    # ¥5 from 2024-01-01 until 2024-05-11, then ¥1.
    glm_curve = curves[[s[0] for s in chart.series].index("GLM-3-Turbo")]
    path = glm_curve.path
    points = [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
    start, cut = timestamp(dt.date(2024, 1, 1)), timestamp(dt.date(2024, 5, 11))
    assert (start, 5.0) in points and (cut, 5.0) in points and (cut, 1.0) in points
    assert not any(x < cut and y == 1.0 for x, y in points)


def test_history_log_scale_draws_free_on_the_floor(qtbot, app, evaluation):
    chart = HistoryChart()
    qtbot.addWidget(chart)
    rows = chart_rows(evaluation)
    chart.set_data(history_rows(evaluation, rows), dict(zip(rows["model_id"], rows["color"],
                                                            strict=True)),
                   "CNY", "input", dt.date(2024, 5, 1), dt.date(2024, 6, 1), log=True)
    assert chart.plot.ctrl.logYCheck.isChecked()
    assert "free (0)" in texts(chart.plot)
    ernie = next(s for s in chart.series if s[0] == "ERNIE-Speed-8K")
    assert list(ernie[2]) == [4.0, 0.0]
    # On the log axis a price is drawn at log10(price); free sits on the floor.
    labels = [s[0] for s in chart.series]
    curve = chart.curves.lines[labels.index("ERNIE-Speed-8K")]
    assert curve.ys[0] == pytest.approx(np.log10(4.0))
    assert curve.ys[1] == pytest.approx(np.log10(chart.floor))
    (y0, y1) = chart.plot.viewRange()[1]
    assert y0 < np.log10(chart.floor) < np.log10(4.0) < y1
    # the floor stands clear of the "baseline" and "current" labels at the bottom, so
    # "free (0)" above it never runs into them
    assert (np.log10(chart.floor) - y0) / (y1 - y0) >= 0.115


def test_vendor_colour_is_the_same_in_every_chart(qtbot, app, evaluation):
    """GLM-3-Turbo is drawn in Zhipu AI's colour in all four charts: its current bar in
    the spend chart, its savings bar, its projection line and its price-history line."""
    from calculator.ui.charts.feed import draw_chart

    zhipu = vendor_color("Zhipu AI")
    rows = chart_rows(evaluation)
    assert QColor(rows.set_index("model_id").loc["glm-3-turbo", "color"]) == zhipu
    spend, savings = SpendChart(), SavingsChart()
    projection, history = ProjectionChart(), HistoryChart()
    for chart in (spend, savings, projection, history):
        qtbot.addWidget(chart)
        draw_chart(chart, evaluation, rows)
    row = list(spend.rows["model_id"]).index("glm-3-turbo")
    assert spend.current_bars.opts["brushes"][row].color() == zhipu
    row = list(savings.rows["model_id"]).index("glm-3-turbo")
    assert savings.bars.opts["brushes"][row].color() == zhipu
    solid = [line for line in projection.lines[0].lines if not line.dashed]
    glm = projection.labels.index("GLM-3-Turbo")
    assert solid[glm].pen.color() == zhipu
    labels = [label for label, _, _ in history.series]
    assert history.curves.lines[labels.index("GLM-3-Turbo")].pen.color() == zhipu


def test_charts_survive_5000_updates(qtbot, app, evaluation):
    """PySide6 6.12 with Python 3.11 crashed pyqtgraph after ~1,600 updates (None refcount).

    Updates every chart of the registry 200 times, and a plain curve 5,000 times through
    ``setData``, the call path that crashed; a dependency bump that brings the bug back
    fails here.
    """
    from calculator.ui.charts.feed import draw_chart
    from calculator.ui.charts.registry import charts

    drawn = [spec.load()() for spec in charts()]
    for chart in drawn:
        qtbot.addWidget(chart)
        chart.show()
    rows = chart_rows(evaluation)
    plain = pg.PlotWidget()
    qtbot.addWidget(plain)
    plain.show()
    curve = plain.plot([1, 2], [1, 2])
    rng = np.random.default_rng(0)
    for i in range(5000):
        curve.setData(np.arange(36), rng.random(36))
        if i % 25 == 0:
            for chart in drawn:
                draw_chart(chart, evaluation, rows)
        if i % 5 == 0:
            app.processEvents()
    assert curve.getData()[0].size == 36
    assert [chart.draw_count for chart in drawn] == [200] * len(drawn)


def test_every_chart_handles_no_models(qtbot, app, evaluation):
    """Clearing the selection shows a message instead of stale or meaningless data."""
    from calculator.engine.evaluate import evaluate
    from calculator.ui.charts.feed import draw_chart

    empty = evaluate(dataclasses.replace(evaluation.scenario, models=()), load_catalog(),
                     default_fx(), calendars=CALENDARS)
    rows = chart_rows(empty)
    for chart in (SpendChart(), SavingsChart(), ProjectionChart(), HistoryChart()):
        qtbot.addWidget(chart)
        draw_chart(chart, evaluation, chart_rows(evaluation))  # first some data ...
        draw_chart(chart, empty, rows)  # ... then none
        assert chart._empty.isVisible(), chart.name
        assert chart._empty.toPlainText() == "Select models to compare"
        assert not chart.plots[0].getAxis("bottom").isVisible()


def test_money_axis_labels(qtbot, app):
    from calculator.ui.charts.axes import MoneyAxis

    axis = MoneyAxis("bottom")
    assert axis.tickStrings([0, 50_000, 100_000], 1, 50_000) == ["0", "50,000", "100,000"]
    axis.units = "cn"
    # one unit along the axis, no "5.00万" and no "50,000" next to "10万"
    assert axis.tickStrings([0, 50_000, 100_000], 1, 50_000) == ["0", "5万", "10万"]
    assert axis.tickStrings([0, 25_000, 150_000], 1, 25_000) == ["0", "2.5万", "15万"]
    assert axis.tickStrings([0, 5_000, 15_000], 1, 5_000) == ["0", "5,000", "15,000"]
    assert axis.tickStrings([1e8, 2e8], 1, 1e8) == ["1亿", "2亿"]
    assert axis.tickStrings([0, 2_000, 4_000], 1, 2_000) == ["0", "2,000", "4,000"]
    axis.log = True  # decades only
    assert axis.tickStrings([-1, -0.5, 0, 1, 2], 1, 1) == ["0.1", "", "1", "10", "100"]


def test_models_of_one_vendor_get_shades_far_enough_apart():
    from calculator.ui.charts.palette import model_shades, vendor_hex

    for vendor in ("OpenAI", "Tencent Cloud", "ByteDance (Volcengine)", "Acme"):
        for count in (2, 3, 6):
            shades = [QColor(c) for c in model_shades(vendor, count)]
            assert len({c.name() for c in shades}) == count
            lightness = [c.lightnessF() for c in shades]
            assert lightness == sorted(lightness)  # darker to lighter
            assert lightness[-1] - lightness[0] >= 0.25, (vendor, count)
            assert min(lightness) > 0.05 and max(lightness) <= 0.81  # visible on white
        assert model_shades(vendor, 1) == (vendor_hex(vendor),)


@pytest.mark.parametrize(("value", "expected"), [
    (0.0, 0.0), (1.0, 1.0), (0.95, 1.0), (1.01, 1.2), (12_000, 12_000), (12_001, 15_000),
    (0.0023, 0.0025), (99, 100), (101, 120), (8.1, 10), (-5.0, -5.0)])
def test_nice_ceiling(value, expected):
    from calculator.ui.charts.axes import nice_ceiling

    assert nice_ceiling(value) == pytest.approx(expected)


def test_projection_axis_ends_on_a_round_number_and_holds_while_typing(qtbot, app, evaluation):
    chart = ProjectionChart()
    qtbot.addWidget(chart)
    names, hues = projection_inputs(evaluation)
    chart.set_data(evaluation.projection, names, hues)
    top = chart.monthly.viewRange()[1][1]
    highest = np.nanmax(evaluation.projection.current_monthly)
    assert highest < top <= highest * 1.3
    assert top / 10 ** np.floor(np.log10(top)) in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8)
    nudged = dataclasses.replace(evaluation.projection,
                                 current_monthly=evaluation.projection.current_monthly * 1.001)
    chart.set_data(nudged, names, hues)
    assert chart.monthly.viewRange()[1][1] == top


@pytest.mark.parametrize("kind", ["spend", "savings"])
def test_bar_axis_ends_on_a_round_number_and_holds_while_typing(qtbot, app, evaluation, kind):
    """The money axis ends on a fine round number (the longest bar still nearly fills
    the plot), so a keystroke that moves the numbers by a little keeps the axis as it
    was and it is not drawn again."""
    from calculator.ui.charts.axes import FINE_STEPS

    chart = (SpendChart if kind == "spend" else SavingsChart)()
    qtbot.addWidget(chart)
    chart.resize(900, 420)
    chart.show()
    qtbot.waitExposed(chart)
    rows = chart_rows(evaluation)
    column = "current_cost" if kind == "spend" else "savings"
    chart.set_data(rows, "CNY")
    end = chart.plot.viewRange()[0][1]
    longest = np.nanmax(rows[column])
    assert end / 10 ** np.floor(np.log10(end)) in FINE_STEPS
    assert longest < end <= longest * 1.6  # room for the value labels, not much more
    nudged = rows.copy()
    for name in ("baseline_cost", "current_cost", "savings"):
        nudged[name] = rows[name] * 1.002
    chart.set_data(nudged, "CNY")
    assert chart.plot.viewRange()[0][1] == end


def test_zoom_stays_until_reset_and_the_menu_offers_the_way_back(qtbot, app, evaluation):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from calculator.ui.charts.interaction import chart_menu

    chart = SpendChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    qtbot.waitExposed(chart)
    rows = chart_rows(evaluation)
    chart.set_data(rows, "CNY")
    view = chart.plot.getViewBox()
    auto = view.viewRange()
    menu = chart_menu(chart)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Reset zoom", "Copy image", "Export this chart…", "Current cost by part"]
    assert not menu.actions()[0].isEnabled()  # nothing to reset yet
    at = QPointF(chart.plot.sceneBoundingRect().center())
    wheel = QWheelEvent(at, QPointF(chart.mapToGlobal(at.toPoint())), QPoint(0, 0),
                        QPoint(0, 240), pg.QtCore.Qt.MouseButton.NoButton,
                        pg.QtCore.Qt.KeyboardModifier.NoModifier,
                        pg.QtCore.Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(chart.viewport(), wheel)
    qtbot.waitUntil(lambda: chart.user_view)
    zoomed = view.viewRange()
    assert zoomed[0][1] - zoomed[0][0] < auto[0][1] - auto[0][0]  # money axis zoomed in
    assert zoomed[1] == pytest.approx(auto[1])  # rows stay
    chart.set_data(rows, "CNY")  # new numbers keep the user's view
    assert view.viewRange()[0] == pytest.approx(zoomed[0])
    assert chart_menu(chart).actions()[0].isEnabled()
    chart.reset_view()
    assert not chart.user_view and view.viewRange()[0] == pytest.approx(auto[0])
    copied = []
    chart.sig_copy_requested.connect(copied.append)
    next(a for a in chart_menu(chart).actions() if a.text() == "Copy image").trigger()
    assert copied == ["spend"]


def test_lines_of_one_vendor_carry_different_markers(qtbot, app):
    scenario = Scenario(baseline_date=dt.date(2024, 5, 1), current_date=dt.date(2024, 6, 1),
                        models=("qwen-max", "qwen-turbo", "qwen-plus", "glm-4"))
    ev = evaluate(scenario, load_catalog(), default_fx(), calendars=CALENDARS)
    rows = chart_rows(ev)
    from calculator.ui.charts.feed import draw_chart

    chart = ProjectionChart()
    qtbot.addWidget(chart)
    draw_chart(chart, ev, rows)
    solid = [line for line in chart.lines[0].lines if not line.dashed]
    alibaba = [line.symbol for line, vendor in zip(solid, rows["vendor"], strict=True)
               if vendor == "Alibaba Cloud"]
    assert len(alibaba) == 3 and len(set(alibaba)) == 3  # told apart, not only by shade
    assert all(entry[3] for entry in chart.legend.entries[:4])  # the legend shows them
    history = HistoryChart()
    qtbot.addWidget(history)
    draw_chart(history, ev, rows)
    assert len({line.symbol for line in history.curves.lines}) >= 3


def test_bar_charts_can_leave_out_models_without_a_value(qtbot, app, evaluation):
    from calculator.ui.charts.feed import draw_chart

    hidden = dataclasses.replace(evaluation, scenario=evaluation.scenario.with_chart(
        hide_missing=True))
    chart = SavingsChart()
    qtbot.addWidget(chart)
    draw_chart(chart, hidden, chart_rows(hidden))
    assert chart.rows["group_text"].isna().all()  # no lines for them
    assert chart.plot.titleLabel.text.endswith("(3 without a value not shown)")


def test_history_dates_are_labelled(qtbot, app, evaluation):
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(900, 450)
    chart.show()
    qtbot.waitExposed(chart)
    from calculator.ui.charts.feed import draw_chart

    draw_chart(chart, evaluation, chart_rows(evaluation))
    axis = chart.date_axis
    (x0, x1), _ = chart.plot.viewRange()
    levels = axis.tickValues(x0, x1, axis.geometry().width())
    shown = [axis.tickStrings(values, 1, spacing) for spacing, values in
             levels[:axis.style["maxTextLevel"] + 1]]
    assert {"May", "Jun"} <= {text for level in shown for text in level}


def test_screen_markers_are_stamped_in_each_lines_colour_and_shape(qtbot, app):
    """On screen the markers of every line come from one picture holding each marker
    once; each point shows its own line's marker, where the path would be drawn."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QImage, QPainter

    from calculator.ui.charts.lines import LinesItem
    from calculator.ui.charts.pools import pen

    plot = pg.PlotWidget(background="w")
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.show()
    qtbot.waitExposed(plot)
    item = LinesItem(marker_px=12)
    plot.addItem(item)
    kinds = [("#c92a2a", "s"), ("#1971c2", "o"), ("#2b8a3e", "d"), ("#c92a2a", "o")]
    xs = np.array([1.0, 2.0, np.nan, 3.0])  # a gap: no marker there
    item.set_lines([(xs, np.full(4, float(k)), pen(color, 1.0), symbol)
                    for k, (color, symbol) in enumerate(kinds, start=1)])
    plot.setRange(xRange=(0, 4), yRange=(0, 5), padding=0)
    qtbot.waitUntil(lambda: plot.getViewBox().viewRange()[1][1] == 5)
    image = plot.viewport().grab().toImage()
    view = plot.getViewBox()

    def colour_at(x: float, y: float, dx: int = 0, dy: int = 0) -> str:
        point = plot.mapFromScene(view.mapViewToScene(QPointF(x, y)))
        return image.pixelColor(point.x() + dx, point.y() + dy).name()

    for k, (color, _) in enumerate(kinds, start=1):
        for x in (1.0, 2.0, 3.0):
            assert colour_at(x, k) == color, (k, x)
    assert colour_at(2.5, 1, 0, -5) == "#ffffff"  # no marker in the gap
    # the same shapes as the paths an export draws (the scene rendered without a view)
    drawn = QImage(image.size(), QImage.Format.Format_ARGB32)
    drawn.fill(QColor("white"))
    painter = QPainter(drawn)
    plot.scene().render(painter, QRectF(drawn.rect()),
                        plot.mapToScene(plot.viewport().rect()).boundingRect())
    painter.end()

    def pixels(picture: QImage) -> np.ndarray:
        picture = picture.convertToFormat(QImage.Format.Format_RGB32)
        return np.frombuffer(picture.constBits(), np.uint8).reshape(
            picture.height(), picture.bytesPerLine())[:, :picture.width() * 4].reshape(
            picture.height(), picture.width(), 4).astype(int)

    def softened(values: np.ndarray) -> np.ndarray:  # 3 x 3 means: half-pixel shifts pass
        padded = np.pad(values, ((1, 1), (1, 1), (0, 0)), mode="edge")
        return sum(padded[1 + dy:padded.shape[0] - 1 + dy, 1 + dx:padded.shape[1] - 1 + dx]
                   for dy in (-1, 0, 1) for dx in (-1, 0, 1)) / 9

    differ = (np.abs(softened(pixels(image)) - softened(pixels(drawn))) > 48).any(axis=2)
    marked = (pixels(drawn) < 200).any(axis=2)
    assert differ.sum() <= 0.01 * marked.sum(), (differ.sum(), marked.sum())


@pytest.mark.parametrize(("width", "folded"), [(450, True), (700, False), (1000, False)])
def test_a_narrow_chart_folds_its_legend_and_shortens_its_title(qtbot, app, width, folded):
    """On screen nothing is pushed past the chart's edge: a chart too narrow for its side
    legend gives the legend's room to the plot, and a long title ends in …"""
    from PySide6.QtCore import Qt

    from calculator.engine.presets import first_scenario
    from calculator.ui.charts.feed import draw_chart

    ev = evaluate(first_scenario(dt.date(2026, 12, 1)), load_catalog(), default_fx(),
                  calendars=CALENDARS)
    chart = SpendChart()
    qtbot.addWidget(chart)
    chart.resize(width, 360)
    chart.show()
    qtbot.waitExposed(chart)
    draw_chart(chart, ev, chart_rows(ev))
    qtbot.waitUntil(lambda: chart.ci.size().width() <= width)
    whole = chart.title(chart.plot)
    assert whole.startswith("Monthly spend per model, Dec 1, 2025")
    assert chart.legend.folded is folded
    needed = chart.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
    assert needed <= width  # the plot, its title and the legend fit
    shown = chart.plot.titleLabel.text
    assert shown == whole or (shown.endswith("…") and whole.startswith(shown[:-1]))
    if width < 1000:
        assert shown != whole
    chart.resize(1400, 360)  # room again: all of it comes back
    qtbot.waitUntil(lambda: not chart.legend.folded and chart.plot.titleLabel.text == whole)
    chart.resize(width, 360)  # narrowed after drawing wide (a window made smaller)
    # laid out at its new minimum, not at the width the wide layout forced on it
    qtbot.waitUntil(lambda: chart.legend.folded is folded and chart.ci.size().width() <= width)
