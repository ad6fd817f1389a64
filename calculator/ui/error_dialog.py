"""The dialog shown for an unexpected error: what happened and where the log is.

Used as ``install_excepthook(show_error_dialog)`` (:mod:`calculator.runtime.logging_setup`).
Safe to call without a QApplication (it does nothing then), from another thread
(the dialog is posted to the GUI thread) and during another error dialog (later
errors are only logged, so a failing paint cannot open dialogs without end).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QThread, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from .i18n import translate

_showing = False



def show_error_dialog(message: str, log_path: Path) -> None:
    global _showing
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return  # no widgets: the error is in the log only
    if QThread.currentThread() is not app.thread():
        QTimer.singleShot(0, app, partial(show_error_dialog, message, log_path))
        return
    if _showing:
        return
    box = QMessageBox(QMessageBox.Icon.Critical,
                      translate("ErrorDialog", "LLM Cost Calculator: unexpected error"),
                      translate("ErrorDialog", "Something went wrong. The app keeps running, "
                                               "but the last action may not have finished."),
                      QMessageBox.StandardButton.Close, app.activeWindow())
    box.setInformativeText(translate(
        "ErrorDialog", "{message}\n\nDetails are in the log file:\n{path}").format(
            message=message, path=str(log_path)))
    open_folder = box.addButton(translate("ErrorDialog", "Open log folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    _showing = True
    try:
        box.exec()
    finally:
        _showing = False
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(log_path).parent)))
    box.deleteLater()
