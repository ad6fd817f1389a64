"""Where the window keeps geometry and the last scenario between runs (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ..engine.scenario import Scenario
from ..engine.scenario_file import ScenarioError, scenario_from_json, scenario_to_json

ORGANIZATION = "LLMCostCalculator"
APPLICATION = "LLM Cost Calculator"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)


def load_last_scenario() -> Scenario | None:
    """The scenario of the last session, or None (first start, or unreadable)."""
    text = settings().value("session/scenario", None)
    if not isinstance(text, str) or not text:
        return None
    try:
        return scenario_from_json(text, "last session")
    except ScenarioError:
        return None


def save_session(scenario: Scenario, geometry: QByteArray, state: QByteArray,
                 splitters: dict[str, QByteArray]) -> None:
    s = settings()
    s.setValue("session/scenario", scenario_to_json(scenario))
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)
    for name, value in splitters.items():
        s.setValue(f"window/splitter_{name}", value)
    s.sync()


def window_value(name: str) -> QByteArray | None:
    value = settings().value(f"window/{name}", None)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
