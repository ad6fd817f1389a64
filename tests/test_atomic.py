"""Atomic writes: all or nothing, and files as readable as any other."""

from __future__ import annotations

import os
import stat

import pytest

from calculator.userfiles.atomic import atomic_write_bytes


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
