"""LiteLLM map import speed: a synthetic map shaped like the real one (~4,900 entries, ~3.5 MB).

Run: .venv/bin/python benchmarks/bench_import.py
Targets (issue 6): parse + validate the whole map in <= 1 s (median of 5); the preview
of re-importing 3,000 models over their previous import in <= 1 s.

The mix follows LiteLLM 1.110.2's map: ~70 % chat entries (most with input and
output prices, about half with a cache-read price, some with ``tiered_pricing``
or ``_above_<N>k_tokens`` prices, a few without prices), the rest embeddings,
image, audio and rerank entries and some without a mode, each padded with the
capability flags and metadata real entries carry.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calculator.formats.litellm_import import parse_litellm_map  # noqa: E402

TARGET_S = 1.0
PREVIEW_TARGET_S = 1.0
PROVIDERS = ("openai", "azure", "bedrock", "vertex_ai", "gemini", "anthropic", "deepseek",
             "dashscope", "volcengine", "zai", "moonshot", "tencent", "fireworks_ai", "xai",
             "together_ai", "openrouter", "groq", "mistral", "novita", "minimax")
OTHER_MODES = ("embedding", "image_generation", "audio_transcription", "audio_speech", "rerank",
               "video_generation", "responses", "realtime")
FLAGS = ("supports_function_calling", "supports_parallel_function_calling", "supports_vision",
         "supports_prompt_caching", "supports_reasoning", "supports_response_schema",
         "supports_system_messages", "supports_tool_choice", "supports_web_search",
         "supports_assistant_prefill", "supports_native_streaming", "supports_audio_input",
         "supports_pdf_input", "supports_computer_use")


def _price(rng: random.Random) -> float:
    return float(f"{rng.choice((1, 1.25, 2, 2.5, 3, 4, 5, 6, 8))}e-{rng.choice((6, 7, 8))}")


def synthetic_map(entries: int = 4900, seed: int = 6) -> dict:
    rng = random.Random(seed)
    data: dict = {"sample_spec": {"mode": "one of: chat, embedding", "input_cost_per_token": 0.0}}
    for i in range(entries):
        provider = rng.choice(PROVIDERS)
        key = f"{provider}/synthetic-model-{i:05d}-{rng.choice(('mini', 'pro', 'max', 'lite'))}"
        entry: dict = {"litellm_provider": provider, "max_input_tokens": rng.choice(
            (8192, 32000, 128000, 200000, 1000000)), "max_output_tokens": 8192,
            "max_tokens": 8192}
        for flag in rng.sample(FLAGS, 3):
            entry[flag] = rng.random() < 0.7
        entry["supported_modalities"] = ["text", "image"]
        entry["supported_endpoints"] = ["/v1/chat/completions"]
        roll = rng.random()
        if roll < 0.70:
            entry["mode"] = "chat"
            entry["source"] = f"https://example.com/{provider}/pricing"
            if rng.random() < 0.03:
                pass  # chat entry without prices
            elif rng.random() < 0.02:
                entry["tiered_pricing"] = [
                    {"range": [0, 32000], "input_cost_per_token": 4e-07,
                     "output_cost_per_token": 1.2e-06, "cache_read_input_token_cost": 8e-08},
                    {"range": [32000, 128000], "input_cost_per_token": 1.2e-06,
                     "output_cost_per_token": 3.6e-06},
                    {"range": [128000, 256000], "input_cost_per_token": 2.4e-06,
                     "output_cost_per_token": 7.2e-06},
                ]
            else:
                entry["input_cost_per_token"] = _price(rng)
                entry["output_cost_per_token"] = _price(rng) * 4
                entry["input_cost_per_token_batches"] = entry["input_cost_per_token"] / 2
                entry["output_cost_per_token_batches"] = entry["output_cost_per_token"] / 2
                if rng.random() < 0.5:
                    entry["cache_read_input_token_cost"] = entry["input_cost_per_token"] / 10
                    entry["cache_creation_input_token_cost"] = entry["input_cost_per_token"] * 1.25
                if rng.random() < 0.05:
                    entry["input_cost_per_token_above_200k_tokens"] = (
                        entry["input_cost_per_token"] * 2)
                    entry["output_cost_per_token_above_200k_tokens"] = (
                        entry["output_cost_per_token"] * 1.5)
                    entry["cache_read_input_token_cost_above_200k_tokens"] = (
                        entry["input_cost_per_token"] / 5)
                if rng.random() < 0.15:
                    entry["deprecation_date"] = "2026-12-31"
        elif roll < 0.97:
            entry["mode"] = rng.choice(OTHER_MODES)
            entry["input_cost_per_token"] = _price(rng)
            entry["output_cost_per_token"] = 0.0
        else:
            entry["input_cost_per_token"] = _price(rng)  # no mode
        data[key] = entry
    return data


def synthetic_map_bytes(entries: int = 4900, seed: int = 6) -> bytes:
    return json.dumps(synthetic_map(entries, seed), indent=4, sort_keys=True).encode("utf-8")


def time_import(raw: bytes, repeats: int = 5) -> tuple[float, int, int]:
    samples = []
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = parse_litellm_map(raw, "synthetic.json", dt.date(2026, 1, 1), dt.date(2026, 1, 1))
        samples.append(time.perf_counter() - start)
    assert result is not None
    return statistics.median(samples), len(result.records), len(result.skipped)


def time_reimport_preview(models: int = 3000, repeats: int = 5) -> float:
    """Preview of re-importing ``models`` models over the previous import of the same
    map, one price changed (what File > Import prices shows before anything changes)."""
    from calculator.engine import Catalog
    from calculator.formats.import_preview import preview_import

    def chat(inp: float, above: float | None = None) -> dict:
        entry = {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": inp,
                 "output_cost_per_token": 2e-06}
        if above is not None:
            entry["input_cost_per_token_above_200k_tokens"] = above
        return entry

    def parse(data: dict, day: dt.date):
        return parse_litellm_map(json.dumps(data).encode(), "map.json", day, day)

    data = {f"m/model-{i}": chat(1e-06 * (1 + i % 7), 9e-06 if i % 10 == 0 else None)
            for i in range(models)}
    catalog = Catalog.from_records([parse(data, dt.date(2026, 1, 1)).records])
    data["m/model-5"] = chat(5e-06)
    again = parse(data, dt.date(2026, 5, 1)).records
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        preview = preview_import(catalog, again)
        samples.append(time.perf_counter() - start)
    assert preview.updated == ["m/model-5"]
    return statistics.median(samples)


def main() -> int:
    raw = synthetic_map_bytes()
    median, records, skipped = time_import(raw)
    print(f"synthetic LiteLLM map: 4,900 entries, {len(raw) / 1e6:.2f} MB -> {records} records, "
          f"{skipped} skipped")
    print(f"parse + validate: median {median * 1000:.0f} ms of 5  (target <= {TARGET_S:.0f} s)")
    preview = time_reimport_preview()
    print(f"preview of a 3,000-model re-import: median {preview * 1000:.0f} ms of 5  "
          f"(target <= {PREVIEW_TARGET_S:.0f} s)")
    return 0 if median <= TARGET_S and preview <= PREVIEW_TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
