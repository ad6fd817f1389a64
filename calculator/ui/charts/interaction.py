"""What a chart does under the mouse: exact values where the pointer is, zoom and pan with
a way back, and a right-click menu (reset, copy image, export this chart).

The values show in a box drawn in the chart's own scene, next to the pointer (a Qt
tool tip never showed on some desktops). Zooming and panning are pyqtgraph's: the
wheel zooms, dragging pans, along the axes a chart allows (money only on bar charts).
Once the user moved the view, new data keeps it until "Reset zoom".
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QMenu

from ..i18n import translate

PAD = 6
OFFSET = QPointF(16, 16)


class HoverBox(QGraphicsItem):
    """A few lines of text on a white card, kept inside the chart."""

    def __init__(self, font: QFont):
        super().__init__()
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.lines: list[str] = []
        self._size = (0.0, 0.0)
        self.setZValue(1000)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.hide()

    def show_text(self, text: str, at: QPointF, area: QRectF) -> None:
        lines = text.splitlines()
        if lines != self.lines:
            self.prepareGeometryChange()
            self.lines = lines
            width = max(self.metrics.horizontalAdvance(line) for line in lines) + 2 * PAD
            self._size = (width, self.metrics.lineSpacing() * len(lines) + 2 * PAD)
        width, height = self._size
        x, y = at.x() + OFFSET.x(), at.y() + OFFSET.y()
        if x + width > area.right():  # flip to the pointer's other side
            x = at.x() - OFFSET.x() - width
        if y + height > area.bottom():
            y = at.y() - OFFSET.y() - height
        self.setPos(max(area.left(), x), max(area.top(), y))
        self.show()
        self.update()

    def text(self) -> str:
        return "\n".join(self.lines) if self.isVisible() else ""

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(0, 0, *self._size)

    def paint(self, painter: QPainter, *args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ADB5BD"), 1))
        painter.setBrush(QBrush(QColor(255, 255, 255, 240)))
        painter.drawRoundedRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setFont(self.font)
        painter.setPen(QColor("#212529"))
        step = self.metrics.lineSpacing()
        for i, line in enumerate(self.lines):
            painter.drawText(QPointF(PAD, PAD + self.metrics.ascent() + i * step), line)


def chart_menu(chart) -> QMenu:
    """The right-click menu of ``chart`` (a :class:`~calculator.ui.charts.base.ChartBase`)."""
    menu = QMenu(chart)
    reset = menu.addAction(translate("ChartMenu", "Reset zoom"))
    reset.setEnabled(chart.user_view)
    reset.triggered.connect(chart.reset_view)
    menu.addSeparator()
    copy = menu.addAction(translate("ChartMenu", "Copy image"))
    copy.triggered.connect(lambda: chart.sig_copy_requested.emit(chart.name))
    export = menu.addAction(translate("ChartMenu", "Export this chart…"))
    export.triggered.connect(lambda: chart.sig_export_requested.emit(chart.name))
    options = chart.menu_options()
    if options:
        menu.addSeparator()
    for key, text, checked in options:
        option = menu.addAction(text)
        option.setCheckable(True)
        option.setChecked(checked)
        option.toggled.connect(lambda on, k=key: chart.sig_option_toggled.emit(k, on))
    return menu
