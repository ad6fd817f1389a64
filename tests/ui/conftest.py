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


@pytest.fixture
def app(qapp):
    from calculator.ui.app import configure

    configure(qapp)
    return qapp


@pytest.fixture
def window(app, qtbot):
    from calculator.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


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
