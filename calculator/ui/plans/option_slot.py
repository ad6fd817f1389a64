"""One option of the plans' compare view: where it comes from (a scenario), which row
(a model, a routing plan or a deployment), its name and its own growth."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...engine.errors import EngineError
from ...engine.evaluate import Evaluation
from ...engine.planning import row_kinds
from ...reports.decision_memo import MemoOption, option_from
from ..i18n import translate
from .fields import parse_fraction, reason


@dataclass
class Source:
    """A scenario the options can come from: the open one, or a file opened here."""

    name: str
    evaluation: Evaluation


class OptionSlot:
    """The fields of one option; ``sources`` is the compare view's list (shared)."""

    def __init__(self, index: int, parent: QWidget, sources: list[Source]):
        self.sources = sources
        self.label = QLineEdit(parent)
        self.source = QComboBox(parent)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source.setMinimumContentsLength(14)
        self.row = QComboBox(parent)
        # the option's own monthly growth (empty: its row's); "30%" or "0.3"
        self.growth = QLineEdit(parent)
        self.growth.setMaximumWidth(150)
        self.index = index

    def fill_rows(self) -> None:
        """The rows of the chosen scenario, plans first; keeps the chosen row."""
        chosen = self.row.currentData()
        self.row.blockSignals(True)
        self.row.clear()
        index = self.source.currentData()
        if index is not None and index >= 0:
            comparison = self.sources[index].evaluation.comparison
            kinds = row_kinds(comparison)
            ids = list(comparison.arrays["model_id"])
            # plans first: they are what a memo compares
            order = sorted(range(len(ids)), key=lambda i: kinds[i] == "model")
            for i in order:
                self.row.addItem(str(comparison.arrays["model_name"][i]), ids[i])
            found = self.row.findData(chosen)
            if found < 0:  # first fill: the slot's turn among rows with a cost today
                statuses = comparison.arrays["current_status"]
                costed = [n for n, i in enumerate(order) if statuses[i] in ("priced", "free")]
                pool = costed if len(costed) > self.index else list(range(len(order)))
                found = pool[min(self.index, len(pool) - 1)] if pool else -1
            self.row.setCurrentIndex(found)
        self.row.setEnabled(self.row.count() > 0)
        self.row.blockSignals(False)
        self.growth_hint()

    def growth_hint(self) -> None:
        """The row's own growth as the placeholder; a deployment keeps its own (it steps
        up by whole replicas), so its field is off."""
        option = self.option(None)
        deployment = option is not None and self.kind() == "self_hosted"
        self.growth.setEnabled(option is not None and not deployment)
        self.growth.setPlaceholderText(
            "" if option is None else f"{option.growth * 100:+.1f}%")
        self.growth_tip(True)

    def growth_tip(self, ok: bool) -> None:
        if not ok:
            self.growth.setToolTip(reason("growth"))
        elif self.kind() == "self_hosted":
            self.growth.setToolTip(translate(
                "Plans", "A self-hosted deployment grows as set in its editor."))
        else:
            self.growth.setToolTip(translate(
                "Plans", "This option's monthly growth, such as 30% (empty: the growth of "
                         "its scenario or plan)."))

    def kind(self) -> str | None:
        index, row = self.source.currentData(), self.row.currentData()
        if index is None or index < 0 or row is None:
            return None
        comparison = self.sources[index].evaluation.comparison
        ids = list(comparison.arrays["model_id"])
        return str(row_kinds(comparison)[ids.index(row)]) if row in ids else None

    def option(self, growth: float | None, currency: str | None = None) -> MemoOption | None:
        """The slot's choice as a memo option (None: nothing chosen)."""
        index, row = self.source.currentData(), self.row.currentData()
        if index is None or index < 0 or row is None:
            return None
        evaluation = self.sources[index].evaluation
        currency = currency or evaluation.scenario.currency
        rate = evaluation.comparison.fx.convert(1.0, evaluation.scenario.currency, currency)
        label = self.label.text().strip() or self.label.placeholderText()
        try:
            return option_from(evaluation, row, label, currency, rate, growth)
        except EngineError:
            return None

    def typed_growth(self) -> tuple[float | None, bool]:
        """The growth typed into the slot (None: none) and whether it is acceptable."""
        text = self.growth.text().strip()
        if not text or not self.growth.isEnabled():
            return None, True
        value = parse_fraction(text)
        ok = value is not None and -0.99 <= value <= 10
        return (value if ok else None), ok
