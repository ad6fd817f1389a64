"""Which vendor an imported provider is: the one list that maps the provider ids of price
sources (genai-prices, llm-prices-cn, LiteLLM) onto the catalog's vendor names.

A price source names the company that sells an API by its own short id
(``dashscope``, ``zai``, ``moonshotai``…). Imports show the catalog's spelling
instead, English and Chinese (``Alibaba Cloud`` / ``阿里云``), so an imported
Qwen model sits beside the shipped ones under one vendor. The spellings are those
of ``seeds/prices.csv`` (a test checks every vendor both name).

Resellers and hosting platforms (OpenRouter, Together, Azure, Bedrock…) sell other
companies' models at their own prices; imports leave them out unless the user asks
for them (``include_resellers``). A provider id this list does not know is treated
the same way: it may be anything, and thousands of reseller copies would bury the
vendors' own prices.

``region``: records of a Chinese vendor in CNY are its mainland price list
(``cn``); in USD they are an international card (``intl``), which never replaces
the CNY price: its id ends in ``@intl`` (``deepseek/deepseek-v4-flash@intl``), so the same
model from a source of CNY prices (``deepseek/deepseek-v4-flash``) keeps its own id.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Vendor:
    name: str
    name_cn: str
    #: ``CN`` for a Chinese vendor (its USD prices are international cards).
    country: str = ""


@dataclass(frozen=True)
class ProviderInfo:
    """What an imported provider id stands for."""

    key: str
    vendor: Vendor
    reseller: bool = False
    #: The id is not in this list (imported only with resellers, under its own name).
    unknown: bool = False

    def region(self, currency: str) -> str:
        """``cn``, ``intl`` or empty for a record of this provider in ``currency``."""
        if self.reseller or self.vendor.country != "CN":
            return ""
        return "cn" if currency == "CNY" else "intl"


#: Ends the id of a Chinese vendor's international (USD) price card.
INTL_SUFFIX = "@intl"

OPENAI = Vendor("OpenAI", "OpenAI")
ANTHROPIC = Vendor("Anthropic", "Anthropic")
GOOGLE = Vendor("Google", "谷歌")
MISTRAL = Vendor("Mistral AI", "Mistral AI")
XAI = Vendor("xAI", "xAI")
META = Vendor("Meta", "Meta")
COHERE = Vendor("Cohere", "Cohere")
PERPLEXITY = Vendor("Perplexity", "Perplexity")
DEEPSEEK = Vendor("DeepSeek", "深度求索", "CN")
ALIBABA = Vendor("Alibaba Cloud", "阿里云", "CN")
ZHIPU = Vendor("Zhipu AI", "智谱AI", "CN")
BYTEDANCE = Vendor("ByteDance (Volcengine)", "字节跳动/火山引擎", "CN")
MOONSHOT = Vendor("Moonshot AI", "月之暗面", "CN")
BAIDU = Vendor("Baidu AI Cloud", "百度智能云", "CN")
TENCENT = Vendor("Tencent Cloud", "腾讯云", "CN")
IFLYTEK = Vendor("iFlytek", "科大讯飞", "CN")
MINIMAX = Vendor("MiniMax", "稀宇科技", "CN")
BAICHUAN = Vendor("Baichuan AI", "百川智能", "CN")
YI = Vendor("01.AI", "零一万物", "CN")
STEPFUN = Vendor("StepFun", "阶跃星辰", "CN")
XIAOMI = Vendor("Xiaomi", "小米", "CN")
KUAISHOU = Vendor("Kuaishou", "快手", "CN")

#: Provider ids of the three sources that are the vendor itself (lower case).
VENDOR_IDS: dict[str, Vendor] = {
    "openai": OPENAI, "openai-decisions": OPENAI,
    "anthropic": ANTHROPIC,
    "google": GOOGLE, "gemini": GOOGLE,
    "mistral": MISTRAL, "mistralai": MISTRAL, "codestral": MISTRAL,
    "x-ai": XAI, "xai": XAI,
    "meta": META, "meta_llama": META,
    "cohere": COHERE, "cohere_chat": COHERE,
    "perplexity": PERPLEXITY,
    "deepseek": DEEPSEEK,
    "dashscope": ALIBABA, "alibaba": ALIBABA, "qwen": ALIBABA, "qwencloud": ALIBABA,
    "qwen_ai_platform": ALIBABA, "aliyun": ALIBABA,
    "zai": ZHIPU, "zhipuai": ZHIPU, "zhipu": ZHIPU, "bigmodel": ZHIPU,
    "volcengine": BYTEDANCE, "bytedance": BYTEDANCE, "doubao": BYTEDANCE,
    "moonshot": MOONSHOT, "moonshotai": MOONSHOT, "kimi": MOONSHOT,
    "baidu": BAIDU, "qianfan": BAIDU, "ernie": BAIDU,
    "tencent": TENCENT, "hunyuan": TENCENT,
    "xfyun": IFLYTEK, "spark": IFLYTEK, "iflytek": IFLYTEK,
    "minimax": MINIMAX,
    "baichuan": BAICHUAN,
    "01ai": YI, "yi": YI, "lingyiwanwu": YI,
    "stepfun": STEPFUN,
    "xiaomi": XIAOMI, "xiaomi_mimo": XIAOMI,
    "streamlake": KUAISHOU,
}

#: Resellers and hosting platforms: their display names (lower-case id -> name).
RESELLER_NAMES: dict[str, str] = {
    "openrouter": "OpenRouter", "together": "Together AI", "together_ai": "Together AI",
    "fireworks": "Fireworks AI", "fireworks_ai": "Fireworks AI", "groq": "Groq",
    "azure": "Microsoft Azure", "azure_ai": "Microsoft Azure", "aws": "Amazon Bedrock",
    "bedrock": "Amazon Bedrock", "bedrock_converse": "Amazon Bedrock",
    "vertex_ai": "Google Vertex AI", "deepinfra": "DeepInfra", "novita": "Novita AI",
    "cerebras": "Cerebras", "cloudflare": "Cloudflare", "databricks": "Databricks",
    "baseten": "Baseten", "avian": "Avian", "modal": "Modal", "ovhcloud": "OVHcloud",
    "github-copilot": "GitHub Copilot", "cursor": "Cursor", "aihubmix": "AIHubMix",
    "siliconflow": "SiliconFlow", "nebius": "Nebius", "sambanova": "SambaNova",
    "hyperbolic": "Hyperbolic", "replicate": "Replicate", "anyscale": "Anyscale",
}
_RESELLER_PREFIXES = ("huggingface", "vertex_ai", "bedrock", "azure", "sagemaker")


def provider_info(provider_id: str) -> ProviderInfo:
    """The vendor (or reseller) behind a source's provider id."""
    key = provider_id.strip().lower()
    vendor = VENDOR_IDS.get(key)
    if vendor is not None:
        return ProviderInfo(key, vendor)
    name = RESELLER_NAMES.get(key)
    if name is not None or key.startswith(_RESELLER_PREFIXES):
        name = name or provider_id.strip()
        return ProviderInfo(key, Vendor(name, name), reseller=True)
    plain = provider_id.strip()
    return ProviderInfo(key, Vendor(plain, plain), reseller=True, unknown=True)


def all_vendors() -> list[Vendor]:
    """Every vendor of :data:`VENDOR_IDS`, once each."""
    return list(dict.fromkeys(VENDOR_IDS.values()))


def regional_id(model_id: str, region: str) -> str:
    """``model_id`` with ``@intl`` for a Chinese vendor's USD card, so it can never share an
    id with (and replace) the vendor's CNY price from another source."""
    return model_id + INTL_SUFFIX if region == "intl" else model_id
