"""The notice above the results, kept to a few lines until the reader asks for all of it.

Notes pile up (tiers, time bands, old prices, exchange rate…): written out in full they
can push the table off a 1366×768 screen. The bar shows :data:`COLLAPSED_LINES` lines
and a *Show all* button when the text needs more; the button shows the rest and turns
into *Show less*. The whole text is always the label's text and its tool tip, so copying
or hovering reads every note.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..i18n import translate
from ..styles import set_flag, styled

# Lines of the notice shown before "Show all".
COLLAPSED_LINES = 2


class NoticeBar(QWidget):
    """A word-wrapped :class:`QLabel` (``label``, object name ``notice``) and its
    *Show all* / *Show less* button (``more``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("notice")
        styled(self.label, error=False)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._probe = QLabel(self)  # measures line heights, never shown
        self._probe.setObjectName("notice")
        styled(self._probe, error=False)
        self._probe.setWordWrap(True)
        self._probe.hide()
        self.more = QToolButton(self)
        self.more.setAutoRaise(True)
        self.more.clicked.connect(self.toggle)
        self.more.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignBottom)
        self.expanded = False
        self._watch = _Resized(self._fit, self.label)
        self.label.installEventFilter(self._watch)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.more.setText(translate("ResultsView", "Show less") if self.expanded
                          else translate("ResultsView", "Show all"))
        self.more.setToolTip(translate("ResultsView", "Show every note above the table")
                             if not self.expanded else
                             translate("ResultsView", "Keep the notes to two lines"))

    def show_text(self, text: str | None, error: bool = False) -> None:
        """Show ``text`` (None hides the bar); ``error`` styles it as a problem."""
        if self.isHidden() == bool(text) or self.label.isHidden() == bool(text):
            self.setVisible(bool(text))
            self.label.setVisible(bool(text))
        if self.label.text() != (text or ""):
            self.label.setText(text or "")
            self.label.setToolTip(text or "")
            self._fit()  # a new text wraps anew (an unchanged one costs nothing per keystroke)
        set_flag(self.label, "error", error)

    def toggle(self) -> None:
        self.expanded = not self.expanded
        self.retranslate_ui()
        self._fit()

    def collapsed_height(self) -> int:
        """The label's height for :data:`COLLAPSED_LINES` lines, padding and border
        included."""
        # measured on a twin label laid out as this one (style sheet, font, wrapping):
        # the text layout's line height differs from the font metrics' line spacing
        probe = self._probe
        probe.setFont(self.label.font())
        probe.setText("X")
        one = probe.heightForWidth(4000)
        probe.setText("\n".join(["X"] * (COLLAPSED_LINES + 1)))
        more = probe.heightForWidth(4000)
        line = (more - one) / COLLAPSED_LINES
        return round(one + line * (COLLAPSED_LINES - 1)) + 2  # room for descenders

    def needs_more(self, collapsed: int | None = None) -> bool:
        """The text takes more lines than the collapsed bar (``collapsed`` pixels high,
        else measured) shows."""
        width = self.label.width()
        if not self.label.text() or width <= 0:
            return False
        if collapsed is None:
            collapsed = self.collapsed_height()
        return self.label.heightForWidth(width) > collapsed + 1

    def _fit(self) -> None:
        collapsed = self.collapsed_height()
        overflow = self.needs_more(collapsed)
        self.more.setVisible(overflow or self.expanded)
        limit = collapsed if overflow and not self.expanded else 16777215
        if self.label.maximumHeight() != limit:
            self.label.setMaximumHeight(limit)


class _Resized(QObject):
    """Calls back when the watched widget changes width (the wrap changes), font or
    style (the line height changes)."""

    def __init__(self, callback, parent: QObject):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _REFIT or (kind == QEvent.Type.Resize
                              and event.size().width() != event.oldSize().width()):
            self.callback()
        return False


# the label's font or style changes its line height (the app font is set after start)
_REFIT = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show,
          QEvent.Type.PolishRequest, QEvent.Type.Polish)
