"""Who the numbers and words are for: interface language, name language, money units.

One small value passed explicitly to everything that writes text for people (table,
charts, exports, reports); nothing reads a language from a module-global. The
words themselves come from Qt's translation system (:mod:`calculator.reports.i18n`),
which the window and the ``export`` command install for the same language.
"""

from __future__ import annotations

from dataclasses import dataclass

from .formatting import format_date

#: Interface languages the app ships, by Qt locale name.
LANGUAGES = ("en", "zh_CN")


@dataclass(frozen=True)
class Locale:
    """``Locale("zh_CN")``: Chinese words, Chinese vendor names, dates and 万/亿 amounts."""

    language: str = "en"  # interface language: "en" or "zh_CN"
    chinese_units: bool = True  # in Chinese, large amounts in 万 and 亿

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown language {self.language!r} (use {', '.join(LANGUAGES)})")

    @property
    def chinese(self) -> bool:
        return self.language.startswith("zh")

    @property
    def names(self) -> str:
        """``"zh"`` when vendor names show in Chinese, else ``"en"``."""
        return "zh" if self.chinese else "en"

    @property
    def money_units(self) -> str:
        """``"cn"`` (¥3.5万) in Chinese with the option on, else ``"plain"`` (¥35,000)."""
        return "cn" if self.chinese and self.chinese_units else "plain"

    @property
    def token_units(self) -> str:
        """Token counts in prose: ``"cn"`` (1.2亿) or ``"short"`` (120M)."""
        return "cn" if self.money_units == "cn" else "short"

    @property
    def html_lang(self) -> str:
        return "zh-CN" if self.chinese else "en"

    def date(self, value: object) -> str:
        """A date as this reader writes it: ``May 1, 2024`` or ``2024年5月1日``."""
        return format_date(value, self.language)


ENGLISH = Locale()
