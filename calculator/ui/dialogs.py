"""Every modal question the app asks, in one place (tests replace these functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .i18n import translate

SCENARIO_FILTER = "LLM cost scenario (*.json);;All files (*)"


class Dialogs:
    """Static entry points for modal dialogs; monkeypatch them in tests."""

    @staticmethod
    def ask_save_changes(parent: QWidget, name: str) -> str:
        """"save", "discard" or "cancel"."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Dialogs", "Unsaved changes"))
        box.setText(translate("Dialogs", "Save the changes to “{name}”?").format(name=name))
        box.setInformativeText(translate("Dialogs", "Your changes are lost if you don't save."))
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel")

    @staticmethod
    def open_file(parent: QWidget, folder: str, title: str = "",
                  filters: str = SCENARIO_FILTER) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent, title or translate("Dialogs", "Open scenario"), folder, filters)
        return path

    @staticmethod
    def save_file(parent: QWidget, suggested: str, title: str = "",
                  filters: str = SCENARIO_FILTER) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, title or translate("Dialogs", "Save scenario"), suggested, filters)
        return path

    @staticmethod
    def save_chart(parent: QWidget, suggested: str) -> tuple[str, str]:
        """A file name for one chart and its kind: ``png``, ``png2x`` or ``svg``
        (("", "") when cancelled)."""
        kinds = {translate("Dialogs", "PNG image (*.png)"): "png",
                 translate("Dialogs", "PNG image, double resolution (*.png)"): "png2x",
                 translate("Dialogs", "SVG drawing (*.svg)"): "svg"}
        path, chosen = QFileDialog.getSaveFileName(
            parent, translate("Dialogs", "Export this chart"), suggested, ";;".join(kinds))
        return (path, kinds.get(chosen, "png")) if path else ("", "")

    @staticmethod
    def choose_folder(parent: QWidget, folder: str, title: str = "") -> str:
        return QFileDialog.getExistingDirectory(
            parent, title or translate("Dialogs", "Export into folder"), folder)

    @staticmethod
    def error(parent: QWidget, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    @staticmethod
    def ask_recover(parent: QWidget, name: str, when: str) -> bool:
        answer = QMessageBox.question(
            parent, translate("Dialogs", "Recover unsaved work?"),
            translate("Dialogs", "The app did not close normally. Recover the unsaved "
                                 "scenario “{name}” from {when}?").format(name=name, when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def confirm(parent: QWidget, title: str, message: str) -> bool:
        answer = QMessageBox.question(parent, title, message,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
