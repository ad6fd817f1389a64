"""File > Import prices…: preview first, import on request, bad files never imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

LITELLM = Path(__file__).resolve().parent.parent / "fixtures" / "litellm"
CATALOG_CSV = """\
model_id,vendor,vendor_cn,model_name,tier,context_window,effective_from,currency,input_per_mtok,output_per_mtok,cached_input_per_mtok,status,source,checked,notes
gpt-4o,OpenAI,OpenAI,GPT-4o,flagship,128000,2026-06-01,USD,2,8,1,confirmed,https://openai.com/api/pricing/,2026-11-27,
acme-chat,Acme,,Acme Chat,chat,32k,2026-01-01,CNY,1,2,,confirmed,https://acme.example/pricing,2026-11-27,
"""


def open_import(qtbot, actions, dialogs, path):
    answers, _ = dialogs
    answers["open_file"] = str(path)
    dialog = actions.import_prices()
    qtbot.addWidget(dialog)
    return dialog


def tree_groups(dialog) -> dict[str, list[tuple[str, str]]]:
    """Top-level group title -> its children's (first, second) column texts."""
    tree = dialog.tree
    out = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        out[group.text(0)] = [(group.child(j).text(0), group.child(j).text(1))
                              for j in range(group.childCount())]
    return out


def click_import(qtbot, window, dialog):
    with qtbot.waitSignal(window.state.sig_results_changed, timeout=3000):
        dialog.import_button.click()


def test_litellm_map_is_previewed_then_imported(qtbot, window, dialogs, store, actions):
    dialog = open_import(qtbot, actions, dialogs, LITELLM / "chat_map.json")
    _, asked = dialogs
    assert asked[0][0] == "open_file"
    assert "LiteLLM, genai-prices or llm-prices-cn (*.json)" in asked[0][1][2]
    assert dialog.isVisible()
    assert dialog.summary.text().startswith(
        "12 models added, 0 updated, 0 unchanged, 5 skipped (3 not chat models, 1 from "
        "resellers, 1 without a price), 1 retired")
    assert dialog.effective.isEnabled()
    groups = tree_groups(dialog)
    assert list(groups) == ["Added (12)", "Updated (0)", "Retired (1)", "Unchanged (0)",
                            "Skipped (5)"]
    added = dict(groups["Added (12)"])
    assert added["openai/fixture-gpt-4o"] == ("OpenAI · per 1M tokens: input $2.5 · output $10 · "
                                              "cached $1.25")
    assert added["gemini/fixture-gemini-pro"].endswith("+1 context tier(s)")
    assert groups["Retired (1)"] == [("deepseek/fixture-deepseek-chat@intl",
                                      "no longer sold from 2026-07-24")]
    assert groups["Skipped (5)"] == [("from resellers (1)", ""), ("not chat models (3)", ""),
                                     ("without a price (1)", "")]
    kind = dialog.tree.topLevelItem(4).child(1)
    reasons = {kind.child(i).text(0): kind.child(i).text(1) for i in range(kind.childCount())}
    assert reasons["openai/fixture-embedding"] == "not a chat model (mode: embedding)"
    assert not store.imports_dir.exists(), "nothing is written before Import"
    assert "openai/fixture-gpt-4o" not in window.state.catalog

    assert dialog.import_button.isEnabled()
    click_import(qtbot, window, dialog)
    files = list(store.imports_dir.glob("*.csv"))
    assert len(files) == 1 and files[0].name.endswith("-chat_map.csv")
    assert "openai/fixture-gpt-4o" in window.state.catalog
    assert not dialog.isVisible()
    assert "Imported 21 price records from chat_map.json" in window.statusBar().currentMessage()


def test_resellers_only_when_ticked(qtbot, window, dialogs, store, actions):
    dialog = open_import(qtbot, actions, dialogs, LITELLM / "chat_map.json")
    dialog.resellers.setChecked(True)
    dialog.parse()
    assert dialog.summary.text().startswith("13 models added")
    assert "Fireworks AI" in dict(tree_groups(dialog)["Added (13)"])["fireworks_ai/fixture-llama"]


def test_effective_date_applies_to_imported_prices(qtbot, window, dialogs, store, actions):
    dialog = open_import(qtbot, actions, dialogs, LITELLM / "chat_map.json")
    dialog.set_effective_from(dt.date(2026, 1, 1))
    click_import(qtbot, window, dialog)
    records = window.state.catalog.records
    dates = records.loc[records["model_id"] == "openai/fixture-gpt-4o", "effective_from"]
    assert list(dates.dt.date.unique()) == [dt.date(2026, 1, 1)]


def test_malformed_file_shows_the_problem_and_imports_nothing(qtbot, window, dialogs, store,
                                                              actions):
    dialog = open_import(qtbot, actions, dialogs, LITELLM / "malformed.json")
    assert dialog.error.isVisible()
    assert "not valid JSON at line 4, column 33" in dialog.error.text()
    assert "cannot be imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.do_import() is False
    assert not store.imports_dir.exists()
    # a good file afterwards clears the error
    dialog.load_file(LITELLM / "chat_map.json")
    assert not dialog.error.isVisible()
    assert dialog.import_button.isEnabled()


@pytest.mark.price_war(until_today=True)
def test_catalog_csv_import(qtbot, window, dialogs, store, actions, tmp_path):
    path = tmp_path / "negotiated.csv"
    path.write_text(CATALOG_CSV, encoding="utf-8")
    dialog = open_import(qtbot, actions, dialogs, path)
    assert not dialog.effective.isEnabled(), "a catalog CSV carries its own dates"
    assert "own dates" in dialog.date_hint.text()
    assert dialog.summary.text().startswith("1 model added, 1 updated, 0 unchanged, 0 skipped")
    groups = tree_groups(dialog)
    assert groups["Updated (1)"] == [("gpt-4o", "2026-06-01: input 2.5 -> 2 USD")]
    assert [m for m, _ in groups["Added (1)"]] == ["acme-chat"]
    click_import(qtbot, window, dialog)
    assert "acme-chat" in window.state.catalog
    frame = window.state.results.comparison.frame.set_index("model_id")
    assert frame.loc["gpt-4o", "current_native_input_per_mtok"] == 2.0
    assert frame.loc["gpt-4o", "current_effective_from"] == pd.Timestamp("2026-06-01")


def test_reimport_shows_unchanged_and_nothing_to_import(qtbot, window, dialogs, store, actions):
    dialog = open_import(qtbot, actions, dialogs, LITELLM / "chat_map.json")
    click_import(qtbot, window, dialog)
    again = open_import(qtbot, actions, dialogs, LITELLM / "chat_map.json")
    assert again is not dialog
    assert again.summary.text().startswith("0 models added, 0 updated, 12 unchanged, 5 skipped")
    assert "Nothing to import" in again.summary.text()
    assert not again.import_button.isEnabled()
    assert again.do_import() is False
    assert len(list(store.imports_dir.glob("*.csv"))) == 1


def test_cancelled_file_choice_leaves_an_empty_dialog(qtbot, window, dialogs, actions):
    dialog = open_import(qtbot, actions, dialogs, "")
    assert dialog.isVisible()
    assert dialog.file_edit.text() == ""
    assert not dialog.import_button.isEnabled()
    assert "Choose a price list" in dialog.summary.text()


def test_failed_write_says_why_and_keeps_everything(qtbot, window, dialogs, store, actions,
                                                    monkeypatch):
    answers, asked = dialogs
    dialog = open_import(qtbot, actions, dialogs, LITELLM / "chat_map.json")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store, "import_records", refuse)
    answers["error"] = None
    dialog.import_button.click()
    assert asked[-1][0] == "error"
    assert "Permission denied" in asked[-1][1][1]
    assert dialog.isVisible(), "the preview stays open to try again"
    assert "openai/fixture-gpt-4o" not in window.state.catalog
    assert not store.imports_dir.exists()


def test_skip_reasons_follow_the_interface_language(qtbot, window, dialogs, store, actions):
    from calculator.ui.language import install_language

    window.actions["lang_zh_CN"].trigger()
    try:
        dialog = open_import(qtbot, actions, dialogs, LITELLM / "chat_map.json")
        kinds = dialog.tree.topLevelItem(4)
        reasons = {kinds.child(k).child(i).text(0): kinds.child(k).child(i).text(1)
                   for k in range(kinds.childCount())
                   for i in range(kinds.child(k).childCount())}
        assert reasons == {"openai/fixture-embedding": "不是对话模型（mode：embedding）",
                           "openai/fixture-image": "不是对话模型（mode：image_generation）",
                           "fixture-no-mode": "未注明 mode（不能确定是对话模型）",
                           "volcengine/fixture-no-price": "没有输入和输出价格",
                           "fireworks_ai/fixture-llama":
                               "由转售商或托管平台销售（Fireworks AI）；勾选“导入转售商”后才导入"}
    finally:
        install_language("en")
