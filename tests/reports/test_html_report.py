"""The HTML report is self-contained, complete and escapes what it shows."""

from __future__ import annotations

import base64
import dataclasses
import re

from calculator.reports.html_report import build_html

PNG = (b"\x89PNG\r\n\x1a\n" + b"\x00" * 16)


def test_sections_and_numbers(evaluation):
    text = build_html(evaluation, {"spend": PNG, "savings": PNG}, "1.2.3")
    for heading in ("Assumptions", "Comparison", "Charts", "Price records and sources"):
        assert f"<h2>{heading}</h2>" in text
    assert "¥120.00" in text  # GLM-3-Turbo current monthly cost
    assert 'class="missing">unknown<' in text and 'class="missing">not offered<' in text
    assert 'class="free">free<' in text
    assert "LLM Cost Calculator 1.2.3" in text
    assert "1 USD = 7.2 CNY" in text


def test_images_are_embedded(evaluation):
    text = build_html(evaluation, {"spend": PNG}, "1")
    sources = re.findall(r'<img[^>]*src="([^"]+)"', text)
    assert sources == ["data:image/png;base64," + base64.b64encode(PNG).decode()]
    assert "http" not in "".join(sources)


def test_sources_become_links(evaluation):
    text = build_html(evaluation, {}, "1")
    assert '<a href="https://posts.careerengine.us/p/6652a7c2e262620b292fa7af">' in text


def test_hostile_text_is_escaped(evaluation):
    scenario = dataclasses.replace(evaluation.scenario, name="<script>alert(1)</script>",
                                   notes='"><img src=x onerror=alert(1)>')
    text = build_html(dataclasses.replace(evaluation, scenario=scenario), {}, "1")
    assert "<script>alert" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<img src=x" not in text
