"""One column list for the window's table, CSV, XLSX and ``quote``."""

from __future__ import annotations

import pytest

from calculator.reports.columns import (
    BY_KEY,
    COLUMNS,
    QUOTE_COLUMNS,
    SCREEN,
    SCREEN_COLUMNS,
    Column,
)
from calculator.reports.labels import column_labels
from calculator.reports.tables import export_frame, quote_frame


def test_quote_columns_lead_the_export(evaluation):
    exported = list(export_frame(evaluation.comparison).columns)
    quoted = list(quote_frame(evaluation.comparison).columns)
    assert exported[:len(quoted)] == quoted
    assert quoted == [*QUOTE_COLUMNS, "savings_vs_reference"]  # the fixture has a reference
    assert exported == [c.key for c in COLUMNS]


def test_every_column_reads_an_engine_column_and_has_a_label(evaluation):
    frame = evaluation.comparison.frame
    labels = column_labels()
    for column in COLUMNS:
        assert column.kind == "currency" or column.key in frame, column.key
        assert labels[column.key] and labels[column.key] != column.key


def test_screen_shows_a_subset_with_headers():
    assert [c.key for c in SCREEN_COLUMNS] == list(SCREEN)
    assert all(BY_KEY[key].header for key in SCREEN)
    assert {c.side for c in SCREEN_COLUMNS if c.kind in ("cost", "price")} == {"baseline",
                                                                                "current"}


def test_a_misspelt_kind_fails_when_the_list_is_built():
    with pytest.raises(ValueError, match="unknown kind"):
        Column("current_cost", "money", "Current cost")
