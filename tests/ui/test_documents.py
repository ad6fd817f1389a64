"""Scenario files in the window: save, open, bad files, unsaved changes, autosave."""

from __future__ import annotations

import json
import os

import pytest

from calculator.formats.scenario_file import read_scenario, scenario_to_json
from calculator.runtime.paths import seed_path
from calculator.userfiles.folders import autosave_dir


def edit(qtbot, window, field="input_tokens", text="250M"):
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.workload.fields[field].set_text(text)


def test_save_as_and_title_marker(qtbot, window, dialogs, tmp_path):
    answers, asked = dialogs
    assert window.windowTitle() == "Untitled scenario[*] — LLM Cost Calculator"
    edit(qtbot, window)
    assert window.isWindowModified()
    answers["save_file"] = str(tmp_path / "plan")
    window.actions["save"].trigger()  # untitled: Save asks for a file name
    saved = tmp_path / "plan.json"
    assert saved.exists()
    assert read_scenario(saved).workload.input_tokens == 250e6
    assert not window.isWindowModified()
    assert window.documents.path == saved
    edit(qtbot, window, text="260M")
    assert window.isWindowModified()
    window.actions["save"].trigger()  # has a file: no question
    assert [name for name, _ in asked].count("save_file") == 1
    assert read_scenario(saved).workload.input_tokens == 260e6


def test_rename_updates_title(qtbot, window):
    with qtbot.waitSignal(window.state.sig_scenario_edited):
        window.scenario_panel.name.textEdited.emit("Budget 2027")
    assert window.windowTitle().startswith("Budget 2027[*]")


def test_open_example_scenario(qtbot, window, dialogs):
    answers, _ = dialogs
    answers["open_file"] = str(seed_path("scenarios", "rag-knowledge-base.json"))
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.actions["open"].trigger()
    assert window.scenario_panel.name.text() == "RAG knowledge base"
    assert window.workload.mode.currentData() == "requests"
    assert window.workload.cached.value() == 70.0
    assert window.pricing.current.date().toString("yyyy-MM-dd") == "2025-10-15"
    assert not window.isWindowModified()
    assert window.documents.recent()[0].name == "rag-knowledge-base.json"


@pytest.mark.parametrize("content, message", [
    (b"{\"format\": \"llm-cost-scenario\", \"version\": 1, \"growth\": ", "not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
    (b'{"format": "llm-cost-scenario", "version": 7}', "newer version of the app"),
    (b'{"format": "something-else", "version": 1}', "not an LLM cost scenario"),
    (b'{"format": "llm-cost-scenario", "version": 1, "horizon": 5000}',
     '"horizon" must be between 1 and 120'),
    (b'{"format": "llm-cost-scenario", "version": 1, "models": "gpt-4o"}',
     '"models" must be a list'),
    (b'{"format": "llm-cost-scenario", "version": 1, "workload": {"cached_share": 3}}',
     '"workload.cached_share" must be between 0 and 1'),
])
def test_bad_file_is_refused_and_nothing_changes(qtbot, window, dialogs, tmp_path, content,
                                                 message):
    answers, asked = dialogs
    edit(qtbot, window)
    before = window.state.scenario
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    answers["open_file"] = str(path)
    answers["ask_save_changes"] = "discard"
    answers["error"] = None
    window.actions["open"].trigger()
    errors = [args for name, args in asked if name == "error"]
    assert errors and message in errors[0][1]
    assert window.state.scenario == before  # current work untouched
    assert path.read_bytes() == content  # file on disk untouched


def test_failed_save_keeps_the_previous_file(qtbot, window, dialogs, tmp_path, monkeypatch):
    answers, asked = dialogs
    path = tmp_path / "plan.json"
    answers["save_file"] = str(path)
    window.actions["save_as"].trigger()
    original = path.read_bytes()
    edit(qtbot, window, text="999M")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    answers["error"] = None
    window.actions["save"].trigger()
    assert path.read_bytes() == original
    assert "No space left on device" in [a for n, a in asked if n == "error"][0][1]
    assert not list(tmp_path.glob(".plan.json.*"))  # no temporary file left behind
    assert window.isWindowModified()


def test_closing_a_file_with_changes_asks(qtbot, window, dialogs, tmp_path):
    answers, asked = dialogs
    answers["save_file"] = str(tmp_path / "plan.json")
    window.actions["save_as"].trigger()
    edit(qtbot, window)
    answers["ask_save_changes"] = "cancel"
    assert not window.close()
    assert window.isVisible()
    answers["ask_save_changes"] = "save"
    assert window.close()
    assert read_scenario(tmp_path / "plan.json").workload.input_tokens == 250e6


def test_new_asks_about_unsaved_work(qtbot, window, dialogs):
    answers, asked = dialogs
    edit(qtbot, window)
    answers["ask_save_changes"] = "cancel"
    window.actions["new"].trigger()
    assert window.state.scenario.workload.input_tokens == 250e6
    answers["ask_save_changes"] = "discard"
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.actions["new"].trigger()
    assert window.state.scenario.workload.input_tokens == 100e6
    assert window.workload.fields["input_tokens"].edit.text() == "100M"


def test_autosave_and_recovery_after_a_crash(qtbot, app, dialogs):
    from calculator.ui.main_window import MainWindow

    answers, asked = dialogs
    first = MainWindow()
    qtbot.addWidget(first)
    edit(qtbot, first, text="777M")
    first.documents.autosave_now()
    slot = first.documents.autosave_slot
    document = json.loads(slot.path.read_text(encoding="utf-8"))
    assert document["scenario"]["workload"]["input_tokens"] == 777e6
    assert document["pid"] == os.getpid()
    # a crash: the process dies without closing the window; its lock goes, the file stays
    slot.abandon()
    answers["ask_recover"] = True
    second = MainWindow(restore=True)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.state.scenario.workload.input_tokens == 777e6)
    assert any(name == "ask_recover" for name, _ in asked)
    assert not slot.path.exists()  # taken over: now in the second window's own file
    assert second.documents.autosave_slot.path.exists()
    second.documents.close_autosave()


def test_a_window_never_offers_the_work_of_another_open_window(qtbot, app, dialogs):
    from calculator.ui.main_window import MainWindow

    answers, asked = dialogs
    first = MainWindow()
    qtbot.addWidget(first)
    edit(qtbot, first, text="555M")
    first.documents.autosave_now()
    answers["ask_recover"] = False
    second = MainWindow(restore=True)
    qtbot.addWidget(second)
    assert second.documents.offer_recovery() is False
    assert not any(name == "ask_recover" for name, _ in asked)
    edit(qtbot, second, text="444M")
    second.documents.autosave_now()
    second.close()  # a normal close removes only its own autosave
    assert first.documents.autosave_slot.path.exists()
    assert not second.documents.autosave_slot.path.exists()
    first.documents.close_autosave()


def test_unreadable_autosave_of_a_gone_window_is_dropped(qtbot, app, dialogs):
    from calculator.ui.main_window import MainWindow

    answers, asked = dialogs
    autosave_dir().mkdir(parents=True, exist_ok=True)
    broken = autosave_dir() / "window-1-1-dead.json"
    broken.write_text("{broken", encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not broken.exists())  # unreadable: dropped without a question
    assert not any(name == "ask_recover" for name, _ in asked)


def test_open_recent_menu(qtbot, window, dialogs, tmp_path):
    answers, _ = dialogs
    path = tmp_path / "a.json"
    path.write_text(scenario_to_json(window.state.scenario), encoding="utf-8")
    window.documents.open(path)
    window.menu_bar._fill_recent()
    texts = [a.text() for a in window.menu_bar.recent_menu.actions()]
    assert str(path.resolve()) in texts


def test_a_scenario_carries_its_custom_model_and_discounts(qtbot, window, dialogs, tmp_path):
    """Opened where the custom model is unknown, the file's own prices price it; saving
    again keeps them; a model neither here nor in the file is named on screen."""
    import datetime as dt

    from calculator.engine.discounts import Discount
    from calculator.engine.scenario import Scenario
    from calculator.formats.scenario_file import read_document

    answers, _ = dialogs
    prices = [{"model_id": "acme-70b", "vendor": "Acme", "model_name": "Acme 70B",
               "effective_from": "2024-01-01", "currency": "CNY", "input_per_mtok": "3",
               "output_per_mtok": "6", "status": "confirmed", "source": "GPU bill",
               "checked": "2024-05-01"}]
    scenario = Scenario(name="Travels", models=("acme-70b", "glm-4", "nowhere-9b"),
                        reference=None, current_date=dt.date(2024, 6, 1),
                        discounts=(Discount(0.1, model="glm-4"),))
    data = json.loads(scenario_to_json(scenario))
    data["prices"] = prices
    path = tmp_path / "travels.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    answers["open_file"] = str(path)
    with qtbot.waitSignal(window.state.sig_results_changed):
        window.actions["open"].trigger()
    frame = window.state.results.comparison.frame.set_index("model_id")
    assert frame.loc["acme-70b", "current_status"] == "priced"
    assert frame.loc["glm-4", "discount"] == 0.1
    assert "nowhere-9b" in window.results.notice.text()  # named on screen
    assert window.state.scenario.models == scenario.models  # kept, not silently dropped
    answers["save_file"] = str(tmp_path / "again.json")
    window.actions["save_as"].trigger()
    again = read_document(tmp_path / "again.json")
    assert list(again.prices["model_id"]) == ["acme-70b"]
    assert again.scenario.discounts == scenario.discounts
