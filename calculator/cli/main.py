"""The command line's front door: which command runs, or which file the window opens.

``python -m calculator`` opens the window; ``python -m calculator FILE`` opens
the window on a scenario file; ``python -m calculator COMMAND ...`` runs a
command without a window. Anything else (a mistyped command, an unknown option)
is refused with the usage line and exit status 2, never by opening a window.
Commands import only what they need: ``quote`` never loads Qt.
"""

from __future__ import annotations

import difflib
import importlib
import os
import sys
from dataclasses import dataclass


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
            "add a price map or catalog CSV to your prices"),
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
    args = list(sys.argv[1:] if argv is None else argv)
    by_name = {c.name: c for c in COMMANDS}
    if not args:
        return _window(None)
    first = args[0]
    if first in SELF_CHECKS:
        from ..ui import smoke

        return getattr(smoke, SELF_CHECKS[first])(args[1:])
    if first in ("-h", "--help"):
        sys.stdout.write(usage())
        return 0
    if first in by_name:
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


def _window(path: str | None) -> int:
    from ..ui.app import main as ui_main

    return ui_main(path)
