"""The scenario's name and notes (they title the window, the exports and the report)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit

from ...engine.text import clean_text
from ..i18n import translate
from ..state import AppState
from .undo_keys import leave_undo_to_the_window


class ScenarioPanel(QGroupBox):
    """Edits the scenario's name and notes in ``state`` and shows them from it."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(54)
        self.notes.setTabChangesFocus(True)
        self.name_label, self.notes_label = QLabel(self), QLabel(self)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.name_label, self.name)
        form.addRow(self.notes_label, self.notes)
        leave_undo_to_the_window(self.name, self.notes)
        self.name.textEdited.connect(self._on_name)
        self.notes.textChanged.connect(self._on_notes)
        state.sig_fields_changed.connect(self._on_fields)
        self.show_scenario()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(translate("ScenarioPanel", "Scenario"))
        self.name_label.setText(translate("ScenarioPanel", "Name"))
        self.notes_label.setText(translate("ScenarioPanel", "Notes"))
        self.name.setPlaceholderText(translate("ScenarioPanel", "Untitled scenario"))
        self.notes.setPlaceholderText(translate("ScenarioPanel", "Assumptions worth writing "
                                                                 "down (shown in reports)"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Control characters and lone surrogates (pasted) never reach the scenario.
    def _on_name(self, text: str) -> None:
        self.state.set_name(clean_text(text))

    def _on_notes(self) -> None:
        self.state.set_notes(clean_text(self.notes.toPlainText(), keep_lines=True))

    def _on_fields(self, changed: frozenset[str]) -> None:
        if "name" in changed or "notes" in changed:
            self.show_scenario()

    def show_scenario(self) -> None:
        """Show the state's name and notes (without sending them back)."""
        scenario = self.state.scenario
        if self.name.text() != scenario.name:
            with QSignalBlocker(self.name):
                self.name.setText(scenario.name)
        if self.notes.toPlainText() != scenario.notes:
            with QSignalBlocker(self.notes):
                self.notes.setPlainText(scenario.notes)
