"""The report as one self-contained HTML file: assumptions, table, charts, sources.

Charts come in as PNG bytes and are embedded as data URIs, so the file can be
mailed or archived alone. The same builder, with images given as resource names,
feeds the PDF writer (``for_pdf=True``: simpler CSS that Qt's text engine reads).
"""

from __future__ import annotations

import base64
import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..engine.evaluate import Evaluation
from .formatting import format_money, format_percent, format_price
from .i18n import translate
from .locale import ENGLISH, Locale
from .summary import app_name, assumption_rows, scenario_title, workload_text
from .tables import price_records_frame
from .vocabulary import STATUS, UNCERTAIN_MARK, status_css, status_words


@dataclass(frozen=True)
class ReportChart:
    """One chart of the report: its key, its caption (in the reader's language) and its
    picture as PNG bytes (embedded as a data URI) or a resource name (the PDF writer)."""

    key: str
    caption: str
    image: bytes | str


CSS = """
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC",
       "Microsoft YaHei", "Segoe UI", Helvetica, Arial, sans-serif;
       color: #212529; margin: 32px auto; max-width: 1200px; line-height: 1.45; }
h1 { font-size: 26px; margin-bottom: 4px; }
h2 { font-size: 19px; margin-top: 32px; border-bottom: 1px solid #DEE2E6; padding-bottom: 4px; }
.sub { color: #495057; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #DEE2E6; padding: 4px 8px; vertical-align: top; }
th { background: #343A40; color: #FFFFFF; text-align: left; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
table.kv th { width: 28%; background: #F1F3F5; color: #212529; }
img.chart { width: 100%; border: 1px solid #DEE2E6; margin: 8px 0 20px; }
.note { color: #495057; font-size: 13px; }
.src { font-size: 12px; word-break: break-all; }
""" + status_css()

PDF_CSS = """
body { font-size: 10pt; color: #212529; }
h1 { font-size: 18pt; }
h2 { font-size: 13pt; margin-top: 16pt; }
table { border-collapse: collapse; }
th { background-color: #343A40; color: #FFFFFF; font-weight: bold; }
th, td { border: 1px solid #DEE2E6; padding: 2px; }
td.nowrap { white-space: nowrap; }
td.num { text-align: right; }
.note { color: #495057; }
.src { font-size: 7pt; }
""" + status_css()

def chart_captions() -> dict[str, str]:
    return {
        "spend": translate("Reports", "Monthly spend per model, baseline and current prices"),
        "savings": translate("Reports", "Monthly savings from the price changes"),
        "projection": translate("Reports", "Projected monthly and cumulative spend"),
        "price_history": translate("Reports", "Price per 1M tokens over time"),
    }


def build_html(evaluation: Evaluation, charts: Sequence[ReportChart], version: str,
               for_pdf: bool = False, locale: Locale = ENGLISH) -> str:
    """The whole report, for ``locale``. ``charts`` in the order they are shown: PNG
    bytes are embedded as data URIs; with ``for_pdf`` a ``str`` image names a resource
    the PDF writer resolves."""
    ev = evaluation
    e = html.escape
    title = e(scenario_title(ev))
    headings = {
        "assumptions": translate("Reports", "Assumptions"),
        "comparison": translate("Reports", "Comparison"),
        "charts": translate("Reports", "Charts"),
        "sources": translate("Reports", "Price records and sources"),
    }
    closing = translate("Reports", "Made with {app} {version}. Prices are list prices in the "
                                   "currency each vendor bills, converted at the rate above; "
                                   "free (0), unknown and not offered are kept apart.").format(
        app=app_name(), version=version)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{locale.html_lang}"><head>'
        '<meta charset="utf-8">',
        f"<title>{title} — {e(app_name())}</title>",
        f"<style>{PDF_CSS if for_pdf else CSS}</style></head><body>",
        f"<h1>{title}</h1>",
        f'<p class="sub">{e(workload_text(ev, locale))}</p>',
        f"<h2>{e(headings['assumptions'])}</h2>",
        '<table class="kv">',
    ]
    for label, value in assumption_rows(ev, version, locale):
        parts.append(f"<tr><th>{e(label)}</th><td>{e(value)}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h2>{e(headings['comparison'])}</h2>")
    parts.append(_comparison_table(ev, locale))
    frame = ev.comparison.frame
    if any(((frame[f"{side}_status"] == "priced")
            & (frame[f"{side}_record_status"] == "uncertain")).any()
           for side in ("baseline", "current")):
        parts.append('<p class="note">' + e(translate(
            "Reports", "≈ marks a cost from a price the catalog lists as uncertain; its "
                       "source and notes are under “Price records and sources”.")) + "</p>")
    # In the PDF the charts start a page, two per page: a heading or caption never
    # ends a page without its chart.
    brk = ' style="page-break-before: always"' if for_pdf else ""
    parts.append(f"<h2{brk}>{e(headings['charts'])}</h2>")
    for index, chart in enumerate(charts):
        if isinstance(chart.image, bytes):
            src = "data:image/png;base64," + base64.b64encode(chart.image).decode("ascii")
        else:
            src = chart.image
        width = ' width="640"' if for_pdf else ""
        brk = ' style="page-break-before: always"' if for_pdf and index and index % 2 == 0 else ""
        parts.append(f'<p class="note"{brk}>{e(chart.caption)}</p>')
        parts.append(f'<img class="chart" src="{e(src)}" alt="{e(chart.caption)}"{width}>')
    parts.append(f"<h2>{e(headings['sources'])}</h2>")
    parts.append(_sources_table(ev))
    parts.append(f'<p class="note">{e(closing)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _comparison_table(evaluation: Evaluation, locale: Locale) -> str:
    c = evaluation.comparison
    units = locale.money_units
    words = status_words()
    e = html.escape
    heads = [translate("Reports", "Vendor"), translate("Reports", "Model"),
             translate("Reports", "Baseline / month"), translate("Reports", "Current / month"),
             translate("Reports", "Savings / month"), translate("Reports", "Savings %")]
    if c.reference:
        heads.append(translate("Reports", "vs {reference} / month").format(reference=c.reference_name))
    rows = [f"<table><tr>{''.join(f'<th>{e(h)}</th>' for h in heads)}</tr>"]
    # as the app's table opens: the biggest monthly spend first
    frame = c.frame.sort_values("current_cost", ascending=False, na_position="last",
                                kind="stable")
    chinese = locale.chinese
    for row in frame.itertuples(index=False):
        name = e(str(row.model_name))
        if str(row.model_name).casefold() != str(row.model_id).casefold():
            name += f' <span class="src">({e(str(row.model_id))})</span>'
        vendor = row.vendor_cn if chinese and isinstance(row.vendor_cn, str) and row.vendor_cn \
            else row.vendor
        cells = [f"<td>{e(str(vendor))}</td>", f"<td>{name}</td>"]
        for side in ("baseline", "current"):
            status = STATUS[getattr(row, f"{side}_status")]
            if status.key != "priced":  # a word instead of a number (free, unknown...)
                cells.append(f'<td class="{status.css}">{e(words[status.key])}</td>')
            else:
                money = format_money(getattr(row, f"{side}_cost"), c.currency, units=units)
                if getattr(row, f"{side}_record_status") == "uncertain":
                    cells.append(f'<td class="num uncertain">{UNCERTAIN_MARK} {e(money)}</td>')
                else:
                    cells.append(f'<td class="num">{e(money)}</td>')
        cells.append(_money_cell(row.savings, c.currency, units))
        pct = row.savings_pct
        cells.append('<td class="missing"></td>' if _nan(pct)
                     else f'<td class="num">{e(format_percent(pct))}</td>')
        if c.reference:
            cells.append(_money_cell(row.savings_vs_reference, c.currency, units))
        rows.append(f"<tr>{''.join(cells)}</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _money_cell(value: float, currency: str, units: str) -> str:
    if _nan(value):
        return '<td class="missing"></td>'
    css = "neg" if value < 0 else "num"
    return f'<td class="{css}">{html.escape(format_money(value, currency, units=units))}</td>'


def _sources_table(evaluation: Evaluation) -> str:
    e = html.escape
    words = status_words()
    unknown = STATUS["unknown"]
    records = price_records_frame(evaluation.comparison)
    heads = [translate("Reports", "Model"), translate("Reports", "Used for"),
             translate("Reports", "Effective from"), translate("Reports", "Input / 1M"),
             translate("Reports", "Output / 1M"), translate("Reports", "Status"),
             translate("Reports", "Checked"), translate("Reports", "Source")]
    rows = [f"<table><tr>{''.join(f'<th>{e(h)}</th>' for h in heads)}</tr>"]
    for row in records.itertuples(index=False):
        prices = []
        for value in (row.input_per_mtok, row.output_per_mtok):
            prices.append(f'<td class="{unknown.css}">{e(words[unknown.key])}</td>' if _nan(value)
                          else f'<td class="num">{e(format_price(value, row.billing_currency))}</td>')  # noqa: E501
        rows.append(
            f'<tr><td class="nowrap">{e(str(row.model_id))}</td>'  # ids never break
            f'<td class="nowrap">{e(words.get(row.used_for, row.used_for))}<br>'
            f"{e(row.date_priced)}</td>"
            f'<td class="nowrap">{e(str(row.effective_from))}</td>{"".join(prices)}'
            f'<td class="nowrap">{e(words.get(row.status, row.status))}</td>'
            f'<td class="nowrap">{e(str(row.checked))}</td>'
            f'<td class="src">{_links(str(row.source))}</td></tr>')
    rows.append("</table>")
    return "\n".join(rows)


def _links(source: str) -> str:
    out = []
    for part in source.split(" ; "):
        part = part.strip()
        if not part:
            continue
        if part.startswith(("https://", "http://")) and " " not in part:
            out.append(f'<a href="{html.escape(part, quote=True)}">{html.escape(part)}</a>')
        else:
            out.append(html.escape(part))
    return "<br>".join(out)


def _nan(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
