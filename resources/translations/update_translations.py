"""Refresh the translation sources and compile them, with the Qt tools PySide6 ships.

    .venv/bin/python resources/translations/update_translations.py

1. ``pyside6-lupdate`` collects every translatable string of ``calculator/`` into
   ``llmcost_<lang>.ts`` (existing translations are kept; strings no longer in the
   code are marked obsolete and dropped with ``-no-obsolete``).
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

Translate new strings in the ``.ts`` file (Qt Linguist, or any XML editor: fill
``<translation>`` and remove ``type="unfinished"``), then run this again.
``tests/test_translations.py`` fails while a string is missing or unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "calculator").rglob("*.py"))


def update(language: str, compile_only: bool = False) -> Path:
    ts = HERE / f"llmcost_{language}.ts"
    if not compile_only:
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations",
                        "none", "-target-language", language, "-ts", str(ts)],
                       cwd=ROOT, check=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
    return qm


def main() -> int:
    compile_only = "--compile-only" in sys.argv
    for language in LANGUAGES:
        print(update(language, compile_only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
