"""Export speed: every format for one scenario (issue 4 target: <= 1.5 s).

    .venv/bin/python benchmarks/bench_export.py [--runs 5]

Measures export_files() for the customer-service-bot example at 1600x900 after the
app and fonts are set up (what File > Export costs), plus each format alone.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from calculator import __version__
    from calculator.engine.evaluate import evaluate
    from calculator.formats.scenario_file import read_scenario
    from calculator.runtime.paths import seed_path
    from calculator.ui.app import create_app
    from calculator.ui.export.exporter import FORMATS, ExportRequest, export_files
    from calculator.userfiles.loading import default_fx, load_catalog

    create_app([])
    evaluation = evaluate(read_scenario(seed_path("scenarios", "customer-service-bot.json")),
                          load_catalog(), default_fx())

    def timed(formats: tuple[str, ...]) -> float:
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            export_files(evaluation, folder, __version__, ExportRequest(formats=formats))
            return time.perf_counter() - start

    timed(FORMATS)  # warm-up: first chart build, fonts, openpyxl import
    all_runs = [timed(FORMATS) for _ in range(args.runs)]
    median = statistics.median(all_runs)
    print(f"export all formats (4 PNG, 4 SVG, CSV, XLSX, HTML, PDF): median {median:.2f} s "
          f"(runs {', '.join(f'{t:.2f}' for t in all_runs)})  target <= 1.5 s")
    for fmt in FORMATS:
        runs = [timed((fmt,)) for _ in range(3)]
        print(f"  {fmt:5s} alone: median {statistics.median(runs) * 1000:.0f} ms")
    print("target met" if median <= 1.5 else "TARGET MISSED")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
