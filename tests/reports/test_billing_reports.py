"""The cost breakdown and the billing assumptions in CSV, XLSX and the HTML/PDF report,
from the same engine frame the window shows."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pandas as pd
import pytest

from calculator.calendars import all_calendars
from calculator.engine import FxRate
from calculator.engine.evaluate import evaluate
from calculator.engine.pricing_parts import PARTS
from calculator.engine.scenario import Scenario
from calculator.reports.billing_text import billing_rows, breakdown_parts
from calculator.reports.html_report import build_html
from calculator.reports.spreadsheet import csv_bytes, xlsx_bytes
from calculator.reports.summary import assumption_rows
from calculator.reports.tables import export_frame

from ..billing_catalog import MODELS, billing_catalog

DAY = dt.date(2026, 10, 20)


@pytest.fixture(scope="module")
def catalog():
    return billing_catalog()


def billed(catalog, **billing):
    scenario = Scenario(name="Support bot", baseline_date=DAY, current_date=DAY,
                        models=MODELS, reference=None).with_workload(
        input_tokens=100e6, output_tokens=20e6, monthly_requests=50_000, cached_share=0.3,
        cache_write_share=0.1, reasoning_share=0.25, searches_per_request=0.5,
        request_sizes=((1000.0, 0.5), (3000.0, 0.5)),
    ).with_billing(batch_share=0.1, timezone="Asia/Shanghai", **billing)
    return evaluate(scenario, catalog, FxRate(7.0), calendars=all_calendars())


def test_exports_carry_the_breakdown_and_it_adds_up(catalog):
    ev = billed(catalog)
    frame = export_frame(ev.comparison)
    parts = frame[[f"current_cost_{p}" for p in PARTS]].sum(axis=1, skipna=False)
    np.testing.assert_allclose(parts, frame["current_cost"], rtol=1e-12)  # NaN where NaN
    # searches asked for: a model without a search fee has an unknown cost, never a lower one
    unknown = frame.set_index("model_id")["current_status"]
    assert unknown["gpt"] == "unknown" and unknown["claude"] == "priced"
    priced = frame[frame["current_status"] == "priced"]
    assert (priced["current_cost_cache_write"] > 0).all()
    assert (priced["current_cost_fees"] > 0).all()
    csv = pd.read_csv(io.BytesIO(csv_bytes(ev)))
    assert {f"current_cost_{p}" for p in PARTS} <= set(csv.columns)
    assert {"off_peak_share", "current_variant_fallback", "current_over_context"} <= set(
        csv.columns)
    v4 = csv.set_index("model_id").loc["v4-pro"]
    assert 0 < v4["off_peak_share"] < 1 and bool(v4["current_variant_fallback"])  # no batch


def test_xlsx_has_the_breakdown_columns(catalog):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(xlsx_bytes(billed(catalog), "test")))
    sheet = book.worksheets[0]
    headers = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    assert "Current cost: cache writes / month" in headers
    assert "Current cost: search fees / month" in headers


def test_report_has_a_cost_by_part_table_and_the_billing_assumptions(catalog):
    ev = billed(catalog, service_tier="flex", month="2026-10", traffic="business")
    html = build_html(ev, [], "test")
    assert "Current cost by part" in html
    for word in ("cache writes", "search fees", "reasoning", "Off-peak share"):
        assert word in html
    rows = dict(assumption_rows(ev, "test"))
    assert rows["Cache writes"] == "10.0% of input, 5-minute lifetime"
    assert rows["Batch share"] == "10.0%" and rows["Service tier"] == "flex"
    assert rows["Request sizes (input tokens, share of requests)"] == "1k 50%, 3k 50%"
    assert rows["Traffic by time"] == "business-hours profile in Asia/Shanghai, spread over 2026-10"


def test_a_plain_workload_adds_nothing(catalog):
    scenario = Scenario(baseline_date=DAY, current_date=DAY, models=("plain", "gpt"),
                        reference=None)
    ev = evaluate(scenario, catalog, FxRate(7.0), calendars=all_calendars())
    assert billing_rows(ev) == [] and breakdown_parts(ev) == ()
    assert "Current cost by part" not in build_html(ev, [], "test")
