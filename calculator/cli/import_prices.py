"""``python -m calculator import-prices``: add a price list to the user's catalog, after a
preview of what changes: a file (catalog CSV, LiteLLM map, genai-prices ``data.json``,
llm-prices-cn ``prices.json``) or the installed genai-prices package's data."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from .args import Parser, iso_date, path_arg


def build_parser() -> Parser:
    parser = Parser(prog="python -m calculator import-prices", command="import-prices",
                    description="Import prices into your catalog: a catalog CSV (the app's own "
                                "format), LiteLLM's model_prices_and_context_window.json, "
                                "genai-prices' data.json, llm-prices-cn's prices.json, or "
                                "--source genai-prices (the installed package's data). Shows "
                                "what would change first.")
    parser.add_argument("file", nargs="?", type=path_arg("file"),
                        help="price list: .csv or .json")
    parser.add_argument("--source", choices=["genai-prices"],
                        help="import the data of the installed genai-prices package")
    add_import_options(parser)
    return parser


def add_import_options(parser: Parser) -> None:
    parser.add_argument("--effective-from", type=iso_date("--effective-from"),
                        help="date the imported prices apply from where the source gives none "
                             "(default: the source's own date)")
    parser.add_argument("--include-resellers", action="store_true",
                        help="also import resellers and hosting platforms (OpenRouter, "
                             "Together, Azure, Bedrock…)")
    parser.add_argument("--dry-run", action="store_true",
                        help="only show what would change; write nothing")


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if bool(args.file) == bool(args.source):
        parser.error("give a FILE or --source genai-prices (one of them)")
    from ..engine import EngineError
    from ..userfiles import price_update
    from ..userfiles.store import CatalogStore

    store = CatalogStore()
    loaded = store.load()
    warn(loaded.problems)
    options = price_update.options_for(store, args.effective_from, args.include_resellers,
                                       catalog=loaded.catalog)
    try:
        if args.source:
            result = price_update.read_installed(options)
        else:
            result = price_update.read_file(args.file, options)
        name = "" if args.source else Path(args.file).stem
        pending = price_update.prepare(store, result, loaded.catalog, name)
    except (EngineError, RecursionError) as err:
        return fail(str(err))
    return finish(store, pending, args.dry_run, sys.stdout)


def warn(problems: list[str], command: str = "import-prices") -> None:
    for problem in problems:
        sys.stderr.write(f"{command}: warning: {' '.join(problem.split())}\n")


def show(pending, out: TextIO) -> None:
    """The preview: a summary line, then the first models added, updated and retired."""
    preview, result = pending.preview, pending.result
    if result.label:
        out.write(f"{result.label} (prices checked {result.checked:%Y-%m-%d} by the source; "
                  f"third-party figures, marked uncertain)\n")
    out.write(preview.summary() + "\n")
    for mark, models in (("+", preview.added), ("~", preview.updated),
                         ("x", getattr(preview, "retired", []))):
        for model_id in models[:10]:
            details = "; ".join(preview.changes.get(model_id, [])[:2]) if mark == "~" else ""
            out.write(f"  {mark} {model_id}" + (f": {details}" if details else "") + "\n")
        if len(models) > 10:
            out.write(f"  {mark} ... and {len(models) - 10} more\n")
    for model_id, old, new in preview.vendor_changes[:5]:
        out.write(f"  ! {model_id}: vendor {old!r} in your catalog, {new!r} in the file\n")


def finish(store, pending, dry_run: bool, out: TextIO, command: str = "import-prices") -> int:
    from ..engine import CatalogError
    from ..userfiles import price_update

    show(pending, out)
    if dry_run:
        out.write("dry run: nothing written\n")
        return 0
    try:
        stored = price_update.apply(store, pending)
    except (OSError, CatalogError) as err:
        return fail(f"cannot write your catalog: {getattr(err, 'strerror', None) or err}",
                    command)
    if stored is None:
        out.write("nothing to import: every price is already in your catalog\n")
        return 0
    out.write(f"imported {len(pending.preview.new_records)} price records into {stored}\n")
    return 0


def fail(message: str, command: str = "import-prices") -> int:
    sys.stderr.write(f"{command}: error: {' '.join(message.split())}\n")
    return 2
