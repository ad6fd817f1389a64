"""Shared chart machinery: style, hover values, zoom with a way back, the right-click menu,
empty-state message, redraw counting."""

from __future__ import annotations

from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGraphicsItem

from ...reports.locale import ENGLISH, Locale
from ..fonts import bundled_font
from . import MAX_CATEGORY_LABELS
from .axes import FINE_STEPS, nice_ceiling
from .interaction import HoverBox, chart_menu
from .style import SCREEN, ChartStyle, style_plot


class ChartBase(pg.GraphicsLayoutWidget):
    """A chart made of one or more plots that draws only what ``set_data`` gives it.

    Subclasses create their plots in ``__init__`` via :meth:`add_plot`, draw in
    ``set_data`` and answer :meth:`hover_text` for a point in a plot's data
    coordinates. The same class draws on screen and, with a fixed
    :class:`ChartStyle`, in exported images.
    """

    #: Short machine name, used for export file names (``spend.png``).
    name = "chart"
    #: Axes the mouse zooms and pans ("x": money only, for bar charts).
    zoom_axes = "xy"
    #: Pixels the plots keep, axes included, before a side legend gives up its room.
    min_plots_width = 380
    sig_copy_requested = Signal(str)
    """Right-click > Copy image (the chart's name)."""
    sig_export_requested = Signal(str)
    """Right-click > Export this chart… (the chart's name)."""
    sig_option_toggled = Signal(str, bool)
    """Right-click > one of :meth:`menu_options` (its View menu key, checked)."""

    def __init__(self, style: ChartStyle = SCREEN, parent=None):
        super().__init__(parent=parent)
        self.style = style
        self.setBackground(style.background)
        self.ci.setContentsMargins(4, 4, 4, 4)
        self.ci.setSpacing(8)
        self.plots: list[pg.PlotItem] = []
        self.draw_count = 0  # how many times set_data drew; tests and benchmarks read it
        self.locale: Locale = ENGLISH  # dates and units of hover texts (set by the feed)
        self._empty: pg.TextItem | None = None
        self._categories: dict[int, tuple] = {}
        self._titles: dict[int, str] = {}  # plot id -> its whole title
        self._fit: tuple | None = None  # plot, labels, low, high of the last fit_x
        #: The user zoomed or panned: new data keeps the view until reset_view().
        self.user_view = False
        self._auto: dict[int, tuple] = {}  # plot id -> the (x, y) ranges data asked for
        self.hover = HoverBox(bundled_font(max(11, style.value_px)))
        self.scene().addItem(self.hover)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    # ------------------------------------------------------------------ building
    def add_plot(self, row: int = 0, col: int = 0, grid: str = "xy", **kwargs) -> pg.PlotItem:
        """A plot styled for this chart; ``grid`` names the axes with grid lines."""
        plot = self.addPlot(row=row, col=col, **kwargs)
        style_plot(plot, self.style, grid)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            self.cache_on_screen(axis)
            self.cache_on_screen(axis.label)  # a child item: painted on its own
        self.cache_on_screen(plot.titleLabel.item)
        view = plot.getViewBox()
        view.setMouseEnabled(x="x" in self.zoom_axes, y="y" in self.zoom_axes)
        view.sigRangeChangedManually.connect(self._moved_by_user)
        self.plots.append(plot)
        return plot

    def cache_on_screen(self, item) -> None:
        """On screen, paint ``item`` from a picture of it kept until it changes.

        Axes, titles and legends rarely change while a number is typed, yet replaying
        their text costs about a millisecond a chart on every keystroke. Exports draw
        every item afresh (their style is not the screen's), so files stay exact.
        """
        if self.style is SCREEN:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    # ------------------------------------------------------------------ view
    def set_range(self, plot: pg.PlotItem, x: tuple[float, float] | None = None,
                  y: tuple[float, float] | None = None) -> None:
        """Show ``x``/``y`` (data ranges) unless the user has zoomed or panned: then they
        are remembered for :meth:`reset_view`."""
        old_x, old_y = self._auto.get(id(plot), (None, None))
        self._auto[id(plot)] = (x or old_x, y or old_y)
        if x is not None and not (self.user_view and "x" in self.zoom_axes):
            plot.setXRange(*x, padding=0)
        if y is not None and not (self.user_view and "y" in self.zoom_axes):
            plot.setYRange(*y, padding=0)

    def reset_view(self) -> None:
        """Back to the ranges the data asked for (right-click > Reset zoom)."""
        self.user_view = False
        if self._fit is not None:
            self._refit()
        for plot in self.plots:
            x, y = self._auto.get(id(plot), (None, None))
            if x is not None and (self._fit is None or self._fit[0] is not plot):
                plot.setXRange(*x, padding=0)
            if y is not None:
                plot.setYRange(*y, padding=0)

    def _moved_by_user(self, *_) -> None:
        self.user_view = True
        self.hover.hide()

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.hover.hide()
        chart_menu(self).exec(event.globalPos())
        event.accept()

    def retranslate(self, texts: dict[str, str]) -> None:
        """New words (another language); the caller draws again."""
        self.texts = dict(texts)
        for plot in self.plots:
            plot.setTitle(None)

    def max_rows(self, per_row: float = 1.5) -> int:
        """How many category rows fit the plot with ``per_row`` text heights per row."""
        height = self.plots[0].getViewBox().height()
        if height <= 0:  # not laid out yet
            height = self.height() * 0.75
        return max(4, int(height // (self.style.value_px * per_row)))

    def fit_x(self, plot: pg.PlotItem, labels, low: float, high: float) -> None:
        """Show ``low..high`` plus room for the value labels beside the bars, so a label
        at the end of the longest bar stays inside the plot; again on every resize."""
        first = self._fit is None
        self._fit = (plot, labels, low, high)
        if first:
            # a bound method (not a lambda): Qt drops the connection when the chart goes
            plot.getViewBox().sigResized.connect(self._refit)
        self._refit()

    def _refit(self, *_) -> None:
        if self.user_view:
            return
        plot, labels, low, high = self._fit
        span = (high - low) or 1.0
        lo, hi = (low - 0.04 * span if low < 0 else low), high + 0.04 * span
        width = plot.getViewBox().width()
        if width < 80:  # not laid out yet: a fixed margin until the first resize
            lo, hi = (low - 0.25 * span if low < 0 else low), high + 0.2 * span
        else:
            for _ in range(2):  # room on one side narrows the other a little
                for label in labels.labels:
                    needed = labels.width(label.text) + 16
                    if needed > 0.6 * width:
                        continue  # LabelsItem pulls such a label inside instead
                    share = width / (width - needed)
                    if label.anchor[0] == 0:
                        hi = max(hi, lo + (label.x - lo) * share)
                    else:
                        lo = min(lo, hi - (hi - label.x) * share)
        # round ends (only ever more room): the axis stays put while a number is typed
        lo = -nice_ceiling(-lo, FINE_STEPS) if lo < 0 else lo
        plot.setXRange(lo, nice_ceiling(hi, FINE_STEPS) if hi > 0 else hi, padding=0)

    def row_pixels(self, rows: int) -> float:
        """Pixel height of one category row when ``rows`` rows share the plot."""
        return self.plots[0].getViewBox().height() / max(rows, 1)

    def set_title(self, plot: pg.PlotItem, title: str) -> None:
        self._titles[id(plot)] = title
        self._show_title(plot)

    def title(self, plot: pg.PlotItem) -> str | None:
        """The whole title of ``plot`` (on a narrow chart the one shown ends in …)."""
        return self._titles.get(id(plot))

    def _show_title(self, plot: pg.PlotItem) -> None:
        """The title, cut short with … on screen when the chart is too narrow for it (a
        title would otherwise widen its plot past the chart's edge)."""
        title = self._titles.get(id(plot))
        if title is None:
            return
        shown = title
        if self.style is SCREEN and self.isVisible():
            legend = getattr(self, "legend", None)
            taken = 0 if legend is None or getattr(legend, "folded", True) else \
                legend.wanted_width
            # the title stands over the plot's data area: right of its left axis (its
            # width as set, before the layout has given it)
            axis = plot.getAxis("left")
            left = axis.fixedWidth if axis.fixedWidth is not None else axis.width()
            width = (self.width() - taken - 56) / max(1, len(self.plots)) - left
            shown = elided_title(title, self.style.title_px, int(max(width, 60)))
        if plot.titleLabel.text != shown:
            plot.setTitle(shown, size=f"{self.style.title_px}px", bold=True,
                          color=self.style.foreground)

    def set_categories(self, plot: pg.PlotItem, positions, labels: list[str],
                       max_width: int = 260) -> None:
        """Category labels on the left axis, with the axis as wide as the longest label.

        pyqtgraph cannot grow an axis for labels it has not drawn yet, so the width
        is measured here; long labels are elided to ``max_width`` pixels.
        """
        key = (tuple(labels), max_width)
        if self._categories.get(id(plot), (None,))[0] != key:
            metrics = QFontMetrics(bundled_font(self.style.tick_px))
            shown = [metrics.elidedText(str(label), Qt.TextElideMode.ElideMiddle, max_width)
                     for label in labels]
            width = max((metrics.horizontalAdvance(text) for text in shown), default=20)
            self._categories[id(plot)] = (key, shown, width)
        _, shown, width = self._categories[id(plot)]
        axis = plot.getAxis("left")
        if axis.width() != width + 16:
            axis.setWidth(width + 16)
            self._show_title(plot)  # the title's room is right of this axis
        ticks = list(zip(positions, shown, strict=True))
        step = max(1, -(-len(ticks) // MAX_CATEGORY_LABELS))
        ticks = [ticks[::step]]
        if axis._tickLevels != ticks:  # new ticks throw away the axis picture
            axis.setTicks(ticks)

    def bundle_legend_fonts(self, legend: pg.LegendItem) -> None:
        """Legend labels in the bundled font, so exports do not depend on system fonts."""
        font = bundled_font(self.style.value_px)
        for _, label in legend.items:
            label.item.setFont(font)
            label.setText(label.text)  # re-measure with the new font
        legend.updateSize()

    def show_empty(self, text: str | None) -> None:
        """Show ``text`` in the middle of the chart instead of data (``None``: data again).

        While empty, axes and legends are hidden: an axis without data means nothing.
        """
        plot = self.plots[0]
        for each in self.plots:
            for name in ("left", "bottom"):
                each.getAxis(name).setVisible(not text)
            legend = getattr(each, "legend", None)
            if legend is not None:
                legend.setVisible(not text)
        side = getattr(self, "legend", None)
        if side is not None:
            side.setVisible(not text)
        if self._empty is None:
            self._empty = pg.TextItem(anchor=(0.5, 0.5), color="#868E96")
            self._empty.setFont(bundled_font(self.style.label_px + 2))
            plot.addItem(self._empty, ignoreBounds=True)
        self._empty.setVisible(bool(text))
        if text:
            self._empty.setText(text)
            (x0, x1), (y0, y1) = plot.viewRange()
            self._empty.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def menu_options(self) -> list[tuple[str, str, bool]]:
        """Chart options the right-click menu offers: (View menu key, text, checked)."""
        return []

    # ------------------------------------------------------------------ hover
    def hover_text(self, plot_index: int, x: float, y: float) -> str | None:
        """Exact values at data point (x, y) of plot ``plot_index``; None for nothing."""
        return None

    def hover_at_scene(self, pos: QPointF) -> str | None:
        for index, plot in enumerate(self.plots):
            if plot.sceneBoundingRect().contains(pos):
                point = plot.getViewBox().mapSceneToView(pos)
                return self.hover_text(index, point.x(), point.y())
        return None

    def _on_mouse_moved(self, pos: QPointF) -> None:
        text = self.hover_at_scene(pos)
        if text:
            self.hover.show_text(text, pos, self.sceneRect())
        else:
            self.hover.hide()

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.hover.hide()
        super().leaveEvent(event)

    def set_legend(self, entries: list[tuple], more_text: str = "+ {n}") -> None:
        """The side legend's entries (:meth:`SideLegend.set_entries`); the room it takes
        is fitted to the chart's width again."""
        self.legend.set_entries(entries, more_text)
        self.fit_legend()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if hasattr(self, "_titles"):  # not while pyqtgraph's __init__ sizes the view
            self.fit_legend()

    def fit_legend(self) -> None:
        """On screen, a side legend folds away when the chart is too narrow for it and
        :attr:`min_plots_width` of plots, and titles too long for their plot end in …
        (exports have a fixed size and keep both)."""
        if self._fit_room() and self.isVisible():
            # the layout took the width its old minimum forced on it; once it has its new
            # minimum (after Qt's layout request), it is set to the view's size again
            QTimer.singleShot(0, self, self._fit_view)

    def _fit_view(self) -> None:
        if not self.closed:
            super().resizeEvent(None)  # pyqtgraph: the layout takes the view's rectangle

    def _fit_room(self) -> bool:
        """:meth:`fit_legend` without the new layout; whether the legend or a title changed."""
        legend = getattr(self, "legend", None)
        folded = getattr(legend, "folded", None)
        if self.style is SCREEN and hasattr(legend, "fold"):
            legend.fold(self.width() < legend.wanted_width + self.min_plots_width)
        titles = [plot.titleLabel.text for plot in self.plots]
        for plot in self.plots:
            self._show_title(plot)
        return (getattr(legend, "folded", None) != folded
                or titles != [plot.titleLabel.text for plot in self.plots])

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        hint.setHeight(320)
        return hint


@lru_cache(maxsize=128)
def elided_title(title: str, px: int, width: int) -> str:
    """``title`` in the bold title font of ``px`` pixels, cut to ``width`` with …"""
    metrics = QFontMetrics(bundled_font(px, bold=True))
    return metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)


def text_item(text: str, color, px: int, anchor=(0, 0.5)) -> pg.TextItem:
    item = pg.TextItem(text, color=color, anchor=anchor)
    item.setFont(bundled_font(px))
    return item


def side_legend(chart: ChartBase, col: int, style: ChartStyle):
    """A legend in its own layout column to the right of the plots, never over the data."""
    from .legend import SideLegend

    legend = SideLegend(style.value_px, style.foreground)
    chart.cache_on_screen(legend)
    chart.ci.addItem(legend, row=0, col=col)
    return legend


def set_bars(bars: pg.BarGraphItem, **opts) -> None:
    """``BarGraphItem.setOpts`` that also accepts zero bars (pyqtgraph 0.14 fails on empty pens)."""
    if len(opts["width"]) == 0:
        opts["pens"] = opts["brushes"] = None
    bars.setOpts(**opts)
