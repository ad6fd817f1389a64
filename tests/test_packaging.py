"""The PyInstaller build: build.spec builds a bundle that starts, computes and exports.

Builds once per session into a temporary folder (about a minute), runs the
bundled executable with ``--smoke`` and checks that it exports the same PNG
bytes as the app run from source. Also checks the logging that a windowed
build relies on.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NAME = "llm-cost-calculator"
# 240 since genai-prices (price data, pydantic, its HTTP client) joined: about +7 MiB
MAX_BUNDLE_MIB = 240
SMOKE_LINE = re.compile(r"^SMOKE OK (?P<path>.+) sha256=(?P<sha>[0-9a-f]{64}) "
                        r"size=(?P<w>\d+)x(?P<h>\d+)$", re.M)


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a first start on a fresh account: offscreen, empty home."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               LLMCOST_LOG_DIR=str(home / "logs"), LLMCOST_DATA_DIR=str(home / "data"))
    for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env.pop(key, None)
    home.mkdir(parents=True, exist_ok=True)
    return env


def smoke(command: list[str], home: Path) -> tuple[subprocess.CompletedProcess, re.Match]:
    out = subprocess.run([*command, "--smoke", "--out", str(home / "png")], cwd=home,
                         env=clean_env(home), capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, f"exit {out.returncode}\n{out.stdout}\n{out.stderr[-3000:]}"
    match = SMOKE_LINE.search(out.stdout)
    assert match, f"no SMOKE OK line in stdout:\n{out.stdout}\n{out.stderr[-3000:]}"
    return out, match


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Iterator[Path]:
    """``dist/llm-cost-calculator`` built from build.spec, once per test session."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[build]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(work / "config"))  # own cache
    out = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm", "--clean",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, f"PyInstaller failed:\n{out.stderr[-5000:]}"
    folder = work / "dist" / NAME
    assert folder.is_dir(), f"no {folder} after the build:\n{out.stderr[-3000:]}"
    yield folder
    shutil.rmtree(work, ignore_errors=True)  # 220 MiB per run: keep pytest's tmp small


@pytest.fixture(scope="module")
def frozen_smoke(bundle, tmp_path_factory) -> tuple[re.Match, Path]:
    home = tmp_path_factory.mktemp("frozen-home")
    _, match = smoke([str(bundle / NAME)], home)
    return match, home


@pytest.mark.packaging
@pytest.mark.slow
@pytest.mark.subprocess
def test_bundled_app_passes_the_smoke_test(frozen_smoke):
    match, home = frozen_smoke
    png = Path(match["path"])
    assert png.is_file() and png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert (int(match["w"]), int(match["h"])) == (1600, 900)
    log = home / "logs" / f"{NAME}.log"
    assert log.is_file(), "the frozen app wrote no log file"
    assert "SMOKE OK" in log.read_text(encoding="utf-8")


@pytest.mark.packaging
@pytest.mark.slow
@pytest.mark.subprocess
def test_bundled_app_exports_the_same_png_as_the_source(frozen_smoke, tmp_path):
    frozen, _ = frozen_smoke
    _, source = smoke([sys.executable, "-m", "calculator"], tmp_path / "source-home")
    assert frozen["sha"] == source["sha"], (
        "the bundle renders the chart differently from the source checkout "
        f"(frozen {frozen['path']}, source {source['path']})")


@pytest.mark.packaging
@pytest.mark.slow
@pytest.mark.subprocess
def test_bundle_ships_its_data_and_stays_small(bundle):
    internal = bundle / "_internal"
    for relative in ("resources/fonts/wqy-microhei.ttc", "resources/icons/app_256.png",
                     "seeds/prices.csv", "seeds/fx.csv", "seeds/schedules.csv"):
        assert (internal / relative).is_file(), f"{relative} is missing from the bundle"
    assert not (internal / "resources" / "icons" / "make_icons.py").exists()
    unused = [p.name for p in internal.rglob("*") if p.name.startswith(
        ("QtNetwork.", "QtQml.", "QtQuick.", "libQt6Qml", "libQt6Quick", "libgtk-3"))]
    assert not unused, f"excluded Qt parts were bundled: {unused}"
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mib = sum(p.stat().st_size for p in files) / 2**20
    assert size_mib <= MAX_BUNDLE_MIB, (
        f"bundle is {size_mib:.1f} MiB in {len(files)} files (limit {MAX_BUNDLE_MIB} MiB)")


# ---------------------------------------------------------------- logging of a windowed build
@pytest.fixture
def restore_hooks():
    root = logging.getLogger()
    saved = (sys.excepthook, threading.excepthook, list(root.handlers), root.level)
    yield
    sys.excepthook, threading.excepthook = saved[0], saved[1]
    for handler in [h for h in root.handlers if h not in saved[2]]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(saved[3])


def test_setup_logging_writes_to_the_log_folder(tmp_path, monkeypatch, restore_hooks):
    from calculator.runtime.logging_setup import setup_logging

    monkeypatch.setenv("LLMCOST_LOG_DIR", str(tmp_path / "logs"))
    path = setup_logging()
    setup_logging()  # again: no duplicate handlers
    logging.getLogger("calculator.test").warning("written once")
    assert path == tmp_path / "logs" / f"{NAME}.log"
    assert path.read_text(encoding="utf-8").count("written once") == 1


def test_uncaught_exceptions_are_logged_and_shown(tmp_path, monkeypatch, restore_hooks):
    from calculator.runtime.logging_setup import install_excepthook, setup_logging

    monkeypatch.setenv("LLMCOST_LOG_DIR", str(tmp_path))
    path = setup_logging()
    shown: list[tuple[str, Path]] = []
    install_excepthook(lambda message, log: shown.append((message, log)))
    try:
        raise ValueError("price is negative")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    thread = threading.Thread(target=lambda: 1 / 0, name="worker")
    thread.start()
    thread.join()
    text = path.read_text(encoding="utf-8")
    assert "ValueError: price is negative" in text and "Traceback" in text
    assert "in thread worker" in text and "ZeroDivisionError" in text
    assert shown[0] == ("ValueError: price is negative", path)
    assert shown[1][0].startswith("ZeroDivisionError")


def test_an_exception_type_without_an_instance_is_logged_by_name(tmp_path, monkeypatch,
                                                                restore_hooks):
    """threading.excepthook may get ``exc_value`` None: the log and the message still name
    the type (logging it as exc_info used to write ``NoneType: None``)."""
    from calculator.runtime.logging_setup import install_excepthook, setup_logging

    monkeypatch.setenv("LLMCOST_LOG_DIR", str(tmp_path))
    path = setup_logging()
    shown: list[str] = []
    install_excepthook(lambda message, log: shown.append(message))
    worker = threading.Thread(name="worker")
    threading.excepthook(threading.ExceptHookArgs((RuntimeError, None, None, worker)))
    text = path.read_text(encoding="utf-8")
    assert "Uncaught exception in thread worker: RuntimeError" in text
    assert "NoneType" not in text
    assert shown == ["RuntimeError"]


def test_error_dialog_names_the_log_and_never_stacks(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from calculator.ui import error_dialog

    shown: list[str] = []

    def fake_exec(box):
        shown.append(box.informativeText())
        error_dialog.show_error_dialog("second error", tmp_path / "x.log")  # while open
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    error_dialog.show_error_dialog("ValueError: boom", tmp_path / "app.log")
    assert len(shown) == 1
    assert "ValueError: boom" in shown[0] and str(tmp_path / "app.log") in shown[0]
