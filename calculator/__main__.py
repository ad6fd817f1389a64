"""``python -m calculator``: open the window, or run a subcommand without a window.

Subcommands import only what they need: ``quote`` never loads Qt.
"""

from __future__ import annotations

import importlib
import sys

#: Subcommand name -> module with ``run(argv) -> int``.
COMMANDS = {
    "quote": "calculator.cli.quote",
    "export": "calculator.cli.export",
    "import-prices": "calculator.cli.import_prices",
}

USAGE = """usage: python -m calculator [COMMAND ...]

Without a command, opens the LLM Cost Calculator window.

commands:
  quote    price a workload on every model       (python -m calculator quote -h)
  export   write charts and reports for a scenario (python -m calculator export -h)
  import-prices  add a LiteLLM price map or a catalog CSV to your prices
"""


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--smoke":
        from .ui.smoke import run_smoke

        return run_smoke(args[1:])
    if args and args[0] == "--first-paint":
        from .ui.smoke import run_first_paint

        return run_first_paint(args[1:])
    if args and args[0] in COMMANDS:
        module = importlib.import_module(COMMANDS[args[0]])
        return module.run(args[1:])
    if args and args[0] in ("-h", "--help"):
        sys.stdout.write(USAGE)
        return 0
    from .ui.app import main as ui_main

    return ui_main(args)


if __name__ == "__main__":
    sys.exit(main())
