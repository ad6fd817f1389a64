"""Fixed chart geometry and fonts: the same inputs give the same picture."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg

from ..fonts import bundled_font


@dataclass(frozen=True)
class ChartStyle:
    """Sizes in pixels. The screen style follows the window; the report style is fixed."""

    tick_px: int = 12
    label_px: int = 13
    title_px: int = 15
    value_px: int = 11
    left_axis: int = 0  # 0 = automatic width
    bottom_axis: int = 0
    margins: tuple[int, int, int, int] = (6, 6, 14, 6)
    background: str = "w"
    foreground: str = "#212529"
    grid_alpha: float = 0.25


SCREEN = ChartStyle()


def style_plot(plot: pg.PlotItem, style: ChartStyle, grid: str = "xy") -> None:
    """Fonts, axis sizes, margins and grid for one plot."""
    plot.layout.setContentsMargins(*style.margins)
    tick_font = bundled_font(style.tick_px)
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=tick_font, autoExpandTextSpace=style.left_axis == 0)
        axis.setTextPen(style.foreground)
        axis.setPen(style.foreground)
        axis.enableAutoSIPrefix(False)
        axis.label.setFont(bundled_font(style.label_px))
        axis.setStyle(maxTickLevel=1, maxTextLevel=1)
    if style.left_axis:
        plot.getAxis("left").setWidth(style.left_axis)
    if style.bottom_axis:
        plot.getAxis("bottom").setHeight(style.bottom_axis)
    plot.showGrid(x="x" in grid, y="y" in grid, alpha=style.grid_alpha)
    plot.titleLabel.item.setFont(bundled_font(style.title_px, bold=True))
    plot.setMenuEnabled(False)
    plot.hideButtons()


def axis_label(plot: pg.PlotItem, side: str, text: str, style: ChartStyle) -> None:
    if plot.getAxis(side).labelText != text:
        plot.setLabel(side, text, color=style.foreground, **{"font-size": f"{style.label_px}px"})
