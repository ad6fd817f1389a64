"""Price sources: import speed, an online update against a loopback server, and the model
picker's filter with ~2,500 models.

Run: .venv/bin/python benchmarks/bench_sources.py
Targets (issue 12): genai-prices import <= 1 s, llm-prices-cn <= 0.2 s, an online update
(download + checks + preview) against the loopback server <= 2 s, the model picker filters
as you type in <= 50 ms per keystroke with ~2,500 models.

The genai-prices import reads the installed package (import of its data included, as a
user's first import pays it). The online update serves, from 127.0.0.1, a genai-prices
data.json of 2,300 models (the test fixture's providers repeated), an llm-prices-cn
prices.json of 60 models and the synthetic 4,900-entry LiteLLM map of bench_import.py.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LLMCOST_DATA_DIR"] = tempfile.mkdtemp(prefix="llmcost-bench-")

FIXTURES = ROOT / "tests" / "fixtures" / "sources"
TODAY = dt.date(2026, 11, 30)


def median_time(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def genai_data(models: int = 2300) -> bytes:
    providers = json.loads((FIXTURES / "genai_data.json").read_text(encoding="utf-8"))
    out, count, round_ = [], 0, 0
    while count < models:
        for provider in providers:
            copy_ = copy.deepcopy(provider)
            copy_["id"] = f"{provider['id']}" if round_ == 0 else f"{provider['id']}-{round_}"
            for model in copy_["models"]:
                model["id"] = f"{model['id']}-{round_}"
            out.append(copy_)
            count += len(copy_["models"])
        round_ += 1
    return json.dumps(out).encode()


def cn_data(models: int = 60) -> bytes:
    data = json.loads((FIXTURES / "llm_prices_cn.json").read_text(encoding="utf-8"))
    base = data["models"]
    data["models"] = [{**copy.deepcopy(base[i % len(base)]), "id": f"{base[i % len(base)]['id']}"
                       f"-{i}"} for i in range(models)]
    return json.dumps(data, ensure_ascii=False).encode()


def bench_imports() -> None:
    from calculator.formats import genai_prices_import, llm_prices_cn_import
    from calculator.formats.price_sources import load_json
    from calculator.formats.source_import import ImportOptions

    options = ImportOptions(today=TODAY)
    # first import in a fresh process: the package's data is imported too
    # (the app's own modules, pandas among them, are loaded before the clock starts)
    code = ("import time; from calculator.formats.genai_prices_import import import_installed; "
            "t = time.perf_counter(); r = import_installed(); "
            "print(time.perf_counter() - t, r.model_count)")
    cold = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 cwd=ROOT, check=True).stdout.split()[0]) for _ in range(3)]
    warm = median_time(lambda: genai_prices_import.import_installed(options))
    print(f"genai-prices import (installed package): first in a process "
          f"{statistics.median(cold):.2f} s, again {warm:.2f} s  (target <= 1 s)")
    raw = cn_data()
    cn = median_time(lambda: llm_prices_cn_import.parse_prices_json(
        load_json(raw, "prices.json"), "prices.json", options))
    print(f"llm-prices-cn import, 60 models: {cn * 1000:.0f} ms  (target <= 200 ms)")


def bench_update() -> None:
    sys.path.insert(0, str(ROOT))
    from bench_import import synthetic_map_bytes

    from calculator.userfiles import price_update
    from calculator.userfiles.store import CatalogStore
    from tests.sources.loopback import LoopbackServer, Route

    routes = {"/genai.json": Route(genai_data()), "/cn.json": Route(cn_data()),
              "/litellm.json": Route(synthetic_map_bytes(),
                                     last_modified="Tue, 27 Oct 2026 08:00:00 GMT")}
    store = CatalogStore(Path(tempfile.mkdtemp()) / "catalog")
    catalog = store.load().catalog
    with LoopbackServer(routes) as server:
        for key, path in (("genai-prices", "/genai.json"), ("llm-prices-cn", "/cn.json"),
                          ("litellm", "/litellm.json")):
            options = price_update.options_for(store, include_resellers=True, today=TODAY,
                                               catalog=catalog)

            def run(key=key, path=path, options=options):
                result = price_update.fetch(key, options, server.url(path))
                return price_update.prepare(store, result, catalog)

            pending = run()
            seconds = median_time(run, 3)
            print(f"online update {key}: {seconds:.2f} s for "
                  f"{len(routes[path].body) / 1e6:.1f} MB, "
                  f"{len(pending.preview.added):,} models  (target <= 2 s)")


def bench_picker() -> None:
    from bench_import import synthetic_map_bytes
    from PySide6.QtWidgets import QApplication

    from calculator.engine import Catalog
    from calculator.formats import genai_prices_import
    from calculator.formats.litellm_import import parse_litellm_map
    from calculator.formats.source_import import ImportOptions
    from calculator.ui.state import AppState
    from calculator.ui.widgets.model_picker import ModelPicker
    from calculator.userfiles.loading import default_fx, load_catalog

    app = QApplication.instance() or QApplication([])
    shipped = load_catalog()
    imported = genai_prices_import.import_installed(ImportOptions(include_resellers=True))
    frames = [shipped.records, imported.records]
    # LiteLLM models (synthetic) up to 2,500 models in all
    litellm = parse_litellm_map(synthetic_map_bytes(), "synthetic.json", TODAY, TODAY).records
    room = 2500 - shipped.records["model_id"].nunique() - imported.records["model_id"].nunique()
    keep = list(dict.fromkeys(litellm["model_id"]))[:max(room, 0)]
    frames.append(litellm[litellm["model_id"].isin(keep)])
    catalog = Catalog.from_records(frames, shipped.schedules)
    picker = ModelPicker(AppState(catalog, default_fx()))
    picker.resize(320, 900)
    picker.show()
    app.processEvents()
    per_key = []
    for word in ("claude", "gpt 4o", "qwen", "deepseek v4", "豆包", "glm-5"):
        picker.search.clear()
        app.processEvents()
        for end in range(1, len(word) + 1):
            start = time.perf_counter()
            picker.search.setText(word[:end])
            app.processEvents()
            picker.tree.viewport().repaint()
            per_key.append(time.perf_counter() - start)
    per_key.sort()
    print(f"model picker, {len(catalog):,} models: filter + repaint per keystroke median "
          f"{statistics.median(per_key) * 1000:.1f} ms, worst {per_key[-1] * 1000:.1f} ms "
          f"({len(per_key)} keystrokes; target <= 50 ms)")


if __name__ == "__main__":
    bench_imports()
    bench_update()
    bench_picker()
