"""The window against the attack run: damaged and special user files at start, decimal
commas in the Add-price form, rich text in names, Save through a link."""

from __future__ import annotations

import logging
import os
import sys

import pytest
from PySide6.QtCore import QLocale

from calculator.formats.scenario_file import read_scenario, scenario_to_json

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


@posix_only
def test_damaged_and_special_user_files_are_named_at_start(qtbot, app, tmp_path, caplog):
    from calculator.ui.main_window import MainWindow

    catalog = tmp_path / "data" / "catalog"
    (catalog / "imports").mkdir(parents=True)
    os.mkfifo(catalog / "my_prices.csv")
    (catalog / "imports" / "zero.csv").symlink_to("/dev/zero")
    (catalog / "discounts.json").write_text("{\"a\":" * 50_000 + "1" + "}" * 50_000)
    with caplog.at_level(logging.WARNING):
        window = MainWindow()
    qtbot.addWidget(window)
    problems = " ".join(window.catalog_problems)
    for name in ("my_prices.csv: is a pipe (FIFO)", "zero.csv: is a device",
                 "discounts.json: JSON nested too deeply"):
        assert name in problems
        assert any(name in record.getMessage() for record in caplog.records)  # on stderr
        assert name in window.results.notice.text()
    assert "gpt-4o" in window.state.catalog  # the shipped catalog still loads


@posix_only
def test_opening_a_fifo_says_why_and_keeps_the_work(qtbot, window, dialogs, tmp_path):
    answers, asked = dialogs
    fifo = tmp_path / "plan.json"
    os.mkfifo(fifo)
    answers["error"] = None
    before = window.state.scenario
    assert window.documents.open(fifo) is False
    (title, message), = [args[:2] for name, args in asked if name == "error"]
    assert "not a file but a folder, a device or a pipe" in message
    assert "is a pipe (FIFO)" in message
    assert window.state.scenario == before


@pytest.fixture
def german(app):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def price_form(qtbot, actions):
    win = actions.open_catalog()
    qtbot.addWidget(win)
    assert win.select_model("gpt-4o")
    form = win.add_price()
    qtbot.addWidget(form)
    form.set_field("effective_from", "2026-01-01")
    form.set_field("source", "Our contract")
    return form


def test_a_decimal_comma_is_read_as_the_locale_says(qtbot, actions, german):
    form = price_form(qtbot, actions)
    form.set_field("input_per_mtok", "0,28")
    form.set_field("output_per_mtok", "1000,5")
    assert form.ok_button.isEnabled(), form.problems
    assert form.record.loc[0, "input_per_mtok"] == 0.28
    assert form.record.loc[0, "output_per_mtok"] == 1000.5
    form.set_field("output_per_mtok", "1.000,5")  # prices take no thousands separators
    assert "without thousands separators" in form.error_text("output_per_mtok")
    assert not form.ok_button.isEnabled()


def test_a_decimal_comma_is_refused_where_the_point_is_the_separator(qtbot, actions):
    form = price_form(qtbot, actions)
    form.set_field("input_per_mtok", "0,28")
    form.set_field("output_per_mtok", "2")
    assert not form.ok_button.isEnabled()
    assert "write decimals with “.” (for example 0.28)" in form.error_text("input_per_mtok")
    form.set_field("input_per_mtok", "1e300")
    assert "larger than" in form.error_text("input_per_mtok")
    form.set_field("input_per_mtok", "10⁶")
    assert "is not a digit" in form.error_text("input_per_mtok")


def test_dates_outside_the_range_cannot_be_picked(qtbot, actions):
    form = price_form(qtbot, actions)
    edit = form.edits["effective_from"]
    assert edit.minimumDate().toString("yyyy-MM-dd") == "1990-01-01"
    assert edit.maximumDate().toString("yyyy-MM-dd") == "2200-12-31"


def test_the_add_price_header_shows_names_as_text(qtbot, actions, store):
    from calculator.userfiles.store import record_from_fields

    store.add_records(record_from_fields({
        "model_id": "mine", "vendor": "<i>V</i>", "model_name": "<img src=x>", "tier": "mid",
        "effective_from": "2025-01-01", "currency": "USD", "input_per_mtok": "1",
        "output_per_mtok": "2", "source": "s", "status": "confirmed",
        "checked": "2025-01-01"}))
    actions.reload()
    win = actions.open_catalog()
    qtbot.addWidget(win)
    assert win.select_model("mine")
    form = win.add_price()
    qtbot.addWidget(form)
    assert "&lt;img src=x&gt;" in form.header.text() and "<img" not in form.header.text()
    assert "&lt;i&gt;V&lt;/i&gt;" in form.header.text()


@posix_only
def test_save_through_a_link_writes_the_file_it_points_to(qtbot, window, tmp_path):
    real = tmp_path / "real" / "plan.json"
    real.parent.mkdir()
    real.write_text(scenario_to_json(window.state.scenario))
    link = tmp_path / "plan.json"
    link.symlink_to(real)
    assert window.documents.open(link)
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.workload.fields["input_tokens"].set_text("321M")
    assert window.documents.save()
    assert link.is_symlink() and read_scenario(real).workload.input_tokens == 321e6
