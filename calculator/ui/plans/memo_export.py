"""Plan A beside plan B for a decision memo: a chart PNG, the CSV, and one PDF page with
the answer, the chart and the table.

The page is A4 landscape: the title and the answer in sentences across the top, the
cumulative chart on the left, the summary and the month-by-month spend on the right,
the assumptions at the bottom. Everything comes from one :class:`Memo`, the same the
window shows.
"""

from __future__ import annotations

import html
import math
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from ...reports.decision_memo import Memo, memo_csv_bytes
from ...reports.formatting import column_decimals, money_text
from ...reports.i18n import translate
from ...userfiles.atomic import atomic_write_bytes
from ..charts import configure_pyqtgraph
from ..charts.style import ChartStyle
from ..export.chart_export import REPORT_STYLE, export_canvas, export_painter
from ..fonts import bundled_font
from .memo_chart import MemoChart

PAGE_CHART_STYLE = ChartStyle(tick_px=13, label_px=14, title_px=16, value_px=13,
                              left_axis=96, bottom_axis=48, margins=(10, 8, 18, 8),
                              background="w", foreground="#212529")
MAX_TABLE_ROWS = 18  # months per block in the page's month table


def memo_image(memo: Memo, width: int = 1600, height: int = 900, scale: int = 1,
               cumulative: bool = True, style: ChartStyle = REPORT_STYLE,
               footer: list[str] | None = None) -> QImage:
    """The memo chart as an image (``footer`` lines under it)."""
    configure_pyqtgraph()
    footer = list(footer or [])
    footer_px = max(11, style.value_px)
    footer_h = (footer_px + 8) * len(footer) + (16 if footer else 0)
    chart = MemoChart(style)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.resize(width, height - footer_h)
    chart.show()
    QApplication.processEvents()
    chart.set_data(memo, cumulative)
    QApplication.processEvents()
    chart.set_data(memo, cumulative)  # axes sized on the first pass, drawn on the second
    QApplication.processEvents()
    image = export_canvas(width, height, scale)
    painter = export_painter(image)
    try:
        chart.scene().render(painter, QRectF(0, 0, width, height - footer_h),
                             QRectF(0, 0, width, height - footer_h))
        painter.setFont(bundled_font(footer_px))
        painter.setPen(QColor("#495057"))
        for i, line in enumerate(footer):
            top = height - footer_h + 8 + i * (footer_px + 8)
            painter.drawText(QRectF(16, top, width - 32, footer_px + 6),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight,
                                                              width - 32))
    finally:
        painter.end()
        chart.close()
        chart.deleteLater()
    image.setDevicePixelRatio(1)
    image.setDotsPerMeterX(3780 * scale)
    image.setDotsPerMeterY(3780 * scale)
    return image


def memo_png(memo: Memo, width: int = 1600, height: int = 900, scale: int = 1,
             cumulative: bool = True) -> bytes:
    lines = [*memo.headline(), *memo.assumptions]
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not memo_image(memo, width, height, scale, cumulative, footer=lines).save(buffer, "PNG"):
        raise OSError("could not encode the chart as PNG")
    return bytes(buffer.data())


def memo_html(memo: Memo, chart_url: str) -> str:
    """The page as HTML for QTextDocument (tables, the chart as an image resource)."""
    e = html.escape

    def money(value: float | None, decimals: int) -> str:
        if value is None or not math.isfinite(value):
            return "–"
        return money_text(value, memo.currency, decimals)

    summary = memo.summary()
    # one number of decimals per column (¥867 beside ¥15,538, not ¥867.00)
    places = {i: column_decimals(summary.iloc[:, i].astype(float)) for i in (4, 5, 6)}
    # by position: option, scenario, row, growth, month 1, month N, total, first over,
    # total over from, months within budget
    keep = [0, 3, 4, 5, 6, 7, 8, 9]
    if len({o.scenario for o in memo.options}) > 1:
        keep.insert(1, 1)
    if any(o.label != o.row_id for o in memo.options):
        keep.insert(len(keep) - 7, 2)
    heads = "".join(f"<th>{e(str(summary.columns[i]))}</th>" for i in keep)
    rows = []
    for row in summary.itertuples(index=False):
        cells = []
        for i in keep:
            value = row[i]
            missing = value is None or (isinstance(value, float) and math.isnan(value))
            if missing:
                cells.append("<td class='num'>–</td>")
            elif i == 3:
                cells.append(f"<td class='num'>{value * 100:+.1f}%</td>")
            elif i in (4, 5, 6):
                cells.append(f"<td class='num'>{e(money(float(value), places[i]))}</td>")
            elif i >= 7:
                cells.append(f"<td class='num'>{int(value)}</td>")
            else:  # names and model ids never break inside
                cells.append(f"<td class='text'>{e(str(value))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    summary_html = (f"<table class='grid' width='100%'><tr>{heads}</tr>{''.join(rows)}"
                    "</table>")
    months = memo.months
    blocks = [months[i:i + MAX_TABLE_ROWS] for i in range(0, len(months), MAX_TABLE_ROWS)]
    first = memo.first_over()
    spend = [v for o in memo.options for v in o.monthly]
    month_places = column_decimals(spend)
    budget_places = column_decimals([memo.budget * months[-1]]) if memo.budget else 0
    month_tables = []
    for block in blocks:
        head = f"<th>{e(translate('Reports', 'Month'))}</th>" + "".join(
            f"<th>{e(o.label)}</th>" for o in memo.options)
        if memo.budget is not None:
            head += f"<th>{e(translate('Reports', 'Budget, cumulative'))}</th>"
        body = []
        for m in block:
            cells = [f"<td class='num'>{int(m)}</td>"]
            for option, over in zip(memo.options, first, strict=True):
                value = option.monthly[m - 1]
                hot = memo.budget is not None and math.isfinite(value) and value > memo.budget
                style = " class='num over'" if hot else " class='num'"
                mark = " ◀" if over and int(m) == int(over) else ""
                cells.append(f"<td{style}>{e(money(value, month_places))}{mark}</td>")
            if memo.budget is not None:
                cells.append(f"<td class='num'>{e(money(memo.budget * m, budget_places))}"
                             "</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        month_tables.append(f"<table class='grid months'><tr>{head}</tr>{''.join(body)}"
                            "</table>")
    caption = translate("Reports", "Spend per month ({currency}); ◀ the first month over the "
                                   "monthly budget").format(currency=memo.currency)
    answer = "".join(f"<p class='answer'>{e(line)}</p>" for line in memo.headline())
    notes = "".join(f"<p class='note'>{e(line)}</p>" for line in memo.assumptions)
    style = ("<style>h1{font-size:15pt;margin:0 0 2pt 0;} p.answer{font-size:9.5pt;margin:0;} "
             "p.note{font-size:7pt;color:#495057;margin:0;} "
             "table.grid{border-collapse:collapse;font-size:7pt;} "
             "table.grid th{background:#E9ECEF;padding:1px 4px;text-align:right;} "
             "table.grid td{padding:1px 4px;border-bottom:1px solid #DEE2E6;} "
             "td.num{text-align:right;white-space:nowrap;} td.text{white-space:nowrap;} "
             "td.over{background:#FFE3E3;} "
             "p.caption{font-size:7.5pt;color:#495057;margin:4pt 0 1pt 0;}</style>")
    months_html = "<table width='100%'><tr>" + "".join(
        f"<td valign='top'>{t}</td>" for t in month_tables) + "</tr></table>"
    return (f"<html><head>{style}</head><body><h1>{e(memo.title)}</h1>{answer}"
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='56%' valign='top'><img src='{chart_url}' width='560'></td>"
            f"<td width='44%' valign='top'>{summary_html}<p class='caption'>{e(caption)}</p>"
            f"{months_html}</td></tr></table>{notes}</body></html>")


def memo_pdf(memo: Memo, version: str, cumulative: bool = True) -> bytes:
    """One A4 landscape page: the answer, the chart, the summary and the months."""
    chart = memo_image(memo, 1000, 900, 2, cumulative, style=PAGE_CHART_STYLE)
    document = QTextDocument()
    font = bundled_font(9)
    document.setDefaultFont(font)
    url = "chart://memo.png"
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), chart)
    document.setHtml(memo_html(memo, url))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    writer.setTitle(memo.title)
    writer.setCreator(f"LLM Cost Calculator {version}")
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    size = QSizeF(page.width() * 96 / 300, page.height() * 96 / 300)
    document.setPageSize(size)
    if document.pageCount() > 1:  # shrink the type until the memo fits one page
        for points in (8, 7, 6):
            font.setPointSizeF(points)
            document.setDefaultFont(font)
            document.setHtml(memo_html(memo, url).replace("width='560'", "width='500'"))
            document.setPageSize(size)
            if document.pageCount() == 1:
                break
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data())


def write_memo(memo: Memo, path: str | os.PathLike[str], version: str,
               cumulative: bool = True) -> Path:
    """PNG, CSV or PDF by the file's extension, written atomically."""
    suffix = Path(path).suffix.lower()
    if suffix == ".png":
        data = memo_png(memo, cumulative=cumulative)
    elif suffix == ".csv":
        data = memo_csv_bytes(memo)
    elif suffix == ".pdf":
        data = memo_pdf(memo, version, cumulative)
    else:
        raise ValueError(f"unknown file type {suffix!r} (use .png, .csv or .pdf)")
    return atomic_write_bytes(path, data)
