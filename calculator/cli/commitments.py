"""``python -m calculator commitments``: prepaid packs, subscriptions and free quotas
against pay-as-you-go, for one model or routing plan.

    commitments --list [--vendor V]
    commitments --input-tokens … --output-tokens … [--requests …] --row ID
                [--plan NAME=ID:SHARE,…] [--offers ID,ID] [--growth G] [--horizon N]
                [--currency CNY|USD] [--fx R] [--current-date D] [--format table|csv|json]
    commitments --add FILE          (your offers, same columns as seeds/commitments.csv)
    commitments --remove OFFER_ID
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from typing import TextIO

import pandas as pd

from ..engine import EngineError, FxRate, Workload, compare
from ..engine.commitment_options import OUT_OF_SCOPE, Options, RowTraffic, compare_options
from ..engine.commitments import Commitment
from ..engine.plans import PlanError
from ..formats.plan_specs import parse_growth, parse_plan
from ..reports.formatting import format_money, format_tokens
from .args import Parser, amount, fraction, id_list, iso_date, positive
from .plan_options import _horizon, _spec

UNIT_WORDS = {"tokens": "tokens", "input_tokens": "input tokens",
              "output_tokens": "output tokens", "requests": "requests", "value": "money"}


def build_parser() -> Parser:
    parser = Parser(prog="python -m calculator commitments", command="commitments",
                    description="Prepaid packs, subscriptions (coding and token plans, "
                                "throughput reservations) and free quotas against "
                                "pay-as-you-go for one model or routing plan.")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--list", action="store_true", help="list the offers and their sources")
    what.add_argument("--add", metavar="FILE", help="add the offers of a CSV file to yours")
    what.add_argument("--remove", metavar="OFFER_ID", help="remove one of your offers")
    parser.add_argument("--vendor", help="with --list: only this vendor's offers")
    parser.add_argument("--input-tokens", type=amount("--input-tokens"))
    parser.add_argument("--output-tokens", type=amount("--output-tokens"))
    parser.add_argument("--requests", type=amount("--requests"),
                        help="monthly requests (needed by request-based plans)")
    parser.add_argument("--cached-share", type=fraction("--cached-share"), default=0.0)
    parser.add_argument("--row", help="the model id or --plan name the offers are measured on")
    parser.add_argument("--plan", action="append", default=[], type=_spec(parse_plan, "--plan"),
                        metavar="NAME=ID:SHARE,…")
    parser.add_argument("--offers", type=id_list, help="offer ids (default: every offer that "
                                                       "covers the row)")
    parser.add_argument("--growth", default=0.0,
                        type=_spec(lambda t: parse_growth(t, "growth"), "--growth"))
    parser.add_argument("--horizon", type=_horizon, default=12)
    parser.add_argument("--currency", choices=("CNY", "USD"), default="CNY", type=str.upper)
    parser.add_argument("--fx", type=positive("--fx"), metavar="CNY_PER_USD")
    parser.add_argument("--current-date", type=iso_date("--current-date"))
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    return parser


def run(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    from ..userfiles.plan_store import PlanStore

    store = PlanStore()
    try:
        if args.add:
            return _add(store, args.add, out)
        if args.remove:
            if not store.remove_commitment(args.remove):
                raise PlanError(f"you have no offer {args.remove!r} (shipped offers cannot be "
                                "removed; add one with the same id to correct it)")
            out.write(f"removed {args.remove}\n")
            return 0
        loaded = store.commitments()
        for problem in loaded.problems:
            err.write(f"commitments: warning: {' '.join(problem.split())}\n")
        if args.list:
            out.write(_listing(loaded.items, loaded.origin, args.vendor))
            return 0
        missing = [name for name, value in (("--input-tokens", args.input_tokens),
                                            ("--output-tokens", args.output_tokens),
                                            ("--row", args.row)) if value is None]
        if missing:
            parser.error(f"give {', '.join(missing)} (or --list, --add, --remove)")
        options, traffic, offers = _evaluate(args, loaded.items)
    except (EngineError, OSError) as error:
        err.write(f"commitments: error: {' '.join(str(error).split())}\n")
        return 2
    frame = options_frame(options, traffic)
    if args.format == "json":
        doc = {"row": traffic.row_id, "currency": args.currency, "horizon": options.horizon,
               "growth": options.growth,
               "workload": {"input_tokens": traffic.input_tokens,
                            "output_tokens": traffic.output_tokens,
                            "requests": traffic.requests},
               "options": [_json_row(row) for row in frame.to_dict(orient="records")]}
        for option, row in zip(options.results, doc["options"], strict=True):
            row["cash"] = [None if math.isnan(v) else float(v) for v in option.cash]
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        frame.to_csv(out, index=False, lineterminator="\n")
    else:
        out.write(_table(frame, args.currency, options, traffic))
    return 0


def _add(store, path: str, out: TextIO) -> int:
    from ..formats.commitments_csv import read_commitments

    offers = read_commitments(path)  # every row valid, or nothing is written
    for offer in offers:
        store.save_commitment(offer)
    out.write(f"added {len(offers)} offer(s) to {store.commitments_file}\n")
    return 0


def _evaluate(args: argparse.Namespace, every: list[Commitment]):
    from ..userfiles.loading import default_fx, load_user_catalog

    loaded = load_user_catalog()
    catalog = loaded.catalog
    fx = FxRate(args.fx, "--fx") if args.fx else default_fx()
    plans = {p.name: p for p in args.plan}
    if args.row in plans:
        members = plans[args.row].model_ids
    elif args.row in catalog:
        members = (args.row,)
    else:
        raise PlanError(f"--row: {args.row!r} is neither a model id nor a --plan name")
    for model in members:
        if model not in catalog:
            raise PlanError(f"plan {args.row!r}: unknown model id {model!r}")
    workload = Workload(args.input_tokens, args.output_tokens, args.requests, args.cached_share)
    day = args.current_date or dt.date.today()
    comparison = compare(catalog, workload, day, day, fx=fx, currency=args.currency,
                         models=list(members), discounts=loaded.discounts)
    traffic = RowTraffic.of(comparison, args.row, list(plans.values()))
    by_id = {o.offer_id: o for o in every}
    if args.offers:
        unknown = [o for o in args.offers if o not in by_id]
        if unknown:
            raise PlanError(f"--offers: unknown offer id {unknown[0]!r} (see --list)")
        offers = [by_id[o] for o in args.offers]
    else:
        offers = [o for o in every if traffic.covered(o)[3] > 0]
    options = compare_options(traffic, offers, months=args.horizon, growth=args.growth, fx=fx,
                              currency=args.currency)
    return options, traffic, offers


def options_frame(options: Options, traffic: RowTraffic) -> pd.DataFrame:
    """One row per option (pay as you go first): money monthly in the display currency."""
    rows = []
    total = traffic.input_tokens + traffic.output_tokens
    for result in options.results:
        offer = result.offer
        info = offer.info if offer else {}
        factor = result.break_even
        rows.append({
            "option": result.key,
            "name": offer.name if offer else "Pay as you go",
            "vendor": offer.vendor if offer else "",
            "kind": offer.kind if offer else "payg",
            "unit": offer.unit if offer else "",
            "status": result.status,
            "effective_monthly": result.effective_monthly,
            "compared_with": result.baseline_monthly,
            "saving_monthly": result.saving_monthly,
            "waste_units": result.waste_units,
            "waste_value": result.waste_value,
            "unserved_units": result.unserved_units,
            "break_even_factor": factor,
            "break_even_tokens": None if factor is None else factor * total,
            "break_even_requests": (None if factor is None or traffic.requests is None
                                    else factor * traffic.requests),
            "months_averaged": result.months,
            "offer_status": info.get("status", ""),
            "checked": info.get("checked", ""),
            "source": info.get("source", ""),
        })
    return pd.DataFrame(rows)


def _json_row(row: dict) -> dict:
    out = {}
    for key, value in row.items():
        if isinstance(value, float) and not math.isfinite(value):
            value = None
        out[key] = value
    return out


def _table(frame: pd.DataFrame, currency: str, options: Options, traffic: RowTraffic) -> str:
    head = (f"Row {traffic.row_id}: {format_tokens(traffic.input_tokens)} input and "
            f"{format_tokens(traffic.output_tokens)} output tokens a month"
            + (f", {format_tokens(traffic.requests)} requests" if traffic.requests else "")
            + f"; growth {options.growth:+.1%} a month; costs a month in {currency}, averaged "
              f"over {options.horizon} months (packs: over whole validity periods)")
    headers = ["Option", "Effective/month", "Compared with", "Saving", "Waste", "Unserved",
               "Wins from", "Status"]
    lines = []
    for row in frame.itertuples(index=False):
        unit = UNIT_WORDS.get(row.unit, "")
        waste = "" if not row.waste_units or math.isnan(row.waste_units) else (
            f"{format_tokens(row.waste_units)} {unit}")
        unserved = "" if not row.unserved_units or math.isnan(row.unserved_units) else (
            f"{format_tokens(row.unserved_units)} {unit}")
        if row.kind == "payg":
            wins = ""
        elif row.break_even_factor is None or (isinstance(row.break_even_factor, float)
                                               and math.isnan(row.break_even_factor)):
            wins = "never" if row.status == "priced" else ""
        else:
            wins = f"{format_tokens(round(row.break_even_tokens))} tokens/month"
        status = {OUT_OF_SCOPE: "not for this row", "needs_requests": "needs --requests",
                  "unknown": "unknown price"}.get(row.status, "")
        lines.append([row.option, format_money(row.effective_monthly, currency),
                      format_money(row.compared_with, currency),
                      format_money(row.saving_monthly, currency), waste, unserved, wins, status])
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *lines, strict=True)]

    def fmt(cells: list[str]) -> str:
        return "  ".join(str(c).ljust(w) if i in (0, 7) else str(c).rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    body = [fmt(headers), "  ".join("-" * w for w in widths), *(fmt(r) for r in lines)]
    return head + "\n\n" + "\n".join(body) + "\n"


def _listing(offers: list[Commitment], origin: dict[str, str], vendor: str | None) -> str:
    rows = [o for o in offers if vendor is None or o.vendor == vendor]
    frame = pd.DataFrame([{
        "offer_id": o.offer_id, "vendor": o.vendor, "kind": o.kind, "unit": o.unit,
        "quota": "; ".join(f"{format_tokens(a)}/{p}" if p else format_tokens(a)
                           for a, p in o.quota),
        "price": f"{o.price:g} {o.currency}" + (f"/{o.billing}" if o.billing != "once" else ""),
        "validity_days": "" if o.validity_days is None else f"{o.validity_days:g}",
        "status": o.info.get("status", ""), "checked": o.info.get("checked", ""),
        "origin": origin.get(o.offer_id, ""),
    } for o in rows])
    return frame.to_string(index=False) + "\n" if len(frame) else "no offers\n"
