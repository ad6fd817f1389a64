"""A translucent sheet laid over widgets whose content is out of date."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

#: White at 65 %: the old numbers stay legible but clearly washed out.
VEIL = QColor(255, 255, 255, 166)


class Veil(QWidget):
    """Covers ``target`` (a sibling under the same parent) while shown.

    A plain child widget painted on top, not a ``QGraphicsOpacityEffect``: an effect
    on a widget with scroll areas and graphics views left parts of the old, unfaded
    picture on screen (xcb) and ghosted text after a language switch. Mouse events
    pass through, so the table still scrolls.
    """

    def __init__(self, target: QWidget, parent: QWidget):
        super().__init__(parent)
        self.target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        target.installEventFilter(self)
        self.hide()

    def cover(self, shown: bool) -> None:
        if shown:
            self.setGeometry(self.target.geometry())
            self.raise_()
        self.setVisible(shown)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.setGeometry(self.target.geometry())
        return False

    def paintEvent(self, event) -> None:  # noqa: N802
        QPainter(self).fillRect(event.rect(), VEIL)
