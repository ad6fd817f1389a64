from __future__ import annotations

from calculator.ui.widgets.amount_edit import AmountEdit


def test_shows_parsed_value_and_emits(qtbot, app):
    edit = AmountEdit("input tokens", 1e6)
    qtbot.addWidget(edit)
    assert edit.edit.text() == "1M"
    with qtbot.waitSignal(edit.sig_value_changed) as blocker:
        edit.set_text("3000万")
    assert blocker.args == [30e6]
    assert edit.hint.text() == "= 30,000,000"


def test_invalid_text_is_marked_and_not_emitted(qtbot, app):
    edit = AmountEdit("input tokens", 1e6)
    qtbot.addWidget(edit)
    with qtbot.assertNotEmitted(edit.sig_value_changed):
        edit.set_text("12 apples")
    assert not edit.valid
    assert edit.value == 1e6
    assert edit.edit.property("invalid") is True
    assert edit.hint.text() == (
        "unknown unit 'apples' in '12 apples' (use k, M, B, 千, 万, 百万, 亿)")
    assert edit.edit.toolTip() == edit.hint.text()


def test_optional_field_may_be_empty(qtbot, app):
    edit = AmountEdit("requests", None, optional=True)
    qtbot.addWidget(edit)
    edit.set_text("50k")
    assert edit.value == 50_000
    with qtbot.waitSignal(edit.sig_value_changed) as blocker:
        edit.set_text("")
    assert blocker.args == [None]
    assert edit.valid


def test_required_field_may_not_be_empty(qtbot, app):
    edit = AmountEdit("input tokens", 5)
    qtbot.addWidget(edit)
    edit.set_text("  ")
    assert not edit.valid
    assert "empty" in edit.error


def test_amount_beyond_what_the_engine_prices_is_refused_at_the_field(qtbot, app):
    edit = AmountEdit("input tokens", 1e6)
    qtbot.addWidget(edit)
    with qtbot.assertNotEmitted(edit.sig_value_changed):
        edit.set_text("1e30")
    assert not edit.valid and edit.value == 1e6
    assert edit.hint.text() == "'1e30' is too large (at most 1,000,000,000,000,000,000)"
    with qtbot.waitSignal(edit.sig_value_changed):
        edit.set_text("1e18")  # the largest volume the engine accepts
    assert edit.valid
