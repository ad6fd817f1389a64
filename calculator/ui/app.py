"""Start the application: QApplication, fonts, chart defaults, style, main window."""

from __future__ import annotations

import atexit
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

# pandas (and numpy) before Qt: once PySide6 is loaded it reads the source of every
# module imported after it (its ``__feature__`` check) and keeps those lines in
# memory (linecache), for pandas' ~400 modules about 20 MB and 50 ms more at start.
import pandas  # noqa: F401
from PySide6.QtWidgets import QApplication

from .fonts import apply_app_font
from .settings import APPLICATION, ORGANIZATION

if TYPE_CHECKING:
    from .main_window import MainWindow


def skip_feature_checks() -> None:
    """Spare the modules loaded before Qt PySide6's ``__feature__`` check.

    PySide6 (6.10) checks a module the first time any import statement names it after
    Qt is loaded, by reading its whole source (``inspect.getsource``, kept in
    linecache). pandas imports its own modules inside functions, so the first table
    and catalog made it read frame.py and a dozen other large files before the first
    paint. A module loaded before Qt cannot use ``from __feature__ import``; marking
    it "not switched" (-1, what the check finds for it) in PySide's table skips the
    reading. Without that table (another PySide) nothing changes but the speed.
    """
    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if isinstance(table, dict):
        for name in list(sys.modules):
            table.setdefault(name, -1)


skip_feature_checks()


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


def start() -> QApplication:
    """Everything ``python -m calculator`` does before it builds the window: the log
    file, the error dialog for uncaught exceptions, the QApplication with its icon and
    the saved language (benchmarks/first_paint_app.py starts the same way)."""
    from PySide6.QtGui import QIcon

    from ..runtime.logging_setup import install_excepthook, setup_logging
    from ..runtime.paths import resource_path
    from .error_dialog import show_error_dialog

    setup_logging()
    install_excepthook(show_error_dialog)
    app = create_app()
    app.setWindowIcon(QIcon(str(resource_path("icons", "app_256.png"))))
    from .language import install_language, saved_language

    install_language(saved_language())
    return app


def open_window(path: str | None = None, restore: bool = True,
                before_show: Callable[[MainWindow], None] | None = None,
                ) -> tuple[QApplication, MainWindow]:
    """The window of ``python -m calculator``, shown (on the scenario file ``path`` if
    given; without the last session if not ``restore``); ``before_show`` sees it first
    (benchmarks watch its first paint)."""
    app = start()
    from .main_window import MainWindow

    window = MainWindow(restore=restore)
    if before_show is not None:
        before_show(window)
    window.show()
    if path is not None:
        window.documents.open(path)
    return app, window
