"""Edit one self-hosted deployment: GPUs from a dated preset (or your own price), their
throughput and utilisation, fixed monthly costs."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ...engine.plans import PlanError, check_growth
from ...engine.self_hosting import MAX_GPUS, Deployment
from ...formats.gpu_presets import GpuPreset
from ..i18n import translate
from ..styles import set_flag, styled
from .fields import CheckedEdit, parse_fraction, parse_quantity, percent_text, reason

# saves a preset the user typed (to the user data folder); None: not offered
SavePreset = Callable[[GpuPreset], None]


class DeploymentDialog(QDialog):
    def __init__(self, presets: Sequence[GpuPreset], taken: set[str],
                 deployment: Deployment | None = None, save_preset: SavePreset | None = None,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Plans", "Self-hosted deployment"))
        self.presets = list(presets)
        self.taken = set(taken) - ({deployment.name} if deployment else set())
        self.save_preset = save_preset
        self.result_deployment: Deployment | None = None

        intro = QLabel(translate(
            "Plans", "Replicas of GPUs serve the workload. Replica-hours = (input tokens / "
                     "input throughput + output tokens / output throughput) / 3600 / "
                     "utilisation; a replica runs 730 hours a month."), self)
        intro.setWordWrap(True)
        self.preset = QComboBox(self)
        self.preset.addItem(translate("Plans", "Your own price"), None)
        for preset in self.presets:
            self.preset.addItem(f"{preset.label()}: {preset.gpu_hourly:g} {preset.currency}/h",
                                preset.gpu_id)
        self.source = QLabel(self)
        self.source.setObjectName("fxSource")
        self.source.setWordWrap(True)
        self.source.setOpenExternalLinks(True)
        styled(self.source)
        self.name = CheckedEdit(translate("Plans", "e.g. own H100 node"), self)
        self.hourly = CheckedEdit(translate("Plans", "per GPU per hour"), self)
        self.currency = QComboBox(self)
        self.currency.addItems(["USD", "CNY"])
        self.gpus = CheckedEdit(translate("Plans", "GPUs in one replica, e.g. 8"), self)
        self.input_tps = CheckedEdit(translate("Plans", "input tokens per second per replica"),
                                     self)
        self.output_tps = CheckedEdit(translate("Plans", "output tokens per second per "
                                                         "replica"), self)
        self.utilization = CheckedEdit(translate("Plans", "share of the time busy, e.g. 60%"),
                                       self)
        self.fixed = CheckedEdit(translate("Plans", "staff, storage, network… (0 if none)"),
                                 self)
        self.growth = CheckedEdit(translate("Plans", "empty: the scenario's growth"), self)
        self.save_button = QPushButton(translate("Plans", "Save this price as a preset"), self)
        self.save_button.setVisible(save_preset is not None)
        self.save_button.clicked.connect(self._save_preset)
        form = QFormLayout()
        form.addRow(translate("Plans", "Name"), self.name)
        form.addRow(translate("Plans", "GPU preset"), self.preset)
        form.addRow("", self.source)
        form.addRow(translate("Plans", "GPU price per hour"), self.hourly)
        form.addRow(translate("Plans", "Currency"), self.currency)
        form.addRow(translate("Plans", "GPUs per replica"), self.gpus)
        form.addRow(translate("Plans", "Input throughput (tokens/s)"), self.input_tps)
        form.addRow(translate("Plans", "Output throughput (tokens/s)"), self.output_tps)
        form.addRow(translate("Plans", "Utilisation"), self.utilization)
        form.addRow(translate("Plans", "Fixed cost a month"), self.fixed)
        form.addRow(translate("Plans", "Own monthly growth"), self.growth)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.buttons)

        if deployment is not None:
            self._load(deployment)
        else:
            self.gpus.set_text("8")
            self.utilization.set_text("60%")
            self.fixed.set_text("0")
        for edit in (self.name, self.hourly, self.gpus, self.input_tps, self.output_tps,
                     self.utilization, self.fixed, self.growth):
            edit.edit.textChanged.connect(self.check)
        self.currency.currentTextChanged.connect(self.check)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self._show_source()
        self.check()

    def _load(self, d: Deployment) -> None:
        self.name.set_text(d.name)
        self.hourly.set_text(f"{d.gpu_hourly:g}")
        self.currency.setCurrentText(d.currency)
        self.gpus.set_text(str(d.gpus))
        self.input_tps.set_text(f"{d.input_tps:g}")
        self.output_tps.set_text(f"{d.output_tps:g}")
        self.utilization.set_text(percent_text(d.utilization))
        self.fixed.set_text(f"{d.fixed_monthly:g}")
        if d.growth is not None:
            self.growth.set_text(percent_text(d.growth))
        for index, preset in enumerate(self.presets, start=1):
            if preset.name == d.gpu and math.isclose(preset.gpu_hourly, d.gpu_hourly) and \
                    preset.currency == d.currency:
                self.preset.setCurrentIndex(index)
                break

    def chosen_preset(self) -> GpuPreset | None:
        index = self.preset.currentIndex()
        return self.presets[index - 1] if index > 0 else None

    def _preset_chosen(self) -> None:
        preset = self.chosen_preset()
        if preset is not None:
            self.hourly.set_text(f"{preset.gpu_hourly:g}")
            self.currency.setCurrentText(preset.currency)
        self._show_source()
        self.check()

    def _show_source(self) -> None:
        preset = self.chosen_preset()
        if preset is None:
            self.source.setText(translate("Plans", "A price you enter is yours; say where it "
                                                   "comes from in the scenario notes."))
            return
        status = translate("Plans", "uncertain") if preset.status == "uncertain" else \
            translate("Plans", "confirmed")
        self.source.setText(translate(
            "Plans", "{provider}, price of {date} ({status}): <a href=\"{url}\">{url}</a>")
            .format(provider=preset.provider or preset.name,
                    date=preset.checked.isoformat(), status=status, url=preset.source))

    # ------------------------------------------------------------------ checking
    def _number(self, field: CheckedEdit, *, positive: bool, whole: bool = False,
                fraction: bool = False, optional: bool = False) -> float | None:
        text = field.text()
        if not text and optional:
            field.set_problem(None)
            return 0.0
        value = parse_fraction(text) if fraction else parse_quantity(text)
        if value is None:
            field.set_problem(reason("number"))
        elif fraction and not 0 < value <= 1:
            field.set_problem(reason("utilization"))
        elif whole and (value != int(value) or not 1 <= value <= MAX_GPUS):
            field.set_problem(reason("whole"))
        elif positive and value <= 0:
            field.set_problem(reason("positive"))
        elif value < 0:
            field.set_problem(reason("not_negative"))
        else:
            field.set_problem(None)
            return value
        return None

    def check(self) -> bool:
        name = self.name.text()
        if not name:
            self.name.set_problem(reason("empty_name"))
        elif any(ch in name for ch in "=,:\n\t"):
            self.name.set_problem(reason("name_chars"))
        elif name in self.taken:
            self.name.set_problem(reason("name_taken"))
        else:
            self.name.set_problem(None)
        values = {
            "gpu_hourly": self._number(self.hourly, positive=False),
            "gpus": self._number(self.gpus, positive=True, whole=True),
            "input_tps": self._number(self.input_tps, positive=True),
            "output_tps": self._number(self.output_tps, positive=True),
            "utilization": self._number(self.utilization, positive=True, fraction=True),
            "fixed_monthly": self._number(self.fixed, positive=False, optional=True),
        }
        growth = None
        if self.growth.text():
            growth = parse_fraction(self.growth.text())
            try:
                check_growth(growth if growth is not None else math.nan, "deployment")
                self.growth.set_problem(None)
            except PlanError:
                self.growth.set_problem(reason("growth"))
        else:
            self.growth.set_problem(None)
        self.result_deployment = None
        fields_ok = all(v is not None for v in values.values())
        if fields_ok and self.name.problem is None and self.growth.problem is None:
            preset = self.chosen_preset()
            try:
                self.result_deployment = Deployment(
                    name=name, gpus=int(values.pop("gpus")), currency=self.currency.currentText(),
                    growth=growth, gpu=preset.name if preset is not None else "", **values)
            except PlanError as err:
                self.name.set_problem(str(err))
        ok = self.result_deployment is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.save_button.setEnabled(self.hourly.problem is None and bool(self.hourly.text()))
        set_flag(self.save_button, "invalid", False)
        return ok

    def deployment(self) -> Deployment | None:
        return self.result_deployment

    def _save_preset(self) -> None:
        hourly = parse_quantity(self.hourly.text())
        if self.save_preset is None or hourly is None:
            return
        name = self.name.text() or translate("Plans", "My GPU")
        slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-") or "gpu"
        today = dt.date.today()
        preset = GpuPreset(f"my-{slug}", name, hourly, self.currency.currentText(), today,
                           "confirmed", translate("Plans", "entered by you"), today,
                           provider=translate("Plans", "your price"))
        self.save_preset(preset)
        self.presets.append(preset)
        self.preset.addItem(f"{preset.label()}: {preset.gpu_hourly:g} {preset.currency}/h",
                            preset.gpu_id)
        self.preset.setCurrentIndex(self.preset.count() - 1)
