"""The report as a PDF, written with Qt's own PDF writer.

The HTML report (``build_html(for_pdf=True)``) is laid out by QTextDocument, with
chart images registered as document resources, and printed page by page into a
QPdfWriter (A4, 300 dpi). The bundled font makes Chinese names render anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ...engine.evaluate import Evaluation
from ...reports.html_report import ReportChart, build_html
from ...reports.locale import ENGLISH, Locale
from ...reports.summary import app_name, scenario_title
from ...userfiles.atomic import atomic_write_bytes
from ..fonts import bundled_font


def pdf_bytes(evaluation: Evaluation, charts: Sequence[ReportChart], version: str,
              locale: Locale = ENGLISH) -> bytes:
    """PDF of the report; each chart's image is PNG bytes."""
    document = QTextDocument()
    document.setDefaultFont(bundled_font(12))
    named = []
    for chart in charts:
        image = QImage.fromData(chart.image, "PNG")
        if image.isNull():
            raise ValueError(f"chart {chart.key} is not a PNG image")
        name = f"chart://{chart.key}.png"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        named.append(replace(chart, image=name))
    document.setHtml(build_html(evaluation, named, version, for_pdf=True, locale=locale))

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


def write_pdf(evaluation: Evaluation, charts: Sequence[ReportChart], version: str,
              path: str | os.PathLike[str], locale: Locale = ENGLISH) -> Path:
    return atomic_write_bytes(path, pdf_bytes(evaluation, charts, version, locale))
