"""The scenario's name and notes (they title the window, the exports and the report)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit

from ...engine.scenario import Scenario
from ...engine.text import clean_text
from ..i18n import translate


class ScenarioPanel(QGroupBox):
    sig_changed = Signal(dict)
    """Changed scenario fields: ``name`` and/or ``notes``."""

    def __init__(self, parent=None):
        super().__init__(parent)
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
        self._loading = False
        # Control characters and lone surrogates (pasted) never reach the scenario.
        self.name.textEdited.connect(lambda text: self._emit(name=clean_text(text)))
        self.notes.textChanged.connect(lambda: self._emit(
            notes=clean_text(self.notes.toPlainText(), keep_lines=True)))
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

    def set_scenario(self, scenario: Scenario) -> None:
        self._loading = True
        try:
            if self.name.text() != scenario.name:
                self.name.setText(scenario.name)
            if self.notes.toPlainText() != scenario.notes:
                self.notes.setPlainText(scenario.notes)
        finally:
            self._loading = False

    def _emit(self, **changes: object) -> None:
        if not self._loading:
            self.sig_changed.emit(changes)
