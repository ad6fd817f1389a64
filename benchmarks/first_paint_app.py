"""Child process for bench_ui.py: start the real app and report its first paint.

It starts as ``python -m calculator`` does (``calculator.cli.main.open_window``),
with only the paint watch added.

Prints ``FIRSTPAINT <unix time>`` when the main window's table and its chart
area have both painted once, then waits until the charts are built and drawn
and prints ``RSS_MB <n>`` (peak resident memory of the started app), then exits.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from calculator.cli.main import open_window

    painted: set[str] = set()
    shown: dict = {}

    def report(stamp: float) -> None:
        sys.stdout.write(f"FIRSTPAINT {stamp:.6f}\n")
        window = shown["window"]
        window.results.redraw_all()
        for chart in window.results.charts:
            chart.grab()
        shown["app"].processEvents()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        sys.stdout.write(f"RSS_MB {rss:.1f}\n")
        sys.stdout.flush()
        os._exit(0)

    def watch_paint(window) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer  # Qt is loaded by now

        class Watch(QObject):
            def eventFilter(self, obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    painted.add(obj.objectName())
                    if {"table", "chart"} <= painted and not hasattr(self, "done"):
                        self.done = True
                        stamp = time.time()
                        QTimer.singleShot(0, lambda: report(stamp))
                return False

        shown["watch"] = watch = Watch()
        table = window.results.table.viewport()
        index = window.results.tabs.currentIndex()
        chart = window.results.placeholders[index]  # the chart area as first painted
        table.setObjectName("table")
        chart.setObjectName("chart")
        table.installEventFilter(watch)
        chart.installEventFilter(watch)

    # the start of ``python -m calculator`` (cli.main: code loaded and window built with
    # the garbage collector paused), watched from just before the window is shown
    app, window = open_window(before_show=watch_paint)
    shown.update(app=app, window=window)
    app.exec()


if __name__ == "__main__":
    main()
