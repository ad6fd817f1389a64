"""The attack run's hostile cases as real processes: special files, kill -9 during saves,
two windows on one data folder, two writers of the same prices, broken output streams.

Every command must end within its timeout (a hang fails), with one line per problem
and never a traceback or a crash signal.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from calculator.formats.scenario_file import read_scenario, scenario_to_json
from calculator.runtime.paths import seed_path
from calculator.userfiles.store import CatalogStore

pytestmark = [pytest.mark.slow, pytest.mark.subprocess,
              pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files, kill -9")]

QUOTE = ["quote", "--input-tokens", "1M", "--output-tokens", "1M", "--format", "csv"]


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "LLMCOST_DATA_DIR": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen",
            "LLMCOST_LOG_DIR": str(tmp_path / "logs"), **extra}


def calculator(tmp_path: Path, *args: str, timeout: float = 90, **kwargs):
    result = subprocess.run([sys.executable, "-m", "calculator", *args], capture_output=True,
                            text=True, env=env_for(tmp_path), timeout=timeout, **kwargs)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode >= 0, f"killed by signal {-result.returncode}"
    return result


def hostile_catalog_folder(tmp_path: Path) -> Path:
    catalog = tmp_path / "data" / "catalog"
    (catalog / "imports").mkdir(parents=True)
    os.mkfifo(catalog / "my_prices.csv")
    (catalog / "imports" / "zero.csv").symlink_to("/dev/zero")
    (catalog / "imports" / "gone.csv").symlink_to(catalog / "imports" / "missing.csv")
    with open(catalog / "imports" / "huge.csv", "wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: 60 MB that cost no disk
    (catalog / "discounts.json").write_text("[" * 100_000 + "]" * 100_000)
    return catalog


def test_special_and_damaged_user_files_are_named_and_the_rest_loads(tmp_path):
    hostile_catalog_folder(tmp_path)
    result = calculator(tmp_path, *QUOTE, timeout=60)
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.splitlines()
    assert all(line.startswith("quote: warning: ") for line in warnings)
    for expected in ("my_prices.csv: is a pipe (FIFO)", "zero.csv: is a device",
                     "gone.csv: cannot read file (a link to a missing file)",
                     "huge.csv: file is larger than 50 MB",
                     "discounts.json: JSON nested too deeply"):
        assert sum(expected in line for line in warnings) == 1, (expected, warnings)
    assert result.stdout.count("\n") > 50  # the shipped catalog still prices everything


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "huge", "deep", "folder"])
def test_a_hostile_scenario_file_is_refused_in_one_line(tmp_path, kind):
    path = tmp_path / "plan.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "huge":
        with open(path, "wb") as handle:
            handle.truncate(3 * 1024 * 1024)
    elif kind == "deep":
        path.write_text("[" * 50_000 + "]" * 50_000)
    else:
        path.mkdir()
    result = calculator(tmp_path, "export", str(path), "--out", str(tmp_path / "out"),
                        timeout=60)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("export: error: ")
    assert not (tmp_path / "out").exists()


def test_a_closed_broken_or_full_output_ends_in_one_line(tmp_path):
    args = [sys.executable, "-m", "calculator", *QUOTE]
    env = env_for(tmp_path)
    closed = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=env, timeout=60, preexec_fn=lambda: os.close(1))
    assert closed.returncode == 1
    assert closed.stderr == (
        "calculator: error: cannot write the output: standard output is closed\n")
    broken = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    broken.stdout.close()  # the reader quits before anything is written
    err = broken.communicate(timeout=60)[1].decode()
    assert broken.returncode == 1
    assert err == ("calculator: error: the output was closed before everything was written "
                   "(broken pipe)\n")
    if os.path.exists("/dev/full"):
        with open("/dev/full", "w") as full:
            result = subprocess.run(args, stdout=full, stderr=subprocess.PIPE, text=True,
                                    env=env, timeout=60)
        assert result.returncode == 1
        assert result.stderr == ("calculator: error: cannot write the output: No space left "
                                 "on device\n")


SAVER = textwrap.dedent("""
    import sys, pandas as pd
    from calculator.engine.scenario import Scenario
    from calculator.formats.scenario_file import scenario_to_json
    from calculator.userfiles.atomic import atomic_write_text
    from calculator.userfiles.store import CatalogStore, record_from_fields
    scenario_path, folder = sys.argv[1], sys.argv[2]
    store = CatalogStore(folder)
    for i in range(10**6):
        notes = "x" * (1000 + 37 * (i % 500))
        atomic_write_text(scenario_path, scenario_to_json(Scenario(name=f"v{i}", notes=notes)))
        store.add_records(record_from_fields({
            "model_id": f"m{i % 7}", "vendor": "V", "model_name": "M", "tier": "mid",
            "effective_from": f"2025-01-{1 + i % 28:02d}", "currency": "USD",
            "input_per_mtok": "1", "output_per_mtok": "2", "source": "s",
            "status": "confirmed", "checked": "2025-01-01"}))
        print(i, flush=True)
""")


def test_kill_9_during_saves_leaves_every_file_whole(tmp_path):
    scenario = tmp_path / "plan.json"
    folder = tmp_path / "catalog"
    rng = random.Random(16)
    for _ in range(12):
        child = subprocess.Popen([sys.executable, "-c", SAVER, str(scenario), str(folder)],
                                 stdout=subprocess.PIPE, text=True, env=env_for(tmp_path))
        for _ in range(rng.randint(1, 6)):  # wait for a few finished writes, then kill
            assert child.stdout.readline()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        assert read_scenario(scenario).name.startswith("v")  # whole, old or new
        assert len(CatalogStore(folder).user_records()) >= 1
    leftovers = list(tmp_path.glob(".*.tmp")) + list(folder.glob(".*.tmp"))
    for path in leftovers:  # as if the kills were long ago
        os.utime(path, (0, 0))
    CatalogStore(folder).load()
    assert not list(folder.glob(".*.tmp"))


ADDER = textwrap.dedent("""
    import sys
    from calculator.userfiles.store import CatalogStore, record_from_fields
    store, who = CatalogStore(sys.argv[1]), sys.argv[2]
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    for i in range(40):
        store.add_records(record_from_fields({
            "model_id": f"{who}-{i}", "vendor": "V", "model_name": "M", "tier": "mid",
            "effective_from": "2025-01-01", "currency": "USD", "input_per_mtok": "1",
            "output_per_mtok": "2", "source": "s", "status": "confirmed",
            "checked": "2025-01-01"}))
""")


def test_two_processes_adding_prices_at_once_keep_every_record(tmp_path):
    folder = tmp_path / "catalog"
    children = [subprocess.Popen([sys.executable, "-c", ADDER, str(folder), who],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                 env=env_for(tmp_path)) for who in ("a", "b")]
    for child in children:
        assert child.stdout.readline() == "ready\n"
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        assert child.wait(timeout=120) == 0
        child.stdin.close()
        child.stdout.close()
    records = CatalogStore(folder).user_records()
    assert sorted(records["model_id"]) == sorted(f"{w}-{i}" for w in "ab" for i in range(40))


WINDOW = textwrap.dedent("""
    import sys
    from calculator.ui.app import create_app
    app = create_app([])
    from calculator.ui.dialogs import Dialogs
    offered = []
    Dialogs.ask_recover = staticmethod(lambda parent, name, when: offered.append(name) or True)
    from calculator.ui.main_window import MainWindow
    window = MainWindow()
    if sys.argv[1] == "work":
        window.state.set_name(sys.argv[2])
        window.documents.autosave_now()
        print("saved", flush=True)
    else:
        app.processEvents()  # the recovery offer runs from the event loop
        print("recovered", window.state.scenario.name, "offered", ",".join(offered),
              flush=True)
    sys.stdin.readline()  # stay open until told (or killed)
""")


def window(tmp_path: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WINDOW, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env_for(tmp_path))


def test_two_windows_each_recover_their_own_work_after_kill_9(tmp_path):
    first, second = window(tmp_path, "work", "Plan A"), window(tmp_path, "work", "Plan B")
    assert first.stdout.readline() == "saved\n" and second.stdout.readline() == "saved\n"
    # while both are open, a third window offers neither
    third = window(tmp_path, "recover")
    assert third.stdout.readline() == "recovered  offered \n"
    third.communicate("\n", timeout=60)
    for process in (first, second):
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)  # waits and closes the pipes
    autosaves = sorted((tmp_path / "data" / "autosave").glob("*.json"))
    names = {json.loads(p.read_text())["scenario"]["name"] for p in autosaves}
    assert names == {"Plan A", "Plan B"}
    # two windows started after the crash: each gets one of the two, none is lost
    again = [window(tmp_path, "recover"), window(tmp_path, "recover")]
    lines = [process.stdout.readline().split() for process in again]
    recovered = sorted(" ".join(line[1:3]) for line in lines)
    assert recovered == ["Plan A", "Plan B"], lines
    for process in again:
        process.communicate("\n", timeout=60)


def test_a_file_argument_without_a_display_is_one_clean_error(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(scenario_to_json(read_scenario(seed_path("scenarios",
                                                             "customer-service-bot.json"))))
    result = subprocess.run([sys.executable, "-m", "calculator", str(path)], capture_output=True,
                            text=True, timeout=60,
                            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                                 "QT_QPA_PLATFORM": "xcb"})
    assert result.returncode == 2
    assert result.stderr.startswith("calculator: error: no display for the window")
    assert len(result.stderr.splitlines()) == 1


def test_a_sample_of_the_attack_harness_passes():
    """A few dozen of the harness's generated cases (a full run: tests/fuzz_processes.py)."""
    from . import fuzz_processes as harness

    outcomes = harness.run_all(harness.generate(40, seed=7), jobs=2)
    failures = [f"{o.case.kind} {o.case.argv}: {o.why}" for o in outcomes if not o.ok]
    assert not failures, "\n".join(failures)
