"""Where a number comes from: one model's price record at the baseline or current date.

Opened by double-clicking a price or cost cell of the comparison table. It reads
the model's row of the comparison frame (the engine's single source of numbers):
dates, native and converted prices, status, checked date, notes and every source
as a clickable link.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...engine.comparison import Comparison
from ...reports.formatting import format_money, format_percent
from ..i18n import translate
from ..styles import styled
from .price_text import (
    date_text,
    is_missing,
    origin_text,
    price_text,
    source_html,
    status_text,
    tier_text,
    vendor_text,
)

FIELDS = ("model", "vendor", "date", "effective_from", "tier", "native", "converted", "cached",
          "cost", "status", "checked", "origin", "notes", "sources")


class PriceInfoDialog(QDialog):
    """``row``: the model's row of ``comparison.frame``; ``side``: baseline or current."""

    def __init__(self, row: Mapping, side: str, comparison: Comparison, language: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PriceInfoDialog")
        self.row, self.side, self.comparison, self.language = dict(row), side, comparison, language
        self.explain = QLabel(self)
        self.explain.setObjectName("notice")
        self.explain.setWordWrap(True)
        styled(self.explain)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in FIELDS:
            label, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.setTextFormat(Qt.TextFormat.RichText if key == "sources"
                                else Qt.TextFormat.PlainText)
            value.setOpenExternalLinks(key == "sources")
            self.form.addRow(label, value)
            self.labels[key], self.values[key] = label, value
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = {
            "model": translate("PriceInfo", "Model"), "vendor": translate("PriceInfo", "Vendor"),
            "date": translate("PriceInfo", "Priced at"),
            "effective_from": translate("PriceInfo", "Effective from"),
            "tier": translate("PriceInfo", "Context tier"),
            "native": translate("PriceInfo", "List price"),
            "converted": translate("PriceInfo", "In the table"),
            "cached": translate("PriceInfo", "Cached input"),
            "cost": translate("PriceInfo", "Monthly cost"),
            "status": translate("PriceInfo", "Status"),
            "checked": translate("PriceInfo", "Checked"),
            "origin": translate("PriceInfo", "Origin"), "notes": translate("PriceInfo", "Notes"),
            "sources": translate("PriceInfo", "Sources"),
        }
        for key, label in self.labels.items():
            label.setText(names[key])
        side_name = (translate("PriceInfo", "baseline") if self.side == "baseline"
                     else translate("PriceInfo", "current"))
        self.setWindowTitle(translate("PriceInfo", "{model}: {side} price").format(
            model=self.row.get("model_name", ""), side=side_name))
        self._fill()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_row(self, row: Mapping, side: str, comparison: Comparison) -> None:
        """Explain another price (the dialog is reused for the next double-click)."""
        self.row, self.side, self.comparison = dict(row), side, comparison
        self.retranslate_ui()
        self.adjustSize()

    def value(self, key: str) -> str:
        """The text shown for ``key`` (tests; hidden rows give "")."""
        label = self.values[key]
        return label.text() if self.form.isRowVisible(label) else ""

    def _get(self, name: str):
        return self.row.get(f"{self.side}_{name}")

    def _fill(self) -> None:
        row, comp = self.row, self.comparison
        date = comp.baseline_date if self.side == "baseline" else comp.current_date
        status = self._get("status")
        currency = self._get("currency") or ""
        show = dict.fromkeys(FIELDS, True)
        texts = {
            "model": f"{row.get('model_name', '')} ({row.get('model_id', '')})",
            "vendor": vendor_text(row.get("vendor"), row.get("vendor_cn"), self.language),
            "date": date.isoformat(),
        }
        explain: list[str] = []
        if status == "not_offered":
            explain.append(translate("PriceInfo", "Not offered on {date}: the first price record "
                                                  "of this model is from {launched}.").format(
                date=date.isoformat(), launched=date_text(row.get("launched"))))
            for key in FIELDS[3:]:
                show[key] = False
        else:
            texts.update(self._record_texts(currency, explain))
            if status == "free":
                explain.append(translate("PriceInfo", "Free: the vendor charges 0 for this "
                                                      "model on {date}.").format(
                    date=date.isoformat()))
        for key in FIELDS:
            self.values[key].setText(texts.get(key, ""))
            visible = show[key] and bool(texts.get(key))
            self.form.setRowVisible(self.values[key], visible)
        self.explain.setText("\n".join(explain))
        self.explain.setVisible(bool(explain))

    def _record_texts(self, currency: str, explain: list[str]) -> dict[str, str]:
        display = self.comparison.currency
        native = {p: self._get(f"native_{p}_per_mtok") for p in ("input", "output", "cached")}
        shown = {p: self._get(f"{p}_per_mtok") for p in ("input", "output", "cached")}
        unknown = [p for p in ("input", "output") if is_missing(native[p])]
        date = self.comparison.baseline_date if self.side == "baseline" else \
            self.comparison.current_date
        if unknown:
            names = {"input": translate("PriceInfo", "input"),
                     "output": translate("PriceInfo", "output")}
            explain.append(translate(
                "PriceInfo", "Unknown {which} price: no published price was found for {date}. "
                             "Costs that need it are shown as unknown and left out of totals, "
                             "not counted as 0.").format(
                which=" / ".join(names[p] for p in unknown), date=date.isoformat()))
        texts = {
            "effective_from": date_text(self._get("effective_from")),
            "tier": tier_text(self._get("above_input_tokens")),
            "native": translate("PriceInfo", "input {input} · output {output} per 1M tokens "
                                             "({currency})").format(
                input=price_text(native["input"], currency),
                output=price_text(native["output"], currency), currency=currency),
            "cached": (translate("PriceInfo", "{price} per 1M tokens ({currency})").format(
                price=price_text(native["cached"], currency), currency=currency)
                if not is_missing(native["cached"]) else translate(
                "PriceInfo", "no cache price: cached input is billed at the input price")),
            "status": status_text(self._get("record_status")),
            "checked": date_text(self._get("checked")),
            "origin": origin_text(self._get("origin")),
            "notes": str(self._get("notes") or "") if not is_missing(self._get("notes")) else "",
            "sources": source_html(self._get("source")),
        }
        cost = self._get("cost")
        if not is_missing(cost):
            texts["cost"] = translate("PriceInfo", "{cost} for this workload").format(
                cost=format_money(float(cost), display))
        elif self._get("status") == "unknown":
            texts["cost"] = translate("PriceInfo", "unknown")
        discount = self.row.get("discount") or 0.0
        if currency != display or discount:
            converted = translate("PriceInfo", "input {input} · output {output} per 1M "
                                               "tokens").format(
                input=price_text(shown["input"], display),
                output=price_text(shown["output"], display))
            if currency != display:
                converted += "\n" + translate("PriceInfo", "converted at {rate}").format(
                    rate=self.comparison.fx.short())
            if discount:
                converted += "\n" + translate(
                    "PriceInfo", "includes a {pct} vendor discount").format(
                        pct=format_percent(discount))
            texts["converted"] = converted
        if self._get("record_status") == "uncertain":
            texts["status"] += " — " + translate(
                "PriceInfo", "part of this record (a price or its date) could not be confirmed "
                             "from the sources; see the notes.")
        return texts
