"""The report as a PDF, written with Qt's own PDF writer.

The HTML report (``build_html(for_pdf=True)``) is laid out by QTextDocument and
printed page by page into a QPdfWriter (A4, 300 dpi). Its charts are drawn for
the page: a small logical size with the report's type sizes, at twice the pixels,
so chart text prints at about 8 pt and stays sharp. The lead chart is taller.
Tables repeat their header row on every page. English text is set in a Latin
face (narrow typographic quotes), Chinese in the bundled CJK face.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ...engine.evaluate import Evaluation
from ...reports.headline import lead_chart
from ...reports.html_report import build_html
from ...reports.locale import ENGLISH, Locale
from ...reports.summary import app_name, scenario_title
from ...userfiles.atomic import atomic_write_bytes
from ..charts.registry import chart_keys
from ..charts.style import ChartStyle
from ..fonts import bundled_font, register_fonts
from .chart_export import ChartExporter, ImageSize, report_charts

#: Chart type on the page: the exported-image sizes drawn on a 960-pixel canvas.
PAGE_STYLE = ChartStyle(tick_px=15, label_px=16, title_px=20, value_px=15, left_axis=90,
                        bottom_axis=52, margins=(12, 8, 24, 8), background="w",
                        foreground="#212529")
LEAD_SIZE = ImageSize(960, 640, 2)
OTHER_SIZE = ImageSize(960, 540, 2)
LATIN_FAMILIES = ("Segoe UI", "Helvetica Neue", "Helvetica", "Arial", "Liberation Sans",
                  "Nimbus Sans", "DejaVu Sans")


def page_charts(evaluation: Evaluation, locale: Locale = ENGLISH,
                texts: dict[str, dict[str, str]] | None = None) -> dict[str, bytes]:
    """Each chart as a PNG drawn for an A4 page (no footer: the report says it all)."""
    lead = lead_chart(evaluation.comparison)
    out = {}
    for size, kinds in ((LEAD_SIZE, (lead,)), (OTHER_SIZE, [k for k in chart_keys()
                                                          if k != lead])):
        with ChartExporter(evaluation, [], size, locale, texts, style=PAGE_STYLE) as exporter:
            for kind in kinds:
                out[kind] = exporter.png(kind)
    return out


def pdf_bytes(evaluation: Evaluation, version: str, locale: Locale = ENGLISH,
              charts: Mapping[str, bytes] | None = None) -> bytes:
    """PDF of the report for ``locale``; ``charts`` (PNG bytes by chart name) defaults to
    :func:`page_charts`."""
    if charts is None:
        charts = page_charts(evaluation, locale)
    names = {name: f"chart://{name}.png" for name in charts}
    document = QTextDocument()
    document.setDefaultFont(_report_font(locale))
    for name, png in charts.items():
        image = QImage.fromData(png, "PNG")
        if image.isNull():
            raise ValueError(f"chart {name} is not a PNG image")
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(names[name]), image)
    document.setHtml(build_html(evaluation, report_charts(names), version, for_pdf=True,
                                locale=locale))

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{scenario_title(evaluation)} — {app_name()}")
    writer.setCreator(f"LLM Cost Calculator {version}")
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    # Lay the document out at 96 dpi-like units, then scale onto the 300 dpi page.
    document.setPageSize(QSizeF(page.width() * 96 / 300, page.height() * 96 / 300))
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data())


def _report_font(locale: Locale):
    """The bundled CJK face for Chinese; a Latin face first for English, the bundled
    face after it for any Chinese names."""
    font = bundled_font(12)
    if not locale.chinese:
        font.setFamilies([*LATIN_FAMILIES, register_fonts()])
    return font


def write_pdf(evaluation: Evaluation, version: str, path: str | os.PathLike[str],
              locale: Locale = ENGLISH) -> Path:
    return atomic_write_bytes(path, pdf_bytes(evaluation, version, locale))
