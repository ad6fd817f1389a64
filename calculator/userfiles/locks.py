"""One lock per folder of the user's files, so read-modify-write is safe across processes.

Two windows (or a window and a command) that change the same file each read it again
*inside* the lock and write it atomically before letting go; no record is lost. The
lock is an OS file lock on ``<folder>/.lock`` (``filelock``), released by the system
when a process dies, so a crash never leaves the folder locked.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..engine.errors import CatalogError

#: How long a write waits for another process's write to finish.
LOCK_SECONDS = 30
LOCK_FILE = ".lock"


@contextmanager
def folder_lock(folder: str | Path, timeout: float = LOCK_SECONDS) -> Iterator[None]:
    """Hold ``folder``'s write lock (created if missing); other processes wait."""
    from filelock import FileLock, Timeout  # here: the window's start reads, never writes

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(folder / LOCK_FILE))
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise CatalogError(f"{folder}: another window is still writing these files; "
                           "try again") from None
    try:
        yield
    finally:
        lock.release()
