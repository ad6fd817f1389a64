"""Test-wide settings: headless Qt with a fixed scale, isolated user folders."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: no display needed, and pixels independent of the desktop.
# The offscreen screen is a common desktop (1920x1080 at 96 dpi) rather than its 800x800
# default: the window fits itself to the screen it starts on, as on a real display.
_SCREENS = os.path.join(tempfile.mkdtemp(prefix="llmcost-screen-"), "screens.json")
with open(_SCREENS, "w", encoding="utf-8") as _handle:
    _handle.write('{"screens": [{"name": "test", "x": 0, "y": 0, "width": 1920, '
                  '"height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREENS}"
os.environ["QT_SCALE_FACTOR"] = "1"
os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)
os.environ.setdefault("LANG", "en_US.UTF-8")

# The user's real data folder (imported prices, autosave) must never leak into tests:
# every test session gets an empty one; tests that need their own set the variable.
os.environ["LLMCOST_DATA_DIR"] = tempfile.mkdtemp(prefix="llmcost-tests-")
