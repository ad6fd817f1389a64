"""``python -m calculator quote``: price a workload on every model from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TextIO

import numpy as np
import pandas as pd

from ..engine import Comparison, EngineError, FxRate
from ..engine.pricing_parts import PARTS
from ..engine.scenario import DEFAULT_BASELINE
from ..reports.formatting import format_money, format_percent, format_tokens
from ..reports.spreadsheet import safe_frame
from ..reports.tables import json_value, quote_frame, quote_records
from ..reports.vocabulary import missing, status_word
from . import billing_options, plan_options
from .args import Parser, amount, fraction, id_list, iso_date, positive


def build_parser(prog: str = "python -m calculator quote") -> Parser:
    parser = Parser(prog=prog, command="quote",
                    description="Monthly cost of a workload on every model, "
                                "at a baseline date and a current date.")
    parser.add_argument("--input-tokens", type=amount("--input-tokens"),
                        help="monthly input tokens: 1200000, 1.2M, 800k, 3000万, 12亿 "
                             "(required unless --requests and --request-sizes give it)")
    parser.add_argument("--output-tokens", required=True, type=amount("--output-tokens"),
                        help="monthly output tokens, same forms")
    parser.add_argument("--requests", type=amount("--requests"),
                        help="monthly requests (chooses context tiers per request)")
    parser.add_argument("--cached-share", type=fraction("--cached-share"), default=0.0,
                        help="share of input tokens served from cache, 0..1 (default 0)")
    parser.add_argument("--currency", choices=("CNY", "USD"), default="CNY",
                        type=str.upper, help="display currency (default CNY)")
    parser.add_argument("--fx", type=positive("--fx"), metavar="CNY_PER_USD",
                        help="exchange rate, CNY per USD (default: the shipped rate in effect at "
                             "the current date)")
    parser.add_argument("--baseline-date", type=iso_date("--baseline-date"),
                        default=DEFAULT_BASELINE, help="default 2024-05-01")
    parser.add_argument("--current-date", type=iso_date("--current-date"),
                        help="default today")
    parser.add_argument("--models", type=id_list, help="comma-separated model ids (default all)")
    parser.add_argument("--reference", help="model id you use today (adds savings_vs_reference)")
    billing_options.add_arguments(parser)
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    plan_options.add_arguments(parser)
    return parser


def run(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        priced = quote(args)
    except EngineError as error:
        err.write(f"quote: error: {' '.join(str(error).split())}\n")
        return 2
    comparison = priced.comparison
    if args.format == "json":
        doc = plan_options.extend_json(as_json(comparison), priced)
        _add_row_extras(doc, comparison)
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        frame = pd.concat([quote_frame(comparison), billing_options.breakdown(comparison)],
                          axis=1)
        frame = plan_options.extend_frame(frame, priced)
        safe_frame(frame).to_csv(out, index=False, lineterminator="\n")
    else:
        out.write(as_table(comparison))
        lines = plan_options.table_lines(priced)
        if lines:
            out.write("\n".join(lines) + "\n")
    return 0


def quote(args: argparse.Namespace) -> plan_options.Priced:
    from ..userfiles.loading import fx_rates, load_user_catalog

    loaded = load_user_catalog()
    for problem in loaded.problems:
        sys.stderr.write(f"quote: warning: {' '.join(problem.split())}\n")
    current = args.current_date or dt.date.today()
    fx = FxRate(args.fx, "--fx") if args.fx else fx_rates().at(current)
    workload = billing_options.workload(args)
    return plan_options.price(
        args, loaded.catalog, workload=workload, baseline_date=args.baseline_date,
        current_date=current, fx=fx, currency=args.currency,
        models=args.models, reference=args.reference, discounts=loaded.discounts,
        options=billing_options.options(args),
    )


def as_json(comparison: Comparison) -> dict[str, object]:
    return {
        "currency": comparison.currency,
        "fx_cny_per_usd": comparison.fx.cny_per_usd,
        "fx_source": comparison.fx.source,
        "fx_date": _iso(comparison.fx.effective_from),
        "baseline_date": comparison.baseline_date.isoformat(),
        "current_date": comparison.current_date.isoformat(),
        "newest_price_date": _iso(comparison.newest_price),
        "price_sources": [{"name": s.name, "version": s.version, "kind": s.kind}
                          for s in comparison.sources],
        "prices": comparison.options.prices,
        "off_peak_share": comparison.options.off_peak_share,
        "reference": comparison.reference,
        "workload": {k: json_value(v) for k, v in comparison.workload.as_dict().items()},
        "notes": [str(note) for note in comparison.notes],
        "rows": quote_records(comparison),
    }


def as_table(comparison: Comparison) -> str:
    """A fixed-width table for a terminal, with the assumptions above it."""
    frame = quote_frame(comparison)
    cur = comparison.currency
    w = comparison.workload
    lines = [
        f"Workload per month: {format_tokens(w.input_tokens)} input tokens "
        f"({format_percent(w.cached_share, 0)} cached), "
        f"{format_tokens(w.output_tokens)} output tokens"
        + (f", {format_tokens(w.requests)} requests" if w.requests is not None else ""),
        f"Baseline {comparison.baseline_date:%Y-%m-%d}, "
        f"current {comparison.current_date:%Y-%m-%d}; "
        f"costs per month in {cur}; FX {comparison.fx.describe()}",
        f"{age_line(comparison)}; {comparison.options.prices} prices",
        *(str(note) for note in comparison.notes if note.key != "converted"),
        "",
    ]
    headers = ["Vendor", "Model", "Baseline", "Current", "Price from", "Savings", "Savings %"]
    has_ref = "savings_vs_reference" in frame
    if has_ref:
        headers.append(f"vs {comparison.reference_name}")
    rows = []
    full = comparison.frame
    since = zip(full["current_effective_from"], full["current_old_price"],
                full["current_billed_as"], strict=True)
    for row, when in zip(frame.itertuples(index=False), since, strict=True):
        cells = [
            row.vendor, row.model_id,
            _cost(row.baseline_cost, row.baseline_status, cur),
            _cost(row.current_cost, row.current_status, cur),
            _price_date(*when),
            format_money(row.savings, cur),
            format_percent(row.savings_pct / 100.0),
        ]
        if has_ref:
            cells.append(format_money(row.savings_vs_reference, cur))
        rows.append(cells)
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]
    right = [False, False, True, True, False] + [True] * (len(headers) - 5)

    def fmt(cells: list[str]) -> str:
        return "  ".join(
            str(c).rjust(wd) if r else str(c).ljust(wd)
            for c, wd, r in zip(cells, widths, right, strict=True)).rstrip()

    lines.append(fmt(headers))
    lines.append("  ".join("-" * wd for wd in widths))
    lines.extend(fmt(r) for r in rows)
    return "\n".join(lines) + "\n"


def _add_row_extras(doc: dict, comparison: Comparison) -> None:
    """Each json row gets ``breakdown``: the current cost by part (the parts add up to
    ``current_cost``)."""
    extra = billing_options.breakdown(comparison)
    for row, values in zip(doc["rows"], extra.to_dict(orient="records"), strict=True):
        row["breakdown"] = {part: json_value(values[f"breakdown_{part}"]) for part in PARTS}


def age_line(comparison: Comparison) -> str:
    """``Newest price 2026-10-17 · genai-prices 0.2.3 · llm-prices-cn 2026-08-22``."""
    parts = [f"Newest price {_iso(comparison.newest_price)}"]
    parts += [s.label() for s in comparison.sources if s.kind != "shipped"]
    return " · ".join(parts)


def _price_date(since, old: object, billed_as: object) -> str:
    """When the current price took effect; ``(old)`` when its evidence is more than a year
    older than the current date; ``as <model>`` for an alias billed as another model."""
    if since is None or pd.isna(since):
        return ""
    text = f"{since:%Y-%m-%d}" + (" (old)" if isinstance(old, (bool, np.bool_)) and old else "")
    if isinstance(billed_as, str):
        text += f" as {billed_as}"
    return text


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def _cost(value: float, status: str, currency: str) -> str:
    if missing(status):
        return status_word(status)
    text = format_money(value, currency)
    return f"{text} ({status_word(status)})" if status == "free" else text
