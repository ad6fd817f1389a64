"""``python -m calculator export``: charts and reports for a scenario file, headless."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .args import Parser, path_arg

FORMAT_HELP = "png,svg,csv,xlsx,html,pdf"


def build_parser() -> Parser:
    parser = Parser(prog="python -m calculator export", command="export",
                    description="Write charts (PNG, SVG), the comparison table (CSV, XLSX) and "
                                "the report (HTML, PDF) for a scenario file. No display needed.")
    parser.add_argument("scenario", type=path_arg("scenario"),
                        help="scenario file (.json, format llm-cost-scenario)")
    parser.add_argument("--out", required=True, type=path_arg("--out"),
                        help="output folder (created if missing)")
    parser.add_argument("--formats", default=FORMAT_HELP,
                        help=f"comma-separated subset of {FORMAT_HELP} (default: all)")
    parser.add_argument("--size", default="1600x900", help="chart size WIDTHxHEIGHT (1600x900)")
    parser.add_argument("--scale", type=int, choices=(1, 2), default=1,
                        help="1 or 2 (2 = twice the pixels, for high-resolution screens)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en",
                        help="language of chart and report text (default en)")
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    # Headless by default: no display is needed to draw charts.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..engine import EngineError
    from ..formats.scenario_file import read_document

    try:
        document = read_document(args.scenario)
    except EngineError as err:
        return _fail(str(err))
    scenario = document.scenario
    from ..ui.export.exporter import ExportRequest, parse_formats, parse_size

    try:
        formats = parse_formats(args.formats)
        width, height = parse_size(args.size)
        from ..reports.locale import Locale
        from ..ui.export.chart_export import ImageSize

        request = ExportRequest(formats=formats, size=ImageSize(width, height, args.scale),
                                locale=Locale(args.lang))
    except ValueError as err:
        return _fail(str(err))
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return _fail(f"--out {out} exists and is not a folder")

    from .. import __version__
    from ..engine.evaluate import evaluate
    from ..ui.app import create_app
    from ..ui.export.exporter import export_files
    from ..userfiles.loading import fx_rates, load_user_catalog

    create_app([])
    from ..ui.language import install_language

    install_language(args.lang)
    from ..calendars import all_calendars
    from ..formats.scenario_prices import with_records
    from ..runtime.local_zone import local_zone

    loaded = load_user_catalog()
    for problem in loaded.problems:
        sys.stderr.write(f"export: warning: {' '.join(problem.split())}\n")
    # the records the scenario carries (imports, own prices, custom models) come first
    try:
        catalog = with_records(loaded.catalog, document.prices)
    except EngineError as err:
        return _fail(f"{args.scenario}: prices: {err}")
    missing = [m for m in dict.fromkeys((*scenario.models, scenario.reference or ""))
               if m and m not in catalog]
    if missing:  # as README "Command line" says: an unknown model is bad input
        return _fail(f"{args.scenario}: model{'s' if len(missing) > 1 else ''} not in your "
                     f"catalog: {', '.join(missing)} (import their prices or remove them "
                     "from the scenario); nothing written")
    try:
        evaluation = evaluate(scenario, catalog, fx_rates(), loaded.discounts,
                              calendars=all_calendars(), local_zone=local_zone())
    except EngineError as err:
        return _fail(f"{args.scenario}: {err}")
    try:
        paths = export_files(evaluation, out, __version__, request)
    except OSError as err:
        return _fail(f"cannot write to {out}: {err.strerror or err}")
    for path in paths:
        sys.stdout.write(f"{path}\n")
    sys.stdout.flush()
    return 0


def _fail(message: str) -> int:
    sys.stderr.write(f"export: error: {' '.join(message.split())}\n")
    return 2
