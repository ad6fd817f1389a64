"""The few widget styles the platform style lacks (``resources/styles/app.qss``).

The sheet is applied to the styled widgets only, not to the whole application:
an application-wide style sheet makes Qt restyle and repaint every widget
through the slower style-sheet style.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtWidgets import QWidget

from ..paths import resource_path


@lru_cache(maxsize=1)
def style_sheet() -> str:
    path = resource_path("styles", "app.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def styled(widget: QWidget) -> QWidget:
    """Give ``widget`` the app's style sheet (selectors use object names and properties)."""
    widget.setStyleSheet(style_sheet())
    return widget
