"""Reusable chart items: charts update existing items instead of recreating them.

Creating pyqtgraph items costs far more than updating them; a chart that redraws
on every keystroke keeps pools of text labels and curves and only changes what
differs from the last draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from ..fonts import bundled_font


@lru_cache(maxsize=512)
def brush(color: str) -> QBrush:
    return pg.mkBrush(color)


@lru_cache(maxsize=512)
def pen(color: str | None, width: float = 1.0, dashed: bool = False) -> QPen:
    if color is None:
        return pg.mkPen(None)
    return pg.mkPen(color, width=width,
                    style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)


def hex_color(color: QColor | str) -> str:
    return color.name() if isinstance(color, QColor) else str(color)


@dataclass(frozen=True)
class Label:
    text: str
    color: str
    x: float
    y: float
    anchor: tuple[float, float] = (0.0, 0.5)


class LabelsItem(pg.GraphicsObject):
    """Many short text labels drawn by one item, in pixels, at data positions.

    Much cheaper than one ``TextItem`` per label: no text documents, one paint
    call. ``anchor`` (0..1, 0..1) places the text box relative to its point.
    """

    def __init__(self, font: QFont):
        super().__init__()
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.labels: list[Label] = []
        self._bounds = QRectF()

    def set_labels(self, labels: list[Label]) -> None:
        if labels == self.labels:
            return
        self.prepareGeometryChange()
        self.labels = list(labels)
        self.update()

    def texts(self) -> list[str]:
        return [label.text for label in self.labels]

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph hook)
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:  # noqa: N802
        # Text reaches beyond its anchor points, so claim the whole visible area
        # (as pyqtgraph's InfiniteLine does) to be repainted and never culled.
        view = self.getViewBox()
        return view.viewRect() if view is not None else self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        if not self.labels:
            return
        transform = painter.transform()
        painter.resetTransform()
        painter.setFont(self.font)
        height = self.metrics.height()
        ascent = self.metrics.ascent()
        view = self.getViewBox()
        right = transform.map(view.viewRect().topRight()).x() if view is not None else None
        for label in self.labels:
            point = transform.map(QPointF(label.x, label.y))
            width = self.metrics.horizontalAdvance(label.text)
            left = point.x() - label.anchor[0] * width + (4 if label.anchor[0] == 0 else -4)
            top = point.y() - label.anchor[1] * height
            if right is not None and left + width > right - 2:
                # would run off the plot (a long bar): pull it inside, on a backdrop
                left = max(2.0, right - width - 4)
                painter.fillRect(QRectF(left - 2, top, width + 4, height), _BACKDROP)
            painter.setPen(_text_pen(label.color))
            painter.drawText(QPointF(left, top + ascent), label.text)
        painter.setTransform(transform)


_BACKDROP = QColor(255, 255, 255, 225)


@lru_cache(maxsize=64)
def _text_pen(color: str) -> QPen:
    return QPen(QColor(color))


class TextPool:
    """Text labels inside a plot, reused across draws."""

    def __init__(self, plot: pg.PlotItem, pixel_size: int):
        self.plot = plot
        self.font = bundled_font(pixel_size)
        self.items: list[pg.TextItem] = []
        self._shown: list[Label | None] = []

    def show(self, labels: list[Label]) -> None:
        while len(self.items) < len(labels):
            item = pg.TextItem(anchor=(0, 0.5))
            item.setFont(self.font)
            self.plot.addItem(item, ignoreBounds=True)
            self.items.append(item)
            self._shown.append(None)
        for i, label in enumerate(labels):
            item = self.items[i]
            old = self._shown[i]
            if old != label:
                if old is None or old.text != label.text or old.color != label.color:
                    item.setText(label.text, color=label.color)
                if old is None or old.anchor != label.anchor:
                    item.setAnchor(label.anchor)
                item.setPos(label.x, label.y)
                self._shown[i] = label
            item.setVisible(True)
        for i in range(len(labels), len(self.items)):
            if self._shown[i] is not None:
                self.items[i].setVisible(False)
                self._shown[i] = None

    def texts(self) -> list[str]:
        return [label.text for label in self._shown if label is not None]


class CurvePool:
    """Line items (``PlotCurveItem``, lighter than ``PlotDataItem``) reused across draws."""

    def __init__(self, plot: pg.PlotItem, **curve_options):
        self.plot = plot
        self.options = curve_options
        self.items: list[pg.PlotCurveItem] = []
        self._pens: list[QPen | None] = []

    def draw(self, series: list[tuple[np.ndarray, np.ndarray, QPen]]) -> list[pg.PlotCurveItem]:
        while len(self.items) < len(series):
            item = pg.PlotCurveItem(**self.options)
            self.plot.addItem(item)
            self.items.append(item)
            self._pens.append(None)
        for i, (xs, ys, line_pen) in enumerate(series):
            item = self.items[i]
            if self._pens[i] is not line_pen:
                item.setPen(line_pen)
                self._pens[i] = line_pen
            item.setData(xs, ys)
            item.setVisible(True)
        for item in self.items[len(series):]:
            if item.isVisible():
                item.setData([], [])
                item.setVisible(False)
        return self.items[: len(series)]

    def visible(self) -> list[pg.PlotCurveItem]:
        return [item for item in self.items if item.isVisible()]
