"""Start the application: QApplication, fonts, chart defaults, style, main window."""

from __future__ import annotations

import atexit
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
    if app.platformName() == "offscreen":
        atexit.register(release_offscreen_clipboard)


def release_offscreen_clipboard() -> None:
    """Empty the clipboard before Qt is torn down, on the offscreen platform only.

    With PySide6 6.10.3 the offscreen platform crashes the process at exit (SIGSEGV)
    when the clipboard holds a QMimeData set from Python (Copy table puts text and
    HTML flavours there); xcb, Windows and macOS do not, and there the copied table
    must outlive the app, so this runs only offscreen (tests, ``export``, ``--smoke``).
    Registered after PySide's own exit handler, so it runs first.
    """
    app = QApplication.instance()
    if app is not None:
        app.clipboard().clear()


def main(path: str | None = None) -> int:
    """Open the window (on the scenario file ``path`` if given) and run the event loop."""
    from PySide6.QtGui import QIcon

    from ..runtime.logging_setup import install_excepthook, setup_logging
    from ..runtime.paths import resource_path
    from .error_dialog import show_error_dialog

    setup_logging()
    install_excepthook(show_error_dialog)
    app = create_app()
    app.setWindowIcon(QIcon(str(resource_path("icons", "app_256.png"))))
    from .language import install_language, saved_language
    from .main_window import MainWindow

    install_language(saved_language())

    window = MainWindow()
    window.show()
    if path is not None:
        window.documents.open(path)
    return app.exec()
