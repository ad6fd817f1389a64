"""``python -m calculator``: open the window, or run a subcommand (``quote``) without Qt."""

from __future__ import annotations

import sys

COMMANDS = ("quote",)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "quote":
        from .cli.quote import run

        return run(args[1:])
    if args and args[0] in ("-h", "--help"):
        sys.stdout.write(
            "usage: python -m calculator [quote ...]\n\n"
            "Without arguments, opens the LLM Cost Calculator window.\n"
            "  quote   price a workload on every model (python -m calculator quote -h)\n")
        return 0
    from .ui.app import main as ui_main

    return ui_main(args)


if __name__ == "__main__":
    sys.exit(main())
