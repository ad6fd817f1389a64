"""The view state and the notice policy are pure: no Qt, no window."""

from __future__ import annotations

import subprocess
import sys

import pytest

from calculator.engine.notes import Note
from calculator.ui.view_state import Notice, ViewState, notice


def test_nothing_to_say():
    assert notice(ViewState()) is None
    assert not ViewState().stale and ViewState().can_export


def test_priority_invalid_field_then_engine_error_then_catalog_then_notes():
    note = Note.make("missing_models", models="foo")
    everything = ViewState(invalid_fields=frozenset({"input_tokens"}),
                           engine_error="too many tokens", catalog_problems=("a.csv: bad",),
                           notes=(note,))
    first = notice(everything)
    assert first.error and "input field is invalid" in first.text
    second = notice(everything.with_(invalid_fields=frozenset()))
    assert second == Notice("too many tokens", True)
    third = notice(everything.with_(invalid_fields=frozenset(), engine_error=None))
    assert third.error and third.text.endswith("left out: a.csv: bad")
    fourth = notice(ViewState(notes=(note,)))
    assert fourth == Notice("Not in the price catalog, left out: foo.", False)


def test_stale_and_exports():
    invalid = ViewState(invalid_fields=frozenset({"users"}))
    assert invalid.stale and not invalid.can_export
    refused = ViewState(engine_error="too large")
    assert refused.stale and refused.can_export  # old numbers faded, still exportable


@pytest.mark.subprocess
def test_the_module_does_not_import_qt():
    code = ("import sys, calculator.ui.view_state\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
