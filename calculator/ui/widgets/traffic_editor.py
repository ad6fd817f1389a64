"""The 7×24 traffic editor: when in the week the traffic happens, in the user's time zone.

:class:`WeekModel` holds 168 hourly weights (Monday 00:00 … Sunday 23:00) as a
table of days × hours; :class:`TrafficDialog` shows it with the presets (flat,
business hours, evenings, overnight batch), lets the user type a weight into cells,
set a weight for the selected hours, or give the selected hours a share of the
week's traffic ("half the traffic in business hours"), and says what share the
selection and business hours carry. Accepting it is one edit of the scenario.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...engine.traffic import HOURS_PER_WEEK, PROFILES
from ..i18n import QT_TRANSLATE_NOOP, translate

DAYS = (
    QT_TRANSLATE_NOOP("TrafficEditor", "Mon"), QT_TRANSLATE_NOOP("TrafficEditor", "Tue"),
    QT_TRANSLATE_NOOP("TrafficEditor", "Wed"), QT_TRANSLATE_NOOP("TrafficEditor", "Thu"),
    QT_TRANSLATE_NOOP("TrafficEditor", "Fri"), QT_TRANSLATE_NOOP("TrafficEditor", "Sat"),
    QT_TRANSLATE_NOOP("TrafficEditor", "Sun"),
)
#: The presets, by the engine's profile key (``calculator.engine.traffic.PROFILES``).
PRESET_NAMES: dict[str, str] = {
    "flat": QT_TRANSLATE_NOOP("TrafficEditor", "Flat (every hour alike)"),
    "business": QT_TRANSLATE_NOOP("TrafficEditor", "Business hours (Mon–Fri 09–18)"),
    "evenings": QT_TRANSLATE_NOOP("TrafficEditor", "Evenings (18–24 every day)"),
    "overnight": QT_TRANSLATE_NOOP("TrafficEditor", "Overnight batch (00–06 every day)"),
}
#: Monday to Friday, 09:00 to 18:00: the hours the summary reports on.
BUSINESS_HOURS = tuple(day * 24 + hour for day in range(5) for hour in range(9, 18))
_BASE, _FULL = QColor("#ffffff"), QColor("#4a86c8")


def _check_presets() -> None:
    if set(PRESET_NAMES) != set(PROFILES):
        raise ValueError(f"traffic editor: presets {sorted(PRESET_NAMES)} are not the "
                         f"engine's profiles {sorted(PROFILES)}")


_check_presets()


def share_of(weights: tuple[float, ...] | list[float], cells) -> float:
    """The share of the week's traffic in ``cells`` (hour indices)."""
    total = sum(weights)
    return sum(weights[i] for i in cells) / total if total > 0 else 0.0


def give_share(weights: list[float], cells: set[int], share: float) -> list[float]:
    """``weights`` changed so that ``cells`` carry ``share`` (0..1) of the week's traffic,
    the other hours keeping their proportions (hours without traffic get an even part
    when they must carry some)."""
    cells = {c for c in cells if 0 <= c < HOURS_PER_WEEK}
    rest = [i for i in range(HOURS_PER_WEEK) if i not in cells]
    if not cells:
        return list(weights)
    out = list(weights)
    inside = sum(out[i] for i in cells)
    outside = sum(out[i] for i in rest)
    if share >= 1 or not rest:
        for i in rest:
            out[i] = 0.0
        if inside <= 0:
            for i in cells:
                out[i] = 1.0
        return out
    if share <= 0:
        for i in cells:
            out[i] = 0.0
        if outside <= 0:
            for i in rest:
                out[i] = 1.0
        return out
    if outside <= 0:
        for i in rest:
            out[i] = 1.0
        outside = float(len(rest))
    target = share / (1 - share) * outside  # what the cells must add up to
    if inside > 0:
        factor = target / inside
        for i in cells:
            out[i] *= factor
    else:
        for i in cells:
            out[i] = target / len(cells)
    return out


class WeekModel(QAbstractTableModel):
    """Seven days (rows) × 24 hours (columns) of traffic weights."""

    sig_weights_changed = Signal()

    def __init__(self, weights: tuple[float, ...] = PROFILES["flat"], parent=None):
        super().__init__(parent)
        self._weights = [float(w) for w in weights]

    @property
    def weights(self) -> tuple[float, ...]:
        return tuple(self._weights)

    def set_weights(self, weights) -> None:
        if len(weights) != HOURS_PER_WEEK:
            raise ValueError(f"{HOURS_PER_WEEK} weights expected, got {len(weights)}")
        self._weights = [max(0.0, float(w)) for w in weights]
        self.dataChanged.emit(self.index(0, 0), self.index(6, 23))
        self.sig_weights_changed.emit()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else 7

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else 24

    def flags(self, index):
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._weights[index.row() * 24 + index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _short(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            return _shade(value / (max(self._weights) or 1.0))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#ffffff" if value > 0.6 * (max(self._weights) or 1.0)
                          else "#202020")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            share = share_of(self._weights, [index.row() * 24 + index.column()])
            return translate("TrafficEditor", "{day} {start:02d}:00–{end:02d}:00: weight "
                                              "{weight}, {share} of the week's traffic").format(
                day=translate("TrafficEditor", DAYS[index.row()]), start=index.column(),
                end=index.column() + 1, weight=_short(value), share=f"{share:.1%}")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            return False
        if not number >= 0 or number > 1e9:
            return False
        self._weights[index.row() * 24 + index.column()] = number
        self.dataChanged.emit(self.index(0, 0), self.index(6, 23))  # shades are relative
        self.sig_weights_changed.emit()
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return translate("TrafficEditor", DAYS[section])
        return f"{section:02d}"


class TrafficDialog(QDialog):
    """Edit a week of traffic; :meth:`weights` holds the result when accepted."""

    def __init__(self, weights: tuple[float, ...], zone: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trafficDialog")
        self.model = WeekModel(weights, self)
        self.zone = zone
        self.preset = QComboBox(self)
        self.preset.addItem("", "")
        for key in PRESET_NAMES:
            self.preset.addItem("", key)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        top = self.table.horizontalHeader()
        top.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        top.setDefaultSectionSize(30)
        top.setMinimumSectionSize(20)
        side = self.table.verticalHeader()
        side.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        side.setDefaultSectionSize(26)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.share = QDoubleSpinBox(self)
        self.share.setRange(0, 100)
        self.share.setDecimals(0)
        self.share.setSuffix(" %")
        self.share.setValue(50)
        self.apply_share = QPushButton(self)
        self.weight = QDoubleSpinBox(self)
        self.weight.setRange(0, 1000)
        self.weight.setDecimals(2)
        self.weight.setValue(1)
        self.apply_weight = QPushButton(self)
        self.select_business = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.zone_label = QLabel(self)
        self.zone_label.setWordWrap(True)
        self.preset_label, self.share_label, self.weight_label, self.share_tail = (
            QLabel(self) for _ in range(4))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)

        presets = QHBoxLayout()
        presets.addWidget(self.preset_label)
        presets.addWidget(self.preset, 1)
        presets.addWidget(self.select_business)
        tools = QHBoxLayout()
        tools.addWidget(self.share_label)
        tools.addWidget(self.share)
        tools.addWidget(self.share_tail)
        tools.addWidget(self.apply_share)
        tools.addSpacing(16)
        tools.addWidget(self.weight_label)
        tools.addWidget(self.weight)
        tools.addWidget(self.apply_weight)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(presets)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.table)
        layout.addLayout(tools)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.preset.activated.connect(self._on_preset)
        self.apply_share.clicked.connect(self._on_apply_share)
        self.apply_weight.clicked.connect(self._on_apply_weight)
        self.select_business.clicked.connect(self.select_business_hours)
        self.model.sig_weights_changed.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    # ------------------------------------------------------------------ public
    @property
    def weights(self) -> tuple[float, ...]:
        return self.model.weights

    def apply_preset(self, key: str) -> None:
        self.model.set_weights(PROFILES[key])

    def select_hours(self, cells) -> None:
        """Select the hours ``cells`` (indices 0..167) in the grid."""
        selection = QItemSelection()
        for cell in cells:
            index = self.model.index(cell // 24, cell % 24)
            selection.select(index, index)
        self.table.selectionModel().select(
            selection, self.table.selectionModel().SelectionFlag.ClearAndSelect)

    def select_business_hours(self) -> None:
        self.select_hours(BUSINESS_HOURS)
        self.table.setFocus()

    def selected_cells(self) -> set[int]:
        return {i.row() * 24 + i.column() for i in self.table.selectionModel().selectedIndexes()}

    def give_selection_share(self, share: float) -> None:
        """The selected hours carry ``share`` (0..1) of the week's traffic."""
        cells = self.selected_cells()
        if cells:
            self.model.set_weights(give_share(list(self.weights), cells, share))

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("TrafficEditor", "Traffic by hour of the week"))
        self.preset_label.setText(translate("TrafficEditor", "Start from"))
        self.preset.setItemText(0, translate("TrafficEditor", "(choose a preset)"))
        for i, key in enumerate(PRESET_NAMES, start=1):
            self.preset.setItemText(i, translate("TrafficEditor", PRESET_NAMES[key]))
        self.select_business.setText(translate("TrafficEditor", "Select business hours"))
        self.share_label.setText(translate("TrafficEditor", "Selected hours carry"))
        self.share_tail.setText(translate("TrafficEditor", "of the traffic"))
        self.apply_share.setText(translate("TrafficEditor", "Apply"))
        self.apply_share.setToolTip(translate(
            "TrafficEditor", "Scale the selected hours so they carry this share of the "
                             "week's traffic; the other hours keep their proportions."))
        self.weight_label.setText(translate("TrafficEditor", "or a weight of"))
        self.apply_weight.setText(translate("TrafficEditor", "Set for selection"))
        self.zone_label.setText(translate(
            "TrafficEditor", "Hours in your time zone ({zone}), Monday 00:00 to Sunday 23:00. "
                             "Weights are relative: double-click or type into a cell, or "
                             "select hours (drag, Shift/Ctrl-click) and set them.").format(
            zone=self.zone))
        self._update()
        self._fit_table()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ handlers
    def _on_preset(self) -> None:
        key = self.preset.currentData()
        if key:
            self.apply_preset(key)

    def _on_apply_share(self) -> None:
        self.give_selection_share(self.share.value() / 100.0)

    def _on_apply_weight(self) -> None:
        cells = self.selected_cells()
        if cells:
            weights = list(self.weights)
            for cell in cells:
                weights[cell] = self.weight.value()
            self.model.set_weights(weights)

    def _update(self, *_) -> None:
        weights = self.weights
        total = sum(weights)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(total > 0)
        if total <= 0:
            self.summary.setText(translate("TrafficEditor", "Every hour is 0: give some hours "
                                                            "traffic."))
            return
        business = share_of(weights, BUSINESS_HOURS)
        weekend = share_of(weights, range(5 * 24, 7 * 24))
        text = translate("TrafficEditor", "Business hours (Mon–Fri 09:00–18:00) carry {b} of "
                                          "the traffic, the weekend {w}.").format(
            b=f"{business:.0%}", w=f"{weekend:.0%}")
        cells = self.selected_cells()
        if cells:
            text += " " + translate("TrafficEditor", "The {n} selected hours carry {s}.").format(
                n=len(cells), s=f"{share_of(weights, cells):.0%}")
        self.summary.setText(text)
        preset = next((k for k, v in PROFILES.items() if v == weights), "")
        index = self.preset.findData(preset)
        if index != self.preset.currentIndex():
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(max(index, 0))
            self.preset.blockSignals(False)

    def _fit_table(self) -> None:
        """The whole week visible, no scrolling."""
        width = (self.table.verticalHeader().sizeHint().width()
                 + 24 * self.table.horizontalHeader().defaultSectionSize()
                 + 2 * self.table.frameWidth() + 2)
        height = (self.table.horizontalHeader().sizeHint().height()
                  + 7 * self.table.verticalHeader().defaultSectionSize()
                  + 2 * self.table.frameWidth() + 2)
        self.table.setFixedSize(width, height)


def _short(value: float) -> str:
    return f"{value:.3g}" if value else "0"


def _shade(level: float) -> QColor:
    level = min(max(level, 0.0), 1.0)
    return QColor(
        round(_BASE.red() + (_FULL.red() - _BASE.red()) * level),
        round(_BASE.green() + (_FULL.green() - _BASE.green()) * level),
        round(_BASE.blue() + (_FULL.blue() - _BASE.blue()) * level))
