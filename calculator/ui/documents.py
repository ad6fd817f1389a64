"""Scenario files for the window: new, open, save, save as, recent files, autosave.

Saves are atomic, a file that cannot be read leaves the current work and the file
untouched, and unsaved work survives a crash in the autosave file, which is
offered back at the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..engine import EngineError
from ..engine.presets import first_scenario
from ..engine.scenario import Scenario
from ..formats.scenario_file import (
    PROBLEMS,
    document_from_dict,
    read_document,
    read_scenario,
    scenario_to_dict,
    scenario_to_json,
)
from ..formats.scenario_prices import records_to_carry
from ..userfiles.atomic import atomic_write_text
from ..userfiles.autosave import AutosaveSlot
from .dialogs import Dialogs
from .i18n import translate
from .settings import settings
from .state import AppState

MAX_RECENT = 8
log = logging.getLogger(__name__)


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
        self.autosave_slot = AutosaveSlot()
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
        self._load(first_scenario(self.state.today()), None)  # the "Today" preset
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
        except (OSError, ValueError) as err:  # ValueError: text that cannot be encoded
            Dialogs.error(self.widget, translate("Documents", "Cannot save scenario"),
                          translate("Documents", "{path}: {reason}. The previous file is "
                                                 "unchanged.").format(
                              path=path, reason=getattr(err, "strerror", None) or err))
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
        return records_to_carry(self.state.catalog, (*scenario.models, scenario.reference,
                                                     *scenario.plans.member_ids()))

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
        try:
            self.autosave_slot.write(scenario_to_dict(self.state.scenario, self.carried()),
                                     str(self.path) if self.path else None)
        except Exception:  # noqa: BLE001 - autosave is a safety net; never interrupt the user
            log.warning("autosave failed", exc_info=True)

    def discard_autosave(self) -> None:
        self._autosave.stop()
        self.autosave_slot.discard()

    def close_autosave(self) -> None:
        """The window closes normally: its autosave and lock go."""
        self._autosave.stop()
        self.autosave_slot.close()

    def offer_recovery(self) -> bool:
        """After a crash: offer back the unsaved work of windows that are gone (never of
        one still open), newest first. True if one was loaded into this window."""
        seen: set[Path] = set()
        while True:
            try:
                orphan = self.autosave_slot.next_orphan(seen)
            except OSError:
                return False
            if orphan is None:
                return False
            seen.add(orphan.path)
            try:
                recovered = document_from_dict(orphan.scenario, "autosave")
                scenario = recovered.scenario
            except EngineError:
                orphan.discard()
                continue
            name = scenario.name or translate("Documents", "Untitled scenario")
            if not Dialogs.ask_recover(self.widget, name, orphan.saved_at):
                orphan.discard()
                continue
            original = Path(orphan.original) if orphan.original else None
            saved = None
            if original is not None:
                try:
                    saved = read_scenario(original)
                except EngineError:
                    original = None
            self.state.set_scenario_prices(recovered.prices)
            self._load(scenario, original, saved if saved is not None else Scenario(name=""))
            self.autosave_now()  # the work is safe in this window's file before the old goes
            orphan.discard()
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
