"""UI test fixtures: isolated settings, the configured app, a main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """QSettings and the user data folder point at a temporary folder for each test."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setenv("LLMCOST_DATA_DIR", str(tmp_path / "data"))
    yield tmp_path


class UnexpectedDialog(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """Modal dialogs would block the test run: each test states the answers it expects.

    Closing a window with unsaved changes answers "discard" unless a test says otherwise;
    any other dialog fails the test with the text it would have shown.
    """
    from calculator.ui.dialogs import Dialogs

    answers: dict[str, object] = {"ask_save_changes": "discard"}
    asked: list[tuple[str, tuple]] = []

    def fake(name):
        def answer(*args, **kwargs):
            asked.append((name, args[1:]))
            if name not in answers:
                raise UnexpectedDialog(f"unexpected dialog {name}: {args[1:]}")
            value = answers[name]
            return value(*args) if callable(value) else value
        return staticmethod(answer)

    # every modal entry point of Dialogs, so a new one never blocks a test run
    names = [n for n, v in vars(Dialogs).items() if isinstance(v, staticmethod)]
    for name in names:
        monkeypatch.setattr(Dialogs, name, fake(name))
    yield answers, asked


@pytest.fixture
def dialogs(no_modal_dialogs):
    """(answers, asked): set ``answers[name]`` to script a dialog; ``asked`` records calls."""
    return no_modal_dialogs


@pytest.fixture
def app(qapp):
    from calculator.ui.app import configure

    configure(qapp)
    return qapp


@pytest.fixture
def window(app, qtbot, request):
    """The main window of a first start (the "Today" preset); a test marked
    ``price_war`` gets it on the May 2024 price-war preset, as a fresh unmodified
    document (the numbers of those tests are the May 2024 ones);
    ``price_war(until_today=True)``: the preset's models from its baseline to today at
    the dated rate of today (what a test of today's prices of those models needs)."""
    from dataclasses import replace

    from calculator.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    marker = request.node.get_closest_marker("price_war")
    if marker is not None:
        from calculator.engine.presets import preset, preset_scenario

        today = win.state.today()
        scenario = preset_scenario(preset("price_war_2024"), win.state.scenario, today)
        if marker.kwargs.get("until_today"):
            scenario = replace(scenario, current_date=today, fx_cny_per_usd=None)
        win.state.replace_scenario(scenario)
        win.documents.saved = scenario
        win.state.recompute_now()
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def store(tmp_path):
    """The user's catalog folder (imports, own prices, discounts) for one test."""
    from calculator.userfiles.store import CatalogStore

    return CatalogStore(tmp_path / "catalog")


@pytest.fixture
def actions(window, store):
    """The main window's catalog actions (import, prices and sources) on ``store``."""
    from calculator.ui.catalog.actions import CatalogActions

    return CatalogActions(window, store)


def cell(window, model_id: str, column: str) -> str:
    """What the table shows for ``model_id`` in ``column`` (by key, e.g. current_cost)."""
    from calculator.ui.models.comparison_model import COL, MODEL_ID_ROLE

    proxy = window.results.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(MODEL_ID_ROLE) == model_id:
            return proxy.index(row, COL[column]).data()
    raise KeyError(model_id)


def row_ids(window) -> list[str]:
    from calculator.ui.models.comparison_model import MODEL_ID_ROLE

    proxy = window.results.proxy
    return [proxy.index(r, 0).data(MODEL_ID_ROLE) for r in range(proxy.rowCount())]
