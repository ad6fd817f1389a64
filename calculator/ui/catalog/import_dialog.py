"""File > Import prices…: bring in LiteLLM's price map or a catalog CSV, after a preview.

The dialog reads the file (a LiteLLM ``.json`` map or a catalog ``.csv``) and shows
what importing it would change (models added, updated with their changes,
unchanged, skipped with reasons, vendor-name changes) before anything is written.
A bad file shows its problems here; nothing is imported. "Import" stores the new
records as one import file through :meth:`CatalogStore.import_records`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import CatalogError
from ...engine.records import BAND, LIFECYCLE, VARIANT, with_defaults
from ...formats.catalog_reader import TIER_COLUMN
from ...formats.import_preview import ImportPreview, group_skips
from ...formats.litellm_import import SKIP_REASONS
from ...userfiles import price_update
from ...userfiles.store import CatalogStore
from ..dialogs import Dialogs
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..styles import styled
from ..widgets.date_edit import DateEdit
from .price_text import price_text

FILTERS = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Price lists (*.json *.csv);;LiteLLM, genai-prices or llm-prices-cn (*.json);;"
    "Catalog CSV (*.csv);;All files (*)")
#: Skip kinds of the LiteLLM import (engine words), for translation.
KIND_TEXT = {
    "not chat models": QT_TRANSLATE_NOOP("ImportDialog", "not chat models"),
    "without a price": QT_TRANSLATE_NOOP("ImportDialog", "without a price"),
    "with invalid values": QT_TRANSLATE_NOOP("ImportDialog", "with invalid values"),
    "without a provider": QT_TRANSLATE_NOOP("ImportDialog", "without a provider"),
    "with unusable keys": QT_TRANSLATE_NOOP("ImportDialog", "with unusable keys"),
    "with unsupported tiers": QT_TRANSLATE_NOOP("ImportDialog", "with unsupported tiers"),
    "from resellers": QT_TRANSLATE_NOOP("ImportDialog", "from resellers"),
    "with fees the app does not price": QT_TRANSLATE_NOOP(
        "ImportDialog", "with fees the app does not price"),
    "with unsupported time-of-day prices": QT_TRANSLATE_NOOP(
        "ImportDialog", "with unsupported time-of-day prices"),
}
#: Groups longer than this start collapsed.
EXPAND_LIMIT = 50


def reason_text(reason: str) -> str:
    """A skip reason in the interface language where it is one of the common ones."""
    key = getattr(reason, "key", "")
    if key in SKIP_REASONS:
        return translate("LiteLLM", SKIP_REASONS[key]).format(**reason.values)
    return reason


def kind_text(kind: str) -> str:
    return translate("ImportDialog", KIND_TEXT[kind]) if kind in KIND_TEXT else kind


def summary_text(preview: ImportPreview) -> str:
    """``13 models added, 0 updated, 0 unchanged, 4 skipped (3 not chat models, ...)``."""
    added = len(preview.added)
    head = (translate("ImportDialog", "1 model added") if added == 1
            else translate("ImportDialog", "{n} models added").format(n=added))
    text = translate("ImportDialog", "{added}, {updated} updated, {unchanged} unchanged, "
                                     "{skipped} skipped").format(
        added=head, updated=len(preview.updated), unchanged=len(preview.unchanged),
        skipped=len(preview.skipped))
    kinds = preview.skipped_by_kind
    if kinds:
        text += " (" + ", ".join(f"{n} {kind_text(kind)}" for kind, n in kinds.items()) + ")"
    if preview.retired:
        text += translate("ImportDialog", ", {n} retired").format(n=len(preview.retired))
    return text


class ImportDialog(QDialog):
    sig_imported = Signal(object)
    """The stored import file (a Path) after a successful import."""

    def __init__(self, store: CatalogStore, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.store, self.language = store, language
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.pending: price_update.PendingImport | None = None
        self.error_message = ""
        self.stored_path: Path | None = None
        self.file_label, self.date_label = QLabel(self), QLabel(self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.browse_button = QPushButton(self)
        self.effective = DateEdit(self)  # a whole date typed over it is read as typed
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.effective.setDate(QDate.currentDate())
        self.date_hint = QLabel(self)
        self.date_hint.setObjectName("amountHint")
        styled(self.date_hint)
        self.resellers = QCheckBox(self)
        grid = QGridLayout()
        grid.addWidget(self.file_label, 0, 0)
        grid.addWidget(self.file_edit, 0, 1, 1, 2)
        grid.addWidget(self.browse_button, 0, 3)
        grid.addWidget(self.date_label, 1, 0)
        grid.addWidget(self.effective, 1, 1)
        grid.addWidget(self.date_hint, 1, 2, 1, 2)
        grid.addWidget(self.resellers, 2, 1, 1, 3)
        grid.setColumnStretch(2, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.error = self._notice(error=True)
        self.warning = self._notice(error=False)
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
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)
        bottom = QGridLayout()
        bottom.addWidget(self.footer, 0, 0)
        bottom.addWidget(self.buttons, 0, 1)
        bottom.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self._reparse = QTimer(self)
        self._reparse.setSingleShot(True)
        self._reparse.setInterval(400)
        self._reparse.timeout.connect(self.parse)
        self.browse_button.clicked.connect(self.choose_file)
        self.source_date = True  # the price list's own date until the user picks one
        self.effective.dateChanged.connect(self._date_picked)
        self.resellers.toggled.connect(self._reparse.start)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self.resize(820, 580)

    def _date_picked(self) -> None:
        self.source_date = False
        self._reparse.start()

    def _notice(self, error: bool) -> QLabel:
        label = QLabel(self)
        label.setObjectName("notice")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        styled(label, error=error)
        label.hide()
        return label

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ImportDialog", "Import prices"))
        self.file_label.setText(translate("ImportDialog", "File"))
        self.file_edit.setPlaceholderText(translate(
            "ImportDialog", "A LiteLLM map, genai-prices data.json, llm-prices-cn prices.json "
                            "or a catalog CSV"))
        self.browse_button.setText(translate("ImportDialog", "Choose file…"))
        self.date_label.setText(translate("ImportDialog", "Prices apply from"))
        self.resellers.setText(translate("ImportDialog", "Also import resellers and hosting "
                                                         "platforms (OpenRouter, Azure, Bedrock…)"))
        self.tree.setHeaderLabels([translate("ImportDialog", "Model"),
                                   translate("ImportDialog", "What changes")])
        self.import_button.setText(translate("ImportDialog", "Import"))
        self.footer.setText(translate("ImportDialog", "Nothing changes until you click Import."))
        self._update_date_hint()
        if self.preview is not None:
            self.show_preview(self.preview)
        elif not self.error_message:
            self.summary.setText(translate("ImportDialog", "Choose a price list to see what "
                                                           "importing it would change."))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_date_hint(self) -> None:
        if self.is_csv:
            self.date_hint.setText(
                translate("ImportDialog", "A catalog CSV carries its own dates."))
        else:
            self.date_hint.setText(translate("ImportDialog", "Where the price list gives no date; "
                                                             "untouched: the list's own date."))

    @property
    def is_csv(self) -> bool:
        return self.path is not None and self.path.suffix.lower() == ".csv"

    # ------------------------------------------------------------------ reading
    def choose_file(self) -> None:
        folder = str(self.path.parent) if self.path else str(Path.home())
        chosen = Dialogs.open_file(self, folder, translate("ImportDialog", "Import prices"),
                                   translate("ImportDialog", FILTERS))
        if chosen:
            self.load_file(chosen)

    def load_file(self, path: str | Path) -> None:
        """Read ``path`` and show what importing it would change (nothing is written)."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.effective.setEnabled(not self.is_csv)
        self._update_date_hint()
        self.parse()

    def set_effective_from(self, date: dt.date) -> None:
        self.effective.setDate(QDate(date.year, date.month, date.day))
        self.source_date = False
        self.parse()

    def effective_from(self) -> dt.date:
        date = self.effective.date()
        return dt.date(date.year(), date.month(), date.day())

    def parse(self) -> None:
        self._reparse.stop()
        if self.path is None:
            return
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            preview = self._read(self.path)
        except (ValueError, OSError, RecursionError) as err:  # CatalogError is a ValueError
            self.show_error(str(err))
        else:
            self.show_preview(preview)
        finally:
            QApplication.restoreOverrideCursor()

    def _read(self, path: Path) -> ImportPreview:
        loaded = self.store.load()
        options = price_update.options_for(
            self.store, None if self.is_csv or self.source_date else self.effective_from(),
            self.resellers.isChecked(), catalog=loaded.catalog)
        result = price_update.read_file(path, options)
        self.pending = price_update.prepare(self.store, result, loaded.catalog, path.stem)
        return self.pending.preview

    # ------------------------------------------------------------------ showing
    def show_error(self, message: str) -> None:
        self.preview, self.pending, self.error_message = None, None, message
        self.summary.setText(translate("ImportDialog", "This file cannot be imported; nothing "
                                                       "was changed."))
        self.error.setText(message)
        self.error.show()
        self.warning.hide()
        self.tree.clear()
        self.import_button.setEnabled(False)

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview, self.error_message = preview, ""
        self.error.hide()
        empty = preview.new_records.empty
        text = summary_text(preview)
        if empty:
            text += "\n" + translate("ImportDialog", "Nothing to import: every price in this "
                                                     "file is already in your catalog.")
        self.summary.setText(text)
        self.import_button.setEnabled(not empty)
        changes = preview.vendor_changes
        if changes:
            shown = "; ".join(f"{m}: “{old}” → “{new}”" for m, old, new in changes[:5])
            more = len(changes) - 5
            self.warning.setText(translate(
                "ImportDialog", "The vendor name differs from your catalog for {n} model(s); "
                                "the imported name replaces it: {list}").format(
                n=len(changes), list=shown) + (f"; … (+{more})" if more > 0 else ""))
        self.warning.setVisible(bool(changes))
        self._fill_tree(preview)

    def _fill_tree(self, preview: ImportPreview) -> None:
        fill_preview_tree(self.tree, preview)

    # ------------------------------------------------------------------ importing
    def do_import(self) -> bool:
        """Store the previewed records as one import; False when nothing was written."""
        self.effective.interpretText()  # a date still being typed counts (first click)
        if self._reparse.isActive():
            self.parse()
        preview, pending = self.preview, self.pending
        if preview is None or pending is None or self.path is None or preview.new_records.empty:
            return False
        try:
            stored = price_update.apply(self.store, pending)
        except (OSError, CatalogError) as err:
            Dialogs.error(self, translate("ImportDialog", "Import failed"), translate(
                "ImportDialog", "Nothing was imported: {reason}").format(
                reason=getattr(err, "strerror", None) or str(err)))
            return False
        if stored is None:
            return False
        self.stored_path = stored
        self.sig_imported.emit(stored)
        self.accept()
        return True


def fill_preview_tree(tree: QTreeWidget, preview: ImportPreview) -> None:
    """The preview as groups: added, updated, retired, unchanged, skipped (by kind)."""
    tree.setUpdatesEnabled(False)
    tree.clear()
    records = with_defaults(preview.new_records)
    standard = records[(records[VARIANT] == "") & (records[LIFECYCLE] == "")
                       & (records[BAND].isin(["", "peak"]))]
    base = (standard[standard[TIER_COLUMN] == 0].drop_duplicates("model_id")
            .set_index("model_id") if len(standard) else pd.DataFrame())
    tiers = (standard.groupby("model_id")[TIER_COLUMN].nunique() - 1 if len(standard)
             else pd.Series(dtype=int))

    def group(title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(tree, [f"{title} ({count:,})", ""])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        return item

    added = group(translate("ImportDialog", "Added"), len(preview.added))
    added.addChildren([QTreeWidgetItem([m, describe(m, base, tiers)]) for m in preview.added])
    updated = group(translate("ImportDialog", "Updated"), len(preview.updated))
    items = []
    for model_id in preview.updated:
        lines = preview.changes.get(model_id, [])
        item = QTreeWidgetItem([model_id, lines[0] if lines else ""])
        item.setToolTip(1, "\n".join(lines))
        item.addChildren([QTreeWidgetItem(["", line]) for line in lines[1:]])
        items.append(item)
    updated.addChildren(items)
    retired = None
    if preview.retired:
        retired = group(translate("ImportDialog", "Retired"), len(preview.retired))
        since = records[records[LIFECYCLE] == "retired"].groupby("model_id")[
            "effective_from"].min()
        retired.addChildren([QTreeWidgetItem([m, translate(
            "ImportDialog", "no longer sold from {date}").format(date=f"{since[m]:%Y-%m-%d}")
            if m in since.index else ""]) for m in preview.retired])
    unchanged = group(translate("ImportDialog", "Unchanged"), len(preview.unchanged))
    unchanged.addChildren([QTreeWidgetItem([m, ""]) for m in preview.unchanged])
    skipped = group(translate("ImportDialog", "Skipped"), len(preview.skipped))
    for kind, entries in group_skips(preview.skipped).items():
        kind_item = QTreeWidgetItem(skipped, [f"{kind_text(kind)} ({len(entries):,})", ""])
        kind_item.setFirstColumnSpanned(True)
        kind_item.addChildren([QTreeWidgetItem([key, reason_text(reason)])
                               for key, reason in entries])
        kind_item.setExpanded(len(entries) <= EXPAND_LIMIT)
    added.setExpanded(len(preview.added) <= EXPAND_LIMIT)
    updated.setExpanded(True)
    if retired is not None:
        retired.setExpanded(True)
    skipped.setExpanded(True)
    tree.setUpdatesEnabled(True)


def describe(model_id: str, base: pd.DataFrame, tiers: pd.Series) -> str:
    """``Vendor · per 1M tokens: input … · output …`` for an added model."""
    if model_id not in base.index:
        return ""
    rec = base.loc[model_id]
    currency = rec["currency"]
    text = translate("ImportDialog", "{vendor} · per 1M tokens: input {input} · output "
                                     "{output}").format(
        vendor=rec["vendor"], input=price_text(rec["input_per_mtok"], currency),
        output=price_text(rec["output_per_mtok"], currency))
    if pd.notna(rec["cached_input_per_mtok"]):
        text += " · " + translate("ImportDialog", "cached {price}").format(
            price=price_text(rec["cached_input_per_mtok"], currency))
    extra = int(tiers.get(model_id, 0))
    if extra:
        text += " · " + translate("ImportDialog", "+{n} context tier(s)").format(n=extra)
    return text
