"""Write files atomically: a crash or error mid-write never destroys the previous file.

The data goes to a temporary file in the same folder, is flushed to disk, and
then replaces the target in one ``os.replace`` (atomic on POSIX and Windows).
Writing through a symbolic link writes the file it points to (the link stays).
A process killed mid-write leaves a ``.<name>.*.tmp`` file behind;
:func:`remove_stale_temp_files` clears old ones from the app's own folders.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

#: A temporary file older than this is a leftover of a killed process, not a write
#: in progress (a write takes well under a second).
STALE_SECONDS = 15 * 60


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path written (a link's target)."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(target)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)  # mkstemp makes 0600; a report should be as readable as any file
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    return target


def _mode_for(target: Path) -> int:
    """The replaced file's permissions, or what a new file gets under the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    return atomic_write_bytes(path, text.encode(encoding))


def remove_stale_temp_files(folder: str | os.PathLike[str],
                            older_than: float = STALE_SECONDS) -> list[Path]:
    """Delete this module's temporary files older than ``older_than`` seconds in
    ``folder`` (left by a process killed mid-write); returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(Path(folder).glob(".*.tmp"))
    except OSError:
        return removed
    for path in entries:
        try:
            if path.is_file() and not path.is_symlink() and \
                    now - path.stat().st_mtime > older_than:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed
