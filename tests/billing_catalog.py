"""A small catalog whose models each carry one billing dimension (shared by the report,
window and parity tests): cache writes with a 1-hour price and a search fee, a batch
variant, flex and priority tiers, a reasoning price, whole-request tiers, a time-banded
model on DeepSeek's 2026 schedule with the CN holiday calendar, and a plain model."""

from __future__ import annotations

from calculator.engine.catalog import Catalog
from calculator.formats.catalog_reader import parse_catalog_bytes
from calculator.formats.schedule_reader import read_schedules_file

from .engine.conftest import row
from .engine.test_schema_2026 import FULL, SCHEDULES, opt

LINES = [
    row("claude", "2026-01-01", currency="USD", inp="3", out="15", cached="0.3",
        extra=opt(cache_write_per_mtok="3.75", cache_write_1h_per_mtok="6", search_per_k="10")),
    row("claude", "2026-01-01", currency="USD", inp="1.5", out="7.5", cached="0.15",
        extra=opt(variant="batch", cache_write_per_mtok="1.875", cache_write_1h_per_mtok="3",
                  search_per_k="10")),
    row("gpt", "2026-01-01", currency="USD", inp="1.25", out="10", cached="0.125"),
    row("gpt", "2026-01-01", currency="USD", inp="0.625", out="5", cached="0.0625",
        extra=opt(variant="flex")),
    row("gpt", "2026-01-01", currency="USD", inp="2.5", out="20", cached="0.25",
        extra=opt(variant="priority")),
    row("qwen", "2026-01-01", inp="2.5", out="10", cached="0.5",
        extra=opt(reasoning_per_mtok="40")),
    row("qwen", "2026-01-01", inp="4", out="16", extra=opt(above_input_tokens="32000")),
    row("qwen", "2026-01-01", inp="7", out="28", extra=opt(above_input_tokens="128000")),
    row("v4-pro", "2026-10-17", inp="4.5", out="13.5", cached="0.15",
        extra=opt(band="off_peak", schedule="deepseek-2026-10-17", search_per_k="5")),
    row("v4-pro", "2026-10-17", inp="9", out="27", cached="0.3",
        extra=opt(band="peak", schedule="deepseek-2026-10-17", search_per_k="5")),
    row("plain", "2026-01-01", inp="1", out="2"),
]
MODELS = ("claude", "gpt", "qwen", "v4-pro", "plain")


def billing_catalog() -> Catalog:
    schedules = read_schedules_file(SCHEDULES)
    text = FULL + "\n" + "\n".join(LINES) + "\n"
    frame = parse_catalog_bytes(text.encode(), "billing.csv", origin="billing.csv",
                                schedules={s.schedule for s in schedules})
    return Catalog.from_records([frame], schedules)
