"""Write a scenario's charts and reports into a folder: the ``export`` command and
the window's File > Export both run :func:`export_files`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ...engine.amounts import parse_number
from ...engine.errors import EngineError
from ...engine.evaluate import Evaluation
from ...reports.html_report import build_html
from ...reports.locale import ENGLISH, Locale
from ...reports.spreadsheet import csv_bytes, xlsx_bytes
from ...reports.summary import footer_lines
from ...userfiles.atomic import atomic_write_bytes, atomic_write_text
from ..charts.registry import charts
from .chart_export import ChartExporter, ImageSize, report_charts

FORMATS = ("png", "svg", "csv", "xlsx", "html", "pdf")


@dataclass(frozen=True)
class ExportRequest:
    formats: tuple[str, ...] = FORMATS
    size: ImageSize = ImageSize()
    locale: Locale = ENGLISH  # language of chart and report text, names and units

    @property
    def human_headers(self) -> bool:
        """Translated CSV headers and words instead of column keys (for Chinese readers)."""
        return self.locale.chinese

    def __post_init__(self) -> None:
        unknown = [f for f in self.formats if f not in FORMATS]
        if unknown or not self.formats:
            raise ValueError(f"unknown format {', '.join(unknown) or '(none)'} "
                             f"(use {', '.join(FORMATS)})")


def export_files(evaluation: Evaluation, folder: str | os.PathLike[str], version: str,
                 request: ExportRequest = ExportRequest(),
                 chart_texts: dict[str, dict[str, str]] | None = None) -> list[Path]:
    """Write the requested files into ``folder`` (created if needed); return their paths.

    Every file is written atomically. Each chart's PNG is rendered once and also
    embedded in the HTML and PDF reports.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    formats = set(request.formats)

    def footer(kind: str) -> list[str]:
        return footer_lines(evaluation, version, request.locale, kind)

    written: list[Path] = []
    pngs: dict[str, bytes] = {}
    if formats & {"png", "svg", "html", "pdf"}:
        with ChartExporter(evaluation, footer, request.size, request.locale,
                           chart_texts) as exporter:
            _write_charts(exporter, formats, out, written, pngs)
    if "csv" in formats:
        written.append(atomic_write_bytes(out / "comparison.csv",
                                          csv_bytes(evaluation, request.human_headers)))
    if "xlsx" in formats:
        written.append(atomic_write_bytes(out / "comparison.xlsx", xlsx_bytes(evaluation, version,
                                                                         request.locale)))
    if "html" in formats:
        written.append(atomic_write_text(out / "report.html",
                                         build_html(evaluation, report_charts(pngs), version,
                                                    locale=request.locale)))
    if "pdf" in formats:
        from .pdf_report import page_charts, pdf_bytes

        charts = page_charts(evaluation, request.locale, chart_texts)
        written.append(atomic_write_bytes(out / "report.pdf",
                                          pdf_bytes(evaluation, version, request.locale, charts)))
    return written


def _write_charts(exporter: ChartExporter, formats: set[str], out: Path, written: list[Path],
                  pngs: dict[str, bytes]) -> None:
    for spec in charts():
        kind = spec.key
        if formats & {"png", "html", "pdf"}:
            pngs[kind] = exporter.png(kind)
        if "png" in formats:
            written.append(atomic_write_bytes(out / f"{spec.file_stem}.png", pngs[kind]))
        if "svg" in formats:
            written.append(atomic_write_bytes(out / f"{spec.file_stem}.svg", exporter.svg(kind)))


def parse_formats(text: str) -> tuple[str, ...]:
    parts = tuple(dict.fromkeys(p.strip().lower() for p in text.split(",") if p.strip()))
    ExportRequest(formats=parts)
    return parts


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (parse_number(part, what="size", grouping=False)
                         for part in text.lower().split("x"))
    except (ValueError, EngineError):
        raise ValueError(f"size {text!r} is not WIDTHxHEIGHT, e.g. 1600x900") from None
    if width != int(width) or height != int(height):
        raise ValueError(f"size {text!r} is not WIDTHxHEIGHT in whole pixels, e.g. 1600x900")
    width, height = int(width), int(height)
    ImageSize(width, height)
    return width, height

