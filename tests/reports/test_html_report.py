"""The HTML report tells the story first, is self-contained and escapes what it shows."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import re

import numpy as np

from calculator.calendars import all_calendars
from calculator.engine.evaluate import evaluate
from calculator.engine.scenario import DEFAULT_MODELS, Scenario
from calculator.reports.formatting import column_decimals, format_money, money_text
from calculator.reports.headline import chart_order, headline, lead_chart
from calculator.reports.html_report import ReportChart, build_html
from calculator.reports.sources_appendix import build_appendix
from calculator.userfiles.loading import fx_rates, load_catalog

CALENDARS = all_calendars()

PNG = (b"\x89PNG\r\n\x1a\n" + b"\x00" * 16)


def charts(images: dict) -> list[ReportChart]:
    """Chart images by key as the exporter hands them over, with a caption each."""
    return [ReportChart(key, f"Caption of {key}", image) for key, image in images.items()]


def test_sections_in_reading_order(evaluation):
    text = build_html(evaluation, charts({"spend": PNG, "savings": PNG}), "1.2.3")
    marks = ['<h1>Report test</h1>', '<p class="lead">', '<img class="chart"',
             "<h2>Comparison</h2>", "<h2>Charts</h2>", "<h2>Assumptions</h2>",
             "<h2>Appendix: price records and sources</h2>"]
    positions = [text.index(mark) for mark in marks]
    assert positions == sorted(positions)
    assert "¥120<" in text  # GLM-3-Turbo current monthly cost, in a column of thousands
    assert 'class="missing">unknown<' in text and 'class="missing">not offered<' in text
    assert 'class="free">free<' in text
    assert "LLM Cost Calculator 1.2.3" in text
    assert "1 USD = 7.2547 CNY" in text  # the shipped rate in effect at the current date


def test_the_lead_chart_comes_first_and_the_table_follows_its_order(evaluation):
    assert lead_chart(evaluation.comparison) == "savings"  # prices fell in May 2024
    text = build_html(evaluation, charts({"spend": b"spend-png", "savings": b"savings-png"}), "1")
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', text)
    assert [base64.b64decode(i) for i in images] == [b"savings-png", b"spend-png"]
    table = text[text.index("<h2>Comparison</h2>"):text.index("<h2>Charts</h2>")]
    shown = re.findall(r'<tr><td>[^<]*</td><td class="nowrap">([^<]*)</td>',
                       table)
    frame = evaluation.comparison.frame
    expected = list(frame["model_name"].to_numpy()[chart_order(evaluation.comparison,
                                                                "savings")])
    assert shown == expected
    savings = frame.set_index("model_name")["savings"]
    known = [savings[name] for name in shown if not np.isnan(savings[name])]
    assert known == sorted(known, reverse=True)  # biggest saving on top, as the bars
    assert np.isnan(savings[shown[-1]])  # rows without a saving last


def test_headline_names_the_key_numbers(evaluation):
    lines = headline(evaluation)
    frame = evaluation.comparison.frame.set_index("model_id")
    best = frame["savings"].idxmax()
    places = column_decimals(np.r_[frame["baseline_cost"], frame["current_cost"]])
    before = money_text(frame.loc[best, "baseline_cost"], "CNY", places)
    after = money_text(frame.loc[best, "current_cost"], "CNY", places)
    assert lines[0].startswith(f"{frame.loc[best, 'model_name']}: {before} → {after} a month (−")
    assert "the biggest saving from May 1, 2024 to Jun 1, 2024" in lines[0]
    assert any(line.startswith("Free on Jun 1, 2024: ERNIE-Speed-8K") for line in lines)
    cheapest = [line for line in lines if line.startswith("Cheapest paid model on Jun 1, 2024")]
    assert len(cheapest) == 1 and " a year" in cheapest[0]
    assert any(line.startswith("Switching from GPT-4 Turbo (") for line in lines)


def test_headline_quotes_cost_per_request_when_requests_are_known(evaluation):
    scenario = evaluation.scenario.with_workload(mode="requests", requests_per_day=1000,
                                                 input_per_request=1000,
                                                 output_per_request=100)
    scenario = dataclasses.replace(scenario, models=("glm-3-turbo", "gpt-4-turbo"))
    ev = evaluate(scenario, load_catalog(), fx_rates(), calendars=CALENDARS)
    cost = ev.comparison.frame.set_index("model_id").loc["glm-3-turbo", "current_cost"]
    per_request = format_money(cost / 30_000, "CNY")
    assert f"{per_request} per request." in " ".join(headline(ev))
    assert "Current / request" in build_html(ev, [], "1")
    assert "Current / request" not in build_html(evaluation, [], "1")  # no request count


def test_no_saving_leads_with_spend(evaluation):
    scenario = dataclasses.replace(evaluation.scenario, baseline_date=evaluation.scenario
                                   .current_date)
    ev = evaluate(scenario, load_catalog(), fx_rates(), calendars=CALENDARS)
    assert lead_chart(ev.comparison) == "spend"
    assert headline(ev)[0] == ("No model in this comparison got cheaper from Jun 1, 2024 to "
                               "Jun 1, 2024.")


def test_column_decimals_are_consistent():
    assert column_decimals([42.0, 11_478.0]) == 0
    assert [money_text(v, "CNY", 0) for v in (42.0, 11_478.0, 0.8)] == ["¥42", "¥11,478",
                                                                        "¥0.80"]
    assert column_decimals([0.35, 12.5]) == 2
    assert column_decimals([float("nan")]) == 2



def test_cost_per_request_column_shares_its_decimals(evaluation):
    """The report's cost per request keeps three significant digits on its smallest
    amount, and every amount of the column has as many decimals."""
    import re

    from calculator.reports.formatting import small_column_decimals

    assert small_column_decimals([0.0024, 0.15, 0.0]) == 5  # ¥0.00240 beside ¥0.15000
    assert small_column_decimals([1.5, 0.35]) == 2
    assert small_column_decimals([float("nan"), 0.0]) == 2
    scenario = evaluation.scenario.with_workload(mode="requests", requests_per_day=1000,
                                                 input_per_request=1000,
                                                 output_per_request=100)
    ev = evaluate(scenario, load_catalog(), fx_rates(), calendars=CALENDARS)
    html = build_html(ev, [], "1")
    table = html[html.index('<table class="comparison"'):]
    table = table[:table.index("</table>")]
    heads = re.findall(r"<th[^>]*>(.*?)</th>", table)
    column = heads.index("Current / request")
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row)[column]
             for row in re.findall(r"<tr>(.*?)</tr>", table)[1:]]
    amounts = [cell for cell in cells if "¥" in cell]
    assert len(amounts) >= 4
    places = {len(cell.rsplit(".", 1)[1]) if "." in cell else 0 for cell in amounts}
    assert len(places) == 1 and places.pop() >= 3, amounts


def test_comparison_columns_get_room_by_need_and_compact_headers():
    """The amount columns share their room by what each needs (a header's longest word or
    the longest amount), so "Savings" is not broken into "Saving" and "s" on the page."""
    from calculator.reports.html_tables import amount_widths, head

    rows = ["<tr><td>V</td><td>M</td><td class=\"num\">¥0.008400</td>"
            "<td class=\"num\">72.0%</td><td class=\"num\">¥241,920</td></tr>"]
    widths = amount_widths(["Current / request", "Savings %", "Current / year"], rows, 2, 66)
    assert sum(widths) == 66 and len(widths) == 3
    assert widths[1] >= 66 * 7 / (9 + 8.05 + 8) - 1  # "Savings" (7 letters, bold) has room
    assert widths[0] > widths[1]  # ¥0.008400 is the longest text
    assert 'class="compact"' in head(["a"], [100], "compact")

def test_appendix_lists_each_record_once_with_numbered_references(evaluation):
    appendix = build_appendix(evaluation.comparison)
    rows = appendix.rows.set_index(["model_id", "effective_from"])
    # GPT-4 Turbo kept one price: one row serves both dates
    gpt = rows.loc["gpt-4-turbo"]
    assert len(gpt) == 1 and gpt.iloc[0]["used_for"] == ("baseline", "current")
    numbers = sorted({n for refs in appendix.rows["refs"] for n in refs})
    assert numbers == list(range(1, len(appendix.references) + 1))
    assert len(set(appendix.references)) == len(appendix.references)
    text = build_html(evaluation, [], "1")
    appendix_html = text[text.index("Appendix: price records"):]
    assert appendix_html.count("<thead>") == 1  # the header repeats on every PDF page
    for number, source in enumerate(appendix.references, start=1):
        assert f'<a name="ref{number}"></a>[{number}]' in appendix_html
        assert f'href="#ref{number}">[{number}]</a>' in appendix_html
        del source


def test_words_never_break_inside(evaluation):
    """Status words, amounts and model ids are kept on one line (no "unkno/wn")."""
    text = build_html(evaluation, [], "1", for_pdf=True)
    for cell in re.findall(r"<td[^>]*>(?:unknown|not offered|free)</td>", text):
        assert 'class="missing"' in cell or 'class="free"' in cell
    assert "td.num, td.missing, td.free, td.neg { text-align: right; white-space: nowrap; }" \
        in text
    assert re.search(r'<span class="nowrap">qwen-long</span>|<td class="nowrap">qwen-long',
                     text)


def test_long_addresses_may_wrap_at_slashes_only(evaluation):
    from calculator.reports.html_tables import _link

    url = "https://example.com/" + "a" * 40 + "/" + "b" * 40 + "?q=1"
    shown = _link(url)
    assert f'href="{url}"' in shown  # the link itself is intact
    visible = re.sub(r"<[^>]+>", "", shown)
    assert visible.replace("\u200b", "") == url
    assert "a\u200b" not in visible and "\u200bb" in visible


def test_english_text_is_set_in_a_latin_face_first(evaluation):
    text = build_html(evaluation, [], "1")
    faces = re.search(r"body \{ font-family: ([^;]+);", text).group(1)
    assert faces.index("Segoe UI") < faces.index("WenQuanYi")


def test_images_are_embedded(evaluation):
    text = build_html(evaluation, charts({"spend": PNG}), "1")
    sources = re.findall(r'<img[^>]*src="([^"]+)"', text)
    assert sources == ["data:image/png;base64," + base64.b64encode(PNG).decode()]
    assert "http" not in "".join(sources)


def test_sources_become_links(evaluation):
    text = build_html(evaluation, [], "1")
    assert '<a href="https://posts.careerengine.us/p/6652a7c2e262620b292fa7af">' in text


def test_hostile_text_is_escaped(evaluation):
    scenario = dataclasses.replace(evaluation.scenario, name="<script>alert(1)</script>",
                                   notes='"><img src=x onerror=alert(1)>')
    text = build_html(dataclasses.replace(evaluation, scenario=scenario), [], "1")
    assert "<script>alert" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<img src=x" not in text


def test_uncertain_costs_are_marked_in_text(evaluation):
    """Amber alone would vanish on a grey-scale print: ≈ says it in the text."""
    scenario = dataclasses.replace(evaluation.scenario, models=("hunyuan-pro", "glm-3-turbo"))
    ev = evaluate(scenario, load_catalog(), fx_rates(), calendars=CALENDARS)
    frame = ev.comparison.frame.set_index("model_id")
    # hunyuan-pro's pre-cut price is marked uncertain in the shipped catalog
    assert frame.loc["hunyuan-pro", "baseline_record_status"] == "uncertain"
    text = build_html(ev, [], "1")
    places = column_decimals(np.r_[frame["baseline_cost"], frame["current_cost"]])
    cost = money_text(frame.loc["hunyuan-pro", "baseline_cost"], "CNY", places)
    assert f'class="num uncertain">≈&#160;{cost}<' in text
    sure = money_text(frame.loc["glm-3-turbo", "baseline_cost"], "CNY", places)
    assert f'class="num">{sure}<' in text
    assert "≈ marks a cost from a price the catalog lists as uncertain" in text
    assert "≈ marks" not in build_html(evaluation, [], "1")  # nothing uncertain there


def test_pdf_appendix_starts_a_page_and_charts_are_sized_for_it(evaluation):
    text = build_html(evaluation, charts({"spend": "a", "savings": "b", "projection": "c"}), "1",
                      for_pdf=True)
    assert ('<h2 style="page-break-before: always">Appendix: price records and sources</h2>'
            in text)
    assert re.findall(r'<img class="chart" src="(\w)"[^>]* width="660">', text) == \
        ["b", "a", "c"]


def test_missing_models_are_named_on_page_one(evaluation):
    scenario = dataclasses.replace(evaluation.scenario,
                                   models=(*DEFAULT_MODELS[:2], "my-private-llm"))
    ev = evaluate(scenario, load_catalog(), fx_rates(), calendars=CALENDARS)
    text = build_html(ev, [], "1")
    warning = text.index('<p class="warn">Not in the price catalog, left out: my-private-llm.')
    assert warning < text.index('<p class="lead">')


def test_pdf_comparison_columns_have_fixed_widths(evaluation):
    """Qt's PDF layout squeezed the last column ("vs GPT-3.5 Turbo / month") to one letter
    a line and broke "Savings" in two: the header now fixes every column's share."""
    text = build_html(evaluation, [], "1", for_pdf=True)
    table = text[text.index('<table class="comparison"'):]
    header = table[:table.index("</thead>")]
    widths = [int(w) for w in re.findall(r'<th width="(\d+)%"[^>]*>', header)]
    assert len(widths) == header.count("<th ") == 8  # with the reference column
    assert sum(widths) <= 100 and min(widths) >= 8


def test_appendix_says_retired_not_unknown():
    scenario = dataclasses.replace(
        Scenario(name="Retired", baseline_date=dt.date(2025, 6, 1),
                 current_date=dt.date(2026, 11, 30), models=("deepseek-chat", "glm-4-air")))
    evaluation = evaluate(scenario, load_catalog(), fx_rates(), calendars=CALENDARS)
    rows = build_appendix(evaluation.comparison).rows
    retired = rows[(rows["model_id"] == "deepseek-chat")
                   & (rows["used_for"] == ("current",))].iloc[0]
    assert retired["price_status"] == "retired" and np.isnan(retired["input_per_mtok"])
    text = build_html(evaluation, [], "1", for_pdf=True)
    appendix = text[text.index("Appendix: price records"):]
    assert 'class="retired">retired</td>' in appendix
    assert ">unknown<" not in appendix
