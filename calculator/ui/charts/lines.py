"""Many lines drawn by one chart item.

A ``PlotCurveItem`` per line costs a fraction of a millisecond of Python on every
paint (bounds, pixel vectors, path checks); the projection chart draws dozens of
lines and repaints on every keystroke. :class:`LinesItem` builds one painter
path per line when the data changes and paints them all in a single call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from pyqtgraph.functions import create_qpolygonf, ndarray_from_qpolygonf
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QTransform

from .markers import MARKER_PX, paint_marker
from .pools import ViewAreaItem


@dataclass(eq=False)
class Line:
    """One line: points ``xs``/``ys`` (NaN breaks the line), its pen, and optionally a
    marker drawn at every point (:data:`~calculator.ui.charts.markers.MARKERS`)."""

    xs: np.ndarray
    ys: np.ndarray
    pen: QPen
    path: QPainterPath = field(default_factory=QPainterPath, repr=False)
    symbol: str | None = None
    #: The points with both coordinates finite (where markers go).
    finite: tuple[np.ndarray, np.ndarray] = field(init=False, repr=False)
    #: The marker and its ARGB colour, for :func:`marker_atlas` (None: no marker).
    stamp: tuple[str, str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        ok = np.isfinite(self.xs) & np.isfinite(self.ys)
        self.finite = (self.xs, self.ys) if ok.all() else (self.xs[ok], self.ys[ok])
        self.stamp = (self.symbol, self.pen.color().name(QColor.NameFormat.HexArgb)) \
            if self.symbol else None

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

    def __init__(self, step: bool = False, marker_px: float = MARKER_PX):
        super().__init__()
        self.step = step
        self.marker_px = marker_px
        self.lines: list[Line] = []
        self._bounds = QRectF()
        self._has_data = False
        self._fragments = pg.Qt.internals.PrimitiveArray(QPainter.PixmapFragment, 10)

    def set_lines(self, series: list[tuple]) -> list[Line]:
        """Replace every line (``(xs, ys, pen)`` or ``(xs, ys, pen, marker)``); returns the
        :class:`Line` objects in ``series`` order."""
        self.prepareGeometryChange()
        self.lines = [self._line(np.asarray(item[0], float), np.asarray(item[1], float),
                                 item[2], item[3] if len(item) > 3 else None)
                      for item in series]
        self._bounds = self._data_bounds()
        self.informViewBoundsChanged()
        self.update()
        return self.lines

    def _line(self, xs: np.ndarray, ys: np.ndarray, line_pen: QPen,
              symbol: str | None = None) -> Line:
        line = Line(xs, ys, line_pen, symbol=symbol)
        px, py = xs, ys
        if self.step and len(xs) > 1:
            px, py = np.repeat(xs, 2)[1:], np.repeat(ys, 2)[:-1]
        if len(px) > 1 and len(line.finite[0]) == len(xs):
            line.path = polyline_path(px, py)
        elif len(px):
            line.path = pg.arrayToQPath(px, py, connect="finite")
        return line

    def _data_bounds(self) -> QRectF:
        """The finite points' extent (an empty rectangle when there is none)."""
        finite = [line.finite for line in self.lines if len(line.finite[0])]
        self._has_data = bool(finite)
        if not finite:
            return QRectF()
        xs = np.concatenate([x for x, _ in finite])
        ys = np.concatenate([y for _, y in finite])
        return QRectF(xs.min(), ys.min(), xs.max() - xs.min(), ys.max() - ys.min())

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):  # noqa: N802, N803
        """For ``ViewBox`` auto-ranging: the data's extent along ``axis``."""
        if not self._has_data:
            return None, None
        if axis == 0:
            return self._bounds.left(), self._bounds.right()
        return self._bounds.top(), self._bounds.bottom()

    def paint(self, painter: QPainter, option=None, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing,
                              bool(pg.getConfigOption("antialias")))
        for line in self.lines:
            painter.setPen(line.pen)
            painter.drawPath(line.path)
        marked = [line for line in self.lines if line.symbol]
        if not marked:
            return
        transform = painter.transform()
        painter.setTransform(QTransform())  # markers are pixels wide, not data units
        if widget is not None:  # on screen: stamp each line's marker from a picture of it
            self._stamp_markers(painter, transform, marked, widget.devicePixelRatioF())
        else:  # exports (the scene rendered without a view): every marker as a path
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for line in marked:
                color = line.pen.color()
                for x, y in zip(*line.finite, strict=True):
                    paint_marker(painter, line.symbol, transform.map(QPointF(x, y)), color,
                                 self.marker_px)
        painter.setTransform(transform)

    def _stamp_markers(self, painter: QPainter, transform: QTransform, lines: list[Line],
                       ratio: float) -> None:
        """Markers at every point, all lines' in one call from one picture that holds
        each marker once: a few hundred markers a keystroke cost milliseconds as paths
        and a fraction of one as stamps."""
        stamps = [line.stamp for line in lines]
        kinds = tuple(dict.fromkeys(stamps))
        atlas, cell = marker_atlas(kinds, self.marker_px, ratio)
        column = {kind: k * cell for k, kind in enumerate(kinds)}
        xs = np.concatenate([line.finite[0] for line in lines])
        ys = np.concatenate([line.finite[1] for line in lines])
        if not len(xs):
            return
        where = np.repeat([column[stamp] for stamp in stamps],
                          [len(line.finite[0]) for line in lines])
        self._fragments.resize(len(xs))
        fragments = self._fragments.ndarray()
        fragments[:, 0] = transform.m11() * xs + transform.m21() * ys + transform.dx()
        fragments[:, 1] = transform.m12() * xs + transform.m22() * ys + transform.dy()
        fragments[:, 2] = where
        fragments[:, 3:6] = (0, cell - ATLAS_GAP, cell - ATLAS_GAP)
        fragments[:, 6:10] = (1 / ratio, 1 / ratio, 0.0, 1.0)
        painter.drawPixmapFragments(*self._fragments.drawargs(), atlas)


def polyline_path(xs: np.ndarray, ys: np.ndarray) -> QPainterPath:
    """The path through finite points ``xs``/``ys``, in order: what
    ``pyqtgraph.arrayToQPath`` builds for them, without its checks (a chart builds
    dozens of short lines on every keystroke)."""
    polygon = create_qpolygonf(len(xs))
    points = ndarray_from_qpolygonf(polygon)
    points[:, 0] = xs
    points[:, 1] = ys
    path = QPainterPath()
    path.reserve(len(xs))
    path.addPolygon(polygon)
    return path


#: Transparent pixels between two markers of an atlas (no bleeding when scaled).
ATLAS_GAP = 2


@lru_cache(maxsize=32)
def marker_atlas(kinds: tuple[tuple[str, str], ...], size: float, ratio: float
                 ) -> tuple[QPixmap, int]:
    """The markers ``kinds`` ((marker, ARGB colour) pairs) side by side in one picture,
    and the distance from one to the next in pixels."""
    first = marker_pixmap(kinds[0][0], kinds[0][1], size, ratio)
    cell = first.width() + ATLAS_GAP
    atlas = QPixmap(cell * len(kinds), first.height())
    atlas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(atlas)
    for k, (kind, color) in enumerate(kinds):
        painter.drawPixmap(k * cell, 0, marker_pixmap(kind, color, size, ratio))
    painter.end()
    return atlas, cell


@lru_cache(maxsize=256)
def marker_pixmap(kind: str, color: str, size: float, ratio: float) -> QPixmap:
    """Marker ``kind`` in ``color`` as :func:`paint_marker` draws it, centred in a
    transparent picture for a screen of device pixel ratio ``ratio``."""
    side = int(np.ceil((size * 1.5 + 4) * ratio))
    side += side % 2  # an even size: the centre falls between pixels as the path's does
    picture = QPixmap(side, side)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(ratio, ratio)
    paint_marker(painter, kind, QPointF(side / ratio / 2, side / ratio / 2), QColor(color), size)
    painter.end()
    return picture
