"""A table model as tab-separated text that pastes into a spreadsheet (formulas neutralised
by the one sanitiser, :func:`calculator.engine.text.spreadsheet_cell`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt

from ..engine.text import spreadsheet_cell


def table_as_tsv(model: QAbstractItemModel) -> str:
    """Header and rows as shown (sorted, filtered), one line each, cells tab-separated."""

    def clean(value: object) -> str:
        return str(spreadsheet_cell(" ".join(str(value or "").split())))

    rows = [[clean(model.headerData(c, Qt.Orientation.Horizontal))
             for c in range(model.columnCount())]]
    for r in range(model.rowCount()):
        rows.append([clean(model.index(r, c).data()) for c in range(model.columnCount())])
    return "\n".join("\t".join(row) for row in rows) + "\n"
