"""Deterministic chart images: the same inputs give the same PNG and SVG bytes.

Each export builds a fresh chart at a fixed logical size with the report style
(pixel-sized bundled font, fixed axis sizes, explicit ranges), draws it through
the same feed as the window, renders the scene into a DPR-independent image and
adds a footer that says what the picture shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from ...engine.evaluate import Evaluation
from ...reports.html_report import ReportChart
from ...reports.locale import ENGLISH, Locale
from ...reports.summary import scenario_title
from ..charts import configure_pyqtgraph
from ..charts.feed import chart_columns, draw_chart
from ..charts.registry import chart_keys, chart_spec, charts
from ..charts.style import ChartStyle
from ..fonts import bundled_font

#: The report theme at the default 1600x900: larger pixel fonts, fixed axis sizes.
REPORT_STYLE = ChartStyle(tick_px=15, label_px=16, title_px=20, value_px=14, left_axis=100,
                          bottom_axis=56, margins=(16, 12, 28, 12), background="w",
                          foreground="#212529")
REPORT_SIZE = (1600, 900)


def export_canvas(width: int, height: int, scale: int) -> QImage:
    """A white image of ``width`` x ``height`` logical pixels at ``scale`` for a chart
    export (charts and the memo page paint into the same kind of canvas)."""
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    # Paint at 96 dpi: pyqtgraph's axes replay QPictures, whose text and tick
    # positions scale with the target's resolution on top of the painter's scale
    # (a 2x image had doubled axes that no longer matched the bars).
    image.setDotsPerMeterX(3780)
    image.setDotsPerMeterY(3780)
    # the device pixel ratio (not a painter scale) also reaches items that draw
    # in device pixels, like the value labels
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    return image


def export_painter(image: QImage) -> QPainter:
    """An antialiased painter on ``image`` (the caller ends it)."""
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    return painter


def report_style(width: int, height: int) -> tuple[ChartStyle, int]:
    """The report style scaled to an image size (text stays proportionate), and the
    footer font size. Fonts never shrink below 60 % of the 1600x900 sizes."""
    k = max(0.6, min(1.6, min(width / REPORT_SIZE[0], height / REPORT_SIZE[1])))
    s = REPORT_STYLE

    def px(value: int) -> int:
        return max(9, round(value * k))

    return ChartStyle(tick_px=px(s.tick_px), label_px=px(s.label_px), title_px=px(s.title_px),
                      value_px=px(s.value_px), left_axis=round(s.left_axis * k),
                      bottom_axis=round(s.bottom_axis * k),
                      margins=tuple(round(m * k) for m in s.margins),
                      background=s.background, foreground=s.foreground), px(FOOTER_PX)
#: The registry's charts when this module was imported (tests parametrize over them);
#: exports read :func:`calculator.ui.charts.registry.charts` when they run.
CHART_KINDS = chart_keys()
FOOTER_PX = 15
FOOTER_LINE = 22
FOOTER_PAD = 14


@dataclass(frozen=True)
class ImageSize:
    """Logical size in pixels and a scale (2 = "retina" image with twice the pixels)."""

    width: int = 1600
    height: int = 900
    scale: int = 1

    def __post_init__(self) -> None:
        if not (480 <= self.width <= 6000 and 320 <= self.height <= 4000):
            raise ValueError(f"image size {self.width}x{self.height} is outside 480x320 .. "
                             "6000x4000")
        if self.scale not in (1, 2):
            raise ValueError(f"scale must be 1 or 2, got {self.scale}")


def report_charts(images: Mapping[str, bytes | str]) -> list[ReportChart]:
    """Chart images (by registry key) as the report shows them: in registry order, each
    with its caption."""
    return [ReportChart(spec.key, spec.caption_text(), images[spec.key])
            for spec in charts() if spec.key in images]


class ChartExporter:
    """Renders the charts of one evaluation (by registry key) as PNG or SVG with a footer."""

    def __init__(self, evaluation: Evaluation,
                 footer: list[str] | Callable[[str], list[str]], size: ImageSize = ImageSize(),
                 locale: Locale = ENGLISH, texts: dict[str, dict[str, str]] | None = None,
                 style: ChartStyle | None = None):
        """``footer``: the lines under every chart, or a function giving a chart's own
        (:func:`calculator.reports.summary.footer_lines` with its key). ``style``
        replaces the report style scaled to ``size`` (the PDF keeps its fonts readable
        on a page by drawing a small image with large type)."""
        configure_pyqtgraph()
        self.evaluation = evaluation
        self._footer = footer if callable(footer) else (lambda kind, lines=list(footer): lines)
        self.size = size
        self.locale = locale
        self.texts = texts or {}
        self.rows = chart_columns(evaluation)
        self.style, self.footer_px = report_style(size.width, size.height)
        if style is not None:
            self.style = style
        self._charts: dict = {}

    def footer(self, kind: str) -> list[str]:
        """The lines under chart ``kind``."""
        return list(self._footer(kind))

    def footer_height(self, kind: str) -> int:
        lines = self.footer(kind)
        if not lines:
            return 0
        line = round(self.footer_px * FOOTER_LINE / FOOTER_PX)
        return FOOTER_PAD * 2 + line * len(lines)

    def _chart(self, kind: str):
        """The chart of ``kind``, built once per exporter (PNG and SVG share it)."""
        if kind in self._charts:
            return self._charts[kind]
        chart = chart_spec(kind).load()(self.style)
        chart.texts.update(self.texts.get(kind, {}))
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        chart.resize(self.size.width, self.size.height - self.footer_height(kind))
        chart.show()
        QApplication.processEvents()
        draw_chart(chart, self.evaluation, self.rows, self.locale)
        QApplication.processEvents()
        self._charts[kind] = chart
        return chart

    def close(self) -> None:
        """Release the charts built for this export."""
        for chart in self._charts.values():
            chart.close()
            chart.deleteLater()
        self._charts.clear()

    def __enter__(self) -> ChartExporter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _paint(self, painter: QPainter, kind: str) -> None:
        w, h = self.size.width, self.size.height
        footer = self.footer(kind)
        chart_h = h - self.footer_height(kind)
        # The bundled font from the start: an SVG's groups otherwise name the system's
        # default family, and the file would depend on the fonts installed.
        painter.setFont(bundled_font(self.footer_px))
        painter.fillRect(QRectF(0, 0, w, h), QColor("white"))
        chart = self._chart(kind)
        chart.scene().render(painter, QRectF(0, 0, w, chart_h), QRectF(0, 0, w, chart_h))
        if not footer:
            return
        painter.setPen(QPen(QColor("#CED4DA"), 1))
        painter.drawLine(16, chart_h + 4, w - 16, chart_h + 4)
        painter.setFont(bundled_font(self.footer_px))
        painter.setPen(QColor("#495057"))
        line_h = round(self.footer_px * FOOTER_LINE / FOOTER_PX)
        for i, line in enumerate(footer):
            top = chart_h + FOOTER_PAD + i * line_h
            painter.drawText(QRectF(20, top, w - 40, line_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight,
                                                              w - 40))

    def image(self, kind: str) -> QImage:
        s = self.size.scale
        image = export_canvas(self.size.width, self.size.height, s)
        painter = export_painter(image)
        try:
            self._paint(painter, kind)
        finally:
            painter.end()
        image.setDevicePixelRatio(1)
        image.setDotsPerMeterX(3780 * s)  # the file says 192 dpi at 2x: same size on paper
        image.setDotsPerMeterY(3780 * s)
        return image

    def png(self, kind: str) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.image(kind).save(buffer, "PNG"):
            raise OSError(f"could not encode the {kind} chart as PNG")
        return bytes(buffer.data())

    def svg(self, kind: str) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        # 96 dpi as the PNG (see image()): at the generator's default 72 dpi the axes'
        # QPictures were replayed at another scale than the bars, so ticks, names and
        # value labels stood beside rows they do not belong to
        generator.setResolution(96)
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(self.size.width, self.size.height))
        generator.setViewBox(QRect(0, 0, self.size.width, self.size.height))
        generator.setTitle(f"{scenario_title(self.evaluation)}: {kind}")
        generator.setDescription(" | ".join(self.footer(kind)))
        painter = QPainter(generator)
        try:
            self._paint(painter, kind)
        finally:
            painter.end()
        buffer.close()
        return bytes(data)
