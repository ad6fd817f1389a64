"""File > Update prices…: downloads off the UI thread, previews, applies; a failure says why
in a dialog and changes nothing; Cancel stops a hanging download."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sources.loopback import LoopbackServer, Route

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"


@pytest.fixture
def server():
    routes = {
        "/cn.json": Route((FIXTURES / "llm_prices_cn.json").read_bytes()),
        "/genai.json": Route((FIXTURES / "genai_data.json").read_bytes()),
        "/hang.json": Route(hang=True),
        "/corrupt.json": Route(b"{"),
    }
    with LoopbackServer(routes) as running:
        yield running


def open_update(qtbot, actions, server, key: str, path: str):
    dialog = actions.update_prices()
    qtbot.addWidget(dialog)
    dialog.urls = {key: server.url(path)}
    dialog.timeout = 5
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(key))
    return dialog


def finish(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_update_previews_then_applies(qtbot, window, dialogs, store, actions, server):
    dialog = open_update(qtbot, actions, server, "llm-prices-cn", "/cn.json")
    assert server.url("/cn.json") in dialog.source_info.text()
    assert "CC-BY-4.0" in dialog.source_info.text()
    dialog.check_button.click()
    assert dialog.busy and dialog.progress.isVisible() and not dialog.check_button.isEnabled()
    finish(qtbot, dialog)
    text = dialog.summary.text()
    assert text.startswith("llm-prices-cn 2026-08-22, prices checked 2026-08-22 by the source.")
    assert "6 models added" in text and "1 retired" in text
    assert not store.imports_dir.exists(), "nothing is written before Apply"
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=5000):
        dialog.apply_button.click()
    assert "alibaba/qwen3-max" in window.state.catalog
    assert len(list(store.imports_dir.glob("*.source.json"))) == 1
    assert "llm-prices-cn 2026-08-22" in window.statusBar().currentMessage()


def test_failure_shows_one_line_and_changes_nothing(qtbot, window, dialogs, store, actions,
                                                    server):
    answers, asked = dialogs
    answers["error"] = None
    dialog = open_update(qtbot, actions, server, "genai-prices", "/corrupt.json")
    dialog.check_button.click()
    finish(qtbot, dialog)
    assert asked[-1][0] == "error"
    assert "not valid JSON" in asked[-1][1][1] and "\n" not in asked[-1][1][1]
    assert "nothing was changed" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled() and dialog.apply() is False
    assert not store.imports_dir.exists()


def test_cancel_stops_a_hanging_download(qtbot, window, dialogs, store, actions, server):
    dialog = open_update(qtbot, actions, server, "genai-prices", "/hang.json")
    dialog.timeout = 30
    dialog.check_button.click()
    assert dialog.stop_button.isVisible()
    dialog.stop_button.click()
    finish(qtbot, dialog)
    assert "cancelled" in dialog.summary.text()
    assert not store.imports_dir.exists()


def test_window_stays_responsive_while_downloading(qtbot, window, dialogs, actions, server):
    """The download runs in a worker thread: the event loop keeps running meanwhile."""
    dialog = open_update(qtbot, actions, server, "genai-prices", "/hang.json")
    dialog.check_button.click()
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    timer.stop()
    assert dialog.busy
    dialog.stop()
    finish(qtbot, dialog)
