"""``python -m calculator update-prices``: download a price source's current list, show
what would be added, changed and retired, and store it as a dated import.

Every failure (unreachable, HTTP error, no answer in time, too large, not the
source's format, nested too deeply) exits 2 with one line and changes nothing;
with ``--source all`` nothing is written unless all three sources succeed.
"""

from __future__ import annotations

import sys

from ..formats.price_sources import SOURCE_KEYS
from ..runtime.download import TIMEOUT
from .args import Parser, amount
from .import_prices import add_import_options, fail, finish, warn

COMMAND = "update-prices"


def build_parser() -> Parser:
    parser = Parser(prog="python -m calculator update-prices", command=COMMAND,
                    description="Download the current prices of a public price source "
                                "(LiteLLM, genai-prices, llm-prices-cn) and add them to your "
                                "catalog as a dated import, after showing what changes.")
    parser.add_argument("--source", required=True, choices=[*SOURCE_KEYS, "all"],
                        help="which source to download")
    parser.add_argument("--url", help="download from this address instead of the source's "
                                      "public one (a mirror); not with --source all")
    parser.add_argument("--timeout", type=amount("--timeout"), default=TIMEOUT,
                        help=f"seconds to wait at most (default and maximum {TIMEOUT:g})")
    add_import_options(parser)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.url and args.source == "all":
        parser.error("--url needs one --source, not all")
    if not 0 < args.timeout <= TIMEOUT:
        parser.error(f"--timeout: {args.timeout:g} is not between 0 and {TIMEOUT:g} seconds")
    from ..engine import CatalogError, EngineError
    from ..userfiles import price_update
    from ..userfiles.store import CatalogStore

    store = CatalogStore()
    loaded = store.load()
    warn(loaded.problems, COMMAND)
    options = price_update.options_for(store, args.effective_from, args.include_resellers,
                                       catalog=loaded.catalog)
    keys = SOURCE_KEYS if args.source == "all" else (args.source,)
    results = []
    for key in keys:  # all downloads and checks first: a failure writes nothing
        try:
            results.append(price_update.fetch(key, options, args.url, timeout=args.timeout))
        except (EngineError, RecursionError) as err:  # a download or a content problem
            return fail(f"{key}: {err}", COMMAND)
    status = 0
    catalog = loaded.catalog
    for result in results:
        try:
            pending = price_update.prepare(store, result, catalog)
        except CatalogError as err:
            return fail(f"{result.source}: {err}", COMMAND)
        status = max(status, finish(store, pending, args.dry_run, sys.stdout, COMMAND))
        if status:
            return status
        if len(results) > 1 and not args.dry_run:
            catalog = store.load().catalog
    return status
