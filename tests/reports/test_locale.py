"""The reader's language, names and units travel as one explicit value."""

from __future__ import annotations

import datetime as dt

import pytest

from calculator.reports.locale import ENGLISH, Locale
from calculator.reports.summary import footer_lines, workload_text


def test_units_follow_the_language_and_the_option():
    assert (ENGLISH.names, ENGLISH.money_units, ENGLISH.token_units) == ("en", "plain", "short")
    chinese = Locale("zh_CN")
    assert (chinese.names, chinese.money_units, chinese.token_units) == ("zh", "cn", "cn")
    plain = Locale("zh_CN", chinese_units=False)
    assert (plain.names, plain.money_units, plain.token_units) == ("zh", "plain", "short")
    assert chinese.date(dt.date(2024, 5, 1)) == "2024年5月1日"
    assert ENGLISH.date(dt.date(2024, 5, 1)) == "May 1, 2024"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        Locale("zh")


def test_two_locales_in_one_process_do_not_leak(evaluation):
    """No module-global language: English and Chinese text side by side."""
    chinese = footer_lines(evaluation, "1", Locale("zh_CN"))
    english = footer_lines(evaluation, "1")
    assert "2024年5月1日" in chinese[1] and "May 1, 2024" in english[1]
    assert "亿" not in workload_text(evaluation) and "M input" in workload_text(evaluation)


def test_a_rate_set_in_the_scenario_is_named_in_the_reader_language(evaluation):
    """The May 2024 preset's own rate: its source read "set in this scenario" in Chinese
    reports too."""
    import dataclasses

    from calculator.calendars import all_calendars
    from calculator.engine.evaluate import evaluate
    from calculator.reports.i18n import set_translator
    from calculator.reports.summary import fx_text
    from calculator.userfiles.loading import fx_rates, load_catalog

    scenario = dataclasses.replace(evaluation.scenario, fx_cny_per_usd=7.2)
    own = evaluate(scenario, load_catalog(), fx_rates(), calendars=all_calendars())
    assert "set in this scenario" in fx_text(own)
    words = {"set in this scenario": "本场景设定"}
    set_translator(lambda context, text: words.get(text, text))
    try:
        chinese = fx_text(own, locale=Locale("zh_CN"))
    finally:
        set_translator(None)
    assert "set in this scenario" not in chinese and "本场景设定" in chinese
