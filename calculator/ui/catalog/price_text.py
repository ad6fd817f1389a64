"""Texts the catalog window, the import preview and the price info share.

Prices ("unknown" for an empty price, "free" for 0), where a record came from
("shipped", "imported (file)", "yours") and sources as clickable links: only a
source that starts with ``http://`` or ``https://`` becomes a link; several
sources are separated by `` ; `` in the catalog.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from functools import lru_cache
from urllib.parse import urlsplit

import pandas as pd
from PySide6.QtGui import QColor

from ...reports.formatting import format_price
from ...reports.vocabulary import PALETTE, UNCERTAIN_MARK
from ..i18n import translate

__all__ = ["AMBER", "GREEN", "GREY", "RED", "UNCERTAIN_MARK", "color"]

SOURCE_SEPARATOR = " ; "


@lru_cache(maxsize=64)
def color(role: str) -> QColor:
    """The vocabulary's colour for ``role`` (``muted``, ``free``...) as a QColor."""
    return QColor(PALETTE[role])


#: Colours for states of a price, the same in every table (from the vocabulary).
GREY = color("muted")  # unknown, not offered
GREEN = color("free")  # free
AMBER = color("uncertain")  # uncertain
RED = color("negative")  # costs more
_URL = re.compile(r"^(https?://[^\s<>\"]+)(.*)$", re.IGNORECASE)
_IMPORT_STAMP = re.compile(r"^(\d{8})-(\d{6})-(.+)$")


def is_missing(value: object) -> bool:
    if value is None or value is pd.NaT:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def price_text(value: object, currency: str, *, cached: bool = False) -> str:
    """A price per 1M tokens as the user reads it: ``¥0.5``, "free", "unknown"."""
    if is_missing(value):
        return (translate("PriceText", "as input") if cached
                else translate("PriceText", "unknown"))
    number = float(value)
    if number == 0:
        return translate("PriceText", "free")
    return format_price(number, currency)


def date_text(value: object) -> str:
    if is_missing(value):
        return "?"
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    except (TypeError, ValueError):
        return "?"


def tier_text(above: object) -> str:
    """The context tier of a record: every request, or requests above N input tokens."""
    if is_missing(above) or float(above) == 0:
        return translate("PriceText", "any request")
    return translate("PriceText", "above {tokens} input tokens").format(
        tokens=f"{float(above):,.0f}")


def status_text(status: object) -> str:
    if status == "uncertain":
        return f"{UNCERTAIN_MARK} " + translate("PriceText", "uncertain")
    if status == "confirmed":
        return translate("PriceText", "confirmed")
    return str(status or "")


def import_name(stem: str) -> tuple[str, dt.datetime | None]:
    """``20261127-101500-chat_map`` -> ("chat_map", its import time)."""
    match = _IMPORT_STAMP.match(stem)
    if not match:
        return stem, None
    try:
        when = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return stem, None
    return match.group(3), when


def origin_text(origin: object) -> str:
    """Where a record comes from: "shipped", "imported (file)" or "yours"."""
    text = str(origin or "")
    if text == "yours":
        return translate("PriceText", "yours")
    if text.startswith("import:"):
        name, _ = import_name(text[len("import:"):])
        return translate("PriceText", "imported ({file})").format(file=name)
    return translate("PriceText", "shipped")


def split_sources(source: object) -> list[str]:
    if is_missing(source):
        return []
    return [part.strip() for part in str(source).split(SOURCE_SEPARATOR)
            if part.strip()]


def _short(url: str, limit: int = 40) -> str:
    text = re.sub(r"^https?://(www\.)?", "", url, flags=re.IGNORECASE).rstrip("/")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _link(part: str, label: str | None = None) -> str:
    match = _URL.match(part)
    if not match:
        return html.escape(label if label is not None else part)
    url, rest = match.groups()
    link = f'<a href="{html.escape(url, quote=True)}">{html.escape(label or url)}</a>'
    return link + ("" if label else html.escape(rest))


def source_html(source: object, separator: str = "<br>") -> str:
    """Every source as rich text; a source starting with http(s):// is a link."""
    return separator.join(_link(part) for part in split_sources(source))


def source_cell_html(source: object) -> str:
    """The first source, short (a link shows its host), and how many more there are."""
    parts = split_sources(source)
    if not parts:
        return ""
    first = parts[0]
    match = _URL.match(first)
    label = (re.sub(r"^www\.", "", urlsplit(match.group(1)).netloc) if match
             else _short(first, 32))
    text = _link(first, label or first)
    if len(parts) > 1:
        text += " " + html.escape(translate("PriceText", "(+{n} more)").format(n=len(parts) - 1))
    return text


def vendor_text(vendor: object, vendor_cn: object, language: str) -> str:
    """The vendor's Chinese name in a Chinese interface, when the catalog has one."""
    if language == "zh" and isinstance(vendor_cn, str) and vendor_cn.strip():
        return vendor_cn
    return str(vendor or "")
