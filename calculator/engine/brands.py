"""What people call the vendors and their models: the one list of brand names for search.

A product manager searches "Kimi", "豆包" or "通义" — the app or product name — while the
catalog lists the company (Moonshot AI, ByteDance (Volcengine), Alibaba Cloud) and the
API ids (``moonshot-v1-8k``, ``doubao-pro-32k``, ``qwen-max``). Each entry gives a
vendor's brand names in English and Chinese; :func:`search_words` adds them to a
model's search text in the model picker and the "Prices and sources" list. A vendor is
matched by its catalog name, English or Chinese, so imported models of the vendor
(which carry the same names) are found too.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Brand:
    vendor: str  # the catalog's vendor name (English)
    vendor_cn: str  # and its Chinese name
    names: tuple[str, ...]  # what people call it: apps, model families, short names


BRANDS: tuple[Brand, ...] = (
    Brand("Moonshot AI", "月之暗面", ("Kimi", "Moonshot", "月之暗面")),
    Brand("ByteDance (Volcengine)", "字节跳动/火山引擎",
          ("豆包", "Doubao", "火山引擎", "火山方舟", "Volcengine", "字节跳动", "ByteDance",
           "Seed")),
    Brand("Alibaba Cloud", "阿里云",
          ("通义千问", "通义", "千问", "Qwen", "Tongyi", "百炼", "DashScope", "阿里")),
    Brand("Baidu AI Cloud", "百度智能云",
          ("文心一言", "文心", "ERNIE", "千帆", "Qianfan", "百度", "Baidu")),
    Brand("Tencent Cloud", "腾讯云", ("混元", "Hunyuan", "腾讯", "Tencent", "元宝")),
    Brand("iFlytek", "科大讯飞", ("讯飞星火", "星火", "Spark", "讯飞", "iFlytek")),
    Brand("Zhipu AI", "智谱AI", ("智谱清言", "智谱", "清言", "GLM", "ChatGLM", "Z.ai", "BigModel")),
    Brand("DeepSeek", "深度求索", ("DeepSeek", "深度求索")),
    Brand("MiniMax", "稀宇科技", ("MiniMax", "海螺", "Hailuo", "稀宇")),
    Brand("01.AI", "零一万物", ("零一万物", "Yi", "万知")),
    Brand("Baichuan AI", "百川智能", ("百川", "Baichuan")),
    Brand("OpenAI", "OpenAI", ("ChatGPT", "GPT", "OpenAI")),
    Brand("Anthropic", "Anthropic", ("Claude", "Anthropic")),
    Brand("Google", "谷歌", ("Gemini", "谷歌", "Google")),
)

_BY_NAME: dict[str, Brand] = {}
for _brand in BRANDS:
    _BY_NAME[_brand.vendor.casefold()] = _brand
    _BY_NAME[_brand.vendor_cn.casefold()] = _brand


def brand_of(vendor: object, vendor_cn: object = "") -> Brand | None:
    """The entry of a catalog vendor (by its English or Chinese name), if any."""
    for name in (vendor, vendor_cn):
        if isinstance(name, str) and name.strip():
            brand = _BY_NAME.get(" ".join(name.split()).casefold())
            if brand is not None:
                return brand
    return None


def search_words(vendor: object, vendor_cn: object = "") -> str:
    """The brand names of a vendor, for search text (empty for a vendor not listed)."""
    brand = brand_of(vendor, vendor_cn)
    return " ".join(brand.names) if brand else ""
