"""Checks the shipped price catalog (seeds/prices.csv) against the reference.

The reference tables are not available in CI, so the prices they give are
transcribed below in the reference's own units: CNY per 1,000 tokens for the
2024-2025 Chinese tables ("per_1k"), CNY per 1,000,000 tokens for the 2026
table ("cny_1M") and USD per 1,000,000 tokens for the USD vendors ("per_1M").
Each seed row stores the price per 1,000,000 tokens in the vendor's currency.

None in the table means the reference gives no number: the seed cell must be
empty (unknown, or a retired/alias record), never 0 (free).
"""

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PRICES = SEEDS / "prices.csv"
FX = SEEDS / "fx.csv"
SCHEDULES = SEEDS / "schedules.csv"

BASE_HEADER = [
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
    "above_input_tokens",
]
#: The 2026 schema's optional columns (see seeds/README.md).
NEW_COLUMNS = [
    "region",
    "variant",
    "band",
    "schedule",
    "lifecycle",
    "alias_of",
    "promo_until",
    "cache_write_per_mtok",
    "cache_write_1h_per_mtok",
    "reasoning_per_mtok",
    "search_per_k",
]
#: Optional columns no shipped record uses yet (so the file, written by the catalog writer, has
#: none): no vendor in the catalog prices reasoning tokens apart from output in a recorded price.
UNUSED_COLUMNS = ["reasoning_per_mtok"]
#: The newest date any evidence in the catalog may carry (the catalog was assembled in late
#: November 2026).
NEWEST_EVIDENCE = "2026-11-30"
#: The day the 2024 catalog was typed; it is never the date of evidence (see the README's
#: `checked` rule).
TYPING_DAY = "2026-11-27"

REQUIRED_MODELS = [
    "deepseek-chat",
    "deepseek-coder",
    "glm-3-turbo",
    "glm-4",
    "glm-4-air",
    "glm-4-airx",
    "glm-4-flash",
    "doubao-pro-32k",
    "doubao-pro-128k",
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
    "glm-4-0520",
    "ernie-x1",
    "ernie-x1-turbo",
    "ernie-4.5-turbo",
    "hunyuan-turbos",
    "hunyuan-t1",
    "hunyuan-large",
    "kimi-latest-8k",
    "kimi-latest-128k",
    # 2025-2026 models: each vendor's flagship, balanced and cheapest chat models
    "deepseek-v4-pro",
    "deepseek-v4-flash",
    "glm-5.3",
    "glm-5.3-flash",
    "glm-5.1",
    "glm-4.7",
    "doubao-seed-2.1-pro",
    "doubao-seed-1.6",
    "doubao-seed-1.6-flash",
    "doubao-1.5-pro-32k",
    "qwen3.7-max",
    "qwen3-max",
    "qwen3.5-plus",
    "qwen3.5-flash",
    "ernie-5.1",
    "spark-x2",
    "kimi-k3",
    "kimi-k2.6",
    "kimi-k2",
    "minimax-m3",
    "minimax-m2.7",
    "gpt-4.1",
    "gpt-5.1",
    "gpt-5.4",
    "gpt-5.5",
    "claude-opus-4-7",
    "claude-sonnet-4-6",
    "claude-haiku-4-5",
    "gemini-2.5-pro",
    "gemini-2.5-flash",
    "gemini-2.5-flash-lite",
    "gemini-3.1-pro-preview",
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
    "MiniMax",
    "01.AI",
    "Baichuan AI",
    "OpenAI",
    "Anthropic",
    "Google",
]
USD_VENDORS = {"OpenAI", "Anthropic", "Google"}
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
#: Qualifier keys of a REFERENCE entry and the seed column each one checks.
QUALIFIERS = {
    "above": "above_input_tokens",
    "variant": "variant",
    "band": "band",
    "schedule": "schedule",
    "lifecycle": "lifecycle",
    "alias_of": "alias_of",
    "promo_until": "promo_until",
    "cache_write_per_mtok": "cache_write_per_mtok",
    "cache_write_1h_per_mtok": "cache_write_1h_per_mtok",
    "search_per_k": "search_per_k",
}

# (model_id, effective_from, reference unit, input, output, cached input[, qualifiers]),
# prices as the reference writes them; None = no number in the reference. The optional
# qualifiers give the record's context tier ("above"), service variant, time band, schedule,
# lifecycle, promotion end and the extra price columns, all as the seed writes them.
REFERENCE = [
    # DeepSeek
    ("deepseek-chat", "2024-04-01", "per_1k", "0.001", "0.002", None),
    ("deepseek-chat", "2024-05-06", "per_1k", "0.001", "0.002", None),
    ("deepseek-chat", "2024-08-02", "per_1k", "0.001", "0.002", "0.0001"),
    ("deepseek-chat", "2025-02-09", "per_1k", "0.002", "0.008", "0.0005"),
    ("deepseek-chat", "2025-09-06", "per_1k", "0.004", "0.012", "0.0005"),
    ("deepseek-chat", "2025-09-29", "per_1k", "0.002", "0.003", "0.0002"),
    ("deepseek-coder", "2024-04-01", "per_1k", "0.001", "0.002", None),
    ("deepseek-coder", "2024-05-06", "per_1k", "0.001", "0.002", None),
    ("deepseek-reasoner", "2025-01-20", "per_1k", "0.004", "0.016", "0.001"),
    ("deepseek-reasoner", "2025-09-06", "per_1k", "0.004", "0.012", "0.0005"),
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
    ("glm-4-long", "2024-08-28", "per_1k", "0.001", "0.001", None),
    ("glm-4-plus", "2024-08-29", "per_1k", "0.05", "0.05", None),
    ("glm-4-plus", "2025-04-01", "per_1k", "0.005", "0.005", None),
    # ByteDance (Volcengine)
    ("doubao-lite-128k", "2024-05-15", "per_1k", "0.0008", "0.001", None),
    ("doubao-lite-32k", "2024-05-15", "per_1k", "0.0003", "0.0006", None),
    ("doubao-pro-128k", "2024-05-15", "per_1k", "0.005", "0.009", None),
    ("doubao-pro-32k", "2024-05-15", "per_1k", "0.0008", "0.002", None),
    # Alibaba Cloud
    ("qwen-long", "2024-01-01", "per_1k", "0.02", None, None),
    ("qwen-long", "2024-05-21", "per_1k", "0.0005", "0.002", None),
    ("qwen-max", "2024-01-01", "per_1k", "0.02", None, None),
    ("qwen-max", "2024-03-13", "per_1k", "0.12", "0.12", None),
    ("qwen-max", "2024-05-21", "per_1k", "0.04", "0.12", None),
    ("qwen-max", "2024-09-19", "per_1k", "0.02", "0.06", None),
    ("qwen-max", "2025-01-28", "per_1k", "0.0024", "0.0096", None),
    ("qwen-max-longcontext", "2024-01-01", "per_1k", "0.12", "0.12", None),
    ("qwen-max-longcontext", "2024-05-21", "per_1k", "0.04", "0.12", None),
    ("qwen-plus", "2024-01-01", "per_1k", "0.02", "0.02", None),
    ("qwen-plus", "2024-05-21", "per_1k", "0.004", "0.012", None),
    ("qwen-plus", "2024-09-19", "per_1k", "0.0008", "0.002", None),
    ("qwen-turbo", "2024-01-01", "per_1k", "0.008", "0.008", None),
    ("qwen-turbo", "2024-05-21", "per_1k", "0.002", "0.006", None),
    ("qwen-turbo", "2024-09-19", "per_1k", "0.0003", "0.0006", None),
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
    ("ernie-4.0-turbo-8k", "2025-03-16", "per_1k", "0.003", "0.009", "0.0012"),
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
    # records added for the 2026 catalog (CNY per 1M as prices_2026.md writes them: "cny_1M")
    ("deepseek-chat", "2025-02-26", "per_1k", "0.001", "0.004", "0.00025",
     {"band": "off_peak", "schedule": "deepseek-2025-night"}),
    ("deepseek-chat", "2025-02-26", "per_1k", "0.002", "0.008", "0.0005",
     {"band": "peak", "schedule": "deepseek-2025-night"}),
    ("deepseek-chat", "2026-04-24", "cny_1M", None, None, None,
     {"lifecycle": "alias", "alias_of": "deepseek-v4-flash"}),
    ("deepseek-chat", "2026-07-25", "cny_1M", None, None, None, {"lifecycle": "retired"}),
    ("deepseek-coder", "2024-08-02", "per_1k", "0.001", "0.002", "0.0001"),
    ("deepseek-flash", "2026-09-10", "cny_1M", "1", "4", "0.02",
     {"band": "off_peak", "schedule": "deepseek-2026-08-23"}),
    ("deepseek-flash", "2026-09-10", "cny_1M", "2", "8", "0.04",
     {"band": "peak", "schedule": "deepseek-2026-08-23"}),
    ("deepseek-flash", "2026-10-17", "cny_1M", "1", "4", "0.02",
     {"band": "off_peak", "schedule": "deepseek-2026-10-17", "search_per_k": "5"}),
    ("deepseek-flash", "2026-10-17", "cny_1M", "2", "8", "0.04",
     {"band": "peak", "schedule": "deepseek-2026-10-17", "search_per_k": "5"}),
    ("deepseek-reasoner", "2025-02-26", "per_1k", "0.001", "0.004", "0.00025",
     {"band": "off_peak", "schedule": "deepseek-2025-night"}),
    ("deepseek-reasoner", "2025-02-26", "per_1k", "0.004", "0.016", "0.001",
     {"band": "peak", "schedule": "deepseek-2025-night"}),
    ("deepseek-reasoner", "2026-04-24", "cny_1M", None, None, None,
     {"lifecycle": "alias", "alias_of": "deepseek-v4-flash"}),
    ("deepseek-reasoner", "2026-07-25", "cny_1M", None, None, None, {"lifecycle": "retired"}),
    ("deepseek-v4-flash", "2026-04-24", "cny_1M", "1", "2", "0.2"),
    ("deepseek-v4-flash", "2026-04-26", "cny_1M", "1", "2", "0.02"),
    ("deepseek-v4-flash", "2026-08-17", "cny_1M", "1.5", "4.5", "0.05",
     {"band": "off_peak", "schedule": "deepseek-2026-08-17"}),
    ("deepseek-v4-flash", "2026-08-17", "cny_1M", "3", "9", "0.1",
     {"band": "peak", "schedule": "deepseek-2026-08-17"}),
    ("deepseek-v4-flash", "2026-08-23", "cny_1M", "1.5", "4.5", "0.05",
     {"band": "off_peak", "schedule": "deepseek-2026-08-23"}),
    ("deepseek-v4-flash", "2026-08-23", "cny_1M", "3", "9", "0.1",
     {"band": "peak", "schedule": "deepseek-2026-08-23"}),
    ("deepseek-v4-flash", "2026-09-10", "cny_1M", None, None, None,
     {"lifecycle": "alias", "alias_of": "deepseek-flash"}),
    ("deepseek-v4-pro", "2026-04-24", "cny_1M", "12", "24", "1"),
    ("deepseek-v4-pro", "2026-04-26", "cny_1M", "12", "24", "0.1"),
    ("deepseek-v4-pro", "2026-04-26", "cny_1M", "3", "6", "0.025", {"promo_until": "2026-05-31"}),
    ("deepseek-v4-pro", "2026-06-01", "cny_1M", "3", "6", "0.025"),
    ("deepseek-v4-pro", "2026-08-17", "cny_1M", "4.5", "13.5", "0.15",
     {"band": "off_peak", "schedule": "deepseek-2026-08-17"}),
    ("deepseek-v4-pro", "2026-08-17", "cny_1M", "9", "27", "0.3",
     {"band": "peak", "schedule": "deepseek-2026-08-17"}),
    ("deepseek-v4-pro", "2026-08-23", "cny_1M", "4.5", "13.5", "0.15",
     {"band": "off_peak", "schedule": "deepseek-2026-08-23"}),
    ("deepseek-v4-pro", "2026-08-23", "cny_1M", "9", "27", "0.3",
     {"band": "peak", "schedule": "deepseek-2026-08-23"}),
    ("deepseek-v4-pro", "2026-10-17", "cny_1M", "4.5", "13.5", "0.15",
     {"band": "off_peak", "schedule": "deepseek-2026-10-17", "search_per_k": "5"}),
    ("deepseek-v4-pro", "2026-10-17", "cny_1M", "9", "27", "0.3",
     {"band": "peak", "schedule": "deepseek-2026-10-17", "search_per_k": "5"}),
    ("glm-4-0520", "2024-06-05", "per_1k", "0.1", "0.1", None),
    ("glm-4.7", "2026-08-01", "cny_1M", "2", "8", "0.4"),
    ("glm-4.7", "2026-08-01", "cny_1M", "4", "16", "0.8", {"above": 32000}),
    ("glm-5.1", "2026-08-01", "cny_1M", "6", "24", "1.3"),
    ("glm-5.1", "2026-08-01", "cny_1M", "8", "28", "2", {"above": 32000}),
    ("glm-5.3", "2026-08-19", "cny_1M", "8", "28", "2"),
    ("glm-5.3-flash", "2026-08-26", "cny_1M", "0.8", "2.8", "0.23"),
    ("glm-5.3-flash", "2026-08-26", "cny_1M", "0.4", "1.4", "0.115", {"promo_until": "2026-09-09"}),
    ("doubao-1.5-pro-32k", "2025-01-22", "per_1k", "0.0008", "0.002", "0.00016"),
    ("doubao-seed-1.6", "2025-06-14", "per_1k", "0.0008", "0.008", "0.00016"),
    ("doubao-seed-1.6", "2025-06-14", "per_1k", "0.0012", "0.016", "0.00016", {"above": 32000}),
    ("doubao-seed-1.6", "2025-06-14", "per_1k", "0.0024", "0.024", "0.00016", {"above": 128000}),
    ("doubao-seed-1.6-flash", "2025-06-14", "per_1k", "0.00015", "0.0015", None),
    ("doubao-seed-2.1-pro", "2026-07-03", "cny_1M", "6", "30", "1.2"),
    ("qwen3-max", "2025-09-24", "cny_1M", "2.5", "10", "0.5"),
    ("qwen3-max", "2025-09-24", "cny_1M", "1.25", "5", None, {"variant": "batch"}),
    ("qwen3-max", "2025-09-24", "cny_1M", "4", "16", "0.8", {"above": 32000}),
    ("qwen3-max", "2025-09-24", "cny_1M", "2", "8", None, {"above": 32000, "variant": "batch"}),
    ("qwen3-max", "2025-09-24", "cny_1M", "7", "28", "1.4", {"above": 128000}),
    ("qwen3-max", "2025-09-24", "cny_1M", "3.5", "14", None, {"above": 128000, "variant": "batch"}),
    ("qwen3.5-flash", "2026-02-01", "cny_1M", "0.2", "2", None),
    ("qwen3.5-flash", "2026-02-01", "cny_1M", "0.8", "8", None, {"above": 128000}),
    ("qwen3.5-flash", "2026-02-01", "cny_1M", "1.2", "12", None, {"above": 256000}),
    ("qwen3.5-plus", "2026-02-01", "cny_1M", "0.8", "4.8", None),
    ("qwen3.5-plus", "2026-02-01", "cny_1M", "2", "12", None, {"above": 128000}),
    ("qwen3.5-plus", "2026-02-01", "cny_1M", "4", "24", None, {"above": 256000}),
    ("qwen3.7-max", "2026-05-21", "cny_1M", "12", "36", None),
    ("ernie-4.0-8k", "2025-06-14", "per_1k", "0.004", "0.016", None),
    ("ernie-4.0-turbo-8k", "2024-06-28", "per_1k", None, None, None),
    ("ernie-4.5-turbo", "2025-06-14", "per_1k", "0.0008", "0.0032", "0.0002"),
    ("ernie-5.1", "2026-06-05", "cny_1M", "4", "18", None),
    ("ernie-5.1", "2026-06-05", "cny_1M", "6", "22", None, {"above": 32000}),
    ("ernie-x1", "2025-03-16", "per_1k", "0.002", "0.008", None),
    ("ernie-x1-turbo", "2025-06-14", "per_1k", "0.001", "0.004", None),
    ("spark-x2", "2026-08-21", "cny_1M", "2", "2", None),
    ("hunyuan-large", "2025-03-23", "per_1k", "0.004", "0.012", None),
    ("hunyuan-t1", "2025-03-23", "per_1k", "0.001", "0.004", None),
    ("hunyuan-turbos", "2025-02-27", "per_1k", "0.0008", "0.002", None),
    ("kimi-k2", "2025-07-11", "cny_1M", "4", "16", "1"),
    ("kimi-k2", "2026-05-25", "cny_1M", None, None, None, {"lifecycle": "retired"}),
    ("kimi-k2.6", "2026-05-20", "cny_1M", "6.5", "27", "1.1"),
    ("kimi-k3", "2026-08-01", "cny_1M", "20", "100", "2"),
    ("kimi-latest-128k", "2025-04-09", "per_1k", "0.01", "0.03", None),
    ("kimi-latest-128k", "2026-09-02", "cny_1M", None, None, None, {"lifecycle": "retired"}),
    ("kimi-latest-8k", "2025-04-09", "per_1k", "0.002", "0.01", "0.001"),
    ("kimi-latest-8k", "2026-09-02", "cny_1M", None, None, None, {"lifecycle": "retired"}),
    ("moonshot-v1-128k", "2025-04-09", "per_1k", "0.01", "0.03", None),
    ("moonshot-v1-128k", "2026-08-31", "cny_1M", None, None, None, {"lifecycle": "retired"}),
    ("moonshot-v1-32k", "2026-08-31", "cny_1M", None, None, None, {"lifecycle": "retired"}),
    ("moonshot-v1-8k", "2026-08-31", "cny_1M", None, None, None, {"lifecycle": "retired"}),
    ("minimax-m2.7", "2026-06-05", "cny_1M", "2.1", "8.4", "0.42"),
    ("minimax-m3", "2026-07-02", "cny_1M", "2.1", "8.4", "0.42"),
    ("minimax-m3", "2026-07-02", "cny_1M", "4.2", "16.8", "0.84", {"above": 512000}),
    ("gpt-3.5-turbo", "2026-10-23", "per_1M", None, None, None, {"lifecycle": "retired"}),
    ("gpt-4", "2026-10-23", "per_1M", None, None, None, {"lifecycle": "retired"}),
    ("gpt-4-32k", "2025-06-06", "per_1M", None, None, None, {"lifecycle": "retired"}),
    ("gpt-4-turbo", "2026-10-23", "per_1M", None, None, None, {"lifecycle": "retired"}),
    ("gpt-4.1", "2025-06-22", "per_1M", "2", "8", "0.5"),
    ("gpt-4.1", "2025-06-22", "per_1M", "1", "4", "0.25", {"variant": "batch"}),
    ("gpt-4o", "2024-10-01", "per_1M", "2.5", "10", "1.25"),
    ("gpt-4o-mini", "2024-10-01", "per_1M", "0.15", "0.6", "0.075"),
    ("gpt-5.1", "2025-11-13", "per_1M", "1.25", "10", "0.125"),
    ("gpt-5.4", "2026-03-06", "per_1M", "2.5", "15", "0.25"),
    ("gpt-5.4", "2026-03-06", "per_1M", "5", "22.5", "0.5", {"above": 272000}),
    ("gpt-5.5", "2026-04-24", "per_1M", "5", "30", "0.5"),
    ("gpt-5.5", "2026-04-24", "per_1M", "2.5", "15", "0.25", {"variant": "batch"}),
    ("claude-haiku-4-5", "2025-10-16", "per_1M", "1", "5", "0.1",
     {"cache_write_per_mtok": "1.25", "cache_write_1h_per_mtok": "2", "search_per_k": "10"}),
    ("claude-haiku-4-5", "2025-10-16", "per_1M", "0.5", "2.5", "0.05",
     {"variant": "batch", "cache_write_per_mtok": "0.625", "cache_write_1h_per_mtok": "1",
      "search_per_k": "10"}),
    ("claude-opus-4-7", "2026-04-16", "per_1M", "5", "25", "0.5",
     {"cache_write_per_mtok": "6.25", "cache_write_1h_per_mtok": "10", "search_per_k": "10"}),
    ("claude-opus-4-7", "2026-04-16", "per_1M", "2.5", "12.5", "0.25",
     {"variant": "batch", "cache_write_per_mtok": "3.125", "cache_write_1h_per_mtok": "5",
      "search_per_k": "10"}),
    ("claude-sonnet-4-6", "2026-02-17", "per_1M", "3", "15", "0.3",
     {"cache_write_per_mtok": "3.75", "cache_write_1h_per_mtok": "6", "search_per_k": "10"}),
    ("claude-sonnet-4-6", "2026-02-17", "per_1M", "6", "22.5", "0.6",
     {"above": 200000, "cache_write_per_mtok": "7.5", "cache_write_1h_per_mtok": "12",
      "search_per_k": "10"}),
    ("claude-sonnet-4-6", "2026-03-13", "per_1M", "1.5", "7.5", "0.15",
     {"variant": "batch", "cache_write_per_mtok": "1.875", "cache_write_1h_per_mtok": "3",
      "search_per_k": "10"}),
    ("claude-sonnet-4-6", "2026-03-13", "per_1M", "3", "15", "0.3",
     {"above": 200000, "cache_write_per_mtok": "3.75", "cache_write_1h_per_mtok": "6",
      "search_per_k": "10"}),
    ("gemini-2.5-flash", "2025-06-22", "per_1M", "0.3", "2.5", "0.03"),
    ("gemini-2.5-flash", "2025-06-22", "per_1M", "0.15", "1.25", "0.015", {"variant": "batch"}),
    ("gemini-2.5-flash-lite", "2025-07-13", "per_1M", "0.1", "0.4", "0.01"),
    ("gemini-2.5-pro", "2025-06-22", "per_1M", "1.25", "10", "0.125"),
    ("gemini-2.5-pro", "2025-06-22", "per_1M", "2.5", "15", "0.25", {"above": 200000}),
    ("gemini-3.1-pro-preview", "2026-02-25", "per_1M", "2", "12", "0.2"),
    ("gemini-3.1-pro-preview", "2026-02-25", "per_1M", "4", "18", "0.4", {"above": 200000}),
]


def load_rows():
    with open(PRICES, newline="", encoding="utf-8") as f:
        text = f.read()
    assert not text.startswith("\ufeff"), "prices.csv must not start with a BOM"
    reader = csv.reader(text.splitlines())
    header = next(reader)
    # The catalog writer writes the optional columns some record uses, in the schema's order.
    assert header == BASE_HEADER + [c for c in NEW_COLUMNS if c in header], (
        f"prices.csv header is {header}")
    missing = [c for c in NEW_COLUMNS if c not in header and c not in UNUSED_COLUMNS]
    assert not missing, f"prices.csv lacks the 2026 columns {missing}"
    rows = [dict(zip(header, row, strict=True)) for row in reader]
    for row in rows:
        for column in NEW_COLUMNS:
            row.setdefault(column, "")
    return header, rows


HEADER, ROWS = load_rows()


def record_key(model_id, effective_from, qualifiers):
    """A record's identity: model, date, context tier, variant, band, promotional or not."""
    return (model_id, effective_from, str(qualifiers.get("above", "")),
            qualifiers.get("variant", ""), qualifiers.get("band", ""),
            bool(qualifiers.get("promo_until")))


def row_key(r):
    return (r["model_id"], r["effective_from"], r["above_input_tokens"], r["variant"], r["band"],
            bool(r["promo_until"]))


def qualifiers_of(entry):
    return entry[6] if len(entry) > 6 else {}


BY_KEY = {row_key(r): r for r in ROWS}


def per_mtok(value, unit):
    """Reference price -> price per 1M tokens, as a Decimal (None stays None)."""
    if value is None:
        return None
    if unit == "per_1k":
        return Decimal(value) * 1000
    assert unit in ("per_1M", "cny_1M"), f"unknown reference unit {unit}"
    return Decimal(value)


def plain(value):
    return format(Decimal(value).normalize(), "f")


def test_reference_table_covers_every_seed_row():
    ref_keys = [record_key(e[0], e[1], qualifiers_of(e)) for e in REFERENCE]
    assert len(ref_keys) == len(set(ref_keys)), "duplicate key in the test's REFERENCE table"
    shipped = {record_key(e[0], e[1], qualifiers_of(e)) for e in REFERENCE}
    missing = sorted(set(BY_KEY) - shipped)
    extra = sorted(shipped - set(BY_KEY))
    assert not missing, f"seed rows without a reference entry: {missing}"
    assert not extra, f"reference entries without a seed row: {extra}"


@pytest.mark.parametrize(
    "entry",
    REFERENCE,
    ids=[f"{e[0]}@{e[1]}" + "".join(f"/{v}" for v in qualifiers_of(e).values()) for e in REFERENCE],
)
def test_price_converted_from_reference(entry):
    model_id, effective_from, unit, ref_in, ref_out, ref_cached = entry[:6]
    qualifiers = qualifiers_of(entry)
    row = BY_KEY.get(record_key(model_id, effective_from, qualifiers))
    assert row is not None, f"{model_id} {effective_from} {qualifiers}: no seed row"
    expected_currency = "USD" if unit == "per_1M" else "CNY"
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
        assert cell == plain(expected), f"{where}: write {cell!r} as plain decimal"
    for key, column in QUALIFIERS.items():
        want = str(qualifiers.get(key, ""))
        assert row[column] == want, (
            f"{model_id} {effective_from} {column}: {row[column]!r} != {want!r}")


def test_required_models_present():
    present = {r["model_id"] for r in ROWS}
    for model_id in REQUIRED_MODELS:
        assert model_id in present, f"{model_id}: required model missing from prices.csv"


def test_record_keys_unique():
    seen = set()
    for r in ROWS:
        key = row_key(r)
        assert key not in seen, f"{r['model_id']} effective_from: duplicate record {key}"
        seen.add(key)


def test_doubao_not_offered_before_launch():
    for r in ROWS:
        if r["model_id"].startswith("doubao-"):
            assert r["effective_from"] >= "2024-05-15", (
                f"{r['model_id']} effective_from: {r['effective_from']} "
                "is before the 2024-05-15 launch"
            )


def test_every_row_has_source_and_status():
    for r in ROWS:
        where = f"{r['model_id']} {r['effective_from']}"
        assert r["source"].strip(), f"{where} source: empty"
        assert r["status"] in {"confirmed", "uncertain"}, f"{where} status: {r['status']!r}"
        assert r["notes"].strip(), f"{where} notes: empty"


def test_unknown_prices_are_marked_uncertain():
    for r in ROWS:
        if r["lifecycle"]:
            continue  # retired and alias records carry no prices by definition
        if r["input_per_mtok"] == "" or r["output_per_mtok"] == "":
            assert r["status"] == "uncertain", (
                f"{r['model_id']} {r['effective_from']} status: "
                "a price is unknown, must be uncertain"
            )


def test_checked_is_a_date_of_evidence():
    """`checked` is the date of the newest evidence: never after the catalog was assembled,
    never the day the 2024 catalog was typed, never before the record's own evidence could exist."""
    for r in ROWS:
        where = f"{r['model_id']} {r['effective_from']} checked"
        checked = dt.date.fromisoformat(r["checked"])
        assert checked <= dt.date.fromisoformat(NEWEST_EVIDENCE), (
            f"{where}: {checked} is in the future")
        assert r["checked"] != TYPING_DAY, f"{where}: {TYPING_DAY} is the day the catalog was typed"
        assert checked >= dt.date(2024, 1, 1), f"{where}: {checked} predates every source"


def test_row_fields_well_formed():
    for r in ROWS:
        where = f"{r['model_id']} {r['effective_from']}"
        assert r["model_id"] == r["model_id"].lower(), f"{where} model_id: not lowercase"
        dt.date.fromisoformat(r["effective_from"])
        assert r["tier"] in TIERS, f"{where} tier: {r['tier']!r}"
        assert r["vendor"] in VENDOR_ORDER, f"{where} vendor: {r['vendor']!r}"
        assert r["currency"] == ("USD" if r["vendor"] in USD_VENDORS else "CNY"), (
            f"{where} currency")
        if r["context_window"]:
            assert r["context_window"].isdigit(), f"{where} context_window: {r['context_window']!r}"
        if r["above_input_tokens"]:
            assert r["above_input_tokens"].isdigit(), f"{where} above_input_tokens"
        for column in (*PRICE_COLUMNS, "cache_write_per_mtok", "cache_write_1h_per_mtok",
                       "reasoning_per_mtok", "search_per_k"):
            if r[column]:
                assert Decimal(r[column]) >= 0, f"{where} {column}: negative price"
                assert r[column] == plain(r[column]), f"{where} {column}: not plain decimal text"


def test_model_attributes_constant_per_model():
    first = {}
    for r in ROWS:
        attrs = (r["vendor"], r["vendor_cn"], r["model_name"], r["tier"], r["currency"],
                 r["region"])
        prev = first.setdefault(r["model_id"], attrs)
        assert attrs == prev, (
            f"{r['model_id']} vendor/model_name/tier/region: differ between records")


def test_rows_sorted():
    keys = [(VENDOR_ORDER.index(r["vendor"]), r["model_id"], r["effective_from"],
             int(r["above_input_tokens"] or 0), r["variant"], r["band"], r["promo_until"])
            for r in ROWS]
    assert keys == sorted(keys), (
        "prices.csv rows not sorted by vendor order, model_id, effective_from "
        "(then tier, variant, band)"
    )


class TestSchema2026:
    """The rules of the 2026 columns (seeds/README.md)."""

    def schedules(self):
        with open(SCHEDULES, newline="", encoding="utf-8") as f:
            return {row["schedule"]: row for row in csv.DictReader(f)}

    def test_region_is_cn_for_mainland_vendors(self):
        for r in ROWS:
            want = "" if r["vendor"] in USD_VENDORS else "cn"
            assert r["region"] == want, (
                f"{r['model_id']} {r['effective_from']} region: {r['region']!r}")

    def test_every_band_record_has_its_pair_and_a_known_schedule(self):
        schedules = self.schedules()
        bands = {}
        for r in ROWS:
            where = f"{r['model_id']} {r['effective_from']}"
            if not r["band"]:
                assert not r["schedule"], f"{where} schedule: set without a band"
                continue
            assert r["band"] in ("peak", "off_peak"), f"{where} band: {r['band']!r}"
            assert r["schedule"] in schedules, (
                f"{where} schedule: {r['schedule']!r} is not in schedules.csv")
            assert schedules[r["schedule"]]["vendor"] == r["vendor"], (
                f"{where} schedule: another vendor's")
            key = (r["model_id"], r["effective_from"], r["above_input_tokens"], r["variant"],
                   r["promo_until"])
            bands.setdefault(key, {})[r["band"]] = r["schedule"]
        for key, found in bands.items():
            assert set(found) == {"peak", "off_peak"}, (
                f"{key}: band records {sorted(found)}, need both")
            assert len(set(found.values())) == 1, (
                f"{key}: peak and off-peak name different schedules")
        for r in ROWS:  # on a banded date every record of the model is banded
            key = (r["model_id"], r["effective_from"], r["above_input_tokens"], r["variant"],
                   r["promo_until"])
            if not r["band"]:
                assert key not in bands, f"{key}: unbanded record beside band records"

    def test_every_schedule_is_well_formed(self):
        for name, row in self.schedules().items():
            assert row["timezone"] == "Asia/Shanghai", f"{name} timezone"
            assert row["peak_days"] in ("Mon-Fri", "Mon-Sun"), f"{name} peak_days"
            assert row["holiday_calendar"] in ("", "CN"), f"{name} holiday_calendar"
            for window in row["peak_hours"].split(","):
                start, end = window.split("-")
                assert start < end and len(start) == len(end) == 5, f"{name} peak_hours {window}"
            assert row["source"].strip() and row["notes"].strip(), f"{name}: source and notes"
            checked = dt.date.fromisoformat(row["checked"])
            assert checked <= dt.date.fromisoformat(NEWEST_EVIDENCE), f"{name} checked"

    def test_every_alias_target_exists(self):
        models = {r["model_id"]: r for r in ROWS}
        for r in ROWS:
            where = f"{r['model_id']} {r['effective_from']}"
            if r["lifecycle"] == "alias":
                assert r["alias_of"] in models, (
                    f"{where} alias_of: {r['alias_of']!r} is not a model")
                assert r["alias_of"] != r["model_id"], f"{where} alias_of: itself"
                target_dates = [t["effective_from"] for t in ROWS
                                if t["model_id"] == r["alias_of"] and not t["lifecycle"]]
                assert min(target_dates) <= r["effective_from"], f"{where}: target not offered yet"
            else:
                assert not r["alias_of"], f"{where} alias_of: set without lifecycle alias"

    def test_retired_and_alias_records_have_empty_prices(self):
        for r in ROWS:
            if r["lifecycle"] in ("retired", "alias"):
                for column in (*PRICE_COLUMNS, "cache_write_per_mtok", "cache_write_1h_per_mtok",
                               "reasoning_per_mtok", "search_per_k"):
                    assert r[column] == "", (
                        f"{r['model_id']} {r['effective_from']} {column}: priced")
            else:
                assert r["lifecycle"] == "", f"{r['model_id']} lifecycle: {r['lifecycle']!r}"

    def test_retirement_is_the_last_record(self):
        for r in ROWS:
            if r["lifecycle"] == "retired":
                later = [t for t in ROWS if t["model_id"] == r["model_id"]
                         and t["effective_from"] > r["effective_from"]]
                assert not later, f"{r['model_id']}: records after its retirement"

    def test_promotions_end_after_they_start_and_have_a_list_price(self):
        for r in ROWS:
            if r["promo_until"]:
                assert r["promo_until"] >= r["effective_from"], f"{r['model_id']} promo_until"
                lists = [t for t in ROWS if t["model_id"] == r["model_id"] and not t["promo_until"]
                         and t["effective_from"] <= r["effective_from"] and not t["lifecycle"]]
                assert lists, (
                    f"{r['model_id']} {r['effective_from']}: promotion without a list price")

    def test_variants_and_required_retirements(self):
        for r in ROWS:
            assert r["variant"] in ("", "batch", "flex", "priority"), f"{r['model_id']} variant"
        retired = {(r["model_id"], r["effective_from"]) for r in ROWS
                   if r["lifecycle"] == "retired"}
        for expected in (("gpt-3.5-turbo", "2026-10-23"), ("gpt-4", "2026-10-23"),
                         ("gpt-4-turbo", "2026-10-23"),
                         ("deepseek-chat", "2026-07-25"), ("deepseek-reasoner", "2026-07-25"),
                         ("moonshot-v1-8k", "2026-08-31"), ("moonshot-v1-32k", "2026-08-31"),
                         ("moonshot-v1-128k", "2026-08-31"), ("kimi-k2", "2026-05-25"),
                         ("gpt-4-32k", "2025-06-06"),
                         ("kimi-latest-8k", "2026-09-02"), ("kimi-latest-128k", "2026-09-02")):
            assert expected in retired, f"{expected}: retirement record missing"


#: Monthly CNY per USD in seeds/fx.csv: the Federal Reserve's H.10 monthly averages (FRED series
#: EXCHUS, as github.com/datasets/exchange-rates data/monthly.csv@20192ad of 2026-07-02 lists them),
#: then the rates llm-prices-cn used (prices.json usd_to_cny_rate, dated 2026-07-06 and 2026-08-01).
FX_REFERENCE = {
    "2024-01": "7.1707", "2024-02": "7.1935", "2024-03": "7.2015", "2024-04": "7.2374",
    "2024-05": "7.2327", "2024-06": "7.2547", "2024-07": "7.2609", "2024-08": "7.1475",
    "2024-09": "7.0760", "2024-10": "7.0881", "2024-11": "7.2063", "2024-12": "7.2807",
    "2025-01": "7.2957", "2025-02": "7.2734", "2025-03": "7.2493", "2025-04": "7.2968",
    "2025-05": "7.2166", "2025-06": "7.1804", "2025-07": "7.1741", "2025-08": "7.1727",
    "2025-09": "7.1235", "2025-10": "7.1200", "2025-11": "7.1069", "2025-12": "7.0432",
    "2026-01": "6.9692", "2026-02": "6.9064", "2026-03": "6.8921", "2026-04": "6.8371",
    "2026-05": "6.7996", "2026-06": "6.7758",
}
FX_TRACKER = {"2026-07-06": "6.7855", "2026-08-01": "6.7649"}


def test_fx_seed():
    with open(FX, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["effective_from", "cny_per_usd", "source", "checked", "notes"]
        rows = list(reader)
    dates = [row["effective_from"] for row in rows]
    assert dates == sorted(dates) and len(set(dates)) == len(dates), (
        "fx.csv: dates sorted, once each")
    months = [d[:7] for d in dates]
    assert len(set(months)) == len(months), "fx.csv: one row per month"
    expected = {f"{month}-01": rate for month, rate in FX_REFERENCE.items()} | FX_TRACKER
    assert {row["effective_from"]: row["cny_per_usd"] for row in rows} == expected
    for row in rows:
        where = f"fx.csv {row['effective_from']}"
        assert row["source"].strip() and row["notes"].strip(), f"{where}: source and notes"
        assert row["effective_from"] <= row["checked"] <= NEWEST_EVIDENCE, f"{where} checked"
        assert row["checked"] != TYPING_DAY, f"{where} checked"
        if row["effective_from"].endswith("-01") and row["effective_from"] < "2026-07":
            assert "H.10" in row["source"] and row["checked"] == "2026-07-02", where
        else:
            assert "llm-prices-cn" in row["source"], where
            assert row["checked"] == row["effective_from"], where


def test_schedules_seed():
    with open(SCHEDULES, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["schedule", "vendor", "timezone", "peak_days", "peak_hours",
                                     "holiday_calendar", "source", "checked", "notes"]
        rows = list(reader)
    names = [row["schedule"] for row in rows]
    assert len(names) == len(set(names)), "schedules.csv: a schedule id twice"
    assert {"deepseek-2025-night", "deepseek-2026-08-17", "deepseek-2026-08-23",
            "deepseek-2026-10-17"} <= set(names)
    for row in rows:
        assert row["checked"] <= NEWEST_EVIDENCE and row["checked"] != TYPING_DAY, (
            f"{row['schedule']} checked")
