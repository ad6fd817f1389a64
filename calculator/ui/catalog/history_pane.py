"""The catalog window's right side: one model's dated prices, and the sources and notes
of the selected record (the latest one when none is selected)."""

from __future__ import annotations

import html

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...engine import Catalog
from ...reports.formatting import format_percent
from ..i18n import translate
from ..models.price_history_model import HCOL, SOURCE_HTML_ROLE, PriceHistoryModel
from .price_text import date_text, origin_text, source_html, vendor_text


class PriceHistoryPane(QWidget):
    """Header, history table (sources as link labels), details, Add price… and Remove."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.catalog: Catalog | None = None
        self.discounts: tuple = ()
        self.language = "en"
        self.model_id: str | None = None
        self.model_header = QLabel(self)
        self.model_header.setWordWrap(True)
        self.model_header.setTextFormat(Qt.TextFormat.RichText)
        self.history_model = PriceHistoryModel(self)
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        self.history.setAlternatingRowColors(True)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HCOL["source"], QHeaderView.ResizeMode.Stretch)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details_scroll = QScrollArea(self)
        details_scroll.setWidget(self.details)
        details_scroll.setWidgetResizable(True)
        self.add_price_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_price_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        right_layout = QVBoxLayout(self)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.model_header)
        self.right_split = QSplitter(Qt.Orientation.Vertical, self)
        self.right_split.addWidget(self.history)
        self.right_split.addWidget(details_scroll)
        self.right_split.setSizes([230, 230])
        self.right_split.setChildrenCollapsible(False)
        right_layout.addWidget(self.right_split, 1)
        right_layout.addLayout(buttons)
        self.history.selectionModel().selectionChanged.connect(lambda *_: self.show_record())

    def retranslate_ui(self) -> None:
        self.add_price_button.setText(translate("CatalogWindow", "Add price…"))
        self.add_price_button.setToolTip(translate(
            "CatalogWindow", "Your own price for this model from a date on (a negotiated rate)"))
        self.remove_button.setText(translate("CatalogWindow", "Remove"))
        self.remove_button.setToolTip(translate(
            "CatalogWindow", "Remove your own price. Imported prices are removed per import "
                             "(Imports tab); shipped prices stay."))
        self.history_model.refresh_texts()
        if self.catalog is not None:
            self.show_model(self.catalog, self.model_id, self.discounts, self.language)

    def show_model(self, catalog: Catalog, model_id: str | None, discounts: tuple,
                   language: str) -> None:
        """``discounts``: the open scenario's (:class:`Discount`), named under the header."""
        self.catalog, self.model_id, self.discounts, self.language = (
            catalog, model_id, tuple(discounts), language)
        known = model_id is not None and model_id in catalog
        records = (catalog.records[catalog.records["model_id"] == model_id] if known
                   else catalog.records.iloc[0:0])
        self.history_model.set_records(records)
        for row in range(self.history_model.rowCount()):
            index = self.history_model.index(row, HCOL["source"])
            label = QLabel(index.data(SOURCE_HTML_ROLE), self.history)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setOpenExternalLinks(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            label.setContentsMargins(4, 0, 4, 0)
            label.setToolTip(index.data(Qt.ItemDataRole.ToolTipRole))
            self.history.setIndexWidget(index, label)
        self.add_price_button.setEnabled(known)
        self.model_header.setText(self._header_html(model_id) if known else translate(
            "CatalogWindow", "Select a model to see its prices and where they come from."))
        self.show_record()

    def _header_html(self, model_id: str) -> str:
        meta = self.catalog.models.loc[model_id]
        vendor = vendor_text(meta["vendor"], meta["vendor_cn"], self.language)
        parts = [f"<b>{_esc(meta['model_name'])}</b> ({_esc(model_id)})", _esc(vendor)]
        if isinstance(meta["tier"], str) and meta["tier"]:
            parts.append(_esc(translate("Tiers", meta["tier"])))
        if pd.notna(meta["context_window"]):
            parts.append(translate("CatalogWindow", "{tokens} tokens of context").format(
                tokens=f"{meta['context_window']:,.0f}"))
        text = " · ".join(parts)
        for discount in self._discounts_of(model_id, meta):
            since = discount.since
            if since is None:
                line = translate("CatalogWindow", "This scenario takes {pct} off these list "
                                                  "prices ({target}; Discounts tab).")
            else:
                line = translate("CatalogWindow", "This scenario takes {pct} off these list "
                                                  "prices from {date} ({target}; Discounts "
                                                  "tab).")
            text += "<br>" + _esc(line.format(
                pct=format_percent(discount.off), target=discount.target,
                date=date_text(since) if since else ""))
        return text

    def _discounts_of(self, model_id: str, meta) -> list:
        """The scenario's discounts that reach this model (its own ones, else its vendor's)."""
        own = [d for d in self.discounts if d.model == model_id]
        if own:
            return own
        names = {str(meta["vendor"]).casefold(), str(meta["vendor_cn"] or "").casefold()}
        return [d for d in self.discounts if d.vendor and d.vendor.casefold() in names]

    def selected_row(self) -> int | None:
        rows = self.history.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def show_record(self) -> None:
        """Sources and notes of the selected record (the latest one when none is selected)."""
        count = self.history_model.rowCount()
        row = self.selected_row()
        self.remove_button.setEnabled(row is not None and row < count and self.history_model.record(
            row).get("origin") == "yours")
        if row is None or row >= count:
            row = count - 1
        if row < 0:
            self.details.setText("")
            return
        rec = self.history_model.record(row)
        lines = [translate("CatalogWindow", "<b>Effective from {date}</b> · {origin} · checked "
                                            "{checked}").format(
            date=date_text(rec["effective_from"]), origin=_esc(origin_text(rec.get("origin"))),
            checked=date_text(rec["checked"]))]
        if rec["status"] == "uncertain":
            lines.append(_esc(translate("CatalogWindow", "≈ Uncertain: part of this record "
                                                         "could not be confirmed; see the "
                                                         "notes.")))
        sources_title = translate("CatalogWindow", "Sources")
        lines.append(f"<b>{_esc(sources_title)}</b><br>"
                     + source_html(rec["source"]))
        notes = rec.get("notes")
        if isinstance(notes, str) and notes.strip():
            notes_title = translate("CatalogWindow", "Notes")
            lines.append(f"<b>{_esc(notes_title)}</b><br>{_esc(notes)}")
        self.details.setText("<br>".join(lines))


def _esc(text: object) -> str:
    return html.escape(str(text))
