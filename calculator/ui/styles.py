"""The few widget styles the platform style lacks (``resources/styles/app.qss``).

The sheet is applied to the styled widgets only, not to the whole application:
an application-wide style sheet makes Qt restyle and repaint every widget
through the slower style-sheet style.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtWidgets import QWidget

from ..runtime.paths import resource_path


@lru_cache(maxsize=1)
def style_sheet() -> str:
    path = resource_path("styles", "app.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def styled(widget: QWidget, **flags: bool) -> QWidget:
    """Give ``widget`` the app's style sheet (selectors use object names and properties).

    ``flags`` set the properties the sheet's selectors test (``invalid=False``) before
    the first polish, so :func:`set_flag` re-polishes only when one really changes.
    """
    for name, value in flags.items():
        widget.setProperty(name, value)
    widget.setStyleSheet(style_sheet())
    return widget


def set_flag(widget: QWidget, name: str, value: bool) -> None:
    """Set a property the style sheet selects on; re-polish (costly) only on a change."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
