"""Scenario files for the window: new, open, save, save as, recent files, autosave.

Saves are atomic, a file that cannot be read leaves the current work and the file
untouched, and unsaved work survives a crash in the autosave file, which is
offered back at the next start.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..engine import EngineError
from ..engine.scenario import Scenario
from ..formats.scenario_file import (
    PROBLEMS,
    ScenarioError,
    document_from_dict,
    read_document,
    read_scenario,
    scenario_to_dict,
    scenario_to_json,
)
from ..formats.scenario_prices import records_to_carry
from ..userfiles.atomic import atomic_write_text
from ..userfiles.folders import autosave_path
from .dialogs import Dialogs
from .i18n import translate
from .settings import settings
from .state import AppState

AUTOSAVE_FORMAT = "llm-cost-autosave"
MAX_RECENT = 8


class DocumentController(QObject):
    """Tracks the scenario's file, whether it has unsaved changes, and autosaves."""

    sig_changed = Signal()
    """The file path or the unsaved-changes flag changed (update the title)."""

    def __init__(self, state: AppState, parent_widget, path: Path | None = None,
                 saved: Scenario | None = None):
        super().__init__(parent_widget)
        self.state = state
        self.widget = parent_widget
        self.path: Path | None = path
        self.saved: Scenario = saved if saved is not None else state.scenario
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(1500)
        self._autosave.timeout.connect(self.autosave_now)
        state.sig_scenario_edited.connect(self._on_edited)

    # ------------------------------------------------------------------ state
    @property
    def dirty(self) -> bool:
        return self.state.scenario != self.saved

    def display_name(self) -> str:
        return self.state.scenario.name or (self.path.stem if self.path else "")

    def _on_edited(self, _scenario: Scenario) -> None:
        self._autosave.start()
        self.sig_changed.emit()

    def _load(self, scenario: Scenario, path: Path | None, saved: Scenario | None = None) -> None:
        self.path = path
        self.saved = saved if saved is not None else scenario
        self.state.replace_scenario(scenario)
        self.sig_changed.emit()

    # ------------------------------------------------------------------ commands
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.state.set_scenario_prices(None)
        self._load(Scenario(), None)
        self.discard_autosave()
        return True

    def open(self, path: str | Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            folder = str(self.path.parent) if self.path else str(Path.home())
            path = Dialogs.open_file(self.widget, folder)
            if not path:
                return False
        try:
            document = read_document(path)
        except EngineError as err:
            Dialogs.error(self.widget, translate("Documents", "Cannot open scenario"),
                          problem_text(err))
            return False
        self.state.set_scenario_prices(document.prices)
        self._load(document.scenario, Path(path))
        self.add_recent(Path(path))
        self.discard_autosave()
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        suggested = self.path or Path.home() / f"{_file_stem(self.state.scenario.name)}.json"
        path = Dialogs.save_file(self.widget, str(suggested))
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".json":
            target = target.with_suffix(target.suffix + ".json") if target.suffix else \
                target.with_suffix(".json")
        return self._write(target)

    def _write(self, path: Path) -> bool:
        try:
            atomic_write_text(path, scenario_to_json(self.state.scenario, self.carried()))
        except OSError as err:
            Dialogs.error(self.widget, translate("Documents", "Cannot save scenario"),
                          translate("Documents", "{path}: {reason}. The previous file is "
                                                 "unchanged.").format(
                              path=path, reason=err.strerror or err))
            return False
        self.path = path
        self.saved = self.state.scenario
        self.add_recent(path)
        self.discard_autosave()
        self.sig_changed.emit()
        return True

    def carried(self):
        """The price records the file carries: those of its models the shipped catalog
        lacks (imports, your prices, custom models), so it opens the same elsewhere."""
        scenario = self.state.scenario
        return records_to_carry(self.state.catalog, (*scenario.models, scenario.reference))

    def maybe_save(self) -> bool:
        """Ask before unsaved changes are lost; False means the user cancelled."""
        if not self.dirty:
            return True
        answer = Dialogs.ask_save_changes(self.widget, self.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def revert_to_saved(self) -> None:
        """Forget unsaved edits (the user chose Discard while closing)."""
        self.state.replace_scenario(self.saved)

    # ------------------------------------------------------------------ recent files
    def recent(self) -> list[Path]:
        values = settings().value("recent/files", []) or []
        if isinstance(values, str):
            values = [values]
        return [Path(v) for v in values if isinstance(v, str) and v]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        items = [p for p in self.recent() if p != path]
        items.insert(0, path)
        settings().setValue("recent/files", [str(p) for p in items[:MAX_RECENT]])

    def clear_recent(self) -> None:
        settings().setValue("recent/files", [])

    # ------------------------------------------------------------------ autosave
    def autosave_now(self) -> None:
        if not self.dirty:
            self.discard_autosave()
            return
        document = {"format": AUTOSAVE_FORMAT, "version": 1,
                    "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
                    "path": str(self.path) if self.path else None,
                    "scenario": scenario_to_dict(self.state.scenario, self.carried())}
        try:
            atomic_write_text(autosave_path(), json.dumps(document, ensure_ascii=False))
        except OSError:
            pass  # autosave is a safety net; never interrupt the user for it

    def discard_autosave(self) -> None:
        self._autosave.stop()
        try:
            autosave_path().unlink(missing_ok=True)
        except OSError:
            pass

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved scenario back. True if it was loaded."""
        path = autosave_path()
        if not path.exists():
            return False
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            if document.get("format") != AUTOSAVE_FORMAT:
                raise ScenarioError("not an autosave file")
            recovered = document_from_dict(document["scenario"], "autosave")
            scenario = recovered.scenario
            original = Path(document["path"]) if document.get("path") else None
        except (OSError, ValueError, KeyError, TypeError, EngineError):
            self.discard_autosave()
            return False
        name = scenario.name or translate("Documents", "Untitled scenario")
        if not Dialogs.ask_recover(self.widget, name, str(document.get("saved_at"))):
            self.discard_autosave()
            return False
        saved = None
        if original is not None:
            try:
                saved = read_scenario(original)
            except EngineError:
                original = None
        self.state.set_scenario_prices(recovered.prices)
        self._load(scenario, original, saved if saved is not None else Scenario(name=""))
        return True


def _file_stem(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_ " else "_" for c in name).strip()
    return cleaned or "scenario"


def problem_text(err: EngineError) -> str:
    """What is wrong with a scenario file: one sentence in the interface language, then
    the details (file, field, value) as the engine wrote them."""
    key = getattr(err, "key", "")
    if key not in PROBLEMS:
        return str(err)
    return translate("Scenarios", PROBLEMS[key]) + "\n\n" + str(err)
