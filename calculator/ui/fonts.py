"""The bundled font: registered once at start, used for charts, exports and CJK fallback."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from ..runtime.paths import resource_path

FONT_FILE = ("fonts", "wqy-microhei.ttc")
FALLBACK_FAMILY = "WenQuanYi Micro Hei"
_family: str | None = None


def register_fonts() -> str:
    """Register the bundled font (idempotent) and return its family name."""
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else FALLBACK_FAMILY
    return _family


def bundled_font(pixel_size: int, bold: bool = False) -> QFont:
    """The bundled family at a pixel size (pixel sizes avoid DPI-dependent text)."""
    font = QFont(register_fonts())
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def system_has_cjk() -> bool:
    """Whether a system font other than ours covers Simplified Chinese."""
    ours = register_fonts()
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return any(family != ours and not family.startswith(ours) for family in families)


def apply_app_font(app) -> None:
    """Keep the platform font where it can show Chinese; otherwise use the bundled one."""
    register_fonts()
    if not system_has_cjk():
        font = QFont(register_fonts())
        font.setPointSizeF(app.font().pointSizeF())
        app.setFont(font)
