"""Self-hosting against the API models: cost by monthly volume (a step line per
deployment, a straight line per model) and the break-even volumes."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.evaluate import Evaluation
from ...engine.planning import MODEL, row_kinds
from ...engine.self_hosting import HOURS_PER_MONTH, break_evens
from ...reports.formatting import format_money, format_tokens
from ..charts.palette import vendor_hex
from ..i18n import translate
from .texts import volume_texts
from .volume_chart import Marker, VolumeChart, VolumeLine

HOSTED_COLORS = ("#2B8A3E", "#E67700", "#5F3DC4", "#C2255C")
MAX_MODEL_LINES = 8
MAX_STEPS = 400


class SelfHostingView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.chart = VolumeChart()
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setSizes([420, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        self.evaluation: Evaluation | None = None
        self.units = "plain"
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.chart.texts = volume_texts()  # drawn again when the window refreshes
        self.intro.setText(translate(
            "Plans", "Your own GPUs cost the same each month until the traffic needs another "
                     "replica (a step); an API costs in proportion to the traffic (a straight "
                     "line). Add deployments in the Plans tab; the table says from which "
                     "monthly volume each one is cheaper than each model."))

    def show_for(self, evaluation: Evaluation, units: str = "plain") -> None:
        self.evaluation, self.units = evaluation, units
        ev = evaluation
        comparison = ev.comparison
        arrays = comparison.arrays
        deployments = ev.plans.deployments
        work = comparison.workload
        total = work.input_tokens + work.output_tokens
        currency = comparison.currency
        api = (row_kinds(comparison) == MODEL) & np.isfinite(
            np.asarray(arrays["current_cost"], float))
        api_rows = np.flatnonzero(api)
        costs = np.asarray(arrays["current_cost"], float)
        if not deployments or total == 0:
            self.chart.set_data([], [], None, currency, units)
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.chart.show_empty(translate("Plans", "Add a self-hosted deployment in the Plans "
                                                     "tab to compare it with the API models."))
            return
        evens = {d.name: break_evens(d, costs[api_rows], work.input_tokens, work.output_tokens,
                                     comparison.fx, currency) for d in deployments}
        finite = [e.stable or e.first for per in evens.values() for e in per
                  if (e.stable or e.first) and math.isfinite(e.stable or e.first)]
        right = max([2.0, *[1.3 * f for f in finite if f < 1e6]])
        right = min(right, 1e6)
        # the models a deployment can beat (those it wins against soonest), then the
        # cheapest others, then the deployments' steps
        soonest = {}
        for per in evens.values():
            for k, even in enumerate(per):
                if even.first is not None and math.isfinite(even.first):
                    soonest[k] = min(soonest.get(k, math.inf), even.first)
        beaten = sorted(soonest, key=soonest.get)[:MAX_MODEL_LINES // 2]
        cheap = [k for k in np.argsort(costs[api_rows]) if k not in beaten]
        picked = beaten + cheap[:MAX_MODEL_LINES - len(beaten)]
        shown = api_rows[picked]
        lines = [VolumeLine(str(arrays["model_name"][i]), np.array([0.0, right * total]),
                            np.array([0.0, costs[i] * right]),
                            vendor_hex(str(arrays["vendor"][i])), 1.6) for i in shown]
        markers = []
        for k, d in enumerate(deployments):
            color = HOSTED_COLORS[k % len(HOSTED_COLORS)]
            xs, ys = self._steps(d, work.input_tokens, work.output_tokens, right,
                                 comparison.fx, currency)
            lines.append(VolumeLine(d.name, xs * total, ys, color, 2.8))
            wins = [(e.first, j) for j, e in enumerate(evens[d.name])
                    if e.first is not None and math.isfinite(e.first)]
            if wins:
                first, j = min(wins)
                model = str(arrays["model_name"][api_rows[j]])
                markers.append(Marker(first * total, translate(
                    "Plans", "{name} beats {model} from {volume}").format(
                    name=d.name, model=model,
                    volume=format_tokens(first * total, units="short")), color))
        self.chart.set_data(lines, markers, total, currency, units)
        self._fill_table(api_rows, evens, total, currency)

    def _steps(self, deployment, input_tokens: float, output_tokens: float, right: float, fx,
               currency: str) -> tuple[np.ndarray, np.ndarray]:
        """Exact corners of the step line from volume 0 to ``right`` (x today's volume)."""
        capacity = deployment.capacity_factor(input_tokens, output_tokens)
        replica = deployment.replica_monthly * deployment.rate(fx, currency)
        fixed = deployment.fixed_monthly * deployment.rate(fx, currency)
        count = 1 if math.isinf(capacity) else max(1, math.ceil(right / capacity))
        if count > MAX_STEPS:  # too many to draw each: sample the line
            xs = np.linspace(0, right, 2 * MAX_STEPS)
            ys = deployment.monthly_cost(input_tokens * xs, output_tokens * xs, fx, currency)
            return xs, ys
        xs, ys = [], []
        for n in range(1, count + 1):
            start = 0.0 if n == 1 else (n - 1) * capacity
            end = right if math.isinf(capacity) else min(n * capacity, right)
            xs += [start, end]
            ys += [n * replica + fixed] * 2
        return np.array(xs), np.array(ys)

    def _fill_table(self, api_rows: np.ndarray, evens: dict, total: float,
                    currency: str) -> None:
        ev = self.evaluation
        arrays = ev.comparison.arrays
        deployments = ev.plans.deployments
        self.table.setColumnCount(len(deployments))
        self.table.setRowCount(len(api_rows))
        self.table.setHorizontalHeaderLabels([
            translate("Plans", "{name} ({cost} a month today, {replicas} replica(s))").format(
                name=d.name, cost=format_money(
                    float(d.monthly_cost(ev.comparison.workload.input_tokens,
                                         ev.comparison.workload.output_tokens,
                                         ev.comparison.fx, currency)), currency),
                replicas=int(d.replicas(ev.comparison.workload.input_tokens,
                                        ev.comparison.workload.output_tokens)))
            for d in deployments])
        self.table.setVerticalHeaderLabels([str(arrays["model_name"][i]) for i in api_rows])
        for col, d in enumerate(deployments):
            for row, even in enumerate(evens[d.name]):
                if even.first is None:
                    text = translate("Plans", "the API is always cheaper")
                elif even.first == 0:
                    text = translate("Plans", "cheaper at any volume")
                elif even.stable is not None and even.stable > even.first * (1 + 1e-9):
                    text = translate("Plans", "cheaper from {first} tokens a month; for good "
                                              "from {stable}").format(
                        first=format_tokens(even.first * total, units="short"),
                        stable=format_tokens(even.stable * total, units="short"))
                else:
                    text = translate("Plans", "cheaper from {first} tokens a month").format(
                        first=format_tokens(even.first * total, units="short"))
                self.table.setItem(row, col, QTableWidgetItem(text))


def capacity_tokens(deployment, input_tokens: float, output_tokens: float) -> float:
    """Monthly tokens one replica serves at today's mix (for tooltips and tests)."""
    hours = float(deployment.replica_hours(input_tokens, output_tokens))
    return math.inf if hours == 0 else (input_tokens + output_tokens) * HOURS_PER_MONTH / hours
