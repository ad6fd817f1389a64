"""Test-wide settings: headless Qt with a fixed scale, isolated user folders."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: no display needed, and pixels independent of the desktop.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_SCALE_FACTOR"] = "1"
os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)
os.environ.setdefault("LANG", "en_US.UTF-8")

# The user's real data folder (imported prices, autosave) must never leak into tests:
# every test session gets an empty one; tests that need their own set the variable.
os.environ["LLMCOST_DATA_DIR"] = tempfile.mkdtemp(prefix="llmcost-tests-")
