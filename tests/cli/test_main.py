"""The front door: commands, a scenario file, and everything else refused with the usage line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from calculator.cli import main as front


def test_help_lists_every_command(capsys):
    assert front.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(front.USAGE_LINE)
    for command in front.COMMANDS:
        assert f"  {command.name} " in out


@pytest.mark.parametrize(("argv", "expected"), [
    (["quot"], "unknown command 'quot' (did you mean 'quote'?)"),
    (["exprt", "x.json"], "unknown command 'exprt' (did you mean 'export'?)"),
    (["frobnicate"], "unknown command 'frobnicate'"),
    (["--frobnicate"], "unknown option '--frobnicate'"),
    (["missing-scenario.json"], "no such file: 'missing-scenario.json'"),
])
def test_unknown_words_exit_2_with_the_usage_line(capsys, monkeypatch, argv, expected):
    opened = []
    monkeypatch.setattr(front, "_window", opened.append)
    assert front.main(argv) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [front.USAGE_LINE, f"calculator: error: {expected}"]
    assert opened == []  # never a window for a word it does not know


def test_a_scenario_file_opens_the_window_on_it(monkeypatch, tmp_path):
    scenario = tmp_path / "plan.json"
    scenario.write_text("{}")
    opened = []
    monkeypatch.setattr(front, "_window", lambda path: opened.append(path) or 0)
    assert front.main([str(scenario)]) == 0
    assert front.main([]) == 0
    assert opened == [str(scenario), None]


@pytest.mark.subprocess
def test_mistyped_command_without_a_display_is_one_clean_error():
    """A real process: no Qt start-up, no abort, status 2, two lines."""
    out = subprocess.run([sys.executable, "-m", "calculator", "quot"], capture_output=True,
                         text=True, env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "xcb"})
    assert out.returncode == 2
    assert len(out.stderr.splitlines()) == 2


def test_the_collector_pause_of_the_start_always_ends():
    """The window's start loads its code with the cyclic garbage collector paused; after,
    even after an error, it runs again (what was loaded meanwhile is frozen out of it)."""
    import gc

    assert gc.isenabled()
    try:
        with pytest.raises(RuntimeError), front.paused_gc():
            assert not gc.isenabled()
            raise RuntimeError("the start failed")
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the test process as it was


@pytest.mark.subprocess
def test_the_window_starts_with_the_collector_running(tmp_path):
    """``python -m calculator``'s start, up to the shown window: the collector runs again
    once the window is up, with the start's objects frozen out of it."""
    code = ("import gc, os\n"
            "from calculator.cli.main import open_window\n"
            "app, window = open_window()\n"
            "print(window.isVisible(), gc.isenabled(), gc.get_freeze_count() > 10000)\n"
            "os._exit(0)\n")
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
           "LLMCOST_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "LLMCOST_LOG_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.stdout.split() == ["True", "True", "True"], out.stderr[-2000:]
