"""Checks the shipped price catalog (seeds/prices.csv) against the reference.

The reference tables are not available in CI, so the prices they give are
transcribed below in the reference's own units: CNY per 1,000 tokens for
Chinese vendors ("per_1k") and USD per 1,000,000 tokens for OpenAI ("per_1M").
Each seed row stores the price per 1,000,000 tokens in the vendor's currency.

None in the table means the reference gives no number: the seed cell must be
empty (unknown), never 0 (free).
"""

import csv
from decimal import Decimal
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PRICES = SEEDS / "prices.csv"
FX = SEEDS / "fx.csv"

HEADER = [
    "model_id",
    "vendor",
    "vendor_cn",
    "model_name",
    "tier",
    "context_window",
    "effective_from",
    "currency",
    "input_per_mtok",
    "output_per_mtok",
    "cached_input_per_mtok",
    "status",
    "source",
    "checked",
    "notes",
]

REQUIRED_MODELS = [
    "deepseek-chat",
    "deepseek-coder",
    "glm-3-turbo",
    "glm-4",
    "glm-4-air",
    "glm-4-airx",
    "glm-4-flash",
    "doubao-pro-4k",
    "doubao-pro-32k",
    "doubao-pro-128k",
    "doubao-lite-4k",
    "doubao-lite-32k",
    "doubao-lite-128k",
    "qwen-long",
    "qwen-turbo",
    "qwen-plus",
    "qwen-max",
    "qwen-max-longcontext",
    "qwen1.5-110b-chat",
    "qwen1.5-72b-chat",
    "qwen1.5-32b-chat",
    "qwen1.5-14b-chat",
    "qwen1.5-7b-chat",
    "ernie-4.0-8k",
    "ernie-3.5-8k",
    "ernie-speed-8k",
    "ernie-speed-128k",
    "ernie-lite-8k",
    "ernie-tiny-8k",
    "hunyuan-lite",
    "hunyuan-standard",
    "hunyuan-standard-256k",
    "hunyuan-pro",
    "spark-lite",
    "spark-pro",
    "spark-max",
    "moonshot-v1-8k",
    "moonshot-v1-32k",
    "moonshot-v1-128k",
    "yi-large",
    "yi-large-turbo",
    "yi-medium",
    "yi-spark",
    "baichuan4",
    "gpt-4-turbo",
    "gpt-4o",
    "gpt-3.5-turbo",
    "gpt-4",
    # other purchasable models in the May 2024 table
    "ernie-lite-128k",
    "ernie-speed-appbuilder",
    "ernie-lite-8k-0922",
    "yi-medium-200k",
    "yi-34b-chat-0205",
    "baichuan2-turbo",
    "gpt-4-32k",
    # models from the 2024-2025 history table
    "deepseek-reasoner",
    "glm-4-long",
    "glm-4-plus",
    "ernie-4.0-turbo-8k",
    "ernie-4.5-8k",
    "hunyuan-turbo",
    "spark-4.0-ultra",
    "yi-lightning",
    "gpt-4o-mini",
]

VENDOR_ORDER = [
    "DeepSeek",
    "Zhipu AI",
    "ByteDance (Volcengine)",
    "Alibaba Cloud",
    "Baidu AI Cloud",
    "iFlytek",
    "Tencent Cloud",
    "Moonshot AI",
    "01.AI",
    "Baichuan AI",
    "OpenAI",
]
TIERS = {
    "flagship",
    "mid",
    "lite",
    "long-context",
    "open-weights",
    "code",
    "reasoning",
    "legacy",
}
PRICE_COLUMNS = ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok")

# (model_id, effective_from, reference unit, input, output, cached input),
# prices as the reference writes them; None = no number in the reference.
REFERENCE = [
    # DeepSeek
    ("deepseek-chat", "2024-04-01", "per_1k", "0.001", "0.002", None),
    ("deepseek-chat", "2024-05-06", "per_1k", "0.001", "0.002", None),
    ("deepseek-chat", "2024-08-02", "per_1k", "0.001", "0.002", "0.0001"),
    ("deepseek-chat", "2025-02-09", "per_1k", "0.002", "0.008", "0.0005"),
    ("deepseek-chat", "2025-09-01", "per_1k", "0.004", "0.012", "0.0005"),
    ("deepseek-chat", "2025-09-29", "per_1k", "0.002", "0.003", "0.0002"),
    ("deepseek-coder", "2024-04-01", "per_1k", "0.001", "0.002", None),
    ("deepseek-coder", "2024-05-06", "per_1k", "0.001", "0.002", None),
    ("deepseek-reasoner", "2025-01-20", "per_1k", "0.004", "0.016", "0.001"),
    ("deepseek-reasoner", "2025-09-01", "per_1k", "0.004", "0.012", "0.0005"),
    ("deepseek-reasoner", "2025-09-29", "per_1k", "0.002", "0.003", "0.0002"),
    # Zhipu AI
    ("glm-3-turbo", "2024-01-01", "per_1k", "0.005", "0.005", None),
    ("glm-3-turbo", "2024-05-11", "per_1k", "0.001", "0.001", None),
    ("glm-4", "2024-01-01", "per_1k", "0.1", "0.1", None),
    ("glm-4-air", "2024-06-05", "per_1k", "0.001", "0.001", None),
    ("glm-4-air", "2025-01-01", "per_1k", "0.0005", "0.0005", None),
    ("glm-4-airx", "2024-06-05", "per_1k", "0.01", "0.01", None),
    ("glm-4-flash", "2024-06-05", "per_1k", "0.0001", "0.0001", None),
    ("glm-4-flash", "2024-08-27", "per_1k", "0", "0", None),
    ("glm-4-long", "2024-08-01", "per_1k", "0.001", "0.001", None),
    ("glm-4-plus", "2024-08-01", "per_1k", "0.05", "0.05", None),
    ("glm-4-plus", "2025-04-01", "per_1k", "0.005", "0.005", None),
    # ByteDance (Volcengine)
    ("doubao-lite-128k", "2024-05-15", "per_1k", "0.0008", "0.001", None),
    ("doubao-lite-32k", "2024-05-15", "per_1k", "0.0003", "0.0006", None),
    ("doubao-lite-4k", "2024-05-15", "per_1k", "0.0003", "0.0006", None),
    ("doubao-pro-128k", "2024-05-15", "per_1k", "0.005", "0.009", None),
    ("doubao-pro-32k", "2024-05-15", "per_1k", "0.0008", "0.002", None),
    ("doubao-pro-4k", "2024-05-15", "per_1k", "0.0008", "0.002", None),
    # Alibaba Cloud
    ("qwen-long", "2024-01-01", "per_1k", "0.02", None, None),
    ("qwen-long", "2024-05-21", "per_1k", "0.0005", "0.002", None),
    ("qwen-max", "2024-01-01", "per_1k", "0.02", "0.02", None),
    ("qwen-max", "2024-03-13", "per_1k", "0.12", "0.12", None),
    ("qwen-max", "2024-05-21", "per_1k", "0.04", "0.12", None),
    ("qwen-max", "2024-09-01", "per_1k", "0.02", "0.06", None),
    ("qwen-max", "2025-01-01", "per_1k", "0.0024", "0.0096", None),
    ("qwen-max-longcontext", "2024-01-01", "per_1k", "0.12", "0.12", None),
    ("qwen-max-longcontext", "2024-05-21", "per_1k", "0.04", "0.12", None),
    ("qwen-plus", "2024-01-01", "per_1k", "0.02", "0.02", None),
    ("qwen-plus", "2024-05-21", "per_1k", "0.004", "0.012", None),
    ("qwen-plus", "2024-09-01", "per_1k", "0.0008", "0.002", None),
    ("qwen-turbo", "2024-01-01", "per_1k", "0.008", "0.008", None),
    ("qwen-turbo", "2024-05-21", "per_1k", "0.002", "0.006", None),
    ("qwen-turbo", "2024-09-01", "per_1k", "0.0003", "0.0006", None),
    ("qwen1.5-110b-chat", "2024-01-01", "per_1k", None, None, None),
    ("qwen1.5-110b-chat", "2024-05-21", "per_1k", "0.007", "0.014", None),
    ("qwen1.5-14b-chat", "2024-01-01", "per_1k", None, None, None),
    ("qwen1.5-14b-chat", "2024-05-21", "per_1k", "0.002", "0.004", None),
    ("qwen1.5-32b-chat", "2024-01-01", "per_1k", None, None, None),
    ("qwen1.5-32b-chat", "2024-05-21", "per_1k", "0.0035", "0.007", None),
    ("qwen1.5-72b-chat", "2024-01-01", "per_1k", "0.02", "0.02", None),
    ("qwen1.5-72b-chat", "2024-05-21", "per_1k", "0.005", "0.01", None),
    ("qwen1.5-7b-chat", "2024-01-01", "per_1k", None, None, None),
    ("qwen1.5-7b-chat", "2024-05-21", "per_1k", "0.001", "0.002", None),
    # Baidu AI Cloud
    ("ernie-3.5-8k", "2024-01-01", "per_1k", "0.012", "0.012", None),
    ("ernie-3.5-8k", "2025-02-06", "per_1k", "0.0008", "0.002", None),
    ("ernie-4.0-8k", "2024-01-01", "per_1k", "0.12", "0.12", None),
    ("ernie-4.0-8k", "2025-02-06", "per_1k", "0.03", "0.09", None),
    ("ernie-4.0-8k", "2025-03-16", "per_1k", "0.004", "0.012", None),
    ("ernie-4.0-turbo-8k", "2025-02-06", "per_1k", "0.02", "0.06", None),
    ("ernie-4.0-turbo-8k", "2025-03-01", "per_1k", "0.003", "0.009", "0.0012"),
    ("ernie-4.5-8k", "2025-03-16", "per_1k", "0.004", "0.016", None),
    ("ernie-lite-128k", "2024-01-01", "per_1k", "0.012", "0.024", None),
    ("ernie-lite-128k", "2024-05-21", "per_1k", "0", "0", None),
    ("ernie-lite-8k", "2024-01-01", "per_1k", "0.003", "0.006", None),
    ("ernie-lite-8k", "2024-05-21", "per_1k", "0", "0", None),
    ("ernie-lite-8k-0922", "2024-01-01", "per_1k", "0.008", "0.008", None),
    ("ernie-lite-8k-0922", "2024-05-21", "per_1k", "0", "0", None),
    ("ernie-speed-128k", "2024-01-01", "per_1k", "0.016", "0.032", None),
    ("ernie-speed-128k", "2024-05-21", "per_1k", "0", "0", None),
    ("ernie-speed-8k", "2024-01-01", "per_1k", "0.004", "0.008", None),
    ("ernie-speed-8k", "2024-05-21", "per_1k", "0", "0", None),
    ("ernie-speed-appbuilder", "2024-01-01", "per_1k", "0.004", "0.008", None),
    ("ernie-speed-appbuilder", "2024-05-21", "per_1k", "0", "0", None),
    ("ernie-tiny-8k", "2024-01-01", "per_1k", "0.001", "0.001", None),
    ("ernie-tiny-8k", "2024-05-21", "per_1k", "0", "0", None),
    # iFlytek
    ("spark-4.0-ultra", "2024-06-27", "per_1k", "0.1", "0.1", None),
    ("spark-lite", "2024-01-01", "per_1k", None, None, None),
    ("spark-lite", "2024-05-22", "per_1k", "0", "0", None),
    ("spark-max", "2024-01-01", "per_1k", None, None, None),
    ("spark-max", "2024-05-22", "per_1k", "0.021", "0.021", None),
    ("spark-pro", "2024-01-01", "per_1k", None, None, None),
    ("spark-pro", "2024-05-22", "per_1k", "0.021", "0.021", None),
    # Tencent Cloud
    ("hunyuan-lite", "2024-01-01", "per_1k", None, None, None),
    ("hunyuan-lite", "2024-05-22", "per_1k", "0", "0", None),
    ("hunyuan-pro", "2024-01-01", "per_1k", "0.1", "0.1", None),
    ("hunyuan-pro", "2024-05-22", "per_1k", "0.03", "0.1", None),
    ("hunyuan-standard", "2024-01-01", "per_1k", "0.01", "0.01", None),
    ("hunyuan-standard", "2024-05-22", "per_1k", "0.0045", "0.005", None),
    ("hunyuan-standard", "2025-03-23", "per_1k", "0.0008", "0.002", None),
    ("hunyuan-standard-256k", "2024-01-01", "per_1k", "0.12", "0.12", None),
    ("hunyuan-standard-256k", "2024-05-22", "per_1k", "0.015", "0.06", None),
    ("hunyuan-turbo", "2024-09-01", "per_1k", "0.015", "0.05", None),
    ("hunyuan-turbo", "2025-03-23", "per_1k", "0.0024", "0.0096", None),
    # Moonshot AI
    ("moonshot-v1-128k", "2024-01-01", "per_1k", "0.06", "0.06", None),
    ("moonshot-v1-32k", "2024-01-01", "per_1k", "0.024", "0.024", None),
    ("moonshot-v1-32k", "2025-04-09", "per_1k", "0.005", "0.02", None),
    ("moonshot-v1-8k", "2024-01-01", "per_1k", "0.012", "0.012", None),
    ("moonshot-v1-8k", "2025-04-09", "per_1k", "0.002", "0.01", "0.001"),
    # 01.AI
    ("yi-34b-chat-0205", "2024-01-01", "per_1k", "0.0025", "0.0025", None),
    ("yi-large", "2024-05-13", "per_1k", "0.02", "0.02", None),
    ("yi-large-turbo", "2024-05-13", "per_1k", "0.012", "0.012", None),
    ("yi-lightning", "2024-10-16", "per_1k", "0.00099", "0.00099", None),
    ("yi-medium", "2024-05-13", "per_1k", "0.0025", "0.0025", None),
    ("yi-medium-200k", "2024-05-13", "per_1k", "0.012", "0.012", None),
    ("yi-spark", "2024-05-13", "per_1k", "0.001", "0.001", None),
    # Baichuan AI
    ("baichuan2-turbo", "2024-01-01", "per_1k", "0.008", "0.008", None),
    ("baichuan4", "2024-05-22", "per_1k", "0.1", "0.1", None),
    # OpenAI
    ("gpt-3.5-turbo", "2024-01-01", "per_1M", "0.5", "1.5", None),
    ("gpt-4", "2024-01-01", "per_1M", "30", "60", None),
    ("gpt-4-32k", "2024-01-01", "per_1M", "60", "120", None),
    ("gpt-4-turbo", "2024-01-01", "per_1M", "10", "30", None),
    ("gpt-4o", "2024-05-13", "per_1M", "5", "15", None),
    ("gpt-4o", "2024-08-06", "per_1M", "2.5", "10", None),
    ("gpt-4o-mini", "2024-07-18", "per_1M", "0.15", "0.6", None),
]


def load_rows():
    with open(PRICES, newline="", encoding="utf-8") as f:
        text = f.read()
    assert not text.startswith("\ufeff"), "prices.csv must not start with a BOM"
    reader = csv.reader(text.splitlines())
    header = next(reader)
    assert header == HEADER, f"prices.csv header is {header}"
    return [dict(zip(header, row, strict=True)) for row in reader]


ROWS = load_rows()
BY_KEY = {(r["model_id"], r["effective_from"]): r for r in ROWS}


def per_mtok(value, unit):
    """Reference price -> price per 1M tokens, as a Decimal (None stays None)."""
    if value is None:
        return None
    if unit == "per_1k":
        return Decimal(value) * 1000
    assert unit == "per_1M", f"unknown reference unit {unit}"
    return Decimal(value)


def test_reference_table_covers_every_seed_row():
    ref_keys = [(m, d) for m, d, *_ in REFERENCE]
    assert len(ref_keys) == len(set(ref_keys)), "duplicate key in the test's REFERENCE table"
    missing = sorted(set(BY_KEY) - set(ref_keys))
    extra = sorted(set(ref_keys) - set(BY_KEY))
    assert not missing, f"seed rows without a reference entry: {missing}"
    assert not extra, f"reference entries without a seed row: {extra}"


@pytest.mark.parametrize(
    ("model_id", "effective_from", "unit", "ref_in", "ref_out", "ref_cached"),
    REFERENCE,
    ids=[f"{m}@{d}" for m, d, *_ in REFERENCE],
)
def test_price_converted_from_reference(
    model_id, effective_from, unit, ref_in, ref_out, ref_cached
):
    row = BY_KEY.get((model_id, effective_from))
    assert row is not None, f"{model_id} {effective_from}: no seed row"
    expected_currency = "CNY" if unit == "per_1k" else "USD"
    assert row["currency"] == expected_currency, (
        f"{model_id} {effective_from} currency: {row['currency']!r}, expected {expected_currency}"
    )
    for column, ref in zip(PRICE_COLUMNS, (ref_in, ref_out, ref_cached), strict=True):
        cell = row[column]
        where = f"{model_id} {effective_from} {column}"
        if ref is None:
            assert cell == "", f"{where}: unknown in the reference, must stay empty, got {cell!r}"
            continue
        assert cell != "", f"{where}: reference gives {ref} ({unit}) but the seed cell is empty"
        expected = per_mtok(ref, unit)
        assert Decimal(cell) == expected, f"{where}: {cell} != {ref} {unit} converted = {expected}"
        # plain decimal text, no float noise ("0.8", not "0.8000" or "0.7999999999")
        assert cell == format(expected.normalize(), "f"), (
            f"{where}: write {cell!r} as plain decimal"
        )


def test_required_models_present():
    present = {r["model_id"] for r in ROWS}
    for model_id in REQUIRED_MODELS:
        assert model_id in present, f"{model_id}: required model missing from prices.csv"


def test_model_id_and_date_unique():
    seen = set()
    for r in ROWS:
        key = (r["model_id"], r["effective_from"])
        assert key not in seen, f"{r['model_id']} effective_from: duplicate record {key[1]}"
        seen.add(key)


def test_doubao_not_offered_before_launch():
    for r in ROWS:
        if r["model_id"].startswith("doubao-"):
            assert r["effective_from"] >= "2024-05-15", (
                f"{r['model_id']} effective_from: {r['effective_from']} is before the 2024-05-15 launch"
            )


def test_every_row_has_source_and_status():
    for r in ROWS:
        where = f"{r['model_id']} {r['effective_from']}"
        assert r["source"].strip(), f"{where} source: empty"
        assert r["status"] in {"confirmed", "uncertain"}, f"{where} status: {r['status']!r}"
        assert r["notes"].strip(), f"{where} notes: empty"


def test_unknown_prices_are_marked_uncertain():
    for r in ROWS:
        if r["input_per_mtok"] == "" or r["output_per_mtok"] == "":
            assert r["status"] == "uncertain", (
                f"{r['model_id']} {r['effective_from']} status: a price is unknown, must be uncertain"
            )


def test_row_fields_well_formed():
    for r in ROWS:
        where = f"{r['model_id']} {r['effective_from']}"
        assert r["model_id"] == r["model_id"].lower(), f"{where} model_id: not lowercase"
        date = r["effective_from"]
        assert len(date) == 10 and date[4] == date[7] == "-", f"{where} effective_from: {date!r}"
        assert r["checked"] == "2026-11-27", f"{where} checked: {r['checked']!r}"
        assert r["tier"] in TIERS, f"{where} tier: {r['tier']!r}"
        assert r["vendor"] in VENDOR_ORDER, f"{where} vendor: {r['vendor']!r}"
        assert r["currency"] == ("USD" if r["vendor"] == "OpenAI" else "CNY"), f"{where} currency"
        if r["context_window"]:
            assert r["context_window"].isdigit(), f"{where} context_window: {r['context_window']!r}"
        for column in PRICE_COLUMNS:
            if r[column]:
                assert Decimal(r[column]) >= 0, f"{where} {column}: negative price"


def test_model_attributes_constant_per_model():
    first = {}
    for r in ROWS:
        attrs = (r["vendor"], r["vendor_cn"], r["model_name"], r["tier"], r["currency"])
        prev = first.setdefault(r["model_id"], attrs)
        assert attrs == prev, f"{r['model_id']} vendor/model_name/tier: differ between records"


def test_rows_sorted():
    keys = [(VENDOR_ORDER.index(r["vendor"]), r["model_id"], r["effective_from"]) for r in ROWS]
    assert keys == sorted(keys), (
        "prices.csv rows not sorted by vendor order, model_id, effective_from"
    )


def test_fx_seed():
    with open(FX, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 1, "fx.csv: expected exactly one rate"
    row = rows[0]
    assert row["effective_from"] == "2024-05-24", "fx.csv effective_from"
    assert Decimal(row["cny_per_usd"]) == Decimal("7.2"), "fx.csv cny_per_usd"
    assert row["source"].strip(), "fx.csv source: empty"
