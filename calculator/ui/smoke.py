"""Self-checks of an installed or frozen app, run as ``llm-cost-calculator --smoke``.

``--smoke`` builds the main window on a fixed scenario, computes, exports the
"spend" chart as PNG and prints one line::

    SMOKE OK <png path> sha256=<hex> size=1600x900

(or ``SMOKE FAILED: <reason>``, exit code 1). The PNG bytes depend only on the
app and its bundled font, so a frozen build and a source checkout print the
same hash. ``--first-paint`` prints ``FIRSTPAINT <unix time>`` once the window's
table and chart area have painted, then exits (for benchmarks/bench_bundle.py).

A windowed Windows build has no stdout: pass ``--report FILE`` to get the line
in a file as well.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import logging
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

SMOKE_DATE = dt.date(2024, 6, 1)
SMOKE_CHART = "spend"
EXPECTED_SIZE = (1600, 900)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
REQUIRED_RESOURCES = (("fonts", "wqy-microhei.ttc"), ("icons", "app_256.png"))

log = logging.getLogger(__name__)


class SmokeError(Exception):
    pass


def _write(stream, text: str) -> None:
    """Write to stdout/stderr, which are None in a windowed Windows build."""
    if stream is None:
        return
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        pass


def _parse(argv: list[str], prog: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=prog, description="Check that the app works.")
    parser.add_argument("--out", type=Path, help="folder for the PNG (default: a temporary one)")
    parser.add_argument("--report", type=Path, help="also write the result line to this file")
    return parser.parse_args(argv)


def run_smoke(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
    args = _parse(argv, "llm-cost-calculator --smoke")
    logging_ready = False
    try:
        from ..runtime.logging_setup import setup_logging

        setup_logging()
        logging_ready = True
        line = _smoke(args.out or Path(tempfile.mkdtemp(prefix="llmcost-smoke-")))
        code = 0
    except Exception as err:  # noqa: BLE001 (report any failure as one line)
        reason = " ".join(str(err).split()) or type(err).__name__
        line = f"SMOKE FAILED: {type(err).__name__}: {reason}"
        if logging_ready:
            log.error("Smoke test failed", exc_info=True)  # to the log file and stderr
        else:
            _write(sys.stderr, traceback.format_exc())
        code = 1
    else:
        log.info("%s", line)
    _write(sys.stdout, line + "\n")
    if args.report is not None:
        args.report.write_text(line + "\n", encoding="utf-8")
    return code


def _smoke(folder: Path) -> str:
    from PySide6.QtCore import QSettings

    from ..runtime.paths import resource_path

    for parts in REQUIRED_RESOURCES:
        if not resource_path(*parts).is_file():
            raise SmokeError(f"missing resource {resource_path(*parts)}")
    # Nothing of the user's session is read or written.
    settings = tempfile.TemporaryDirectory(prefix="llmcost-smoke-", ignore_cleanup_errors=True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings.name)
    try:
        return _check_app(folder)
    finally:
        settings.cleanup()


def _check_app(folder: Path) -> str:
    from PySide6.QtGui import QImage

    from .. import __version__
    from ..engine.scenario import Scenario
    from ..reports.summary import footer_lines
    from .app import create_app

    app = create_app([])
    from .export.chart_export import ChartExporter
    from .main_window import MainWindow

    window = MainWindow(scenario=Scenario(current_date=SMOKE_DATE), restore=False)
    window.state.recompute_now()
    evaluation = window.state.results
    if evaluation is None:
        raise SmokeError(f"no results: {window.state.error}")
    if window.results.proxy.rowCount() == 0:
        raise SmokeError("the comparison table is empty")

    data = ChartExporter(evaluation, footer_lines(evaluation, __version__, chart=SMOKE_CHART)
                         ).png(SMOKE_CHART)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"smoke-{SMOKE_CHART}.png"
    path.write_bytes(data)
    image = QImage(str(path))
    if not data.startswith(PNG_MAGIC) or image.isNull():
        raise SmokeError(f"{path} is not a readable PNG")
    size = (image.width(), image.height())
    if size != EXPECTED_SIZE:
        raise SmokeError(f"{path} is {size[0]}x{size[1]}, expected "
                         f"{EXPECTED_SIZE[0]}x{EXPECTED_SIZE[1]}")

    window.show()  # paint the window once too: styles, table, chart placeholders
    app.processEvents()
    window.hide()
    digest = hashlib.sha256(data).hexdigest()
    return f"SMOKE OK {path} sha256={digest} size={size[0]}x{size[1]}"


def run_first_paint(argv: list[str]) -> int:
    """Show the window; print ``FIRSTPAINT <unix time>`` when the table and chart area painted."""
    _parse(argv, "llm-cost-calculator --first-paint")
    from .app import open_window  # first, as the window starts: pandas before Qt

    painted: set[str] = set()
    from PySide6.QtCore import QEvent, QObject, QTimer

    def report(stamp: float) -> None:
        _write(sys.stdout, f"FIRSTPAINT {stamp:.6f}\n")
        os._exit(0)  # skip teardown: only the time to first paint matters here

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and obj in targets:
                painted.add(targets[obj])
                if len(painted) == len(targets):
                    stamp = time.time()
                    QTimer.singleShot(0, lambda: report(stamp))
            return False

    targets: dict = {}
    watch = Watch()

    def watch_paint(window) -> None:
        index = window.results.tabs.currentIndex()
        targets.update({window.results.table.viewport(): "table",
                        window.results.placeholders[index]: "chart"})
        for widget in targets:
            widget.installEventFilter(watch)

    # as the window starts, without the last session
    app, _window = open_window(restore=False, before_show=watch_paint)
    return app.exec()
