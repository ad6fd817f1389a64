"""Synthetic catalogs for benchmarks: many models, each with a few dated records."""

from __future__ import annotations

import io

import numpy as np

from calculator.engine import Catalog
from calculator.formats.catalog_reader import COLUMNS, TIER_COLUMN, parse_catalog_bytes


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
