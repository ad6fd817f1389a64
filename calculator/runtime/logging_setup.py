"""Logging for a windowed app: a rotating file the user can find, and a last-resort hook.

A windowed build has no console (on Windows ``sys.stdout``/``sys.stderr`` are
None), so errors go to ``llm-cost-calculator.log`` in the per-user log folder
(``LLMCOST_LOG_DIR`` overrides it). :func:`install_excepthook` logs uncaught
exceptions with their traceback and lets the UI tell the user where the log is;
exceptions raised in Qt slots reach ``sys.excepthook`` and the app keeps running.

No Qt here: the dialog lives in :mod:`calculator.ui.error_dialog`.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

APP_NAME = "LLM Cost Calculator"
APP_AUTHOR = "LLMCostCalculator"
LOG_DIR_ENV = "LLMCOST_LOG_DIR"
LOG_FILE = "llm-cost-calculator.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger("calculator")
_log_path: Path | None = None
#: The handlers :func:`setup_logging` added to the root logger (replaced on the next call).
_handlers: list[logging.Handler] = []


def log_dir() -> Path:
    """The folder for log files: ``$LLMCOST_LOG_DIR`` or the platform's user log folder."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_path() -> Path:
    """The log file in use (where it would be, before :func:`setup_logging`)."""
    return _log_path or log_dir() / LOG_FILE


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file (and stderr when there is one); returns the file's path.

    Calling it again replaces the handlers it added before, so it is safe in tests.
    """
    global _log_path
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.gettempdir())  # an unwritable profile must not stop the app
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = [
        RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")]
    if sys.stderr is not None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
        _handlers.append(handler)
    root.setLevel(level)
    _log_path = path
    return path


def install_excepthook(show_dialog: Callable[[str, Path], None] | None = None) -> None:
    """Log uncaught exceptions (main thread, Qt slots, other threads) and tell the user.

    ``show_dialog(message, log_path)`` is called after logging; a failure inside
    it is logged too and never replaces the original error.
    """

    def report(kind: type[BaseException], error: BaseException | None,
               tb: TracebackType | None, where: str) -> None:
        if error is None:  # a thread's hook may name the type without an instance
            log.critical("Uncaught exception%s: %s", where, kind.__name__)
        else:
            log.critical("Uncaught exception%s", where, exc_info=(kind, error, tb))
        if show_dialog is None:
            return
        message = f"{kind.__name__}: {error}" if error is not None and str(error) \
            else kind.__name__
        try:
            show_dialog(message, log_path())
        except Exception:
            log.exception("Could not show the error dialog")

    def excepthook(kind: type[BaseException], error: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report(kind, error, tb, "")

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        report(args.exc_type, args.exc_value, args.exc_traceback, f" in thread {name}")

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
