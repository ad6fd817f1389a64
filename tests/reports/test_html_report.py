"""The HTML report is self-contained, complete and escapes what it shows."""

from __future__ import annotations

import base64
import dataclasses
import re

from calculator.reports.html_report import ReportChart, build_html

PNG = (b"\x89PNG\r\n\x1a\n" + b"\x00" * 16)


def charts(**images):
    return [ReportChart(key, f"Caption of {key}", image) for key, image in images.items()]


def test_sections_and_numbers(evaluation):
    text = build_html(evaluation, charts(spend=PNG, savings=PNG), "1.2.3")
    for heading in ("Assumptions", "Comparison", "Charts", "Price records and sources"):
        assert f"<h2>{heading}</h2>" in text
    assert "¥120.00" in text  # GLM-3-Turbo current monthly cost
    assert 'class="missing">unknown<' in text and 'class="missing">not offered<' in text
    assert 'class="free">free<' in text
    assert "LLM Cost Calculator 1.2.3" in text
    assert "1 USD = 7.2 CNY" in text


def test_images_are_embedded(evaluation):
    text = build_html(evaluation, charts(spend=PNG), "1")
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
    from calculator.engine.evaluate import evaluate
    from calculator.reports.formatting import format_money
    from calculator.userfiles.loading import default_fx, load_catalog

    scenario = dataclasses.replace(evaluation.scenario, models=("hunyuan-pro", "glm-3-turbo"))
    ev = evaluate(scenario, load_catalog(), default_fx())
    frame = ev.comparison.frame.set_index("model_id")
    # hunyuan-pro's pre-cut price is marked uncertain in the shipped catalog
    assert frame.loc["hunyuan-pro", "baseline_record_status"] == "uncertain"
    text = build_html(ev, [], "1")
    cost = format_money(frame.loc["hunyuan-pro", "baseline_cost"], "CNY")
    assert f'class="num uncertain">≈ {cost}<' in text
    sure = format_money(frame.loc["glm-3-turbo", "baseline_cost"], "CNY")
    assert f'class="num">{sure}<' in text
    assert "≈ marks a cost from a price the catalog lists as uncertain" in text
    assert "≈ marks" not in build_html(evaluation, [], "1")  # nothing uncertain there


def test_pdf_charts_start_on_a_new_page(evaluation):
    text = build_html(evaluation, charts(spend="a", savings="b", projection="c"), "1",
                      for_pdf=True)
    assert '<h2 style="page-break-before: always">Charts</h2>' in text
    captions = re.findall(r'<p class="note"( style="page-break-before: always")?>[^<]*</p>\s*'
                          r'<img', text)
    # spend and savings share the heading's page; projection starts the next one
    assert [bool(b) for b in captions] == [False, False, True]
