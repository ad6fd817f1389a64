"""The user's commitments and GPU presets, layered over the shipped ones.

Lives in ``<user data>/plans/`` (``LLMCOST_DATA_DIR`` moves it):
``commitments.csv`` (offers the user added or corrected; same columns as
``seeds/commitments.csv``) and ``gpus.csv`` (GPU presets, as ``seeds/gpus.csv``).
A user row with the id of a shipped one replaces it. Every write is atomic and a
read-modify-write under the folder's lock (:mod:`calculator.userfiles.locks`); a
damaged user file (also a broken link or a special file) is left out and named in
``problems``, never fatal.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..engine.commitments import Commitment
from ..engine.errors import CatalogError
from ..formats.commitments_csv import commitments_csv_text, read_commitments
from ..formats.gpu_presets import GpuPreset, presets_csv_text, read_presets
from ..runtime.paths import shipped_commitments, shipped_gpus
from .atomic import atomic_write_text
from .folders import data_dir
from .locks import folder_lock

COMMITMENTS_FILE = "commitments.csv"
GPUS_FILE = "gpus.csv"


@dataclass(frozen=True)
class Loaded:
    """Shipped items with the user's layered over them (``origin``: id -> shipped/yours)."""

    items: list = field(default_factory=list)
    origin: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


class PlanStore:
    def __init__(self, folder: str | Path | None = None, shipped_offers: Path | None = None,
                 shipped_presets: Path | None = None):
        self.folder = Path(folder) if folder else data_dir() / "plans"
        self.shipped_offers = shipped_offers or shipped_commitments()
        self.shipped_presets = shipped_presets or shipped_gpus()

    @property
    def commitments_file(self) -> Path:
        return self.folder / COMMITMENTS_FILE

    @property
    def gpus_file(self) -> Path:
        return self.folder / GPUS_FILE

    # ------------------------------------------------------------------ commitments
    def commitments(self) -> Loaded:
        return self._layered(read_commitments, self.shipped_offers, self.commitments_file,
                             lambda o: o.offer_id)

    def user_commitments(self) -> list[Commitment]:
        if not os.path.lexists(self.commitments_file):
            return []
        return read_commitments(self.commitments_file)

    def save_commitment(self, offer: Commitment) -> None:
        """Add the offer, or replace the user's offer with the same id."""
        with folder_lock(self.folder):
            offers = [o for o in self.user_commitments() if o.offer_id != offer.offer_id]
            offers.append(offer)
            atomic_write_text(self.commitments_file, commitments_csv_text(offers))

    def remove_commitment(self, offer_id: str) -> bool:
        with folder_lock(self.folder):
            offers = self.user_commitments()
            kept = [o for o in offers if o.offer_id != offer_id]
            if len(kept) == len(offers):
                return False
            atomic_write_text(self.commitments_file, commitments_csv_text(kept))
        return True

    # ------------------------------------------------------------------ GPU presets
    def gpu_presets(self) -> Loaded:
        return self._layered(read_presets, self.shipped_presets, self.gpus_file,
                             lambda p: p.gpu_id)

    def user_presets(self) -> list[GpuPreset]:
        return read_presets(self.gpus_file) if os.path.lexists(self.gpus_file) else []

    def save_preset(self, preset: GpuPreset) -> None:
        with folder_lock(self.folder):
            presets = [p for p in self.user_presets() if p.gpu_id != preset.gpu_id]
            presets.append(preset)
            atomic_write_text(self.gpus_file, presets_csv_text(presets))

    def remove_preset(self, gpu_id: str) -> bool:
        with folder_lock(self.folder):
            presets = self.user_presets()
            kept = [p for p in presets if p.gpu_id != gpu_id]
            if len(kept) == len(presets):
                return False
            atomic_write_text(self.gpus_file, presets_csv_text(kept))
        return True

    # ------------------------------------------------------------------ layering
    @staticmethod
    def _layered(read, shipped: Path, user: Path, key) -> Loaded:
        problems: list[str] = []
        by_id: dict[str, object] = {}
        origin: dict[str, str] = {}
        for path, label in ((shipped, "shipped"), (user, "yours")):
            if label == "yours" and not os.path.lexists(path):
                continue
            try:
                items = read(path)
            except CatalogError as err:
                problems.append(str(err))
                continue
            for item in items:
                by_id[key(item)] = item
                origin[key(item)] = label
        return Loaded(list(by_id.values()), origin, problems)
