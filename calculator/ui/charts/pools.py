"""Cached pens and brushes, an item that draws many text labels, and their base for
items that draw across the whole view.

Creating pyqtgraph items and Qt pens costs far more than reusing them; a chart that
redraws on every keystroke keeps its items and only changes what differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen


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


class ViewAreaItem(pg.GraphicsObject):
    """An item that draws anywhere in its view and so claims the whole visible area
    (as pyqtgraph's InfiniteLine does): repainted with the view, never culled."""

    _bounds = QRectF()  # until the item is in a view

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph hook)
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:  # noqa: N802
        view = self.getViewBox()
        return view.viewRect() if view is not None else self._bounds


class LabelsItem(ViewAreaItem):
    """Many short text labels drawn by one item, in pixels, at data positions.

    Much cheaper than one ``TextItem`` per label: no text documents, one paint
    call. ``anchor`` (0..1, 0..1) places the text box relative to its point.
    """

    def __init__(self, font: QFont):
        super().__init__()
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.labels: list[Label] = []
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        """Pixel width of ``text`` in the labels' font (remembered: the chart measures
        its labels to fit its range, then paints them, on every keystroke)."""
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > 4096:
                self._widths.clear()
            width = self._widths[text] = self.metrics.horizontalAdvance(text)
        return width

    def set_labels(self, labels: list[Label]) -> None:
        if labels == self.labels:
            return
        self.prepareGeometryChange()
        self.labels = list(labels)
        self.update()

    def texts(self) -> list[str]:
        return [label.text for label in self.labels]

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
            width = self.width(label.text)
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
