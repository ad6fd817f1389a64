"""The report's tables as HTML: comparison, assumptions, sources appendix.

Cells that must not break (amounts, status words, model ids, dates) carry the
``nowrap`` class; tables have a ``<thead>``, which Qt's PDF writer repeats on
every page a table spans.
"""

from __future__ import annotations

import html
import math
import re

import numpy as np

from ..engine.evaluate import Evaluation
from .billing_text import breakdown_parts, part_headers
from .formatting import (
    column_decimals,
    format_money,
    format_percent,
    format_price,
    money_text,
    small_column_decimals,
)
from .i18n import translate
from .locale import Locale
from .sources_appendix import Appendix, build_appendix
from .summary import assumption_rows
from .vocabulary import STATUS, UNCERTAIN_MARK, status_words

e = html.escape


def head(labels: list[str], widths: list[int] | None = None, css: str = "") -> str:
    """A header row; ``widths`` (percentages) fix the columns, so Qt's PDF layout neither
    squeezes a column into one letter per line nor breaks a word; ``css`` a class for
    its cells."""
    sizes = [f' width="{w}%"' for w in widths] if widths else [""] * len(labels)
    if css:
        sizes = [f'{size} class="{css}"' for size in sizes]
    return "<thead><tr>" + "".join(f"<th{size}>{e(h)}</th>"
                                   for h, size in zip(labels, sizes, strict=True)) + "</tr></thead>"


def comparison_table(evaluation: Evaluation, order: np.ndarray, locale: Locale) -> str:
    """One row per model in ``order`` (the lead chart's order)."""
    c = evaluation.comparison
    units = locale.money_units
    a = c.arrays
    words = status_words()
    has_requests = bool(c.workload.requests)
    heads = [translate("Reports", "Vendor"), translate("Reports", "Model"),
             translate("Reports", "Baseline / month"), translate("Reports", "Current / month"),
             translate("Reports", "Savings / month"), translate("Reports", "Savings %")]
    if has_requests:
        heads.append(translate("Reports", "Current / request"))
    heads.append(translate("Reports", "Current / year"))
    if c.reference:
        heads.append(translate("Reports", "vs {reference} / month").format(
            reference=c.reference_name))
    rows = []
    chinese = locale.chinese
    cur = c.currency
    request_costs = a["current_per_request"].astype(float)
    year_costs = a["current_per_year"].astype(float)
    places = {
        "month": column_decimals(np.r_[a["baseline_cost"], a["current_cost"]].astype(float)),
        "savings": column_decimals(a["savings"].astype(float)),
        "year": column_decimals(year_costs),
        "request": small_column_decimals(request_costs),
        "reference": column_decimals(a["savings_vs_reference"].astype(float)),
    }
    for i in order:
        vendor = a["vendor_cn"][i] if chinese and isinstance(a["vendor_cn"][i], str) \
            and a["vendor_cn"][i] else a["vendor"][i]
        # a vendor may wrap at its spaces ("ByteDance / (Volcengine)"), so the money
        # columns keep their room on an A4 page; names and amounts never break
        cells = [f'<td>{e(str(vendor))}</td>',
                 f'<td class="nowrap">{e(str(a["model_name"][i]))}</td>']
        for side in ("baseline", "current"):
            cells.append(_cost_cell(a[f"{side}_status"][i], a[f"{side}_cost"][i],
                                    a[f"{side}_record_status"][i], cur, units, words,
                                    places["month"]))
        cells.append(_money_cell(a["savings"][i], cur, units, places["savings"]))
        pct = a["savings_pct"][i]
        cells.append('<td class="missing"></td>' if _nan(pct)
                     else f'<td class="num">{e(format_percent(pct))}</td>')
        status = a["current_status"][i]
        if has_requests:
            cells.append(_unit_cell(status, request_costs[i], cur, "plain", words,
                                    places["request"]))
        cells.append(_unit_cell(status, year_costs[i], cur, units, words, places["year"]))
        if c.reference:
            cells.append(_money_cell(a["savings_vs_reference"][i], cur, units,
                                     places["reference"]))
        rows.append(f"<tr>{''.join(cells)}</tr>")
    # vendor and model get what their names need, the amounts share the rest by need
    widths = [13, 21, *amount_widths(heads[2:], rows, 2, 66)]
    return "\n".join([f'<table class="comparison" width="100%">'
                      f'{head(heads, widths, "compact")}<tbody>',
                      *rows, "</tbody></table>"])


def amount_widths(heads: list[str], rows: list[str], first: int, total: int) -> list[int]:
    """Percent widths (``total`` in all) for the columns from ``first`` on of ``rows``
    (``<tr>`` HTML), each by what it needs: its header's longest word (bold, so a little
    wider) or its longest cell, whichever is wider. A header word never breaks inside."""
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row)[first:] for row in rows]
    needs = []
    for j, label in enumerate(heads):
        word = max((len(w) for w in label.split()), default=1) * 1.15
        longest = max((len(html.unescape(re.sub(r"<[^>]+>", "", row[j])))
                       for row in cells if j < len(row)), default=1)
        needs.append(max(word, longest, 3.0))
    scale = total / sum(needs)
    widths = [max(1, int(need * scale)) for need in needs]
    widths[int(np.argmax(needs))] += total - sum(widths)  # rounding: the widest takes it
    return widths


def breakdown_table(evaluation: Evaluation, order: np.ndarray, locale: Locale) -> str:
    """The current monthly cost of each model in ``order`` by part (uncached input, cache
    reads and writes, output, reasoning, search fees: the parts the comparison has), the
    off-peak share where a time-banded price applied; "" when only input and output cost
    anything."""
    parts = breakdown_parts(evaluation)
    if not parts:
        return ""
    c = evaluation.comparison
    a = c.arrays
    units = locale.money_units
    words = status_words()
    shares = a["current_off_peak_share"].astype(float)
    banded = bool((~np.isnan(shares)).any())
    heads = [translate("Reports", "Model"), *part_headers(parts),
             translate("Reports", "Current / month")]
    if banded:
        heads.append(translate("Reports", "Off-peak share"))
    places = column_decimals(np.concatenate([a[f"current_cost_{p}"].astype(float)
                                             for p in parts]))
    total_places = column_decimals(a["current_cost"].astype(float))
    rows = [f'<table width="100%">{head(heads)}<tbody>']
    for i in order:
        status = a["current_status"][i]
        cells = [f'<td class="nowrap">{e(str(a["model_name"][i]))}</td>']
        if status != "priced":
            cells += [f'<td class="{STATUS[status].css}">{e(words[status])}</td>'] * len(parts)
        else:
            cells += [_money_cell(float(a[f"current_cost_{p}"][i]), c.currency, units, places)
                      for p in parts]
        cells.append(_cost_cell(status, a["current_cost"][i], a["current_record_status"][i],
                                c.currency, units, words, total_places))
        if banded:
            share = shares[i]
            cells.append('<td class="missing"></td>' if np.isnan(share)
                         else f'<td class="num">{e(format_percent(float(share)))}</td>')
        rows.append(f"<tr>{''.join(cells)}</tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)


def assumptions_table(evaluation: Evaluation, version: str, locale: Locale) -> str:
    rows = ['<table class="kv">']
    for label, value in assumption_rows(evaluation, version, locale):
        rows.append(f"<tr><th>{e(label)}</th><td>{e(value)}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def appendix_tables(evaluation: Evaluation) -> str:
    """The price records behind the numbers, then the numbered references."""
    appendix = build_appendix(evaluation.comparison)
    return _records_table(appendix) + "\n" + _references(appendix)


def _records_table(appendix: Appendix) -> str:
    words = status_words()
    unknown = STATUS["unknown"]
    heads = [translate("Reports", "Model"), translate("Reports", "Used for"),
             translate("Reports", "Effective from"), translate("Reports", "Input / 1M"),
             translate("Reports", "Output / 1M"), translate("Reports", "Status"),
             translate("Reports", "Checked"), translate("Reports", "Sources")]
    rows = [f'<table class="records" width="100%">{head(heads)}<tbody>']
    for row in appendix.rows.to_dict(orient="records"):
        prices = []
        empty = STATUS["retired"] if row["price_status"] == "retired" else unknown
        for value in (row["input_per_mtok"], row["output_per_mtok"]):
            prices.append(f'<td class="{empty.css}">{e(words[empty.key])}</td>' if _nan(value)
                          else f'<td class="num">{e(format_price(value, row["billing_currency"]))}'
                               "</td>")
        used = ", ".join(words.get(side, side) for side in row["used_for"])
        name = str(row["model_name"])
        model = f'<span class="nowrap">{e(str(row["model_id"]))}</span>'
        if name.casefold() != str(row["model_id"]).casefold():
            model = f"{e(name)}<br>{model}"
        refs = " ".join(f'<a href="#ref{n}">[{n}]</a>' for n in row["refs"])
        rows.append(
            f'<tr><td class="nowrap">{model}</td><td class="nowrap">{e(used)}</td>'
            f'<td class="nowrap">{e(str(row["effective_from"]))}</td>{"".join(prices)}'
            f'<td class="nowrap">{e(words.get(row["status"], row["status"]))}</td>'
            f'<td class="nowrap">{e(str(row["checked"]))}</td>'
            f'<td class="nowrap">{refs}</td></tr>')
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _references(appendix: Appendix) -> str:
    """``[1] https://…`` one per line: each source once, links clickable."""
    items = []
    for number, source in enumerate(appendix.references, start=1):
        items.append(f'<tr><td class="refno"><a name="ref{number}"></a>[{number}]&#160;</td>'
                     f'<td class="ref">{_link(source)}</td></tr>')
    if not items:
        return ""
    return '<table class="refs" width="100%">' + "\n".join(items) + "</table>"


def _link(source: str) -> str:
    if source.startswith(("https://", "http://")) and " " not in source:
        return (f'<a href="{html.escape(source, quote=True)}">'
                f"{_breakable(html.escape(source))}</a>")
    return _breakable(html.escape(source))


def _breakable(text: str, at: int = 80) -> str:
    """A long address may wrap after ``/``, ``?``, ``&`` or ``=`` (a zero-width space
    there), never inside a word; short texts stay as they are."""
    if len(text) <= at:
        return text
    for mark in ("/", "?", "&amp;", "="):
        text = text.replace(mark, mark + "\u200b")
    return text


def _cost_cell(status: str, cost: float, record_status: str, currency: str, units: str,
               words: dict[str, str], decimals: int) -> str:
    if status != "priced":  # free, unknown, not offered: the status word, no number
        return f'<td class="{STATUS[status].css}">{e(words[status])}</td>'
    money = money_text(cost, currency, decimals, units=units)
    if record_status == "uncertain":
        return f'<td class="num uncertain">{UNCERTAIN_MARK}&#160;{e(money)}</td>'
    return f'<td class="num">{e(money)}</td>'


def _unit_cell(status: str, value: float, currency: str, units: str | None,
               words: dict[str, str], decimals: int | None = None) -> str:
    """A cost per request or per year, with its column's ``decimals`` (None: three
    significant digits)."""
    if status == "free":
        return f'<td class="{STATUS[status].css}">{e(words[status])}</td>'
    if _nan(value):
        return '<td class="missing"></td>'
    text = format_money(value, currency) if units is None or decimals is None \
        else money_text(value, currency, decimals, units=units)
    return f'<td class="num">{e(text)}</td>'


def _money_cell(value: float, currency: str, units: str, decimals: int) -> str:
    if _nan(value):
        return '<td class="missing"></td>'
    css = "neg" if value < 0 else "num"
    return f'<td class="{css}">{e(money_text(value, currency, decimals, units=units))}</td>'


def _nan(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))

