"""The Chinese translation is complete, up to date with the code, and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "llmcost_zh_CN.ts"
QM = FOLDER / "llmcost_zh_CN.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "",
             message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing; it ships with PySide6-Essentials")
    return found


def test_every_message_is_translated():
    problems = []
    for context, source, translation in messages(TS):
        text = translation.text or ""
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where} is {translation.get('type')}")
        elif not text.strip():
            problems.append(f"{where} has no translation")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        elif source.count("\n") != text.count("\n"):
            problems.append(f"{where}: line breaks differ in {text!r}")
        elif "&" in source.replace("&&", "") and "&" not in text:
            problems.append(f"{where}: keyboard accelerator missing in {text!r}")
    assert not problems, "\n".join(problems[:40])


@pytest.mark.subprocess
def test_translation_covers_every_string_in_the_code(tmp_path):
    """A string added to the code without a translation fails here."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "calculator").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                    "-target-language", "zh_CN", "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    translated = {(c, s) for c, s, t in messages(TS)
                  if t.get("type") is None and (t.text or "").strip()}
    missing = sorted(wanted - translated)
    assert len(wanted) > 300
    assert not missing, (f"{len(missing)} strings lack a translation; run "
                         "resources/translations/update_translations.py and translate them: "
                         + "; ".join(f"{c}: {s!r}" for c, s in missing[:20]))


@pytest.mark.subprocess
def test_compiled_file_is_current(tmp_path):
    compiled = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True,
                   capture_output=True)
    assert QM.read_bytes() == compiled.read_bytes(), (
        "llmcost_zh_CN.qm is older than the .ts; run update_translations.py --compile-only")
