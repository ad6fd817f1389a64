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
