"""The command line's front door: which command runs, or which file the window opens.

``python -m calculator`` opens the window; ``python -m calculator FILE`` opens
the window on a scenario file; ``python -m calculator COMMAND ...`` runs a
command without a window. Anything else (a mistyped command, an unknown option)
is refused with the usage line and exit status 2, never by opening a window.
Commands import only what they need: ``quote`` never loads Qt.

Output that cannot be written (a closed standard output, a reader that quit early
on a pipe, a full disk) ends the command with one line on stderr and status 1,
never a traceback.
"""

from __future__ import annotations

import difflib
import errno
import gc
import importlib
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt only through calculator.ui (the layers contract)
    from ..ui.app import QApplication
    from ..ui.main_window import MainWindow


@dataclass(frozen=True)
class Command:
    name: str
    module: str  # has ``run(argv) -> int``
    summary: str


#: Every subcommand, in the order the usage text lists them.
COMMANDS: tuple[Command, ...] = (
    Command("quote", "calculator.cli.quote", "price a workload on every model"),
    Command("export", "calculator.cli.export", "write charts and reports for a scenario"),
    Command("import-prices", "calculator.cli.import_prices",
            "add a price list (file or genai-prices) to your prices"),
    Command("update-prices", "calculator.cli.update_prices",
            "download current prices from LiteLLM, genai-prices or llm-prices-cn"),
    Command("commitments", "calculator.cli.commitments",
            "prepaid packs, coding plans and free quotas against pay-as-you-go"),
)
#: Options of the executable itself (self-checks of an installed or frozen app).
SELF_CHECKS = {"--smoke": "run_smoke", "--first-paint": "run_first_paint"}

USAGE_LINE = "usage: python -m calculator [FILE | COMMAND ...]"


def usage() -> str:
    width = max(len(c.name) for c in COMMANDS)
    lines = [USAGE_LINE, "",
             "Without arguments, opens the LLM Cost Calculator window; with a scenario FILE,",
             "opens the window on it.", "", "commands:"]
    lines += [f"  {c.name:<{width}}  {c.summary} (python -m calculator {c.name} -h)"
              for c in COMMANDS]
    return "\n".join(lines) + "\n"


def refuse(message: str) -> int:
    sys.stderr.write(f"{USAGE_LINE}\ncalculator: error: {message}\n")
    return 2


def main(argv: list[str] | None = None) -> int:
    if sys.stderr is None:  # started with stderr closed: messages go nowhere, never crash
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    try:
        status = _dispatch(list(sys.argv[1:] if argv is None else argv))
        if sys.stdout is not None:
            sys.stdout.flush()
        return status
    except OSError as err:
        return _output_failed(err)


def _dispatch(args: list[str]) -> int:
    by_name = {c.name: c for c in COMMANDS}
    if not args:
        return _window(None)
    first = args[0]
    if first in SELF_CHECKS:
        with paused_gc() if first == "--first-paint" else _nothing():  # as the window starts
            from ..ui import smoke

            return getattr(smoke, SELF_CHECKS[first])(args[1:])
    if first in ("-h", "--help"):
        _stdout().write(usage())
        return 0
    if first in by_name:
        _stdout()  # refuse a closed standard output before any work
        return importlib.import_module(by_name[first].module).run(args[1:])
    if first.startswith("-"):
        return refuse(f"unknown option {first!r}")
    if len(args) == 1 and os.path.isfile(first):
        return _window(first)
    close = difflib.get_close_matches(first, list(by_name), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    if len(args) == 1 and not close and (os.sep in first or first.endswith(".json")):
        return refuse(f"no such file: {first!r}")
    return refuse(f"unknown command {first!r}{hint}")


def _stdout():
    if sys.stdout is None:
        raise OSError(errno.EBADF, "standard output is closed")
    return sys.stdout


def _output_failed(err: OSError) -> int:
    """One line for output that could not be written (or another I/O failure)."""
    if isinstance(err, BrokenPipeError) or err.errno == errno.EPIPE:
        reason = "the output was closed before everything was written (broken pipe)"
    else:
        reason = f"cannot write the output: {err.strerror or err}"
        if err.filename:
            reason = f"{err.filename}: {err.strerror or err}"
    # Nothing more may reach the broken stream, not even when Python exits.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        if sys.stdout is not None:
            os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    try:
        sys.stderr.write(f"calculator: error: {reason}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return 1


def _window(path: str | None) -> int:
    if _no_display():
        sys.stderr.write("calculator: error: no display for the window (DISPLAY and "
                         "WAYLAND_DISPLAY are not set); commands such as quote and export "
                         "run without one\n")
        return 2
    app, _window = open_window(path)
    return app.exec()


def open_window(path: str | None = None, before_show: Callable[[MainWindow], None] | None = None
                ) -> tuple[QApplication, MainWindow]:
    """Load the window's code and show the window (``calculator.ui.app.open_window``)
    with the cyclic garbage collector paused (benchmarks/first_paint_app.py starts so)."""
    with paused_gc():
        from ..ui.app import open_window as ui_open_window

        return ui_open_window(path, before_show=before_show)


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while the window's code loads and the window is built.

    pandas, Qt and the window create a few hundred thousand objects that live as long
    as the process; the collector walked them again and again on the way (about 40 ms
    of a start of 0.6 s). After, they are frozen out of it (``gc.freeze``: never walked
    again, which also spares later edits a long full collection) and it runs as before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def _no_display() -> bool:
    """On Linux/BSD, a window needs an X or Wayland display unless Qt is told otherwise."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] not in ("", "xcb", "wayland"):
        return False  # offscreen, vnc, eglfs...: Qt needs no display server
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
