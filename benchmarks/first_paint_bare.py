"""Child process for bench_ui.py: a bare PySide6 + pyqtgraph + pandas window.

The reference the app's start is compared with: a QMainWindow with a table over a
50-row DataFrame and a pyqtgraph bar chart with 50 bars and a 36-point line.
"""

from __future__ import annotations

import os
import resource
import sys
import time

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets


class Model(QtCore.QAbstractTableModel):
    def __init__(self, df):
        super().__init__()
        self.df = df

    def rowCount(self, parent=QtCore.QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.df)

    def columnCount(self, parent=QtCore.QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else self.df.shape[1]

    def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
        if role == QtCore.Qt.ItemDataRole.DisplayRole and index.isValid():
            return str(self.df.iat[index.row(), index.column()])
        return None


def main() -> None:
    app = QtWidgets.QApplication(sys.argv[:1])
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"model": [f"通义千问 {i}" for i in range(50)],
                       "input": rng.uniform(0.05, 15, 50), "output": rng.uniform(0.1, 75, 50)})
    window = QtWidgets.QMainWindow()
    central = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(central)
    table = QtWidgets.QTableView()
    table.setModel(Model(df))
    plot = pg.PlotWidget()
    plot.addItem(pg.BarGraphItem(x=np.arange(50), height=df["output"].to_numpy(), width=0.8))
    layout.addWidget(table)
    layout.addWidget(plot)
    window.setCentralWidget(central)
    window.resize(1366, 768)
    painted: set[str] = set()

    class Watch(QtCore.QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QtCore.QEvent.Type.Paint:
                painted.add(obj.objectName())
                if {"table", "chart"} <= painted and not hasattr(self, "done"):
                    self.done = True
                    stamp = time.time()
                    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                    sys.stdout.write(f"FIRSTPAINT {stamp:.6f}\nRSS_MB {rss:.1f}\n")
                    sys.stdout.flush()
                    os._exit(0)
            return False

    watch = Watch()
    table.viewport().setObjectName("table")
    plot.viewport().setObjectName("chart")
    table.viewport().installEventFilter(watch)
    plot.viewport().installEventFilter(watch)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
