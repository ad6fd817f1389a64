"""Point markers that tell apart the lines of one colour family (a vendor's models).

Without pyqtgraph: the chart feed picks a model's marker before any chart is built.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

#: Point markers that tell apart lines of one colour family (a vendor's models).
MARKERS = ("o", "s", "t", "d", "v", "+", "x", "p")
MARKER_PX = 7.0


def marker(index: int) -> str:
    """The marker of a vendor's ``index``-th model."""
    return MARKERS[index % len(MARKERS)]


def marker_path(kind: str, size: float = MARKER_PX) -> QPainterPath:
    """A marker of ``size`` pixels centred on (0, 0)."""
    h = size / 2
    path = QPainterPath()
    if kind == "o":
        path.addEllipse(QPointF(0, 0), h, h)
    elif kind == "s":
        path.addRect(QRectF(-h * 0.85, -h * 0.85, 1.7 * h, 1.7 * h))
    elif kind in ("t", "v"):
        sign = -1 if kind == "t" else 1
        path.moveTo(0, sign * h * 1.1)
        path.lineTo(h, -sign * h * 0.8)
        path.lineTo(-h, -sign * h * 0.8)
        path.closeSubpath()
    elif kind == "d":
        path.moveTo(0, -h * 1.15)
        path.lineTo(h, 0)
        path.lineTo(0, h * 1.15)
        path.lineTo(-h, 0)
        path.closeSubpath()
    elif kind == "+":
        path.moveTo(-h, 0)
        path.lineTo(h, 0)
        path.moveTo(0, -h)
        path.lineTo(0, h)
    elif kind == "x":
        path.moveTo(-h, -h)
        path.lineTo(h, h)
        path.moveTo(-h, h)
        path.lineTo(h, -h)
    else:  # "p": a five-pointed star
        for i in range(10):
            radius = h * (1.15 if i % 2 == 0 else 0.5)
            angle = -math.pi / 2 + i * math.pi / 5
            point = QPointF(radius * math.cos(angle), radius * math.sin(angle))
            path.lineTo(point) if i else path.moveTo(point)
        path.closeSubpath()
    return path


def paint_marker(painter: QPainter, kind: str, at: QPointF, color: QColor,
                 size: float = MARKER_PX) -> None:
    """One marker at device point ``at``: filled shapes in ``color``, crosses stroked."""
    path = marker_path(kind, size).translated(at)
    if kind in ("+", "x"):
        painter.setPen(QPen(color, 1.8))
        painter.setBrush(QBrush())
    else:
        painter.setPen(QPen(QColor("#FFFFFF"), 0.8))
        painter.setBrush(QBrush(color))
    painter.drawPath(path)


