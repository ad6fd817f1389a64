"""Exported charts and reports: exact size, not blank, deterministic, matching baselines."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from calculator.calendars import all_calendars
from calculator.engine.evaluate import evaluate
from calculator.engine.presets import preset, preset_fx
from calculator.formats.scenario_file import read_scenario
from calculator.reports.summary import footer_lines
from calculator.runtime.paths import seed_path
from calculator.ui.charts.feed import chart_rows
from calculator.ui.charts.palette import vendor_hex
from calculator.ui.export.chart_export import CHART_KINDS, ChartExporter, ImageSize
from calculator.ui.export.exporter import ExportRequest, export_files
from calculator.userfiles.loading import fx_rates, load_catalog

from .image_compare import assert_matches_baseline, to_array

CALENDARS = all_calendars()


@pytest.fixture(scope="module")
def evaluation():
    # A May-2024 example at the price war's rate (the preset's 7.2, with its date and source),
    # so the approved images and footers stay those of that war.
    scenario = read_scenario(seed_path("scenarios", "customer-service-bot.json"))
    fx = preset_fx(preset("price_war_2024"), fx_rates(), scenario.current_date)
    return evaluate(scenario, load_catalog(), fx, calendars=CALENDARS)


@pytest.fixture
def exporter(app, evaluation):
    return ChartExporter(evaluation, footer_lines(evaluation, "test"), ImageSize(800, 450))


@pytest.mark.parametrize("kind", CHART_KINDS)
def test_png_size_and_content(exporter, kind):
    image = QImage.fromData(exporter.png(kind), "PNG")
    assert (image.width(), image.height()) == (800, 450)
    pixels = to_array(image)
    assert len(np.unique(pixels.reshape(-1, 4), axis=0)) > 20, "image is (nearly) blank"
    assert (pixels[-5:, :, :3] == 255).all(), "footer area ends in white"


def test_bars_are_filled_in_vendor_colours(exporter, evaluation):
    """The most expensive models' current bars are filled with their vendor's colour: an
    area of that exact colour, not only the one-pixel outline of a baseline bar."""
    pixels = to_array(QImage.fromData(exporter.png("spend"), "PNG"))[:, :, :3]
    rows = chart_rows(evaluation).sort_values("current_cost", ascending=False).head(3)
    assert list(rows["vendor"]) == ["OpenAI", "Moonshot AI", "Alibaba Cloud"]
    for vendor in rows["vendor"]:
        colour = vendor_hex(vendor)
        rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
        same = (pixels == rgb).all(axis=2)
        # inside a filled area a pixel's eight neighbours have its colour too; a
        # one-pixel outline has no such pixels
        inside = same[1:-1, 1:-1].copy()
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                inside &= same[1 + dy:same.shape[0] - 1 + dy, 1 + dx:same.shape[1] - 1 + dx]
        assert inside.sum() > 100, f"{vendor}: no area filled with {colour}"


@pytest.mark.parametrize("kind", ["spend", "savings"])
def test_double_scale_draws_the_same_picture(app, evaluation, kind):
    """A 2x image is the 1x picture with twice the pixels: axes, bars and value labels
    in the same places (the axes once replayed at twice their size over empty bars)."""
    footer = footer_lines(evaluation, "t")
    single = ChartExporter(evaluation, footer, ImageSize(800, 450)).png(kind)
    double = QImage.fromData(ChartExporter(evaluation, footer, ImageSize(800, 450, 2))
                             .png(kind), "PNG")
    assert (double.width(), double.height()) == (1600, 900)
    assert round(double.dotsPerMeterX() * 0.0254) == 192
    halved = double.scaled(800, 450, mode=Qt.TransformationMode.SmoothTransformation)
    a = to_array(QImage.fromData(single, "PNG")).astype(int)
    b = to_array(halved).astype(int)
    differs = (np.abs(a - b).max(axis=2) > 100).mean()
    assert differs < 0.01, f"{differs:.1%} of the pixels differ"


@pytest.mark.parametrize("kind", CHART_KINDS)
def test_same_input_same_bytes(exporter, evaluation, kind):
    """Two exporters, each building its own chart from the same evaluation, write the same
    PNG and SVG bytes (and one exporter asked twice does too)."""
    other = ChartExporter(evaluation, footer_lines(evaluation, "test"), ImageSize(800, 450))
    with other:
        assert hashlib.sha256(exporter.png(kind)).digest() == hashlib.sha256(
            other.png(kind)).digest()
        assert exporter.svg(kind) == other.svg(kind)
    assert exporter.png(kind) == exporter.png(kind)


@pytest.mark.parametrize("kind", CHART_KINDS)
def test_matches_approved_image(exporter, kind):
    assert_matches_baseline(exporter.png(kind), f"customer-service-bot_{kind}_800x450")


def test_svg_is_valid_and_keeps_text(exporter):
    svg = exporter.svg("spend")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 800 450"
    text = svg.decode("utf-8")
    assert "Monthly spend per model" in text and "LLM Cost Calculator" in text


def test_footer_describes_the_picture(evaluation):
    """What was compared (the price-war preset by its name), the volume, money and rate,
    how old the prices are, and nothing that does not shape the picture: growth only
    under the projection."""
    import dataclasses

    from calculator.engine.discounts import Discount

    lines = footer_lines(evaluation, "1.0", chart="savings")
    assert lines[0] == ("Customer-service bot — 2.88B input (20% cached), 720M output "
                        "tokens, 2.4M requests per month")
    assert lines[1] == ("May 2024 price war: prices of May 1, 2024 and Jun 1, 2024; money "
                        "in CNY, 1 USD = 7.2 CNY (rate of May 24, 2024); Newest price "
                        "Oct 17, 2026")  # never "checked today"
    assert "checked" not in " ".join(lines)
    assert lines[2] == "LLM Cost Calculator 1.0"
    assert footer_lines(evaluation, "1.0", chart="projection")[0].endswith(
        "; growth 8.0% / month over 12 months")
    later = dataclasses.replace(evaluation.comparison, current_date=dt.date(2025, 3, 1))
    other = dataclasses.replace(evaluation, comparison=later,
                                discounts=(Discount(0.2, vendor="OpenAI"),))
    line = footer_lines(other, "1.0", chart="spend")[1]
    assert line.startswith("May 1, 2024 → Mar 1, 2025: prices of May 1, 2024 and Mar 1, 2025")
    assert "; Discounts: OpenAI 20% off list" in line


def test_export_all_formats(app, evaluation, tmp_path):
    paths = export_files(evaluation, tmp_path, "t", ExportRequest(size=ImageSize(800, 450)))
    names = sorted(p.name for p in paths)
    assert names == sorted([f"{k}.{ext}" for k in CHART_KINDS for ext in ("png", "svg")]
                           + ["comparison.csv", "comparison.xlsx", "report.html", "report.pdf"])
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page\r") \
        + pdf.count(b"/Type /Page ") + pdf.count(b"/Type/Page") >= 3
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 4
    assert not list(tmp_path.glob(".*.tmp")), "temporary files left behind"


def test_export_twice_gives_identical_files(app, evaluation, tmp_path):
    request = ExportRequest(formats=("png", "svg", "csv", "html"), size=ImageSize(800, 450))
    first = {p.name: p.read_bytes() for p in export_files(evaluation, tmp_path / "a", "t", request)}
    second = {p.name: p.read_bytes() for p in export_files(evaluation, tmp_path / "b", "t",
                                                           request)}
    assert first == second


@pytest.mark.subprocess
def test_png_bytes_identical_across_processes(tmp_path):
    """A fresh interpreter draws the same bytes (no state leaks between exports)."""
    scenario = seed_path("scenarios", "customer-service-bot.json")
    digests = []
    for run in ("one", "two"):
        out = tmp_path / run
        subprocess.run([sys.executable, "-m", "calculator", "export", str(scenario), "--out",
                        str(out), "--formats", "png", "--size", "800x450"], check=True,
                       capture_output=True)
        digests.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                        for p in sorted(out.glob("*.png"))})
    assert digests[0] == digests[1]
    assert len(digests[0]) == 4


def test_bad_size_is_refused():
    with pytest.raises(ValueError, match="outside"):
        ImageSize(100, 100)
    with pytest.raises(ValueError, match="scale"):
        ImageSize(800, 450, 3)


def test_footer_dates_are_the_scenarios_not_today(evaluation):
    """The scenario file fixes its current date (2024-06-01); an image exported today
    still says which prices it shows."""
    assert evaluation.comparison.current_date == dt.date(2024, 6, 1)
    line = footer_lines(evaluation, "1")[1]
    assert "prices of May 1, 2024 and Jun 1, 2024" in line
    today = dt.date.today()
    assert f"{today:%b} {today.day}, {today.year}" not in line


def _fontconfig(folder, fonts=()) -> dict[str, str]:
    """An environment whose fontconfig sees only ``fonts`` (copied into ``folder``)."""
    import shutil

    (folder / "fonts").mkdir(parents=True)
    for font in fonts:
        shutil.copy(font, folder / "fonts")
    conf = folder / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                    f"<fontconfig><dir>{folder / 'fonts'}</dir>"
                    f"<cachedir>{folder / 'cache'}</cachedir></fontconfig>")
    return {"FONTCONFIG_FILE": str(conf)}


def _a_system_font():
    """One common font of this machine other than the bundled family, or None."""
    from pathlib import Path

    for root in ("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts",
                 "C:/Windows/Fonts"):
        for path in sorted(Path(root).rglob("*.[ot]tf")) if Path(root).is_dir() else []:
            if "wqy" not in path.name.lower() and "microhei" not in path.name.lower():
                return path
    return None


@pytest.mark.subprocess
def test_chart_bytes_do_not_depend_on_installed_fonts(tmp_path):
    """PNG and SVG bytes are the same with no fonts, one extra font, and the system's fonts."""
    scenario = seed_path("scenarios", "rag-knowledge-base.json")
    extra = _a_system_font()
    runs = [("none", _fontconfig(tmp_path / "none")), ("system", {})]
    if extra is not None:
        runs.append(("one-extra", _fontconfig(tmp_path / "one", [extra])))
    digests = {}
    for run, env in runs:
        out = tmp_path / run / "out"
        subprocess.run([sys.executable, "-m", "calculator", "export", str(scenario), "--out",
                        str(out), "--formats", "png,svg"], check=True, capture_output=True,
                       env={**os.environ, **env})
        digests[run] = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                        for p in sorted(out.iterdir())}
    assert len(digests["none"]) == 8
    for run in digests:
        assert digests[run] == digests["none"], run


def test_every_chart_text_names_the_bundled_font(app, evaluation):
    """On a machine whose default font is another family (it has its own CJK font, so the
    app keeps the platform font), every SVG text and group still names the bundled font
    and the PNG pixels do not change."""
    from PySide6.QtGui import QFont

    from calculator.ui.fonts import register_fonts

    family = register_fonts()
    with ChartExporter(evaluation, ["footer"], ImageSize(800, 450)) as exporter:
        before = {kind: exporter.png(kind) for kind in CHART_KINDS}
    original = app.font()
    app.setFont(QFont("DejaVu Sans", 9))
    try:
        with ChartExporter(evaluation, ["footer"], ImageSize(800, 450)) as exporter:
            for kind in CHART_KINDS:
                families = set(re.findall(r'font-family="([^"]*)"',
                                          exporter.svg(kind).decode("utf-8")))
                assert families == {family}, kind
                assert exporter.png(kind) == before[kind], kind
    finally:
        app.setFont(original)


@pytest.mark.subprocess
def test_export_in_chinese(tmp_path):
    """``export --lang zh_CN``: Chinese chart text, CSV headers and report, golden chart."""
    scenario = seed_path("scenarios", "customer-service-bot.json")
    result = subprocess.run([sys.executable, "-m", "calculator", "export", str(scenario),
                             "--out", str(tmp_path), "--formats", "png,csv,html", "--size",
                             "800x450", "--lang", "zh_CN"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(
        (tmp_path / "comparison.csv").read_text(encoding="utf-8-sig"))))
    header = list(rows[0])
    assert all(re.search(r"[\u4e00-\u9fff]", name) for name in header[:3])
    assert "model_id" not in header
    tiers = {row["档位"] for row in rows}
    assert "旗舰" in tiers and not tiers & {"flagship", "lite", "long-context"}
    assert {row["当前状态"] for row in rows} <= {"已定价", "免费", "未知", "未推出"}
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in html and "2024年5月1日" in html
    assert ">阿里云</td>" in html and ">Alibaba Cloud</td>" not in html  # vendor names
    assert re.search(r'<p class="sub">输入 [\d.]+亿 tokens', html)  # 万/亿 in the workload line
    assert_matches_baseline((tmp_path / "spend.png").read_bytes(),
                            "customer-service-bot_spend_800x450_zh_CN")


def _pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_sixteen_model_report_fits_three_pages_and_an_appendix(app, language):
    """The price-war scenario's 16 models: headline, lead chart and comparison on page
    one, the other charts and assumptions on pages two and three, then the sources."""
    from calculator.engine.scenario import Scenario
    from calculator.reports.locale import Locale
    from calculator.ui.export.pdf_report import pdf_bytes
    from calculator.ui.language import install_language

    install_language(language)
    try:
        ev = evaluate(Scenario(name="Price war", current_date=dt.date(2024, 6, 1)),
                      load_catalog(), fx_rates(), calendars=CALENDARS)
        assert ev.comparison.model_count == 16
        pdf = pdf_bytes(ev, "t", Locale(language))
    finally:
        install_language("en")
    assert pdf.startswith(b"%PDF")
    assert _pdf_pages(pdf) == 4


@pytest.mark.parametrize(("name", "kind", "written", "size"), [
    ("plan chart", "png", "plan chart.png", (1600, 900)),
    ("plan chart.png", "png2x", "plan chart.png", (3200, 1800)),
    ("plan chart", "svg", "plan chart.svg", None),
])
def test_export_one_chart_to_a_name_the_user_picks(qtbot, window, dialogs, tmp_path, name,
                                                    kind, written, size):
    """File > Export > This chart…: one file, under the user's name, PNG (1x, 2x) or SVG."""
    answers, asked = dialogs
    out = tmp_path / "out"
    out.mkdir()
    answers["save_chart"] = (str(out / name), kind)
    window.results.show_chart("savings")
    window.actions["export_chart"].trigger()
    assert asked[-1][0] == "save_chart" and asked[-1][1][0].endswith(" - savings.png")
    data = (out / written).read_bytes()
    if size is None:
        assert data.startswith(b"<?xml") and b"Monthly savings per model" in data
    else:
        image = QImage.fromData(data, "PNG")
        assert (image.width(), image.height()) == size
    assert [p.name for p in out.iterdir()] == [written]


def test_a_charts_right_click_menu_exports_it(qtbot, window, dialogs, tmp_path):
    answers, _ = dialogs
    answers["save_chart"] = (str(tmp_path / "spend"), "png")
    window.results.charts[0].sig_export_requested.emit("spend")
    assert (tmp_path / "spend.png").exists()


@pytest.mark.parametrize("kind", ["spend", "projection"])
def test_svg_draws_what_the_png_shows(exporter, kind):
    """Drawn back, the SVG is the PNG: at QSvgGenerator's default 72 dpi the axes and value
    labels were placed at another scale than the bars and lines (names beside the wrong
    rows, the plot area shifted)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    png = to_array(exporter.image(kind)).astype(int)
    renderer = QSvgRenderer(exporter.svg(kind))
    drawn = QImage(800, 450, QImage.Format.Format_ARGB32)
    drawn.fill(Qt.GlobalColor.white)
    painter = QPainter(drawn)
    renderer.render(painter)
    painter.end()
    svg = to_array(drawn).astype(int)
    changed = (np.abs(png[..., :3] - svg[..., :3]) > 40).any(axis=2).mean()
    assert changed < 0.01, f"{changed:.1%} of the pixels differ"
