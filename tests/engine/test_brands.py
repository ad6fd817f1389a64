"""Brand names find their vendors (one list, Qt-free)."""

from __future__ import annotations

from calculator.engine.brands import BRANDS, brand_of, search_words


def test_every_brand_names_a_vendor_of_the_catalog_as_it_spells_it(seeds):
    models = seeds.models
    pairs = set(zip(models["vendor"], models["vendor_cn"].fillna(""), strict=True))
    for brand in BRANDS:
        if brand.vendor in set(models["vendor"]):
            assert (brand.vendor, brand.vendor_cn) in pairs, brand.vendor


def test_brand_of_matches_english_and_chinese_names():
    assert brand_of("Moonshot AI").names[0] == "Kimi"
    assert brand_of("", "字节跳动/火山引擎").vendor == "ByteDance (Volcengine)"
    assert brand_of("moonshot ai") is brand_of("Moonshot AI")
    assert brand_of("Acme") is None and search_words("Acme") == ""
    assert "通义" in search_words("Alibaba Cloud")
