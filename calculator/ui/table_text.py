"""The comparison table as a spreadsheet wants it: plain numbers, model ids, HTML beside text.

Copy table (and Ctrl+C in the table) puts two flavours on the clipboard: tab-separated
text and an HTML table, so a spreadsheet keeps the columns either way. Numbers are plain
(``107568``, ``97``), the currency and unit sit in the header (``Current cost (CNY /
month)``), unknown and not offered stay words, and the model id leads each row. A few
lines under the table say what was compared. Text cells are neutralised so a
spreadsheet never runs them as formulas.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QMimeData, Qt

from ..engine.text import spreadsheet_cell
from .i18n import translate
from .roles import MODEL_ID_ROLE, PLAIN_ROLE


@dataclass(frozen=True)
class TableCopy:
    headers: list[str]
    rows: list[list[object]]
    notes: list[str] = field(default_factory=list)


def plain_header(text: object) -> str:
    """``Current cost\\nCNY / month`` → ``Current cost (CNY / month)``."""
    lines = [" ".join(part.split()) for part in str(text or "").split("\n") if part.strip()]
    if len(lines) < 2:
        return lines[0] if lines else ""
    return f"{lines[0]} ({' '.join(lines[1:])})"


def table_copy(model: QAbstractItemModel, columns: list[int] | None = None,
               rows: list[int] | None = None, notes: list[str] | None = None) -> TableCopy:
    """The shown rows (or ``rows``) and columns (or ``columns``) of ``model``, in view
    order, with the model id first."""
    columns = list(range(model.columnCount())) if columns is None else columns
    rows = list(range(model.rowCount())) if rows is None else rows
    headers = [translate("TableCopy", "Model id")]
    headers += [plain_header(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    body = []
    for r in rows:
        line = [model.index(r, 0).data(MODEL_ID_ROLE) or ""]
        line += [model.index(r, c).data(PLAIN_ROLE) for c in columns]
        body.append(line)
    return TableCopy(headers, body, list(notes or []))


def cell_text(value: object) -> str:
    """A number without grouping or currency (``107568``, ``0.0047``); text made safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            return ""
        return f"{float(value):.10g}"
    return str(spreadsheet_cell(" ".join(str(value).split())))


def as_tsv(copy: TableCopy) -> str:
    lines = ["\t".join(cell_text(h) for h in copy.headers)]
    lines += ["\t".join(cell_text(v) for v in row) for row in copy.rows]
    if copy.notes:
        lines.append("")
        lines += [cell_text(note) for note in copy.notes]
    return "\n".join(lines) + "\n"


def as_html(copy: TableCopy) -> str:
    """An HTML table: spreadsheets paste it cell by cell, numbers as numbers."""
    e = html.escape
    parts = ['<html><head><meta charset="utf-8"></head><body><table>',
             "<tr>" + "".join(f"<th>{e(cell_text(h))}</th>" for h in copy.headers) + "</tr>"]
    for row in copy.rows:
        cells = []
        for value in row:
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            align = ' style="text-align:right"' if number else ""
            cells.append(f"<td{align}>{e(cell_text(value))}</td>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</table>")
    parts += [f"<p>{e(cell_text(note))}</p>" for note in copy.notes]
    parts.append("</body></html>")
    return "\n".join(parts)


def mime_data(copy: TableCopy) -> QMimeData:
    """Text and HTML flavours of the same table, for the clipboard."""
    data = QMimeData()
    data.setText(as_tsv(copy))
    data.setHtml(as_html(copy))
    return data


def table_as_tsv(model: QAbstractItemModel) -> str:
    """The whole shown table as tab-separated plain values."""
    return as_tsv(table_copy(model))
