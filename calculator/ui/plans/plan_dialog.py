"""Edit one routing plan: its name, its models with their shares, its own growth."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.plans import SHARE_TOLERANCE, PlanError, RoutingPlan, check_growth
from ..i18n import translate
from ..styles import set_flag, styled
from .fields import CheckedEdit, parse_fraction, percent_text, reason

MAX_MEMBERS = 12


class MemberRow:
    """One model of the plan: a model picker and its share."""

    def __init__(self, models: Sequence[tuple[str, str]], parent: QWidget):
        self.model = QComboBox(parent)
        self.model.setEditable(True)
        self.model.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for model_id, label in models:
            self.model.addItem(label, model_id)
        self.model.setCurrentIndex(-1)
        self.share = CheckedEdit(translate("Plans", "e.g. 70%"), parent)
        self.remove = QPushButton(translate("Plans", "Remove"), parent)

    def model_id(self) -> str:
        index = self.model.currentIndex()
        text = self.model.currentText().strip()
        if index >= 0 and self.model.itemText(index) == text:
            return str(self.model.itemData(index))
        return text.split(" ", 1)[0] if text else ""

    def set_model(self, model_id: str) -> None:
        index = self.model.findData(model_id)
        if index >= 0:
            self.model.setCurrentIndex(index)
        else:
            self.model.setEditText(model_id)


class PlanDialog(QDialog):
    """``models``: (model id, label) pairs to pick from; ``taken``: names in use."""

    def __init__(self, models: Sequence[tuple[str, str]], taken: set[str],
                 plan: RoutingPlan | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Plans", "Routing plan"))
        self.models = list(models)
        self.known = {m for m, _ in models}
        self.taken = set(taken) - ({plan.name} if plan else set())
        self.rows: list[MemberRow] = []
        self.result_plan: RoutingPlan | None = None

        intro = QLabel(translate(
            "Plans", "Share the traffic between models. The plan costs the share-weighted "
                     "sum of what the whole workload costs on each model."), self)
        intro.setWordWrap(True)
        self.name = CheckedEdit(translate("Plans", "e.g. cheap first"), self)
        self.growth = CheckedEdit(translate("Plans", "empty: the scenario's growth"), self)
        form = QFormLayout()
        form.addRow(translate("Plans", "Name"), self.name)
        form.addRow(translate("Plans", "Own monthly growth"), self.growth)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.addWidget(QLabel(translate("Plans", "Model"), self), 0, 0)
        self.grid.addWidget(QLabel(translate("Plans", "Share of traffic"), self), 0, 1)
        self.add_button = QPushButton(translate("Plans", "Add a model"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.total = QLabel(self)
        self.total.setObjectName("amountHint")
        styled(self.total, error=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.grid_host)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.total)
        layout.addWidget(self.buttons)

        self.name.edit.textChanged.connect(self.check)
        self.growth.edit.textChanged.connect(self.check)
        if plan is not None:
            self.name.set_text(plan.name)
            if plan.growth is not None:
                self.growth.set_text(percent_text(plan.growth))
            for model, share in plan.shares:
                self.add_row(model, share)
        else:
            self.add_row()
            self.add_row()
        self.check()

    # ------------------------------------------------------------------ rows
    def add_row(self, model: str = "", share: float | None = None) -> MemberRow:
        row = MemberRow(self.models, self.grid_host)
        if model:
            row.set_model(model)
        if share is not None:
            row.share.set_text(percent_text(share))
        line = len(self.rows) + 1
        self.grid.addWidget(row.model, line, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(row.share, line, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(row.remove, line, 2, Qt.AlignmentFlag.AlignTop)
        row.model.currentTextChanged.connect(self.check)
        row.share.edit.textChanged.connect(self.check)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self.add_button.setEnabled(len(self.rows) < MAX_MEMBERS)
        self.check()
        return row

    def remove_row(self, row: MemberRow) -> None:
        self.rows.remove(row)
        for widget in (row.model, row.share, row.remove):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.add_button.setEnabled(True)
        self.check()

    # ------------------------------------------------------------------ checking
    def check(self) -> bool:
        """Mark every field that is wrong; build the plan when none is."""
        ok = True
        name = self.name.text()
        if not name:
            self.name.set_problem(reason("empty_name"))
        elif any(ch in name for ch in "=,:\n\t"):
            self.name.set_problem(reason("name_chars"))
        elif name in self.taken or name in self.known:
            self.name.set_problem(reason("name_taken"))
        else:
            self.name.set_problem(None)
        ok &= self.name.problem is None
        growth = None
        if self.growth.text():
            growth = parse_fraction(self.growth.text())
            try:
                check_growth(growth if growth is not None else math.nan, "plan")
                self.growth.set_problem(None)
            except PlanError:
                self.growth.set_problem(reason("growth"))
                ok = False
        else:
            self.growth.set_problem(None)
        shares, seen, total = [], set(), 0.0
        for row in self.rows:
            model = row.model_id()
            value = parse_fraction(row.share.text())
            if value is None:
                row.share.set_problem(reason("share"))
            elif not 0 <= value <= 1:
                row.share.set_problem(reason("share_range"))
            elif not model:
                row.share.set_problem(None)
            elif model not in self.known:
                row.share.set_problem(reason("unknown_model", model=model))
            elif model in seen:
                row.share.set_problem(reason("twice", model=model))
            else:
                row.share.set_problem(None)
            ok &= row.share.problem is None and bool(model)
            if value is not None and model:
                seen.add(model)
                shares.append((model, value))
                total += value
        if not self.rows:
            problem = reason("no_models")
        elif abs(math.fsum(s for _, s in shares) - 1.0) > SHARE_TOLERANCE:
            problem = reason("sum", total=percent_text(total))
        else:
            problem = None
        self.total.setText(problem or translate("Plans", "The shares add up to 100%."))
        set_flag(self.total, "error", problem is not None)
        ok &= problem is None
        self.result_plan = None
        if ok:
            try:
                self.result_plan = RoutingPlan(name, tuple(shares), growth)
            except PlanError as err:  # anything the checks above missed
                self.total.setText(str(err))
                set_flag(self.total, "error", True)
        ok = self.result_plan is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def plan(self) -> RoutingPlan | None:
        return self.result_plan
