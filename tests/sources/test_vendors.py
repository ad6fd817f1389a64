"""One provider map: source provider ids -> the catalog's vendor names."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from calculator.formats.vendors import all_vendors, provider_info

SEEDS = Path(__file__).parents[2] / "seeds" / "prices.csv"


@pytest.mark.parametrize(("provider", "vendor", "vendor_cn"), [
    ("openai", "OpenAI", "OpenAI"), ("anthropic", "Anthropic", "Anthropic"),
    ("google", "Google", "谷歌"), ("gemini", "Google", "谷歌"),
    ("dashscope", "Alibaba Cloud", "阿里云"), ("alibaba", "Alibaba Cloud", "阿里云"),
    ("zai", "Zhipu AI", "智谱AI"), ("zhipuai", "Zhipu AI", "智谱AI"),
    ("volcengine", "ByteDance (Volcengine)", "字节跳动/火山引擎"),
    ("bytedance", "ByteDance (Volcengine)", "字节跳动/火山引擎"),
    ("moonshot", "Moonshot AI", "月之暗面"), ("moonshotai", "Moonshot AI", "月之暗面"),
    ("deepseek", "DeepSeek", "深度求索"), ("baidu", "Baidu AI Cloud", "百度智能云"),
    ("qianfan", "Baidu AI Cloud", "百度智能云"), ("tencent", "Tencent Cloud", "腾讯云"),
    ("hunyuan", "Tencent Cloud", "腾讯云"), ("xfyun", "iFlytek", "科大讯飞"),
    ("spark", "iFlytek", "科大讯飞"), ("minimax", "MiniMax", "稀宇科技"),
    ("mistral", "Mistral AI", "Mistral AI"), ("DeepSeek", "DeepSeek", "深度求索"),
])
def test_vendors(provider, vendor, vendor_cn):
    info = provider_info(provider)
    assert (info.vendor.name, info.vendor.name_cn, info.reseller) == (vendor, vendor_cn, False)


@pytest.mark.parametrize("provider", ["openrouter", "together", "fireworks", "groq", "azure",
                                      "bedrock", "vertex_ai", "vertex_ai-anthropic_models",
                                      "deepinfra", "aws", "huggingface_novita"])
def test_resellers(provider):
    assert provider_info(provider).reseller


def test_unknown_providers_count_as_resellers():
    info = provider_info("some-new-host")
    assert info.reseller and info.unknown and info.vendor.name == "some-new-host"


def test_regions():
    assert provider_info("dashscope").region("CNY") == "cn"
    assert provider_info("dashscope").region("USD") == "intl"
    assert provider_info("openai").region("USD") == ""
    assert provider_info("openrouter").region("USD") == ""


def test_spellings_agree_with_the_shipped_catalog():
    """A vendor both name is spelled the same, English and Chinese."""
    with open(SEEDS, encoding="utf-8") as handle:
        shipped = {row["vendor"]: row["vendor_cn"] for row in csv.DictReader(handle)}
    ours = {v.name: v.name_cn for v in all_vendors()}
    both = set(shipped) & set(ours)
    assert len(both) >= 10
    assert {name: ours[name] for name in both} == {name: shipped[name] for name in both}
