"""File > Update prices…: download a price source's current list off the UI thread, show
what would be added, changed and retired, and store it as one dated import.

The download and the checks run in a worker thread (:class:`FetchWorker` on a
:class:`QThread`) with a progress bar and a Cancel button; the window stays
responsive. A failure (unreachable, HTTP error, no answer in time, too large, not
the source's format) shows one line in a message box and changes nothing. "Apply"
stores the previewed records through :func:`price_update.apply`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine import CatalogError
from ...formats.price_sources import SOURCES, PriceSource
from ...runtime.download import TIMEOUT, Cancel, DownloadError
from ...userfiles import price_update
from ...userfiles.store import CatalogStore
from ..dialogs import Dialogs
from ..i18n import translate
from ..styles import styled
from .import_dialog import fill_preview_tree, summary_text


class FetchWorker(QObject):
    """Downloads and checks one source in a worker thread; never touches widgets."""

    sig_progress = Signal(int, int)
    """Bytes received, bytes expected (0 when the server does not say)."""
    sig_done = Signal(object)
    """A :class:`price_update.PendingImport`."""
    sig_failed = Signal(str, str)
    """One-line message, and the kind (``cancelled`` when the user stopped it)."""

    def __init__(self, store: CatalogStore, key: str, include_resellers: bool,
                 url: str | None = None, timeout: float = TIMEOUT, ssl_context=None):
        super().__init__()
        self.store, self.key, self.url = store, key, url
        self.include_resellers, self.timeout, self.ssl_context = (
            include_resellers, timeout, ssl_context)
        self.cancel = Cancel()

    @Slot()
    def run(self) -> None:
        try:
            loaded = self.store.load()
            options = price_update.options_for(self.store, None, self.include_resellers,
                                               catalog=loaded.catalog)
            result = price_update.fetch(self.key, options, self.url, timeout=self.timeout,
                                        cancel=self.cancel, progress=self._progress,
                                        ssl_context=self.ssl_context)
            self.cancel.check()
            pending = price_update.prepare(self.store, result, loaded.catalog)
            self.cancel.check()
        except DownloadError as err:
            self.sig_failed.emit(str(err), err.key)
        except (CatalogError, RecursionError, OSError) as err:
            self.sig_failed.emit(" ".join(str(err).split()), "invalid")
        else:
            self.sig_done.emit(pending)

    def _progress(self, received: int, expected: int | None) -> None:
        self.sig_progress.emit(min(received, 2**31 - 1), min(expected or 0, 2**31 - 1))


class UpdateDialog(QDialog):
    sig_imported = Signal(object)
    """The stored import file (a Path) after "Apply"."""

    def __init__(self, store: CatalogStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("UpdateDialog")
        self.store = store
        self.pending: price_update.PendingImport | None = None
        self.error_message = ""
        self.stored_path: Path | None = None
        self.thread: QThread | None = None
        self.worker: FetchWorker | None = None
        # Tests point the dialog at a local server ({source key: address}) with a timeout.
        self.urls: dict[str, str] = {}
        self.timeout = TIMEOUT
        self.ssl_context = None

        self.source_label = QLabel(self)
        self.source_combo = QComboBox(self)
        for entry in SOURCES:
            self.source_combo.addItem(entry.title, entry.key)
        self.source_info = QLabel(self)
        self.source_info.setObjectName("amountHint")
        self.source_info.setWordWrap(True)
        self.source_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        styled(self.source_info)
        self.resellers = QCheckBox(self)
        self.check_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.stop_button = QPushButton(self)
        self.stop_button.hide()
        grid = QGridLayout()
        grid.addWidget(self.source_label, 0, 0)
        grid.addWidget(self.source_combo, 0, 1)
        grid.addWidget(self.check_button, 0, 2)
        grid.addWidget(self.source_info, 1, 1, 1, 2)
        grid.addWidget(self.resellers, 2, 1, 1, 2)
        grid.addWidget(self.progress, 3, 1)
        grid.addWidget(self.stop_button, 3, 2)
        grid.setColumnStretch(1, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 300)
        self.tree.header().setStretchLastSection(True)
        self.footer = QLabel(self)
        self.footer.setObjectName("amountHint")
        styled(self.footer)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_button.setEnabled(False)
        bottom = QGridLayout()
        bottom.addWidget(self.footer, 0, 0)
        bottom.addWidget(self.buttons, 0, 1)
        bottom.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.resellers.toggled.connect(self._forget)
        self.check_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self.resize(820, 580)

    # ------------------------------------------------------------------ texts
    @property
    def source(self) -> PriceSource:
        return SOURCES[max(self.source_combo.currentIndex(), 0)]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("UpdateDialog", "Update prices"))
        self.source_label.setText(translate("UpdateDialog", "Source"))
        self.resellers.setText(translate("UpdateDialog", "Also import resellers and hosting "
                                                         "platforms (OpenRouter, Azure, Bedrock…)"))
        self.check_button.setText(translate("UpdateDialog", "Check for new prices"))
        self.stop_button.setText(translate("UpdateDialog", "Cancel download"))
        self.apply_button.setText(translate("UpdateDialog", "Apply"))
        self.tree.setHeaderLabels([translate("UpdateDialog", "Model"),
                                   translate("UpdateDialog", "What changes")])
        self.footer.setText(translate("UpdateDialog", "Nothing changes until you click Apply. "
                                                      "Imported prices are third-party: marked "
                                                      "uncertain, dated by the source."))
        self._source_changed()
        if self.pending is not None:
            self.show_preview(self.pending)
        elif not self.error_message and not self.busy:
            self.summary.setText(translate("UpdateDialog", "Choose a source and check it for new "
                                                           "prices."))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _source_changed(self) -> None:
        entry = self.source
        self.source_info.setText(translate("UpdateDialog", "{url} · licence {licence}").format(
            url=self._url(entry.key), licence=entry.licence))
        self._forget()

    def _url(self, key: str) -> str:
        return self.urls.get(key) or next(s.url for s in SOURCES if s.key == key)

    def _forget(self) -> None:
        if self.busy:
            return
        self.pending, self.error_message = None, ""
        self.apply_button.setEnabled(False)
        self.tree.clear()

    # ------------------------------------------------------------------ download
    @property
    def busy(self) -> bool:
        return self.thread is not None

    def start(self) -> None:
        """Download and check the chosen source in a worker thread."""
        if self.busy:
            return
        self._forget()
        key = self.source.key
        worker = FetchWorker(self.store, key, self.resellers.isChecked(),
                             self.urls.get(key), self.timeout, self.ssl_context)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.sig_progress.connect(self._progress)
        worker.sig_done.connect(self._done)
        worker.sig_failed.connect(self._failed)
        worker.sig_done.connect(thread.quit)
        worker.sig_failed.connect(thread.quit)
        thread.finished.connect(self._finished)
        self.thread, self.worker = thread, worker
        self._set_busy(True)
        self.summary.setText(translate("UpdateDialog", "Downloading {source}…").format(
            source=self.source.title))
        thread.start()

    def stop(self) -> None:
        """Cancel the download; nothing changes."""
        if self.worker is not None:
            self.worker.cancel.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.progress.setRange(0, 0)
        for widget in (self.check_button, self.source_combo, self.resellers):
            widget.setEnabled(not busy)

    @Slot(int, int)
    def _progress(self, received: int, expected: int) -> None:
        if expected > 0:
            self.progress.setRange(0, expected)
            self.progress.setValue(min(received, expected))

    @Slot(object)
    def _done(self, pending: price_update.PendingImport) -> None:
        self.show_preview(pending)

    @Slot(str, str)
    def _failed(self, message: str, kind: str) -> None:
        self.pending, self.error_message = None, message
        self.apply_button.setEnabled(False)
        if kind == "cancelled":
            self.summary.setText(translate("UpdateDialog", "Download cancelled; nothing was "
                                                           "changed."))
            return
        self.summary.setText(translate("UpdateDialog", "The update failed; nothing was "
                                                       "changed."))
        Dialogs.error(self, translate("UpdateDialog", "Update failed"), message)

    @Slot()
    def _finished(self) -> None:
        if self.thread is not None:
            self.thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        self.thread = self.worker = None
        self._set_busy(False)

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the worker thread ends (for closing and tests)."""
        thread = self.thread
        return True if thread is None else thread.wait(msecs)

    # ------------------------------------------------------------------ preview and apply
    def show_preview(self, pending: price_update.PendingImport) -> None:
        self.pending, self.error_message = pending, ""
        preview, result = pending.preview, pending.result
        empty = preview.new_records.empty
        text = translate("UpdateDialog", "{label}, prices checked {date} by the source.").format(
            label=result.label, date=f"{result.checked:%Y-%m-%d}" if result.checked else "?")
        text += "\n" + summary_text(preview)
        if empty:
            text += "\n" + translate("UpdateDialog", "Nothing new: every price is already in "
                                                     "your catalog.")
        self.summary.setText(text)
        self.apply_button.setEnabled(not empty)
        fill_preview_tree(self.tree, preview)

    def apply(self) -> bool:
        """Store the previewed records as one import; False when nothing was written."""
        pending = self.pending
        if pending is None or self.busy or pending.preview.new_records.empty:
            return False
        try:
            stored = price_update.apply(self.store, pending)
        except (OSError, CatalogError) as err:
            Dialogs.error(self, translate("UpdateDialog", "Update failed"), translate(
                "UpdateDialog", "Nothing was imported: {reason}").format(
                reason=getattr(err, "strerror", None) or str(err)))
            return False
        if stored is None:
            return False
        self.stored_path = stored
        self.sig_imported.emit(stored)
        self.accept()
        return True

    def done(self, result: int) -> None:
        self.stop()
        self.wait(int(self.timeout * 1000) + 5000)
        super().done(result)
