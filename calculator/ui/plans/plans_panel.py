"""The Plans tab of the inputs: the monthly budget, routing plans and self-hosted
deployments (each with its own growth), and the way to the plan views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.planning import PlanSet
from ...engine.plans import RoutingPlan
from ...engine.self_hosting import Deployment
from ...reports.formatting import format_money
from ..i18n import translate
from ..state import AppState
from ..widgets.amount_edit import AmountEdit
from .deployment_dialog import DeploymentDialog
from .plan_dialog import PlanDialog


class PlansPanel(QWidget):
    """Edits ``state.scenario.plans`` through the state and shows them from it.

    ``open_view(key)`` opens a plan view: ``months``, ``self_hosting``,
    ``commitments`` or ``compare``.
    """

    def __init__(self, state: AppState, open_view: Callable[[str], None] | None = None,
                 presets: Callable[[], list] | None = None,
                 save_preset: Callable[[object], None] | None = None, parent=None):
        super().__init__(parent)
        self.state = state
        self.open_view = open_view or (lambda key: None)
        self.presets = presets or (lambda: [])
        self.save_preset = save_preset
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.budget_box = QGroupBox(self)
        self.budget = AmountEdit("budget", state.scenario.plans.budget, optional=True)
        self.budget_label = QLabel(self)
        self.baseline = QCheckBox(self)
        self.plans_only = QCheckBox(self)
        budget_form = QFormLayout(self.budget_box)
        budget_form.addRow(self.budget_label, self.budget)
        budget_form.addRow(self.baseline)
        budget_form.addRow(self.plans_only)
        self.list_box = QGroupBox(self)
        self.items = QListWidget(self)
        self.items.setWordWrap(True)
        self.add_plan = QPushButton(self)
        self.add_hosted = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_plan, self.add_hosted):
            buttons.addWidget(button)
        more = QHBoxLayout()
        for button in (self.edit_button, self.remove_button):
            more.addWidget(button)
        list_layout = QVBoxLayout(self.list_box)
        list_layout.addWidget(self.items, 1)
        list_layout.addLayout(buttons)
        list_layout.addLayout(more)
        self.views_box = QGroupBox(self)
        self.view_buttons = {key: QPushButton(self) for key in
                             ("compare", "months", "self_hosting", "commitments")}
        views = QVBoxLayout(self.views_box)
        for button in self.view_buttons.values():
            views.addWidget(button)
        for key, button in self.view_buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.open_view(k))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.intro)
        layout.addWidget(self.budget_box)
        layout.addWidget(self.list_box, 1)
        layout.addWidget(self.views_box)

        self.budget.sig_value_changed.connect(self._on_budget)
        self.baseline.toggled.connect(state.set_projection_baseline)
        self.plans_only.toggled.connect(state.set_projection_plans_only)
        self.add_plan.clicked.connect(lambda: self.edit_plan(None))
        self.add_hosted.clicked.connect(lambda: self.edit_deployment(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.items.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.items.currentRowChanged.connect(lambda _row: self._update_buttons())
        state.sig_fields_changed.connect(self._on_fields)
        self.retranslate_ui()
        self.show_plans()

    def retranslate_ui(self) -> None:
        self.intro.setText(translate(
            "Plans", "A plan is what you decide between: a mix of models, your own GPUs, "
                     "each with its own growth, against a monthly budget. Plans show as rows "
                     "beside the models in the table and the charts."))
        self.budget_box.setTitle(translate("Plans", "Budget"))
        self.budget_label.setText(translate("Plans", "Monthly budget"))
        self.budget.edit.setPlaceholderText(translate("Plans", "e.g. 50k or 5万 (empty: none)"))
        self.baseline.setText(translate("Plans", "Projection: also draw baseline-price lines"))
        self.plans_only.setText(translate("Plans", "Projection: plans only (not the models)"))
        self.list_box.setTitle(translate("Plans", "Plans"))
        self.add_plan.setText(translate("Plans", "Add routing plan…"))
        self.add_hosted.setText(translate("Plans", "Add self-hosted…"))
        self.edit_button.setText(translate("Plans", "Edit…"))
        self.remove_button.setText(translate("Plans", "Remove"))
        self.views_box.setTitle(translate("Plans", "Views"))
        for key, text in (("compare", translate("Plans", "Plan A beside plan B…")),
                          ("months", translate("Plans", "Month by month…")),
                          ("self_hosting", translate("Plans", "Self-hosting break-even…")),
                          ("commitments", translate("Plans", "Packs, coding plans, free "
                                                             "quotas…"))):
            self.view_buttons[key].setText(text)
        self.show_plans()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state -> panel
    def _on_fields(self, changed: frozenset[str]) -> None:
        if "plans" in changed or "chart" in changed or "currency" in changed:
            self.show_plans()

    def show_plans(self) -> None:
        scenario = self.state.scenario
        plans = scenario.plans
        if self.budget.valid and self.budget.value != plans.budget:
            with QSignalBlocker(self.budget):
                self.budget.set_value(plans.budget)
        with QSignalBlocker(self.baseline):
            self.baseline.setChecked(scenario.chart.projection_baseline)
        with QSignalBlocker(self.plans_only):
            self.plans_only.setChecked(scenario.chart.projection_plans_only)
        current = self.items.currentRow()
        self.items.clear()
        growth = scenario.growth
        for plan in plans.plans:
            own = plan.growth if plan.growth is not None else growth
            text = translate("Plans", "{name}: {mix}, {growth} a month").format(
                name=plan.name, mix=plan.describe(), growth=f"{own * 100:+.1f}%")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ("plan", plan.name))
            self.items.addItem(item)
        for d in plans.deployments:
            own = d.growth if d.growth is not None else growth
            fixed = format_money(d.fixed_monthly, d.currency) if d.fixed_monthly else ""
            text = translate("Plans", "{name}: self-hosted, {desc}{fixed}, {growth} a "
                                      "month").format(
                name=d.name, desc=d.describe(), fixed=f" + {fixed}" if fixed else "",
                growth=f"{own * 100:+.1f}%")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ("deployment", d.name))
            self.items.addItem(item)
        if self.items.count():
            self.items.setCurrentRow(min(max(current, 0), self.items.count() - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.items.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # ------------------------------------------------------------------ panel -> state
    def _on_budget(self, value: float | None) -> None:
        """A valid amount; 0 is refused at the field (the last budget stays)."""
        if value is not None and value <= 0:
            self.budget.refuse(translate("Plans", "A budget is above 0; leave the field "
                                                  "empty for none."))
            return
        self.state.set_budget(value)

    def _taken(self) -> set[str]:
        return set(self.state.scenario.plans.names)

    def _models(self) -> list[tuple[str, str]]:
        catalog = self.state.catalog
        names = catalog.model_arrays["model_name"]
        return [(m, f"{m} — {n}" if isinstance(n, str) and n and n != m else m)
                for m, n in zip(catalog.model_ids, names, strict=True)]

    def edit_plan(self, plan: RoutingPlan | None) -> None:
        taken = self._taken() | set(self.state.catalog.model_ids)
        dialog = PlanDialog(self._models(), taken, plan, self)
        if dialog.exec() and dialog.plan() is not None:
            self._replace(plan.name if plan else None, dialog.plan())

    def edit_deployment(self, deployment: Deployment | None) -> None:
        taken = self._taken() | set(self.state.catalog.model_ids)
        dialog = DeploymentDialog(self.presets(), taken, deployment, self.save_preset, self)
        if dialog.exec() and dialog.deployment() is not None:
            self._replace(deployment.name if deployment else None, dialog.deployment())

    def _replace(self, old_name: str | None, item: RoutingPlan | Deployment) -> None:
        plans = self.state.scenario.plans
        if isinstance(item, RoutingPlan):
            items = list(plans.plans)
            others = plans.deployments
        else:
            items = list(plans.deployments)
            others = plans.plans
        names = [x.name for x in items]
        if old_name in names:
            items[names.index(old_name)] = item
        else:
            items.append(item)
        if isinstance(item, RoutingPlan):
            new = PlanSet(tuple(items), others, plans.budget)
        else:
            new = PlanSet(others, tuple(items), plans.budget)
        self.state.set_plans(new)

    def selected(self) -> tuple[str, str] | None:
        item = self.items.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        kind, name = chosen
        plans = self.state.scenario.plans
        if kind == "plan":
            self.edit_plan(next(p for p in plans.plans if p.name == name))
        else:
            self.edit_deployment(next(d for d in plans.deployments if d.name == name))

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        _, name = chosen
        plans = self.state.scenario.plans
        self.state.set_plans(replace(
            plans, plans=tuple(p for p in plans.plans if p.name != name),
            deployments=tuple(d for d in plans.deployments if d.name != name)))
