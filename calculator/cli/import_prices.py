"""``python -m calculator import-prices``: add a LiteLLM price map or a catalog CSV to
the user's catalog, after a preview of what changes."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from .args import Parser, iso_date, path_arg


def build_parser() -> Parser:
    parser = Parser(prog="python -m calculator import-prices", command="import-prices",
                    description="Import prices into your catalog: a LiteLLM price map "
                                "(model_prices_and_context_window.json) or a catalog CSV "
                                "(the app's own format). Shows what would change first.")
    parser.add_argument("file", type=path_arg("file"),
                        help="LiteLLM .json price map or catalog .csv")
    parser.add_argument("--effective-from", type=iso_date("--effective-from"),
                        help="date the imported LiteLLM prices apply from (default today)")
    parser.add_argument("--dry-run", action="store_true",
                        help="only show what would change; write nothing")
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from ..engine import CatalogError
    from ..formats.catalog_reader import read_catalog_file
    from ..formats.import_preview import preview_import
    from ..formats.litellm_import import read_litellm_file
    from ..userfiles.store import CatalogStore

    path = Path(args.file)
    today = dt.date.today()
    store = CatalogStore()
    loaded = store.load()
    for problem in loaded.problems:
        sys.stderr.write(f"import-prices: warning: {' '.join(problem.split())}\n")
    try:
        if path.suffix.lower() == ".csv":
            if args.effective_from:
                return _fail("--effective-from applies to LiteLLM maps; a catalog CSV "
                             "carries its own dates")
            records = read_catalog_file(path, origin=f"import:{path.stem}")
            skipped: list[tuple[str, str]] = []
        else:
            result = read_litellm_file(path, args.effective_from or today, today)
            records, skipped = result.records, result.skipped
        preview = preview_import(loaded.catalog, records, skipped)
    except CatalogError as err:
        return _fail(str(err))
    out = sys.stdout
    out.write(preview.summary() + "\n")
    for model_id in preview.added[:10]:
        out.write(f"  + {model_id}\n")
    if len(preview.added) > 10:
        out.write(f"  + ... and {len(preview.added) - 10} more\n")
    for model_id in preview.updated[:10]:
        details = "; ".join(preview.changes.get(model_id, [])[:2])
        out.write(f"  ~ {model_id}" + (f": {details}" if details else "") + "\n")
    if len(preview.updated) > 10:
        out.write(f"  ~ ... and {len(preview.updated) - 10} more\n")
    for model_id, old, new in preview.vendor_changes[:5]:
        out.write(f"  ! {model_id}: vendor {old!r} in your catalog, {new!r} in the file\n")
    if args.dry_run:
        out.write("dry run: nothing written\n")
        return 0
    if preview.new_records.empty:
        out.write("nothing to import: every price is already in your catalog\n")
        return 0
    try:
        stored = store.import_records(preview.new_records, path.stem)
    except (OSError, CatalogError) as err:
        return _fail(f"cannot write your catalog: {getattr(err, 'strerror', None) or err}")
    out.write(f"imported {len(preview.new_records)} price records into {stored}\n")
    return 0


def _fail(message: str) -> int:
    sys.stderr.write(f"import-prices: error: {' '.join(message.split())}\n")
    return 2
