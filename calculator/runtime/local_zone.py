"""The computer's time zone, for traffic profiles that name none.

An IANA name where the system says it (``TZ``, the ``/etc/localtime`` link,
``/etc/timezone``), so a month that crosses a daylight-saving change is counted
right; else the current UTC offset as a fixed zone (Windows).
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from functools import cache


@cache
def local_zone() -> str | dt.tzinfo:
    """The computer's time zone: an IANA name, else a fixed-offset zone."""
    for name in (_from_env(), _from_link(), _from_file()):
        if name and _valid(name):
            return name
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


def zone_label(zone: str | dt.tzinfo) -> str:
    """``Asia/Shanghai`` or ``UTC+08:00``."""
    if isinstance(zone, str):
        return zone
    offset = dt.datetime.now(zone).utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _from_env() -> str | None:
    value = os.environ.get("TZ", "").lstrip(":")
    return value or None


def _from_link() -> str | None:
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return None
    marker = "zoneinfo" + os.sep
    if marker not in target:
        return None
    return target.split(marker, 1)[1]


def _from_file() -> str | None:
    try:
        with open("/etc/timezone", encoding="utf-8") as handle:
            return handle.read(200).strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def _valid(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        return False
    return True
