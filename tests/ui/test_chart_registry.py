"""One chart registry: a fifth chart is one entry, and tabs, the View menu, copy-chart,
the exporter and the HTML report all pick it up."""

from __future__ import annotations

import re

import pytest

from calculator.ui.charts import registry


def draw_counts(chart, evaluation, rows, locale) -> None:
    """Draws one bar per model: its current cost."""
    chart.set_data(rows)


@pytest.fixture
def throwaway_chart(monkeypatch):
    from calculator.ui.charts.base import ChartBase

    class CountChart(ChartBase):
        name = "model_count"

        def __init__(self, style=None, parent=None):
            from calculator.ui.charts.style import SCREEN

            super().__init__(style or SCREEN, parent)
            self.texts = {}
            self.plot = self.add_plot()
            self.rows = None

        def set_data(self, rows) -> None:
            import numpy as np
            import pyqtgraph as pg

            self.draw_count += 1
            self.rows = rows
            self.plot.clear()
            self.plot.addItem(pg.BarGraphItem(x=np.arange(len(rows)), width=0.8,
                                              height=np.nan_to_num(rows["current_cost"]),
                                              brush="#1F77B4"))

    spec = registry.ChartSpec("model_count", "Models drawn", "Chart: models drawn",
                              "Current cost of every model, one bar each", CountChart,
                              draw_counts, dict)
    monkeypatch.setattr(registry, "CHARTS", [*registry.CHARTS, spec])
    return spec


def test_a_fifth_chart_is_one_registry_entry(qtbot, app, throwaway_chart, tmp_path):
    from PySide6.QtGui import QGuiApplication

    from calculator.ui.export.chart_export import ImageSize
    from calculator.ui.export.exporter import ExportRequest, export_files
    from calculator.ui.main_window import MainWindow

    window = MainWindow(restore=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # a tab
    tabs = window.results.tabs
    assert tabs.count() == 5 and tabs.tabText(4) == "Models drawn"
    # a View menu entry with the next shortcut, that shows the tab
    action = window.actions["chart_model_count"]
    assert action.text() == "Chart: models drawn"
    assert action.shortcut().toString() == "Alt+5"
    assert action in window.menus["view"].actions()
    action.trigger()
    assert tabs.currentIndex() == 4
    chart = window.results.chart("model_count")
    qtbot.waitUntil(lambda: chart.draw_count > 0, timeout=3000)
    assert len(chart.rows) == len(window.state.scenario.models)
    # copy-chart copies the chart on show
    QGuiApplication.clipboard().clear()
    window.actions["copy_chart"].trigger()
    assert QGuiApplication.clipboard().image().width() == 1600
    # the exporter writes it, the report shows it with its caption
    paths = export_files(window.state.results, tmp_path, "t",
                         ExportRequest(formats=("png", "svg", "html"),
                                       size=ImageSize(800, 450)))
    names = {p.name for p in paths}
    assert {"model_count.png", "model_count.svg"} <= names
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'alt="Current cost of every model, one bar each"' in html
    assert len(re.findall(r'src="data:image/png;base64,', html)) == 5


def test_every_entry_names_a_class_whose_name_is_its_key(app):
    for spec in registry.charts():
        assert spec.load().name == spec.key
        assert spec.tab_title() and spec.menu_text() and spec.caption_text()
        assert spec.texts()
