"""One colour per vendor, the same in every chart and export."""

from __future__ import annotations

import zlib
from functools import lru_cache

from PySide6.QtGui import QColor

from ...reports.vocabulary import PALETTE

#: Distinct, print-friendly colours for the vendors in the shipped catalog.
VENDOR_COLORS: dict[str, str] = {
    "DeepSeek": "#1F77B4",
    "Zhipu AI": "#9467BD",
    "ByteDance (Volcengine)": "#17BECF",
    "Alibaba Cloud": "#FF7F0E",
    "Baidu AI Cloud": "#D62728",
    "iFlytek": "#E377C2",
    "Tencent Cloud": "#2CA02C",
    "Moonshot AI": "#7F7F7F",
    "01.AI": "#BCBD22",
    "Baichuan AI": "#8C564B",
    "OpenAI": "#393B79",
}
#: For vendors the app does not know (imports, custom models): chosen by a stable hash.
EXTRA_COLORS = ("#AEC7E8", "#FFBB78", "#98DF8A", "#FF9896", "#C5B0D5", "#C49C94",
                "#F7B6D2", "#DBDB8D", "#9EDAE5", "#637939", "#8C6D31", "#843C39")
STATUS_GREY = PALETTE["muted"]
FREE_GREEN = PALETTE["free"]
NEGATIVE_RED = PALETTE["negative"]


@lru_cache(maxsize=1024)
def vendor_hex(vendor: str) -> str:
    """The vendor's colour as ``#RRGGBB`` (known vendors fixed, others by a stable hash)."""
    known = VENDOR_COLORS.get(vendor)
    if known:
        return known.upper()
    return EXTRA_COLORS[zlib.crc32(vendor.encode("utf-8")) % len(EXTRA_COLORS)]


@lru_cache(maxsize=1024)
def baseline_hex(vendor: str) -> str:
    """The vendor colour mixed 60 % with white: baseline bars."""
    return mix_white(QColor(vendor_hex(vendor)), 0.6).name().upper()


def vendor_color(vendor: str) -> QColor:
    return QColor(vendor_hex(vendor))


def baseline_color(vendor: str) -> QColor:
    return QColor(baseline_hex(vendor))


def mix_white(color: QColor, amount: float) -> QColor:
    r, g, b = (round(c + (255 - c) * amount) for c in (color.red(), color.green(), color.blue()))
    return QColor(r, g, b)


@lru_cache(maxsize=1024)
def model_shades(vendor: str, count: int) -> tuple[str, ...]:
    """``count`` shades (``#RRGGBB``) of the vendor colour, darker to lighter, one per model.

    Same hue and saturation, lightness spread over 0.35 around the vendor colour and
    never above 0.8, so each shade still shows as a line on the white chart.
    """
    base = vendor_color(vendor)
    if count <= 1:
        return (base.name().upper(),)
    hue, saturation = max(base.hslHueF(), 0.0), base.hslSaturationF()  # grey: hue -1
    high = min(base.lightnessF() + 0.17, 0.8)
    low = max(high - 0.35, 0.12)
    return tuple(
        QColor.fromHslF(hue, saturation, low + (high - low) * i / (count - 1)).name().upper()
        for i in range(count))
