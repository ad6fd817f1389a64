"""The engine and report builders import no Qt: checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

QT_PREFIXES = ("PySide6", "pyqtgraph", "shiboken6", "PyQt5", "PyQt6", "calculator.ui")


@pytest.mark.parametrize("module", [
    "calculator.engine", "calculator.reports.tables", "calculator.reports.formatting",
    "calculator.cli.quote", "calculator.userfiles.loading",
])
@pytest.mark.subprocess
def test_module_imports_no_qt(module):
    code = (f"import sys, json, {module}; "
            "print(json.dumps(sorted(m for m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    assert module in loaded
    offenders = [m for m in loaded if m.startswith(QT_PREFIXES)]
    assert offenders == [], f"{module} pulls in {offenders[:5]}"


@pytest.mark.subprocess
def test_quote_command_runs_without_qt():
    code = ("import sys, io, contextlib; from calculator.__main__ import main; "
            "buf = io.StringIO()\n"
            "with contextlib.redirect_stdout(buf): rc = main(['quote', '--input-tokens', '1M', "
            "'--output-tokens', '1M', '--format', 'json'])\n"
            "assert rc == 0, rc\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
