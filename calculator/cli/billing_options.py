"""``quote`` options for how vendors bill in 2026: cache writes, batch, service tier,
reasoning, per-call fees, request-size mix, time bands and traffic by time.

:func:`add_arguments` adds them to a parser; :func:`workload` and :func:`options`
turn parsed arguments into the engine's :class:`Workload` and
:class:`PricingOptions` (bad combinations raise :class:`EngineError`, so the
command exits 2 with one line).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pandas as pd

from ..engine import EngineError, PricingOptions, Workload
from ..engine.amounts import parse_number, parse_request_sizes
from ..engine.errors import AmountError
from ..engine.options import LIST, PRICE_KINDS, SERVICE_TIERS, STANDARD
from ..engine.pricing_parts import PARTS
from ..engine.scenario import check_zone
from ..engine.traffic import PROFILES, Traffic, parse_profile
from ..engine.workload import CACHE_TTLS, MAX_TOKENS
from ..runtime.local_zone import local_zone
from .args import fraction

MAX_TRAFFIC_FILE = 64 * 1024


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cache-write-share", type=fraction("--cache-write-share"),
                        default=0.0, help="share of input tokens written to the cache, 0..1; "
                        "reads (--cached-share) and writes together at most 1")
    parser.add_argument("--cache-ttl", choices=CACHE_TTLS, default="5m",
                        help="cache-write TTL: 5m (default) or 1h, priced at the model's "
                             "write price for it, else its input price")
    parser.add_argument("--batch-share", type=fraction("--batch-share"), default=0.0,
                        help="share of the traffic sent through the batch API, 0..1")
    parser.add_argument("--service-tier", choices=SERVICE_TIERS, default=STANDARD,
                        help="service tier of the traffic that is not batch")
    parser.add_argument("--reasoning-share", type=fraction("--reasoning-share"), default=0.0,
                        help="share of output tokens that are reasoning tokens, 0..1")
    parser.add_argument("--searches-per-request", type=_searches, default=0.0,
                        help="web searches per request (needs --requests)")
    parser.add_argument("--request-sizes", type=_sizes,
                        help='input tokens per request and share of requests, e.g. '
                             '"8k:0.6,64k:0.3,200k:0.1" (needs --requests)')
    parser.add_argument("--off-peak-share", type=fraction("--off-peak-share"),
                        help="share of traffic billed at off-peak rates on time-banded models, "
                             "0..1 (default: worked out from --traffic)")
    parser.add_argument("--traffic", metavar="flat|business|evenings|overnight|FILE",
                        help="when traffic happens: a named weekly profile or a file of 168 "
                             "hourly weights (Monday 00:00 to Sunday 23:00); default flat")
    parser.add_argument("--tz", help="time zone of the traffic profile (IANA name, default "
                                     "the system's)")
    parser.add_argument("--month", type=_month,
                        help="month the traffic is spread over, YYYY-MM (default: the month "
                             "of the date priced)")
    parser.add_argument("--prices", choices=PRICE_KINDS, default=LIST,
                        help="list prices (default) or promotional prices where a promotion "
                             "is in effect")


def workload(args: argparse.Namespace) -> Workload:
    """The workload the options describe (``--input-tokens`` may come from the size mix)."""
    sizes = tuple(args.request_sizes or ())
    inp = args.input_tokens
    if inp is None:
        if not sizes or args.requests is None:
            raise EngineError("--input-tokens is required (or give --requests and "
                              "--request-sizes)")
        inp = args.requests * sum(size * share for size, share in sizes)
    return Workload(inp, args.output_tokens, args.requests, args.cached_share,
                    cache_write_share=args.cache_write_share, cache_ttl=args.cache_ttl,
                    reasoning_share=args.reasoning_share,
                    searches_per_request=args.searches_per_request, request_sizes=sizes)


def options(args: argparse.Namespace) -> PricingOptions:
    return PricingOptions(prices=args.prices, off_peak_share=args.off_peak_share,
                          traffic=traffic(args), batch_share=args.batch_share,
                          service_tier=args.service_tier)


def traffic(args: argparse.Namespace) -> Traffic:
    """The traffic profile asked for: without --traffic the flat profile, as a new scenario
    in the window has it (the month of the date priced, with the vendors' holiday
    calendars, so DeepSeek's statutory holidays are off-peak here too)."""
    from ..calendars import all_calendars

    name = args.traffic or "flat"
    if name in PROFILES:
        weights = PROFILES[name]
    else:
        weights = _read_profile(name)
        name = Path(name).name
    zone = _zone(args.tz)
    return Traffic(weights, zone, args.month, all_calendars(), name)


def breakdown(comparison) -> pd.DataFrame:
    """Per row: the current cost by part (``breakdown_<part>``; the parts add up to the
    current cost)."""
    frame = comparison.frame
    return pd.DataFrame({f"breakdown_{part}": frame[f"current_cost_{part}"].astype(float)
                         for part in PARTS}).reset_index(drop=True)


# ---------------------------------------------------------------------- parsers
def _searches(text: str) -> float:
    try:
        return parse_number(text, what="--searches-per-request", maximum=1e6)
    except AmountError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _sizes(text: str) -> tuple[tuple[float, float], ...]:
    """``8k:0.6,64k:0.3,200k:0.1`` → ((8000, 0.6), (64000, 0.3), (200000, 0.1))."""
    try:
        sizes = parse_request_sizes(text, what="--request-sizes", maximum=MAX_TOKENS)
    except AmountError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    if not sizes:
        raise argparse.ArgumentTypeError("--request-sizes: give SIZE:SHARE pairs "
                                         "(e.g. 8k:0.6,64k:0.4)")
    return sizes


def _month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"--month: {text!r} is not a month (YYYY-MM)")
    return int(match.group(1)), int(match.group(2))


def _zone(name: str | None):
    if name is None:
        return local_zone()
    try:
        return check_zone(name)
    except EngineError:
        raise EngineError(f"--tz: {name!r} is not an IANA time zone (e.g. Asia/Shanghai)"
                          ) from None


def _read_profile(path: str) -> tuple[float, ...]:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_TRAFFIC_FILE + 1)
    except OSError as err:
        raise EngineError(f"--traffic: {path}: cannot read ({err.strerror or err}); "
                          f"or use one of {', '.join(PROFILES)}") from None
    if len(raw) > MAX_TRAFFIC_FILE:
        raise EngineError(f"--traffic: {path}: larger than {MAX_TRAFFIC_FILE // 1024} KB")
    try:
        return parse_profile(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise EngineError(f"--traffic: {path}: not UTF-8 text") from None
    except EngineError as err:
        raise EngineError(f"--traffic: {path}: {err}") from None

