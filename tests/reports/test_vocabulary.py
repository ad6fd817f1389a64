"""One vocabulary: every status has its word and colour in one place, the style sheet and
the report's CSS agree with it, and a new status is one entry."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy as np
import pytest

from calculator.engine import STATUSES as ENGINE_STATUSES
from calculator.reports import vocabulary
from calculator.reports.html_report import CSS, PDF_CSS, build_html
from calculator.reports.spreadsheet import csv_bytes
from calculator.reports.vocabulary import (
    PALETTE,
    STATUSES,
    Status,
    status_counts_text,
    status_word,
)

ROOT = Path(__file__).resolve().parents[2]
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def test_every_engine_status_has_exactly_one_entry():
    assert [s.key for s in STATUSES] == list(ENGINE_STATUSES)
    assert all(s.color in PALETTE for s in STATUSES)
    assert {s.key for s in STATUSES if s.has_cost} == {"priced", "free"}


def test_words_read_differently():
    words = [status_word(s.key) for s in STATUSES]
    assert words == ["priced", "free", "unknown", "not offered", "retired"]
    assert status_word("uncertain") == "uncertain" and status_word("baseline") == "baseline"
    assert status_counts_text({"priced": 3, "unknown": 1}) == (
        "3 priced, 0 free, 1 unknown, 0 not offered, 0 retired")


def test_style_sheet_uses_only_vocabulary_colours():
    qss = (ROOT / "resources" / "styles" / "app.qss").read_text(encoding="utf-8")
    used = {c.upper() for c in HEX.findall(qss)}
    assert used and used <= {c.upper() for c in PALETTE.values()}, used - set(PALETTE.values())
    # an invalid entry is marked in the colour the table uses for "costs more"
    invalid = qss[qss.index('QLineEdit[invalid="true"]'):].split("}")[0]
    assert PALETTE["negative"] in invalid


@pytest.mark.parametrize("css", [CSS, PDF_CSS])
def test_report_css_status_rules_come_from_the_vocabulary(css):
    for status in STATUSES:
        rules = re.findall(rf"td\.{status.css} \{{([^}}]*)\}}", css)
        assert any(PALETTE[status.color] in rule for rule in rules), status.key


def withdrawn_evaluation(evaluation):
    """The report fixture with one model's current status set to a status the engine does
    not write yet."""
    arrays = dict(evaluation.comparison.arrays)
    status = arrays["current_status"].copy()
    status[0] = "withdrawn"
    arrays["current_status"] = status
    arrays["current_cost"] = np.where(np.arange(len(status)) == 0, np.nan,
                                      arrays["current_cost"])
    return dataclasses.replace(evaluation, comparison=dataclasses.replace(
        evaluation.comparison, arrays=arrays)), str(arrays["model_id"][0])


@pytest.fixture
def another_status(monkeypatch):
    """A new status added the way a maintainer adds one: one entry in STATUSES."""
    withdrawn = Status("withdrawn", "withdrawn", "muted", False, "missing", "{n} withdrawn",
                       "Withdrawn on {date}.")
    statuses = (*STATUSES, withdrawn)
    monkeypatch.setattr(vocabulary, "STATUSES", statuses)
    monkeypatch.setitem(vocabulary.STATUS, withdrawn.key, withdrawn)
    return withdrawn


def test_a_new_status_is_one_entry(another_status, evaluation):
    from calculator.cli.quote import _cost

    ev, model_id = withdrawn_evaluation(evaluation)
    html = build_html(ev, [], "1")
    assert '<td class="missing">withdrawn</td>' in html
    rows = csv_bytes(ev, human_headers=True).decode("utf-8-sig").splitlines()
    assert [line for line in rows if ",withdrawn," in line][0].startswith(model_id)
    assert _cost(float("nan"), "withdrawn", "CNY") == "withdrawn"
    assert status_counts_text({"withdrawn": 2}).endswith("2 withdrawn")
    assert vocabulary.missing("withdrawn") and not vocabulary.has_cost("withdrawn")
    assert (vocabulary.status_explanation("withdrawn", date="May 1, 2024")
            == "Withdrawn on May 1, 2024.")
