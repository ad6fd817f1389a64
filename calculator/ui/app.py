"""Start the application: QApplication, fonts, chart defaults, style, main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from .fonts import apply_app_font
from .settings import APPLICATION, ORGANIZATION


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, configured once (tests reuse pytest-qt's instance)."""
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APPLICATION)
        QApplication.setOrganizationName(ORGANIZATION)
        app = QApplication([sys.argv[0], *(argv or [])])
    configure(app)
    return app


def configure(app: QApplication) -> None:
    if app.property("llmcost_configured"):
        return
    app.setProperty("llmcost_configured", True)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    apply_app_font(app)


def main(argv: list[str] | None = None) -> int:
    app = create_app(argv)
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    return app.exec()
