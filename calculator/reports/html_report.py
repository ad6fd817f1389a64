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
from collections.abc import Mapping

from ..engine.evaluate import Evaluation
from .headline import chart_order, headline, lead_chart
from .html_tables import appendix_tables, assumptions_table, comparison_table
from .i18n import language, note_text, translate
from .summary import app_name, comparison_text, scenario_title, workload_text

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
td.num { text-align: right; white-space: nowrap; }
td.missing { color: #868E96; font-style: italic; text-align: right; white-space: nowrap; }
td.free { color: #2B8A3E; text-align: right; white-space: nowrap; }
td.neg { color: #C92A2A; text-align: right; white-space: nowrap; }
td.uncertain { color: #B35C00; }
.nowrap { white-space: nowrap; }
table.kv th { width: 28%%; background: #F1F3F5; color: #212529; }
table.records { font-size: 12px; }
table.refs { font-size: 12px; }
table.refs td { border: none; padding: 1px 6px; }
td.ref { word-break: break-all; }
img.chart { width: 100%%; border: 1px solid #DEE2E6; margin: 8px 0 20px; }
.note { color: #495057; font-size: 13px; }
"""

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
td.missing { color: #868E96; font-style: italic; }
td.free { color: #2B8A3E; }
td.neg { color: #C92A2A; }
td.uncertain { color: #B35C00; }
.nowrap { white-space: nowrap; }
table.kv th { background-color: #F1F3F5; color: #212529; }
table.records { font-size: 7.5pt; }
table.refs { font-size: 7pt; }
table.refs td { border: none; padding: 0px; }
.note { color: #495057; }
"""

#: Charts in the order the report shows them after the lead chart.
CHART_ORDER = ("savings", "spend", "projection", "price_history")
#: Width of a chart on an A4 page, in the PDF layout's CSS pixels (180 mm of text width).
PDF_IMAGE_WIDTH = 660


def chart_captions() -> dict[str, str]:
    return {
        "spend": translate("Reports", "Monthly spend per model, baseline and current prices"),
        "savings": translate("Reports", "Monthly savings from the price changes"),
        "projection": translate("Reports", "Projected monthly and cumulative spend"),
        "price_history": translate("Reports", "Price per 1M tokens over time"),
    }


def faces() -> str:
    """CSS font families for the report language."""
    chinese = language().startswith("zh")
    return f"{CJK_FACES}, {LATIN_FACES}" if chinese else f"{LATIN_FACES}, {CJK_FACES}"


def build_html(evaluation: Evaluation, charts: Mapping[str, bytes | str], version: str,
               for_pdf: bool = False, units: str = "plain") -> str:
    """The whole report. ``charts`` maps chart name to PNG bytes (embedded as data
    URIs) or, with ``for_pdf``, to a resource name the PDF writer resolves."""
    ev = evaluation
    lead = lead_chart(ev.comparison)
    title = e(scenario_title(ev))
    brk = ' style="page-break-before: always"' if for_pdf else ""
    closing = translate("Reports", "Made with {app} {version}. Prices are list prices in the "
                                   "currency each vendor bills, converted at the rate above; "
                                   "free (0), unknown and not offered are kept apart.").format(
        app=app_name(), version=version)
    style = PDF_CSS if for_pdf else CSS % {"faces": faces()}
    headings = {
        "comparison": translate("Reports", "Comparison"),
        "charts": translate("Reports", "Charts"),
        "assumptions": translate("Reports", "Assumptions"),
        "appendix": translate("Reports", "Appendix: price records and sources"),
    }
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if language().startswith("zh") else "en"}"><head>'
        '<meta charset="utf-8">',
        f"<title>{title} — {e(app_name())}</title>",
        f"<style>{style}</style></head><body>",
        f"<h1>{title}</h1>",
        f'<p class="sub">{e(workload_text(ev, "cn" if units == "cn" else "short"))}</p>',
        f'<p class="sub">{e(comparison_text(ev))}</p>',
    ]
    for note in ev.notes:
        if note.key in ("missing_models", "missing_reference"):
            parts.append(f'<p class="warn">{e(note_text(note))}</p>')
    lines = headline(ev, units)
    gap = "" if language().startswith("zh") else " "  # Chinese sentences run on
    parts.append('<p class="lead"><b>' + e(lines[0]) + "</b>"
                 + "".join(gap + e(line) for line in lines[1:]) + "</p>")
    if lead in charts:
        parts.append(_image(lead, charts[lead], for_pdf))
    parts.append(f"<h2>{e(headings['comparison'])}</h2>")
    parts.append(comparison_table(ev, chart_order(ev.comparison, lead), units))
    parts += _table_notes(ev)
    others = [name for name in CHART_ORDER if name != lead and name in charts]
    if others:
        parts.append(f"<h2>{e(headings['charts'])}</h2>")
        parts += [_image(name, charts[name], for_pdf) for name in others]
    parts.append(f"<h2>{e(headings['assumptions'])}</h2>")
    parts.append(assumptions_table(ev, version, units))
    parts.append(f'<p class="note">{e(closing)}</p>')
    parts.append(f"<h2{brk}>{e(headings['appendix'])}</h2>")
    parts.append(appendix_tables(ev))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _image(name: str, source: bytes | str, for_pdf: bool) -> str:
    caption = chart_captions()[name]
    if isinstance(source, bytes):
        src = "data:image/png;base64," + base64.b64encode(source).decode("ascii")
    else:
        src = source
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
