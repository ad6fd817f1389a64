"""Per-window autosave files: each window's unsaved work survives a crash of that window,
and no window ever takes, overwrites or deletes the work of another that is still open.

``<user data>/autosave/window-<pid>-<n>-<random>.json`` holds one window's scenario with
the owning process id. While the window lives, its process holds an OS lock on the
matching ``.lock`` file (released by the system when the process dies, also after
``kill -9``). At start a window offers back only the autosaves whose lock it can take:
those of windows that are gone, newest first. Several new windows after a crash share
them out: each holds the lock of at most one autosave at a time (the one it is
offering), so each finds a different one.

No Qt here; the window's :class:`~calculator.ui.documents.DocumentController` drives it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import secrets
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..engine.errors import EngineError
from ..formats.safe_reader import read_json
from .atomic import atomic_write_text, remove_stale_temp_files
from .folders import autosave_dir

if TYPE_CHECKING:  # filelock is imported when a lock is first needed, not at start-up
    from filelock import FileLock

FORMAT = "llm-cost-autosave"
VERSION = 1
MAX_BYTES = 4 * 1024 * 1024
_counter = itertools.count(1)


@dataclass
class Recovered:
    """An autosave of a window that is gone, locked by this process until released."""

    path: Path
    scenario: dict[str, Any]  # the scenario as a dict (``scenario_file`` reads it)
    saved_at: str
    original: str | None  # the scenario's file, if it had one
    pid: int | None
    _lock: FileLock | None = field(default=None, repr=False)

    def discard(self) -> None:
        """Delete the autosave (recovered into a window, or declined) and unlock it."""
        for path in (self.path, self.path.with_suffix(".lock")):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass
        self.release()

    def release(self) -> None:
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()


class AutosaveSlot:
    """One window's autosave file, locked for the life of the window."""

    def __init__(self, folder: str | Path | None = None):
        self.folder = Path(folder) if folder else autosave_dir()
        stem = f"window-{os.getpid()}-{next(_counter)}-{secrets.token_hex(3)}"
        self.path = self.folder / f"{stem}.json"
        self._lock_path = self.folder / f"{stem}.lock"
        self._lock: FileLock | None = None  # taken at the first write

    def write(self, scenario: dict[str, Any], original: str | None) -> None:
        """Store the window's unsaved scenario (atomic; the lock is taken first)."""
        self._claim()
        document = {"format": FORMAT, "version": VERSION,
                    "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
                    "pid": os.getpid(), "host": socket.gethostname(),
                    "path": original, "scenario": scenario}
        atomic_write_text(self.path, json.dumps(document, ensure_ascii=False))

    def discard(self) -> None:
        """No unsaved work any more: delete the file (the lock stays with the window)."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass

    def close(self) -> None:
        """The window closes normally: delete the file and give up the lock."""
        self.discard()
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()
            try:
                self._lock_path.unlink(missing_ok=True)
            except OSError:
                pass

    def abandon(self) -> None:
        """Give up the lock but leave the file, as a crash would (tests)."""
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    def _claim(self) -> None:
        if self._lock is None:
            from filelock import FileLock

            self._lock = FileLock(str(self._lock_path))
        if not self._lock.is_locked:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(timeout=0)

    def next_orphan(self, skip: set[Path] | frozenset[Path] = frozenset()) -> Recovered | None:
        """The newest autosave of a window that is gone (not in ``skip``), locked for this
        process until it is discarded or released; None when there is none. Only one is
        held at a time, so windows starting together each find their own. Unreadable
        autosaves are deleted on the way."""
        if not self.folder.is_dir():
            return None
        remove_stale_temp_files(self.folder)
        for path in _newest_first(self.folder.glob("*.json")):
            if path == self.path or path in skip:
                continue
            from filelock import FileLock, Timeout

            lock = FileLock(str(path.with_suffix(".lock")))
            try:
                lock.acquire(timeout=0)
            except (Timeout, OSError):
                continue  # its window is still open (or the folder is read-only)
            if not path.exists():
                lock.release()
                continue
            recovered = _read(path, lock)
            if recovered is not None:
                return recovered
            Recovered(path, {}, "", None, None, lock).discard()
        return None


def _newest_first(paths) -> list[Path]:
    def mtime(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0
    return sorted(paths, key=lambda p: (-mtime(p), p.name))


def _read(path: Path, lock: FileLock) -> Recovered | None:
    try:
        document = read_json(path, limit=MAX_BYTES, kind="an autosave")
    except (EngineError, OSError):
        return None
    if not isinstance(document, dict) or document.get("format") != FORMAT \
            or not isinstance(document.get("scenario"), dict):
        return None
    original = document.get("path")
    pid = document.get("pid")
    return Recovered(path, document["scenario"], str(document.get("saved_at") or ""),
                     original if isinstance(original, str) and original else None,
                     pid if isinstance(pid, int) and not isinstance(pid, bool) else None, lock)
