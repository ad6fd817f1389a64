"""Where the window keeps geometry and the last session between runs (QSettings)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QByteArray, QSettings

from ..engine.scenario import Scenario
from ..formats.scenario_file import (
    ScenarioDocument,
    ScenarioError,
    document_from_json,
    scenario_from_json,
    scenario_to_json,
)

ORGANIZATION = "LLMCostCalculator"
APPLICATION = "LLM Cost Calculator"


@dataclass(frozen=True)
class Session:
    scenario: Scenario  # what was on screen
    path: Path | None  # its file, if it had one
    saved: Scenario | None  # the file's content, to know what is unsaved
    prices: pd.DataFrame = field(default_factory=pd.DataFrame)  # records it carried


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)


def _scenario(value: object, name: str) -> Scenario | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return scenario_from_json(value, name)
    except ScenarioError:
        return None


def _document(value: object, name: str) -> ScenarioDocument | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return document_from_json(value, name)
    except ScenarioError:
        return None


def load_last_session() -> Session | None:
    """The last session's scenario and file, or None (first start, or unreadable)."""
    s = settings()
    document = _document(s.value("session/scenario", None), "last session")
    if document is None:
        return None
    path = s.value("session/path", "")
    saved = _scenario(s.value("session/saved", None), "last saved")
    return Session(document.scenario, Path(path) if isinstance(path, str) and path else None,
                   saved, document.prices)


def save_session(scenario: Scenario, path: Path | None, saved: Scenario,
                 geometry: QByteArray, state: QByteArray,
                 splitters: dict[str, QByteArray], prices: pd.DataFrame | None = None) -> None:
    s = settings()
    s.setValue("session/scenario", scenario_to_json(scenario, prices))
    s.setValue("session/path", str(path) if path else "")
    s.setValue("session/saved", scenario_to_json(saved))
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)
    for name, value in splitters.items():
        s.setValue(f"window/splitter_{name}", value)
    s.sync()


def window_value(name: str) -> QByteArray | None:
    value = settings().value(f"window/{name}", None)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
