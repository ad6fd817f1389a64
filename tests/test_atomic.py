"""Atomic writes: all or nothing, and files as readable as any other."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from calculator.userfiles.atomic import (
    atomic_write_bytes,
    atomic_write_text,
    remove_stale_temp_files,
)


def test_new_file_gets_normal_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = atomic_write_bytes(tmp_path / "report.csv", b"a,b\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert path.read_bytes() == b"a,b\n"


def test_replacing_keeps_the_files_permissions(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text("old")
    path.chmod(0o600)
    atomic_write_bytes(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and path.read_text() == "new"


def test_failure_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "plan.json"
    path.write_text("old")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        atomic_write_bytes(path, b"new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_writing_through_a_link_writes_its_target(tmp_path):
    target = tmp_path / "real" / "plan.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "plan.json"
    link.symlink_to(target)
    assert atomic_write_text(link, "new") == target
    assert link.is_symlink() and target.read_text() == "new"


def test_only_old_temporary_files_are_removed(tmp_path):
    old, fresh = tmp_path / ".prices.csv.abc.tmp", tmp_path / ".prices.csv.def.tmp"
    mine = tmp_path / "prices.csv"
    for path in (old, fresh, mine):
        path.write_text("x")
    os.utime(old, (0, 0))
    os.utime(mine, (0, 0))
    assert remove_stale_temp_files(tmp_path) == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name, mine.name]


def test_a_write_clears_old_leftovers_of_its_own_file(tmp_path):
    left = tmp_path / ".plan.json.x1.tmp"  # a save killed long ago
    other = tmp_path / ".other.json.x2.tmp"
    for path in (left, other):
        path.write_text("x")
        os.utime(path, (0, 0))
    atomic_write_text(tmp_path / "plan.json", "{}")
    assert not left.exists() and other.exists()
