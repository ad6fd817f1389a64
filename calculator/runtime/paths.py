"""The one place that knows where shipped files live, in a checkout and in a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """Folder holding ``seeds/`` and ``resources/``.

    In a PyInstaller bundle that is ``sys._MEIPASS`` (the ``_internal`` folder of
    a one-folder build); in a source checkout it is the repository root.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def seed_path(*parts: str) -> Path:
    return app_root().joinpath("seeds", *parts)


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def shipped_catalog() -> Path:
    return seed_path("prices.csv")


def shipped_fx() -> Path:
    return seed_path("fx.csv")


def shipped_schedules() -> Path:
    return seed_path("schedules.csv")


def shipped_commitments() -> Path:
    return seed_path("commitments.csv")


def shipped_gpus() -> Path:
    return seed_path("gpus.csv")
