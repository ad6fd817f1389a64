"""Ctrl+Z in an input field undoes the last scenario edit, not the field's own typing.

A line edit, spin box or text box claims the undo and redo keys for its own text
history before the window's Edit menu sees them. The window's history already holds
every edit (a burst of typing in one field is one step) and puts the text back, so
the fields leave these keys to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _LeaveUndo(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if any(event.matches(key) for key in KEYS) or _is_shift_ctrl_z(event):
                return True  # not accepted by the field: the window's shortcut runs
        return False


def _is_shift_ctrl_z(event: QKeyEvent) -> bool:
    combo = event.keyCombination()
    return combo.toCombined() == QKeySequence("Ctrl+Shift+Z")[0].toCombined()


_FILTER: _LeaveUndo | None = None


def leave_undo_to_the_window(*widgets: QWidget) -> None:
    """The window's Undo/Redo shortcuts work while one of ``widgets`` has the focus."""
    global _FILTER
    if _FILTER is None:
        _FILTER = _LeaveUndo()
    for widget in widgets:
        widget.installEventFilter(_FILTER)
