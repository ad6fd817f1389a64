"""The report as one self-contained HTML file, in the order a manager reads it.

1. The scenario, the headline (biggest saving, cheapest model with its cost per
   request and per year, what switching saves) and the lead chart, large.
2. The comparison, sorted the way the lead chart is.
3. The other charts, then the assumptions.
4. An appendix: the price records used, with numbered references to their sources.

Charts come in as PNG bytes and are embedded as data URIs, so the file can be
mailed or archived alone. The same builder, with images given as resource names,
feeds the PDF writer (``for_pdf=True``: simpler CSS that Qt's text engine reads,
page breaks, images sized for an A4 page).
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from dataclasses import dataclass

from ..engine.evaluate import Evaluation
from .headline import chart_order, headline, lead_chart
from .html_tables import appendix_tables, assumptions_table, breakdown_table, comparison_table
from .i18n import note_text, translate
from .locale import ENGLISH, Locale
from .plan_tables import has_plan_section, plans_html
from .summary import app_name, comparison_text, scenario_title, workload_text
from .vocabulary import status_css


@dataclass(frozen=True)
class ReportChart:
    """One chart of the report: its key, its caption in the reader's language (the
    image's alternative text) and its picture, as PNG bytes (embedded as a data URI) or
    a resource name the PDF writer resolves."""

    key: str
    caption: str
    image: bytes | str

#: Latin text in a Latin face (typographic quotes stay narrow), Chinese in a CJK face.
LATIN_FACES = '"Segoe UI", "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif'
CJK_FACES = ('"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei"')

CSS = """
body { font-family: %(faces)s;
       color: #212529; margin: 32px auto; max-width: 1200px; line-height: 1.45; }
h1 { font-size: 26px; margin-bottom: 4px; }
h2 { font-size: 19px; margin-top: 32px; border-bottom: 1px solid #DEE2E6; padding-bottom: 4px; }
.sub { color: #495057; margin: 0; }
.lead { font-size: 17px; margin: 14px 0; }
.warn { color: #B35C00; font-weight: 600; }
table { border-collapse: collapse; width: 100%%; font-size: 13px; }
th, td { border: 1px solid #DEE2E6; padding: 4px 8px; vertical-align: top; }
th { background: #343A40; color: #FFFFFF; text-align: left; font-weight: 600; }
td.num, td.missing, td.free, td.neg { text-align: right; white-space: nowrap; }
.nowrap { white-space: nowrap; }
table.kv th { width: 28%%; background: #F1F3F5; color: #212529; }
table.records { font-size: 12px; }
table.refs { font-size: 12px; }
table.refs td { border: none; padding: 1px 6px; }
td.ref { word-break: break-all; }
img.chart { width: 100%%; border: 1px solid #DEE2E6; margin: 8px 0 20px; }
.note { color: #495057; font-size: 13px; }
td.over { background: #FFE3E3; }
""" + status_css()

PDF_CSS = """
body { font-size: 9pt; color: #212529; }
h1 { font-size: 17pt; }
h2 { font-size: 12pt; margin-top: 10pt; }
.sub { color: #495057; }
.lead { font-size: 11pt; }
.warn { color: #B35C00; font-weight: bold; }
table { border-collapse: collapse; }
th { background-color: #343A40; color: #FFFFFF; font-weight: bold; }
th, td { border: 1px solid #DEE2E6; padding: 2px; }
td.num, td.missing, td.free, td.neg { text-align: right; white-space: nowrap; }
.nowrap { white-space: nowrap; }
table.kv th { background-color: #F1F3F5; color: #212529; }
table.comparison { font-size: 8pt; }
th.compact { font-size: 7pt; }
table.records { font-size: 7.5pt; }
table.refs { font-size: 7pt; }
table.refs td { border: none; padding: 0px; }
.note { color: #495057; }
table.grid { font-size: 7.5pt; }
td.over { background-color: #FFE3E3; }
""" + status_css()

#: Width of a chart on an A4 page, in the PDF layout's CSS pixels (180 mm of text width).
PDF_IMAGE_WIDTH = 660


def faces(locale: Locale = ENGLISH) -> str:
    """CSS font families for the reader's language."""
    return f"{CJK_FACES}, {LATIN_FACES}" if locale.chinese else f"{LATIN_FACES}, {CJK_FACES}"


def build_html(evaluation: Evaluation, charts: Sequence[ReportChart], version: str,
               for_pdf: bool = False, locale: Locale = ENGLISH) -> str:
    """The whole report for ``locale``. ``charts`` in the order the app lists them; the
    lead chart (:func:`~calculator.reports.headline.lead_chart`) moves first."""
    ev = evaluation
    lead = lead_chart(ev.comparison)
    title = e(scenario_title(ev))
    brk = ' style="page-break-before: always"' if for_pdf else ""
    closing = translate("Reports", "Made with {app} {version}. Prices are list prices in the "
                                   "currency each vendor bills, converted at the rate above; "
                                   "free (0), unknown and not offered are kept apart.").format(
        app=app_name(), version=version)
    style = PDF_CSS if for_pdf else CSS % {"faces": faces(locale)}
    headings = {
        "comparison": translate("Reports", "Comparison"),
        "charts": translate("Reports", "Charts"),
        "assumptions": translate("Reports", "Assumptions"),
        "appendix": translate("Reports", "Appendix: price records and sources"),
    }
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{locale.html_lang}"><head>'
        '<meta charset="utf-8">',
        f"<title>{title} — {e(app_name())}</title>",
        f"<style>{style}</style></head><body>",
        f"<h1>{title}</h1>",
        f'<p class="sub">{e(workload_text(ev, locale))}</p>',
        f'<p class="sub">{e(comparison_text(ev, locale))}</p>',
    ]
    for note in ev.notes:
        if note.key in ("missing_models", "missing_reference"):
            parts.append(f'<p class="warn">{e(note_text(note))}</p>')
    lines = headline(ev, locale)
    gap = "" if locale.chinese else " "  # Chinese sentences run on
    parts.append('<p class="lead"><b>' + e(lines[0]) + "</b>"
                 + "".join(gap + e(line) for line in lines[1:]) + "</p>")
    parts += [_image(chart, for_pdf) for chart in charts if chart.key == lead]
    parts.append(f"<h2>{e(headings['comparison'])}</h2>")
    parts.append(comparison_table(ev, chart_order(ev.comparison, lead), locale))
    parts += _table_notes(ev)
    breakdown = breakdown_table(ev, chart_order(ev.comparison, lead), locale)
    if breakdown:
        heading = translate("Reports", "Current cost by part")
        parts.append(f"<h2>{e(heading)}</h2>")
        parts.append(breakdown)
    if has_plan_section(ev):
        parts.append(plans_html(ev, locale))
    others = [chart for chart in charts if chart.key != lead]
    if others:
        parts.append(f"<h2>{e(headings['charts'])}</h2>")
        parts += [_image(chart, for_pdf) for chart in others]
    parts.append(f"<h2>{e(headings['assumptions'])}</h2>")
    parts.append(assumptions_table(ev, version, locale))
    parts.append(f'<p class="note">{e(closing)}</p>')
    parts.append(f"<h2{brk}>{e(headings['appendix'])}</h2>")
    parts.append(appendix_tables(ev))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _image(chart: ReportChart, for_pdf: bool) -> str:
    caption = chart.caption
    if isinstance(chart.image, bytes):
        src = "data:image/png;base64," + base64.b64encode(chart.image).decode("ascii")
    else:
        src = chart.image
    width = f' width="{PDF_IMAGE_WIDTH}"' if for_pdf else ""
    return f'<p><img class="chart" src="{e(src)}" alt="{e(caption)}"{width}></p>'


def _table_notes(evaluation: Evaluation) -> list[str]:
    frame = evaluation.comparison.arrays
    uncertain = any(bool(((frame[f"{side}_status"] == "priced")
                          & (frame[f"{side}_record_status"] == "uncertain")).any())
                    for side in ("baseline", "current"))
    notes = []
    if uncertain:
        notes.append('<p class="note">' + e(translate(
            "Reports", "≈ marks a cost from a price the catalog lists as uncertain; the "
                       "appendix names its sources.")) + "</p>")
    return notes


def e(text: str) -> str:
    return html.escape(text)
