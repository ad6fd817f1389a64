"""Synthetic catalogs for benchmarks: many models, each with a few dated records."""

from __future__ import annotations

import io

import numpy as np

from calculator.engine import Catalog
from calculator.engine.records import ALL_COLUMNS
from calculator.formats.catalog_reader import COLUMNS, TIER_COLUMN, parse_catalog_bytes
from calculator.userfiles.loading import shipped_schedule_list


def synthetic_csv(n_models: int, seed: int = 0) -> bytes:
    """CSV text of ``n_models`` models, 3 dated records each, every 10th with a context tier."""
    rng = np.random.default_rng(seed)
    out = io.StringIO()
    out.write(",".join(COLUMNS + (TIER_COLUMN,)) + "\n")
    dates = ("2024-01-01", "2024-05-21", "2025-03-01")
    for i in range(n_models):
        currency = "USD" if i % 7 == 0 else "CNY"
        base_in = rng.uniform(0.1, 100)
        for k, date in enumerate(dates):
            factor = 1.0 / (k + 1)
            cached = f"{base_in * factor / 10:.4f}" if i % 3 == 0 else ""
            out.write(f"syn-{i:05d},Vendor {i % 40},厂商{i % 40},Model {i},mid,128000,{date},"
                      f"{currency},{base_in * factor:.4f},{base_in * 2 * factor:.4f},{cached},"
                      f"confirmed,https://example.com/{i},2026-11-27,,\n")
            if i % 10 == 0:
                out.write(f"syn-{i:05d},Vendor {i % 40},厂商{i % 40},Model {i},mid,128000,{date},"
                          f"{currency},{base_in * 3 * factor:.4f},{base_in * 6 * factor:.4f},,"
                          f"confirmed,https://example.com/{i},2026-11-27,,32k\n")
    return out.getvalue().encode()


def synthetic_catalog(n_models: int) -> Catalog:
    return Catalog.from_records([parse_catalog_bytes(synthetic_csv(n_models), "synthetic.csv")])


def synthetic_billing_csv(n_models: int, seed: int = 1) -> bytes:
    """CSV text of ``n_models`` models in the 2026 schema, two dated records each, that
    between them carry every billing dimension: cache reads and 5-minute/1-hour cache
    writes, a search fee and a reasoning price on every model; a batch variant on every
    3rd, flex and priority tiers on every 5th, whole-request tiers (32k, 128k) on every
    10th, and DeepSeek's 2026 peak/off-peak schedule (CN holidays) on every 20th."""
    rng = np.random.default_rng(seed)
    out = io.StringIO()
    out.write(",".join(ALL_COLUMNS) + "\n")

    def line(i: int, date: str, currency: str, inp: float, **extra: str) -> None:
        cells = dict.fromkeys(ALL_COLUMNS, "")
        cells.update(model_id=f"bil-{i:05d}", vendor=f"Vendor {i % 40}",
                     vendor_cn=f"厂商{i % 40}", model_name=f"Model {i}", tier="mid",
                     context_window="1000000", effective_from=date, currency=currency,
                     input_per_mtok=f"{inp:.4f}", output_per_mtok=f"{inp * 4:.4f}",
                     cached_input_per_mtok=f"{inp / 10:.4f}", status="confirmed",
                     source=f"https://example.com/{i}", checked="2026-11-27",
                     cache_write_per_mtok=f"{inp * 1.25:.4f}",
                     cache_write_1h_per_mtok=f"{inp * 2:.4f}",
                     reasoning_per_mtok=f"{inp * 5:.4f}", search_per_k="10")
        cells.update(extra)
        out.write(",".join(cells[c] for c in ALL_COLUMNS) + "\n")

    for i in range(n_models):
        currency = "USD" if i % 7 == 0 else "CNY"
        base = rng.uniform(0.1, 20)
        for k, date in enumerate(("2024-01-01", "2026-10-17")):
            inp = base / (k + 1)
            if i % 20 == 0 and k == 1:
                for band, factor in (("off_peak", 1.0), ("peak", 2.0)):
                    line(i, date, currency, inp * factor, band=band,
                         schedule="deepseek-2026-10-17")
                continue
            line(i, date, currency, inp)
            if i % 10 == 0:
                line(i, date, currency, inp * 1.6, above_input_tokens="32000")
                line(i, date, currency, inp * 3, above_input_tokens="128000")
            if i % 3 == 0:
                line(i, date, currency, inp / 2, variant="batch")
            if i % 5 == 0:
                line(i, date, currency, inp / 2, variant="flex")
                line(i, date, currency, inp * 2, variant="priority")
    return out.getvalue().encode()


def synthetic_billing_catalog(n_models: int) -> Catalog:
    schedules = shipped_schedule_list()
    frame = parse_catalog_bytes(synthetic_billing_csv(n_models), "synthetic-billing.csv",
                                schedules={s.schedule for s in schedules})
    return Catalog.from_records([frame], schedules)
