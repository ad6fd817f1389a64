"""Test-wide settings: headless Qt with a fixed scale, isolated user folders."""

from __future__ import annotations

import os

# Before anything imports Qt: no display needed, and pixels independent of the desktop.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_SCALE_FACTOR"] = "1"
os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)
os.environ.setdefault("LANG", "en_US.UTF-8")
