"""Many lines drawn by one chart item.

A ``PlotCurveItem`` per line costs a fraction of a millisecond of Python on every
paint (bounds, pixel vectors, path checks); the projection chart draws dozens of
lines and repaints on every keystroke. :class:`LinesItem` builds one painter
path per line when the data changes and paints them all in a single call.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPen

from .pools import ViewAreaItem


@dataclass(eq=False)
class Line:
    """One line: points ``xs``/``ys`` (NaN breaks the line) and its pen."""

    xs: np.ndarray
    ys: np.ndarray
    pen: QPen
    path: QPainterPath = field(default_factory=QPainterPath, repr=False)

    @property
    def dashed(self) -> bool:
        return self.pen.style() != pg.QtCore.Qt.PenStyle.SolidLine


class LinesItem(ViewAreaItem):
    """Lines in data coordinates with cosmetic pens, painted in the order given.

    Cosmetic pens are pixels wide, so lines reach a little beyond the data: the item
    claims the visible area (:class:`ViewAreaItem`).

    ``step=True`` draws each value as a horizontal step to the next x (a price
    that holds until it changes), like ``PlotCurveItem(stepMode="right")``.
    """

    def __init__(self, step: bool = False):
        super().__init__()
        self.step = step
        self.lines: list[Line] = []
        self._bounds = QRectF()

    def set_lines(self, series: list[tuple[np.ndarray, np.ndarray, QPen]]) -> list[Line]:
        """Replace every line; returns the :class:`Line` objects in ``series`` order."""
        self.prepareGeometryChange()
        self.lines = [self._line(np.asarray(xs, float), np.asarray(ys, float), line_pen)
                      for xs, ys, line_pen in series]
        self._bounds = self._data_bounds()
        self.informViewBoundsChanged()
        self.update()
        return self.lines

    def _line(self, xs: np.ndarray, ys: np.ndarray, line_pen: QPen) -> Line:
        px, py = xs, ys
        if self.step and len(xs) > 1:
            px, py = np.repeat(xs, 2)[1:], np.repeat(ys, 2)[:-1]
        path = pg.arrayToQPath(px, py, connect="finite") if len(px) else QPainterPath()
        return Line(xs, ys, line_pen, path)

    def _data_bounds(self) -> QRectF:
        finite = [(line.xs[ok], line.ys[ok]) for line in self.lines
                  if (ok := np.isfinite(line.xs) & np.isfinite(line.ys)).any()]
        if not finite:
            return QRectF()
        xs = np.concatenate([x for x, _ in finite])
        ys = np.concatenate([y for _, y in finite])
        return QRectF(xs.min(), ys.min(), xs.max() - xs.min(), ys.max() - ys.min())

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):  # noqa: N802, N803
        """For ``ViewBox`` auto-ranging: the data's extent along ``axis``."""
        if not any(np.isfinite(line.ys).any() for line in self.lines):
            return None, None
        if axis == 0:
            return self._bounds.left(), self._bounds.right()
        return self._bounds.top(), self._bounds.bottom()

    def paint(self, painter: QPainter, *args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing,
                              bool(pg.getConfigOption("antialias")))
        for line in self.lines:
            painter.setPen(line.pen)
            painter.drawPath(line.path)
