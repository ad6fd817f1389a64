"""A compact legend beside the plots: one row per line, aligned swatches, never overflowing.

pyqtgraph's LegendItem sizes rows from rich-text labels, which spreads rows far
apart at report font sizes and lets long legends push the plots off the chart.
This one paints fixed-height rows and, when they do not fit, ends with
"+ N more" instead of growing.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from ..fonts import bundled_font
from .markers import paint_marker

SWATCH = 22  # pixels of line sample


class SideLegend(pg.GraphicsWidget):
    def __init__(self, pixel_size: int, foreground: str = "#212529"):
        super().__init__()
        self.font = bundled_font(pixel_size)
        self.metrics = QFontMetricsF(self.font)
        self.row_height = round(self.metrics.height() * 1.35)
        self.foreground = QColor(foreground)
        self.entries: list[tuple[str, QPen | None]] = []
        self.more_text = "+ {n}"
        #: The width the entries need; :meth:`fold` gives it up on a narrow chart.
        self.wanted_width = 0.0
        self.folded = False
        self.setSizePolicy(pg.QtWidgets.QSizePolicy.Policy.Fixed,
                           pg.QtWidgets.QSizePolicy.Policy.Expanding)

    def set_entries(self, entries: list[tuple], more_text: str = "+ {n}") -> None:
        """``entries``: (label, pen) draws a line sample (a ``None`` pen none: a note
        line); (label, pen, brush) a filled square (bars: a vendor's colour);
        (label, pen, None, marker) a line with its point marker."""
        if entries == self.entries and more_text == self.more_text:
            return
        self.entries = list(entries)
        self.more_text = more_text
        width = max((self.metrics.horizontalAdvance(entry[0]) for entry in entries), default=0)
        self.wanted_width = SWATCH + 10 + width + 8 if entries else 0
        self._apply_width()
        self.setPreferredHeight(self.row_height * len(entries))
        self.updateGeometry()
        self.update()

    def fold(self, folded: bool) -> None:
        """Give the plots the legend's room (a chart too narrow for both: the colours are
        named in the table and the hover text) or take it back."""
        if folded != self.folded:
            self.folded = folded
            self._apply_width()
            self.updateGeometry()
            self.update()

    def _apply_width(self) -> None:
        wide = 0 if self.folded else self.wanted_width
        self.setPreferredWidth(wide)
        self.setMinimumWidth(wide)
        self.setMaximumWidth(wide)

    def texts(self) -> list[str]:
        return [entry[0] for entry in self.entries]

    def paint(self, painter: QPainter, *args) -> None:
        if not self.entries or self.folded:
            return
        fits = max(1, int(self.size().height() // self.row_height))
        shown = self.entries
        hidden = 0
        if len(shown) > fits:
            hidden = len(shown) - (fits - 1)
            shown = shown[: fits - 1]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font)
        ascent = self.metrics.ascent()
        rows = [(entry[0], entry[1], entry[2] if len(entry) > 2 else None,
                 entry[3] if len(entry) > 3 else None) for entry in shown]
        if hidden:
            rows.append((self.more_text.format(n=f"{hidden:,}"), None, None, None))
        for i, (text, line_pen, fill, symbol) in enumerate(rows):
            top = i * self.row_height
            middle = top + self.row_height / 2
            if fill is not None:
                side = min(self.row_height * 0.62, SWATCH)
                painter.setPen(line_pen if line_pen is not None else QPen(QColor(0, 0, 0, 0)))
                painter.setBrush(fill if isinstance(fill, QBrush) else QBrush(QColor(fill)))
                painter.drawRect(QRectF(SWATCH - side, middle - side / 2, side, side))
                painter.setBrush(QBrush())
            elif line_pen is not None:
                painter.setPen(line_pen)
                painter.drawLine(QPointF(2, middle), QPointF(SWATCH, middle))
                if symbol:
                    paint_marker(painter, symbol, QPointF((SWATCH + 2) / 2, middle),
                                 line_pen.color())
                    painter.setBrush(QBrush())
            painter.setPen(self.foreground)
            baseline = middle + ascent / 2 - self.metrics.descent() / 2
            painter.drawText(QPointF(SWATCH + 8, baseline), text)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self.size().width(), self.size().height())
