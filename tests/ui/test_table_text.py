"""Copy for spreadsheets: plain numbers, units in the header, formulas never run."""

from __future__ import annotations

from calculator.ui.table_text import TableCopy, as_html, as_tsv, cell_text, plain_header


def test_headers_carry_the_unit():
    assert plain_header("Current cost\nCNY / month") == "Current cost (CNY / month)"
    assert plain_header("Savings\n%") == "Savings (%)"
    assert plain_header("Vendor") == "Vendor"
    assert plain_header("当前费用\nCNY / 月") == "当前费用 (CNY / 月)"


def test_numbers_are_plain():
    assert cell_text(107568.00000000001) == "107568"
    assert cell_text(0.0047) == "0.0047"
    assert cell_text(-480.0) == "-480"  # a number, not text: no quote in front
    assert cell_text(float("nan")) == "" and cell_text(None) == ""


def test_text_that_looks_like_a_formula_is_neutralised():
    copy = TableCopy(["Model id", "Model"], [["=cmd()", "+1"], ["ok", "@x"]])
    text = as_tsv(copy)
    assert "\t=cmd" not in text and not text.splitlines()[1].startswith("=")
    assert "'=cmd()" in text and "'+1" in text and "'@x" in text
    assert "&#x27;=cmd()" in as_html(copy) or "'=cmd()" in as_html(copy)


def test_html_and_text_hold_the_same_cells():
    copy = TableCopy(["Model id", "Cost (CNY / month)"], [["a", 1.5], ["b", "unknown"]],
                     ["Scenario: 1M input"])
    assert as_tsv(copy) == ("Model id\tCost (CNY / month)\na\t1.5\nb\tunknown\n\n"
                            "Scenario: 1M input\n")
    html = as_html(copy)
    assert '<td style="text-align:right">1.5</td>' in html and "<td>unknown</td>" in html
    assert "<p>Scenario: 1M input</p>" in html
