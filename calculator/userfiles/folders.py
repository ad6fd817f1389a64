"""Where the app keeps the user's files: autosave, imported and edited prices.

``LLMCOST_DATA_DIR`` overrides the location (tests, portable installs); otherwise
platformdirs picks the platform's user data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "LLM Cost Calculator"
APP_AUTHOR = "LLMCostCalculator"


def data_dir() -> Path:
    override = os.environ.get("LLMCOST_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def autosave_dir() -> Path:
    """One autosave file per window (:mod:`calculator.userfiles.autosave`)."""
    return data_dir() / "autosave"
