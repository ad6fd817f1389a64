"""``update-prices`` against a loopback server: each source updates, every failure exits 2
with one line and leaves the prices exactly as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calculator.cli import update_prices
from calculator.userfiles.store import CatalogStore

from .loopback import LoopbackServer, Route

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sources"
LITELLM = (FIXTURES / "litellm_map.json").read_bytes()
GENAI = (FIXTURES / "genai_data.json").read_bytes()
CN = (FIXTURES / "llm_prices_cn.json").read_bytes()
ROUTES = {
    "/litellm.json": Route(LITELLM, last_modified="Tue, 27 Oct 2026 08:00:00 GMT"),
    "/genai.json": Route(GENAI),
    "/cn.json": Route(CN, content_type="text/plain; charset=utf-8"),
    "/hang.json": Route(hang=True),
    "/huge.json": Route(b"{}", length=10**9),
    "/corrupt.json": Route(b'{"gpt-4o": {"mode": "chat", '),
    "/deep.json": Route(b"[" * 5000 + b"]" * 5000),
    "/html.json": Route(b"<html><body>rate limited</body></html>", content_type="text/html"),
    "/not-utf8.json": Route('{"名": 1}'.encode("gb18030")),
}
SOURCES = {"litellm": "/litellm.json", "genai-prices": "/genai.json", "llm-prices-cn": "/cn.json"}


@pytest.fixture
def server():
    with LoopbackServer(dict(ROUTES)) as running:
        yield running


@pytest.fixture
def store(tmp_path, monkeypatch) -> CatalogStore:
    monkeypatch.setenv("LLMCOST_DATA_DIR", str(tmp_path))
    return CatalogStore(tmp_path / "catalog")


def update(server, source: str, path: str, *extra: str) -> int:
    return update_prices.run(["--source", source, "--url", server.url(path), *extra])


def snapshot(store: CatalogStore) -> dict[str, bytes]:
    """The user's imports (their caches aside: derived, rewritten by any load)."""
    folder = store.imports_dir
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if not p.name.endswith(".cache.json")} if folder.exists() else {}


@pytest.mark.parametrize("source", list(SOURCES))
def test_each_source_updates(server, store, capsys, source):
    assert update(server, source, SOURCES[source]) == 0
    out = capsys.readouterr().out
    assert "models added" in out and "imported" in out
    files = snapshot(store)
    metas = [json.loads(body) for name, body in files.items() if name.endswith(".source.json")]
    assert len(metas) == 1 and metas[0]["source"] in ("LiteLLM", "genai-prices", "llm-prices-cn")
    catalog = store.load().catalog
    imported = catalog.records[catalog.records["origin"].str.startswith("import:")]
    assert len(imported) and set(imported["status"]) == {"uncertain"}


def test_litellm_update_is_dated_by_the_map_and_maps_vendors(server, store, capsys):
    assert update(server, "litellm", "/litellm.json") == 0
    out = capsys.readouterr().out
    assert out.startswith("LiteLLM 2026-10-27 (prices checked 2026-10-27")  # bigmodel comment
    assert "x deepseek/deepseek-chat@intl" in out  # deprecation_date: retired
    records = store.load().catalog.records
    mine = records[records["origin"].str.startswith("import:")]
    vendors = dict(zip(mine["model_id"], mine["vendor"], strict=True))
    assert vendors["openai/gpt-4o"] == "OpenAI" and vendors["bigmodel/glm-5.3@intl"] == "Zhipu AI"
    assert vendors["dashscope/qwen-plus@intl"] == "Alibaba Cloud"
    assert "openrouter/openai/gpt-4o" not in vendors  # a reseller: only when asked
    gpt = mine[mine["model_id"] == "openai/gpt-4o"].set_index("variant")
    assert gpt.loc["batch", "input_per_mtok"] == 1.25
    assert gpt.loc["priority", "output_per_mtok"] == 17
    assert gpt.loc["", "search_per_k"] == 35
    claude = mine[mine["model_id"] == "anthropic/claude-sonnet-4-5"].iloc[0]
    assert (claude["cache_write_per_mtok"], claude["cache_write_1h_per_mtok"]) == (3.75, 6.0)
    qwen = mine[mine["model_id"] == "dashscope/qwen-plus@intl"].iloc[0]
    assert qwen["reasoning_per_mtok"] == 4.0 and qwen["region"] == "intl"


def test_a_usd_card_never_replaces_a_cny_price(server, store, capsys):
    """The same DeepSeek model from llm-prices-cn (CNY) and from LiteLLM (USD): two models."""
    card = {"deepseek/deepseek-v3-2-legacy": {
        "litellm_provider": "deepseek", "mode": "chat", "input_cost_per_token": 3e-07,
        "output_cost_per_token": 1.2e-06, "metadata": {"comment": "checked 2026-10-20"}}}
    server.routes["/card.json"] = Route(json.dumps(card).encode())
    assert update(server, "llm-prices-cn", "/cn.json") == 0
    assert update(server, "litellm", "/card.json") == 0
    loaded = store.load()
    assert loaded.problems == []
    records = loaded.catalog.records
    currencies = records.groupby("model_id")["currency"].unique().map(tuple)
    assert currencies["deepseek/deepseek-v3-2-legacy@intl"] == ("USD",)
    assert currencies["deepseek/deepseek-v3-2-legacy"] == ("CNY",)


def test_resellers_when_asked(server, store, capsys):
    assert update(server, "litellm", "/litellm.json", "--include-resellers") == 0
    assert "openrouter/openai/gpt-4o" in store.load().catalog


def test_dry_run_writes_nothing(server, store, capsys):
    assert update(server, "genai-prices", "/genai.json", "--dry-run") == 0
    assert "dry run: nothing written" in capsys.readouterr().out
    assert snapshot(store) == {}


def test_second_update_changes_nothing(server, store, capsys):
    assert update(server, "llm-prices-cn", "/cn.json") == 0
    before = snapshot(store)
    assert update(server, "llm-prices-cn", "/cn.json") == 0
    assert "nothing to import" in capsys.readouterr().out
    assert snapshot(store) == before


FAILURES = [
    ("genai-prices", "/missing.json", "answered HTTP 404 Not Found"),
    ("litellm", "/hang.json", "no answer within 0.3 s"),
    ("llm-prices-cn", "/huge.json", "larger than 32 MB"),
    ("litellm", "/corrupt.json", "not valid JSON at line 1"),
    ("genai-prices", "/deep.json", "nested too deeply"),
    ("genai-prices", "/litellm.json", "not a genai-prices data.json (the content looks like a "
                                      "LiteLLM price map)"),
    ("llm-prices-cn", "/genai.json", "not an llm-prices-cn prices.json"),
    ("litellm", "/html.json", "not valid JSON"),
    ("litellm", "/not-utf8.json", "not UTF-8 text"),
]


@pytest.mark.parametrize(("source", "path", "message"), FAILURES,
                         ids=[f"{s}{p}" for s, p, _ in FAILURES])
def test_failures_exit_2_with_one_line_and_change_nothing(server, store, capsys, source, path,
                                                         message):
    assert update(server, "llm-prices-cn", "/cn.json") == 0  # prices the user already has
    capsys.readouterr()
    before = snapshot(store)
    catalog_before = store.load().catalog.records
    assert update(server, source, path, "--timeout", "0.3") == 2
    err = capsys.readouterr().err
    assert err.startswith(f"update-prices: error: {source}: ") and message in err, err
    assert err.count("\n") == 1
    assert snapshot(store) == before
    assert store.load().catalog.records.equals(catalog_before)


def test_all_sources_write_nothing_when_one_fails(server, store, capsys, monkeypatch):
    from calculator.formats import price_sources

    urls = {"litellm": "/litellm.json", "genai-prices": "/genai.json",
            "llm-prices-cn": "/missing.json"}
    fake = tuple(type(s)(s.key, s.title, server.url(urls[s.key]), s.licence, s.home, s.file_kind)
                 for s in price_sources.SOURCES)
    monkeypatch.setattr(price_sources, "SOURCES", fake)
    assert update_prices.run(["--source", "all"]) == 2
    assert "llm-prices-cn: " in capsys.readouterr().err
    assert snapshot(store) == {}
    urls["llm-prices-cn"] = "/cn.json"
    fake = tuple(type(s)(s.key, s.title, server.url(urls[s.key]), s.licence, s.home, s.file_kind)
                 for s in price_sources.SOURCES)
    monkeypatch.setattr(price_sources, "SOURCES", fake)
    assert update_prices.run(["--source", "all"]) == 0
    assert len([n for n in snapshot(store) if n.endswith(".csv")]) == 3


@pytest.mark.parametrize(("argv", "message"), [
    (["--source", "all", "--url", "https://example.com/x.json"], "--url needs one --source"),
    (["--source", "litellm", "--timeout", "60"], "--timeout: 60 is not between 0 and 30"),
    (["--source", "nope"], "invalid choice"),
])
def test_bad_arguments(argv, message, capsys):
    with pytest.raises(SystemExit) as exit_:
        update_prices.run(argv)
    assert exit_.value.code == 2 and message in capsys.readouterr().err
