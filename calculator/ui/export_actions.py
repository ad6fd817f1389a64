"""File > Export and Edit > Copy chart: what the window's export commands do."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..reports.locale import ENGLISH, Locale
from ..reports.summary import footer_lines
from .dialogs import Dialogs
from .i18n import translate
from .settings import settings
from .state import AppState

#: Menu entries: key -> (formats, scale).
EXPORTS: dict[str, tuple[tuple[str, ...], int]] = {
    "png": (("png",), 1),
    "png2x": (("png",), 2),
    "svg": (("svg",), 1),
    "csv": (("csv",), 1),
    "xlsx": (("xlsx",), 1),
    "html": (("html",), 1),
    "pdf": (("pdf",), 1),
    "all": (("png", "svg", "csv", "xlsx", "html", "pdf"), 1),
}

log = logging.getLogger(__name__)


class ExportActions:
    def __init__(self, state: AppState, window: QWidget, status, locale=None):
        self.state = state
        self.window = window
        self.status = status  # callable(message: str)
        #: callable() -> the Locale exports are written for
        self.locale = locale or (lambda: ENGLISH)

    def export(self, key: str) -> list[Path]:
        """Ask for a folder and write the chosen files there."""
        results = self.state.results
        if results is None:
            return []
        formats, scale = EXPORTS[key]
        folder = Dialogs.choose_folder(self.window, str(settings().value(
            "export/folder", str(Path.home()))))
        if not folder:
            return []
        settings().setValue("export/folder", folder)
        from .export.chart_export import ImageSize  # pyqtgraph: loaded on first export
        from .export.exporter import ExportRequest, export_files

        locale: Locale = self.locale()
        QApplication.setOverrideCursor(self._wait_cursor())
        try:
            paths = export_files(results, folder, __version__, ExportRequest(
                formats=formats, size=ImageSize(1600, 900, scale), locale=locale))
        except OSError as err:
            Dialogs.error(self.window, translate("Export", "Export failed"),
                          translate("Export", "Cannot write to {folder}: {reason}").format(
                              folder=folder, reason=err.strerror or err))
            return []
        except Exception as err:  # noqa: BLE001 - any other failure is said, never silent
            log.exception("export failed")
            Dialogs.error(self.window, translate("Export", "Export failed"),
                          f"{type(err).__name__}: {err}")
            return []
        finally:
            QApplication.restoreOverrideCursor()
        self.status(translate("Export", "Wrote {n} files to {folder}").format(
            n=len(paths), folder=folder))
        return paths

    def export_chart(self, key: str) -> Path | None:
        """One chart (registry ``key``) to a file the user names: PNG (1x or 2x) or SVG,
        by the chosen type or the name's ending."""
        results = self.state.results
        if results is None:
            return None
        folder = Path(str(settings().value("export/folder", str(Path.home()))))
        stem = "".join(c if c.isalnum() or c in "-_ " else "_"
                       for c in (results.scenario.name or "chart")).strip() or "chart"
        path, kind = Dialogs.save_chart(self.window, str(folder / f"{stem} - {key}.png"))
        if not path:
            return None
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix in (".png", ".svg"):
            kind = "svg" if suffix == ".svg" else ("png2x" if kind == "png2x" else "png")
        else:
            target = target.with_name(target.name + (".svg" if kind == "svg" else ".png"))
        from ..userfiles.atomic import atomic_write_bytes
        from .export.chart_export import ChartExporter, ImageSize

        locale = self.locale()
        size = ImageSize(1600, 900, 2 if kind == "png2x" else 1)
        QApplication.setOverrideCursor(self._wait_cursor())
        try:
            with ChartExporter(results, lambda k: footer_lines(results, __version__, locale, k),
                               size, locale) as exporter:
                data = exporter.svg(key) if kind == "svg" else exporter.png(key)
            atomic_write_bytes(target, data)
        except OSError as err:
            Dialogs.error(self.window, translate("Export", "Export failed"),
                          translate("Export", "Cannot write {path}: {reason}").format(
                              path=target, reason=err.strerror or err))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        settings().setValue("export/folder", str(target.parent))
        self.status(translate("Export", "Chart written to {path}").format(path=target))
        return target

    def copy_chart(self, key: str) -> bool:
        """Put chart ``key`` (a registry entry) on the clipboard as a report-style image."""
        results = self.state.results
        if results is None:
            return False
        from .export.chart_export import ChartExporter, ImageSize

        locale = self.locale()
        exporter = ChartExporter(results, lambda kind: footer_lines(results, __version__,
                                                                 locale, kind),
                                 ImageSize(), locale)
        with exporter:
            image = exporter.image(key)
        QGuiApplication.clipboard().setImage(image)
        self.status(translate("Export", "Chart copied as an image: paste it into a document."))
        return True

    @staticmethod
    def _wait_cursor():
        from PySide6.QtCore import Qt

        return Qt.CursorShape.WaitCursor
