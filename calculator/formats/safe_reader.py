"""The one way the app reads a file a user, a colleague or the network handed it.

Every user file goes through here: scenarios, catalog CSVs, imports, discounts,
autosaves, recent files and downloaded price sources. What it promises:

* **Regular files only.** A device (``/dev/zero``, also through a symlink), a FIFO,
  a socket or a folder is refused with a message, and never blocks: the file is
  opened with ``O_NONBLOCK`` and checked on the open handle (``fstat``), so the
  answer is about the file actually read, not a name checked earlier.
* **A byte limit enforced while reading**: the size a file claims is never
  trusted (it is 0 for devices and ``/proc`` files); one byte past the limit
  stops the read.
* **Strict UTF-8** (a leading BOM is dropped); the error names the first bad byte.
* **JSON with limits**: size, nesting depth (a deeply nested file is refused
  here and can never raise ``RecursionError`` later), no ``NaN``/``Infinity``
  unless the caller asks for them, no number outside the float range, and lone
  surrogates from ``\\ud800`` escapes replaced by U+FFFD (they cannot be
  written back as UTF-8).

API (all raise :class:`UserFileError`; ``str(err)`` is one line naming the file
and the problem, ``err.key`` one of :data:`PROBLEM_KEYS`)::

    read_bytes(path, limit=..., kind="a scenario") -> bytes
    read_text(path, limit=..., kind=...) -> str
    read_json(path, limit=..., kind=..., max_depth=MAX_DEPTH) -> object
    read_stream(stream, limit, name, kind=...) -> bytes   # any object with .read(n),
                                                          # e.g. an HTTP response
    decode_text(raw, name) -> str
    parse_json(text_or_bytes, name, max_depth=MAX_DEPTH, constants=None) -> object

``kind`` only words the size message (``"a scenario is at most 2 MB"``).
Nothing here imports Qt or the engine's pricing; callers turn the error into
their own (``CatalogError``, ``ScenarioError``) with ``str(err)`` and ``err.key``.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

from ..engine.errors import EngineError
from ..engine.text import replace_surrogates

MB = 1024 * 1024
MAX_DEPTH = 20
#: A JSON integer with more digits than this is read as a float (and refused when it
#: does not fit one); Python's own limit (4,300 digits) would raise a ValueError.
MAX_INT_DIGITS = 40
CHUNK = 1024 * 1024

#: The kinds of failure (``UserFileError.key``).
PROBLEM_KEYS = ("unreadable", "not_regular", "too_big", "not_text", "not_json", "too_deep")

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class UserFileError(EngineError):
    """A user file cannot be read or parsed; ``key`` names the kind of problem."""

    def __init__(self, message: str, key: str, path: str = ""):
        super().__init__(message)
        self.key = key
        self.path = path


# ---------------------------------------------------------------------------- files
def read_bytes(path: str | os.PathLike[str], *, limit: int, kind: str = "this file") -> bytes:
    """The bytes of a regular file, at most ``limit`` of them."""
    name = os.fspath(path)
    fd = _open_regular(name)
    with os.fdopen(fd, "rb", buffering=0) as handle:
        return read_stream(handle, limit, name, kind=kind)


def read_text(path: str | os.PathLike[str], *, limit: int, kind: str = "this file") -> str:
    """A regular file as strict UTF-8 text (BOM dropped)."""
    name = os.fspath(path)
    return decode_text(read_bytes(name, limit=limit, kind=kind), name)


def read_json(path: str | os.PathLike[str], *, limit: int, kind: str = "this file",
              max_depth: int = MAX_DEPTH, constants: Callable[[str], Any] | None = None) -> Any:
    """A regular file as JSON within the size and depth limits."""
    name = os.fspath(path)
    return parse_json(read_text(name, limit=limit, kind=kind), name, max_depth=max_depth,
                      constants=constants)


def read_stream(stream: BinaryIO, limit: int, name: str, *, kind: str = "this file") -> bytes:
    """At most ``limit`` bytes from ``stream``; refuses the data when there are more."""
    parts: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = stream.read(min(CHUNK, limit + 1 - total))
        except BlockingIOError:
            raise UserFileError(f"{name}: cannot read file (no data available)", "unreadable",
                                name) from None
        except OSError as err:
            raise UserFileError(f"{name}: cannot read file ({err.strerror or err})",
                                "unreadable", name) from None
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise UserFileError(f"{name}: file is larger than {size_text(limit)}; {kind} is at "
                                f"most {size_text(limit)}", "too_big", name)
    return b"".join(parts)


def size_text(limit: int) -> str:
    """``2 MB``, ``512 KB``, ``100 bytes``."""
    if limit >= MB and limit % MB == 0:
        return f"{limit // MB} MB"
    if limit >= 1024 and limit % 1024 == 0:
        return f"{limit // 1024} KB"
    return f"{limit} bytes"


def _open_regular(name: str) -> int:
    if not name or "\0" in name:
        raise UserFileError(f"{name!r}: not a valid file name", "unreadable", name)
    flags = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
             | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(name, flags)
    except FileNotFoundError:
        detail = "a link to a missing file" if os.path.islink(name) else "no such file"
        raise UserFileError(f"{name}: cannot read file ({detail})", "unreadable", name) from None
    except IsADirectoryError:
        raise UserFileError(f"{name}: is a folder, not a file", "not_regular", name) from None
    except OSError as err:
        raise UserFileError(f"{name}: cannot read file ({err.strerror or err})", "unreadable",
                            name) from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as err:
        os.close(fd)
        raise UserFileError(f"{name}: cannot read file ({err.strerror or err})", "unreadable",
                            name) from None
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise UserFileError(f"{name}: {_not_regular(mode)}, not a regular file; only files can "
                            "be read", "not_regular", name)
    return fd


def _not_regular(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "is a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device"
    return "is a special file"


# ---------------------------------------------------------------------------- text
def decode_text(raw: bytes, name: str) -> str:
    """Strict UTF-8, a leading BOM dropped."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UserFileError(f"{name}: not UTF-8 text (byte {err.start}); save it as UTF-8",
                            "not_text", name) from None


# ---------------------------------------------------------------------------- JSON
def parse_json(text: str | bytes, name: str, *, max_depth: int = MAX_DEPTH,
               constants: Callable[[str], Any] | None = None) -> Any:
    """JSON text (or UTF-8 bytes) as Python values, within the limits.

    Strict by default: ``NaN``/``Infinity`` and numbers beyond the float range refuse the
    file. A caller that checks numbers itself passes ``constants``: it receives ``NaN``,
    ``Infinity`` and ``-Infinity`` and returns what stands for them, and numbers are then
    read as Python reads them (integers exact, ``1e400`` as infinity).
    """
    if isinstance(text, bytes):
        text = decode_text(text, name)
    hooks: dict[str, Any] = ({"parse_constant": constants} if constants else
                             {"parse_constant": _refuse_constant, "parse_int": _parse_int,
                              "parse_float": _parse_float})
    try:
        data = json.loads(text, **hooks)
    except json.JSONDecodeError as err:
        detail = "the file ends too early (cut short?)" if err.pos >= len(text) else err.msg
        raise UserFileError(f"{name}: not valid JSON at line {err.lineno}, column {err.colno}: "
                            f"{detail}", "not_json", name) from None
    except RecursionError:
        raise _too_deep(name, max_depth) from None
    except (ValueError, OverflowError) as err:
        raise UserFileError(f"{name}: not valid JSON ({err})", "not_json", name) from None
    if _depth_exceeds(data, max_depth):
        raise _too_deep(name, max_depth)
    if _SURROGATE_ESCAPE.search(text):
        data = _clean_strings(data)
    return data


def _too_deep(name: str, max_depth: int) -> UserFileError:
    return UserFileError(f"{name}: JSON nested too deeply (more than {max_depth} levels)",
                         "too_deep", name)


def _refuse_constant(token: str) -> float:
    raise ValueError(f"{token} is not a number this app accepts")


def _parse_int(text: str) -> int | float:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        return _parse_float(text)
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if value in (math.inf, -math.inf):
        shown = text if len(text) <= 24 else text[:20] + "..."
        raise ValueError(f"the number {shown} is too large")
    return value


def _depth_exceeds(data: Any, max_depth: int) -> bool:
    """Whether containers nest deeper than ``max_depth`` (iterative: no recursion)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > max_depth:
            return True
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, (dict, list)))
    return False


def _clean_strings(data: Any) -> Any:
    """``data`` with every lone surrogate in keys and strings replaced (iterative)."""
    def fix(value: Any) -> Any:
        return replace_surrogates(value) if isinstance(value, str) else value

    root = [fix(data)]
    stack: list[Any] = [root[0]]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            items = [(fix(k), fix(v)) for k, v in value.items()]
            value.clear()
            value.update(items)
            stack.extend(v for _, v in items if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            value[:] = [fix(v) for v in value]
            stack.extend(v for v in value if isinstance(v, (dict, list)))
    return root[0]
