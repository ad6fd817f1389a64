"""Where the window keeps geometry and the last session between runs (QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..engine.scenario import Scenario
from ..formats.scenario_file import ScenarioError, scenario_from_json, scenario_to_json

ORGANIZATION = "LLMCostCalculator"
APPLICATION = "LLM Cost Calculator"


@dataclass(frozen=True)
class Session:
    scenario: Scenario  # what was on screen
    path: Path | None  # its file, if it had one
    saved: Scenario | None  # the file's content, to know what is unsaved


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


def load_last_session() -> Session | None:
    """The last session's scenario and file, or None (first start, or unreadable)."""
    s = settings()
    scenario = _scenario(s.value("session/scenario", None), "last session")
    if scenario is None:
        return None
    path = s.value("session/path", "")
    saved = _scenario(s.value("session/saved", None), "last saved")
    return Session(scenario, Path(path) if isinstance(path, str) and path else None, saved)


def save_session(scenario: Scenario, path: Path | None, saved: Scenario,
                 geometry: QByteArray, state: QByteArray,
                 splitters: dict[str, QByteArray]) -> None:
    s = settings()
    s.setValue("session/scenario", scenario_to_json(scenario))
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
