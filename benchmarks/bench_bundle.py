"""The PyInstaller bundle (issue 5 targets). Offscreen; run from the repository root:

    .venv/bin/python benchmarks/bench_bundle.py [DIST_FOLDER] [--build] [--runs 7] [--cold-runs 5]

1. Size of the one-folder bundle (default dist/llm-cost-calculator; ``--build``
   builds it first from build.spec and reports the build time). Target <= 240 MiB
   (230 before genai-prices, a runtime dependency, added about 7 MiB).
2. Process start -> first painted window (``--first-paint``: the table and the
   chart area have painted), the built app against the same app run from this
   venv, runs alternating in one batch.
   Warm (files in the page cache): target: the bundle no slower than the venv.
   Cold (page cache dropped before each run; needs root): target <= 1.2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "llm-cost-calculator"
DROP_CACHES = Path("/proc/sys/vm/drop_caches")
MAX_MIB = 240
MAX_COLD_MS = 1200


def build(dist: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm", "--clean",
                    "--distpath", str(dist.parent), "--workpath", str(ROOT / "build")],
                   cwd=ROOT, check=True, capture_output=True, text=True)
    return time.perf_counter() - start


def bundle_size(folder: Path) -> tuple[float, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20, len(files)


def can_drop_caches() -> bool:
    try:
        with DROP_CACHES.open("w") as f:
            f.write("1\n")
        return True
    except OSError:
        return False


def drop_caches() -> None:
    os.sync()
    DROP_CACHES.write_text("3\n")


def first_paint_ms(command: list[str], env: dict[str, str], cold: bool) -> float:
    if cold:
        drop_caches()
    start = time.time()
    out = subprocess.run([*command, "--first-paint"], cwd=env["HOME"], env=env,
                         capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("FIRSTPAINT "):
            return (float(line.split()[1]) - start) * 1000
    raise RuntimeError(f"{command[0]} printed no FIRSTPAINT (exit {out.returncode}):\n"
                       f"{out.stderr[-2000:]}")


def start_times(programs: dict[str, list[str]], runs: int, cold: bool) -> dict[str, list[float]]:
    home = tempfile.mkdtemp(prefix="bench-bundle-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1", HOME=home,
               LLMCOST_LOG_DIR=str(Path(home) / "logs"))
    for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env.pop(key, None)
    if not cold:
        for command in programs.values():  # fill the page cache, discarded
            first_paint_ms(command, env, cold=False)
    times: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(runs):
        for name, command in programs.items():
            times[name].append(first_paint_ms(command, env, cold))
    return times


def describe(times: list[float]) -> str:
    return (f"median {statistics.median(times):.0f} ms "
            f"(runs {', '.join(f'{t:.0f}' for t in times)})")


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", nargs="?", type=Path, default=ROOT / "dist" / NAME,
                        help="the one-folder bundle (default: dist/llm-cost-calculator)")
    parser.add_argument("--build", action="store_true", help="build it first from build.spec")
    parser.add_argument("--runs", type=int, default=7, help="warm start-up runs per program")
    parser.add_argument("--cold-runs", type=int, default=5, help="cold start-up runs per program")
    args = parser.parse_args()
    dist = args.dist.resolve()
    if args.build:
        seconds = build(dist)
        print(f"build (pyinstaller build.spec --clean): {seconds:.1f} s", flush=True)
    executable = dist / (NAME + (".exe" if os.name == "nt" else ""))
    if not executable.is_file():
        print(f"no bundle at {dist}: build it with --build", file=sys.stderr)
        return 2

    mib, count = bundle_size(dist)
    print(f"bundle {dist}: {mib:.1f} MiB in {count} files "
          f"(target <= {MAX_MIB} MiB: {verdict(mib <= MAX_MIB)})", flush=True)

    programs = {"bundle": [str(executable)],
                "venv": [sys.executable, "-m", "calculator"]}
    warm = start_times(programs, args.runs, cold=False)
    for name, times in warm.items():
        print(f"warm start -> first paint, {name}: {describe(times)}", flush=True)
    faster = statistics.median(warm["bundle"]) <= statistics.median(warm["venv"])
    print(f"  target: bundle no slower than venv: {verdict(faster)}", flush=True)

    if args.cold_runs < 1:
        print("cold start: skipped (--cold-runs 0)", flush=True)
        return 0
    if not can_drop_caches():
        print(f"cold start: skipped ({DROP_CACHES} is not writable; run as root)", flush=True)
        return 0
    cold = start_times(programs, args.cold_runs, cold=True)
    for name, times in cold.items():
        print(f"cold start -> first paint, {name}: {describe(times)}", flush=True)
    bundle_cold = statistics.median(cold["bundle"])
    print(f"  target: bundle cold <= {MAX_COLD_MS} ms: {verdict(bundle_cold <= MAX_COLD_MS)}",
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
