"""Pick the models to compare: grouped by vendor, with search, tier filter and select-all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from ...engine import Catalog
from ...engine.brands import search_words
from ..i18n import translate
from ..roles import MODEL_ID_ROLE, SEARCH_ROLE, TIER_ROLE
from ..state import AppState


class _Filter(QSortFilterProxyModel):
    """Keeps models matching the search text and tier; vendors with a match stay.

    Matching runs in Qt (a regular expression on each model's search text, which ends
    with its tier marker), not in a Python ``filterAcceptsRow``: with thousands of
    imported models a keystroke stays within the window's latency budget.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.tier = None
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)

    def set_filter(self, text: str, tier: str | None) -> None:
        self.beginFilterChange()
        self.text, self.tier = text.casefold().strip(), tier
        terms = [*self.text.split(), *([tier_marker(tier)] if tier else [])]
        # every word somewhere (lookaheads); a vendor row has no search text and is shown
        # through its children (recursive filtering)
        pattern = "^" + "".join(f"(?=.*{QRegularExpression.escape(t)})" for t in terms) + ".*$"
        self.setFilterRegularExpression(QRegularExpression(
            pattern, QRegularExpression.PatternOption.DotMatchesEverythingOption))
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)


def tier_marker(tier: object) -> str:
    """Appended to a model's search text: finds its tier, never a typed word."""
    return f"\x1f{tier}\x1f"


class ModelPicker(QGroupBox):
    """Check boxes per model under vendor rows; a vendor's box selects its shown models.

    The ticks are the scenario's models in ``state``: a tick sets them there, and any
    change there (a file, undo, a model added elsewhere) ticks the boxes here.
    """

    sig_selection_changed = Signal(tuple)
    """The checked model ids, in catalog order (after the user ticked or cleared some)."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        catalog = state.catalog
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.tier = QComboBox(self)
        self.all_button = QPushButton(self)
        self.none_button = QPushButton(self)
        self.tree = QTreeView(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.source = QStandardItemModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.source)
        self.tree.setModel(self.proxy)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.tier)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.language = state.view.locale.names  # a picker built late names as the window does
        self.catalog = catalog
        self._updating = False
        self._model_items: dict[str, QStandardItem] = {}
        self.source.itemChanged.connect(self._on_item_changed)
        self.search.textChanged.connect(self._apply_filter)
        self.tier.currentIndexChanged.connect(self._apply_filter)
        self.all_button.clicked.connect(self.select_shown)
        self.none_button.clicked.connect(self.clear_shown)
        self.sig_selection_changed.connect(state.set_models)
        state.sig_fields_changed.connect(self._on_fields)
        state.sig_catalog_changed.connect(self._on_catalog)
        state.sig_view_changed.connect(self._on_view)
        self.set_catalog(catalog, state.scenario.models)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(translate("ModelPicker", "Models"))
        self.search.setPlaceholderText(translate("ModelPicker", "Search models, vendors, 中文名"))
        self.tier.setItemText(0, translate("ModelPicker", "All tiers"))
        for index in range(1, self.tier.count()):
            self.tier.setItemText(index, translate("Tiers", str(self.tier.itemData(index))))
        self.all_button.setText(translate("ModelPicker", "Select shown"))
        self.none_button.setText(translate("ModelPicker", "Clear shown"))
        self.all_button.setToolTip(
            translate("ModelPicker", "Check every model the search and tier filter show"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ public
    def set_catalog(self, catalog: Catalog, selected: tuple[str, ...] | None = None,
                    language: str | None = None) -> None:
        """Rebuild the tree from the catalog, keeping ``selected`` (default: current)."""
        self.catalog = catalog
        self.language = language or self.language
        chosen = set(self.selected() if selected is None else selected)
        self._updating = True
        self.source.clear()
        self._model_items = {}
        vendors: dict[str, QStandardItem] = {}
        arrays = catalog.model_arrays
        for model_id, vendor_key, model_name, vendor_cn, tier in zip(
                arrays["model_id"], arrays["vendor"], arrays["model_name"], arrays["vendor_cn"],
                arrays["tier"], strict=True):
            parent = vendors.get(vendor_key)
            if parent is None:
                parent = QStandardItem()
                parent.setCheckable(True)
                parent.setEditable(False)
                parent.setData(vendor_key, Qt.ItemDataRole.UserRole)
                vendors[vendor_key] = parent
                self.source.appendRow(parent)
            item = QStandardItem()
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(model_id, MODEL_ID_ROLE)
            item.setData(tier, TIER_ROLE)
            words = (model_id, model_name, vendor_key,
                     vendor_cn if isinstance(vendor_cn, str) else "", tier,
                     search_words(vendor_key, vendor_cn))  # Kimi, 豆包, 通义…
            item.setData(" ".join(str(v) for v in words).casefold() + tier_marker(tier),
                         SEARCH_ROLE)
            item.setCheckState(Qt.CheckState.Checked if model_id in chosen
                               else Qt.CheckState.Unchecked)
            parent.appendRow(item)
            self._model_items[model_id] = item
        self._label_items()
        for parent in vendors.values():
            self._sync_parent(parent)
        tiers = sorted({str(t) for t in catalog.models["tier"].dropna()})
        self.tier.blockSignals(True)
        current_tier = self.tier.currentData()
        self.tier.clear()
        self.tier.addItem(translate("ModelPicker", "All tiers"), None)
        for tier in tiers:
            self.tier.addItem(translate("Tiers", tier), tier)
        self.tier.setCurrentIndex(max(0, self.tier.findData(current_tier)))
        self.tier.blockSignals(False)
        self._updating = False
        self.tree.expandAll()

    def set_language(self, language: str) -> None:
        self.language = language
        self._label_items()

    def select_shown(self) -> None:
        self.check_shown(True)

    def clear_shown(self) -> None:
        self.check_shown(False)

    def _on_fields(self, changed: frozenset[str]) -> None:
        if "models" in changed and set(self.selected()) != set(self.state.scenario.models):
            self.set_selected(self.state.scenario.models)

    def _on_catalog(self, catalog: Catalog) -> None:
        self.set_catalog(catalog, self.state.scenario.models)

    def _on_view(self, view) -> None:
        if view.locale.names != self.language:
            self.set_language(view.locale.names)

    def selected(self) -> tuple[str, ...]:
        return tuple(mid for mid, item in self._model_items.items()
                     if item.checkState() == Qt.CheckState.Checked)

    def set_selected(self, model_ids: tuple[str, ...]) -> None:
        """Check exactly ``model_ids`` without emitting (loading a scenario)."""
        self._updating = True
        chosen = set(model_ids)
        for mid, item in self._model_items.items():
            item.setCheckState(Qt.CheckState.Checked if mid in chosen else Qt.CheckState.Unchecked)
        for row in range(self.source.rowCount()):
            self._sync_parent(self.source.item(row))
        self._updating = False

    def set_checked(self, model_id: str, checked: bool) -> None:
        """Tick one model as a user would."""
        self._model_items[model_id].setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_vendor_checked(self, vendor: str, checked: bool) -> None:
        """Tick a vendor's box: its shown models follow."""
        for row in range(self.source.rowCount()):
            parent = self.source.item(row)
            if parent.data(Qt.ItemDataRole.UserRole) == vendor:
                parent.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def shown_models(self) -> list[str]:
        shown = []
        for row in range(self.proxy.rowCount()):
            parent = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(parent)):
                shown.append(self.proxy.index(child, 0, parent).data(MODEL_ID_ROLE))
        return shown

    # ------------------------------------------------------------------ internals
    def _label_items(self) -> None:
        self._updating, was = True, self._updating
        arrays = self.catalog.model_arrays
        meta = {m: (n, t, cn) for m, n, t, cn in zip(
            arrays["model_id"], arrays["model_name"], arrays["tier"], arrays["vendor_cn"],
            strict=True)}
        for row in range(self.source.rowCount()):
            parent = self.source.item(row)
            vendor = parent.data(Qt.ItemDataRole.UserRole)
            first = parent.child(0).data(MODEL_ID_ROLE) if parent.rowCount() else None
            cn = (meta[first][2] if first else "") or ""
            cn = cn if isinstance(cn, str) else ""
            parent.setText(f"{cn} {vendor}" if self.language == "zh" and cn and cn != vendor
                           else f"{vendor} {cn}" if cn and cn != vendor else vendor)
            for child in range(parent.rowCount()):
                item = parent.child(child)
                model_id = item.data(MODEL_ID_ROLE)
                name, tier, _ = meta[model_id]
                item.setText(name if name.casefold() == model_id.casefold()
                             else f"{name}  ({model_id})")
                tier_name = translate("Tiers", str(tier))
                item.setToolTip(f"{model_id} · {tier_name}")
        self._updating = was

    def _apply_filter(self) -> None:
        # The view is detached while the proxy filters: with thousands of models, the view
        # following each removed row range cost up to 100 ms per keystroke; re-attached and
        # expanded it lays out once (about 10 ms).
        self.tree.setUpdatesEnabled(False)
        self.tree.setModel(None)
        self.proxy.set_filter(self.search.text(), self.tier.currentData())
        self.tree.setModel(self.proxy)
        self.tree.expandAll()
        self.tree.setUpdatesEnabled(True)

    def check_shown(self, checked: bool) -> None:
        """Check (or clear) every model the search and tier filter show."""
        shown = set(self.shown_models())
        self._updating = True
        for mid in shown:
            self._model_items[mid].setCheckState(
                Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for row in range(self.source.rowCount()):
            self._sync_parent(self.source.item(row))
        self._updating = False
        self.sig_selection_changed.emit(self.selected())

    def _on_item_changed(self, item: QStandardItem) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            if item.data(MODEL_ID_ROLE) is None:  # vendor box: apply to its shown models
                state = item.checkState()
                if state != Qt.CheckState.PartiallyChecked:
                    shown = set(self.shown_models())
                    for child in range(item.rowCount()):
                        model = item.child(child)
                        if model.data(MODEL_ID_ROLE) in shown:
                            model.setCheckState(state)
                self._sync_parent(item)
            else:
                self._sync_parent(item.parent())
        finally:
            self._updating = False
        self.sig_selection_changed.emit(self.selected())

    @staticmethod
    def _sync_parent(parent: QStandardItem | None) -> None:
        if parent is None or parent.rowCount() == 0:
            return
        states = {parent.child(i).checkState() for i in range(parent.rowCount())}
        if states == {Qt.CheckState.Checked}:
            parent.setCheckState(Qt.CheckState.Checked)
        elif states == {Qt.CheckState.Unchecked}:
            parent.setCheckState(Qt.CheckState.Unchecked)
        else:
            parent.setCheckState(Qt.CheckState.PartiallyChecked)
