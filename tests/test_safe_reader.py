"""The safe reader: regular files only, limits enforced while reading, strict text and JSON."""

from __future__ import annotations

import io
import json
import os
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.formats.safe_reader import (
    MAX_DEPTH,
    UserFileError,
    decode_text,
    parse_json,
    read_bytes,
    read_json,
    read_stream,
    read_text,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


def fails(key: str, call, *args, **kwargs) -> str:
    with pytest.raises(UserFileError) as info:
        call(*args, **kwargs)
    assert info.value.key == key, str(info.value)
    assert "\n" not in str(info.value)
    return str(info.value)


def test_a_regular_file_is_read(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b'\xef\xbb\xbf{"a": [1, 2.5, "x"]}')
    assert read_json(path, limit=100) == {"a": [1, 2.5, "x"]}
    assert read_text(path, limit=100).startswith("{")


@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "my_prices.csv"
    os.mkfifo(fifo)
    message = fails("not_regular", read_bytes, fifo, limit=100)
    assert "is a pipe (FIFO), not a regular file" in message


@posix_only
def test_a_link_to_a_device_is_refused(tmp_path):
    link = tmp_path / "scenario.json"
    link.symlink_to("/dev/zero")
    assert "is a device" in fails("not_regular", read_bytes, link, limit=100)


def test_a_folder_is_refused(tmp_path):
    assert "folder" in fails("not_regular", read_bytes, tmp_path, limit=100)


def test_a_broken_link_is_named(tmp_path):
    link = tmp_path / "my_prices.csv"
    link.symlink_to(tmp_path / "gone.csv")
    assert "a link to a missing file" in fails("unreadable", read_bytes, link, limit=100)
    assert "no such file" in fails("unreadable", read_bytes, tmp_path / "nope", limit=100)
    fails("unreadable", read_bytes, "", limit=100)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs /proc")
def test_the_limit_holds_while_reading_not_by_the_claimed_size():
    assert os.path.getsize("/proc/self/status") == 0  # claims to be empty
    message = fails("too_big", read_bytes, "/proc/self/status", limit=10, kind="a scenario")
    assert message.endswith("file is larger than 10 bytes; a scenario is at most 10 bytes")


def test_a_file_one_byte_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 2049)
    assert read_bytes(path, limit=2049) == b"x" * 2049
    assert "at most 2 KB" in fails("too_big", read_bytes, path, limit=2048)


def test_a_stream_is_cut_at_the_limit():
    assert read_stream(io.BytesIO(b"abc"), 3, "net") == b"abc"
    fails("too_big", read_stream, io.BytesIO(b"abcd"), 3, "https://example.test/prices.json")


def test_text_is_strict_utf8():
    assert decode_text(b"\xef\xbb\xbfok", "f") == "ok"
    assert "byte 1" in fails("not_text", decode_text, b"a\xff", "f.csv")
    fails("not_text", decode_text, "\ud800".encode("utf-8", "surrogatepass"), "f")


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5_000, 200_000])
def test_deep_json_is_refused_and_never_raises_recursion_error(depth):
    for opener, closer in (("[", "]"), ('{"a":', "}")):
        text = opener * depth + "1" + closer * depth
        assert "nested too deeply" in fails("too_deep", parse_json, text, "deep.json")


def test_json_at_the_depth_limit_is_read():
    text = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse_json(text, "ok.json") is not None


@pytest.mark.parametrize("text, detail", [
    ('{"a": NaN}', "NaN"), ('{"a": Infinity}', "Infinity"), ('{"a": 1e400}', "too large"),
    ('{"a": ' + "9" * 400 + "}", "too large"), ('{"a": 1', "ends too early"),
    ("", "ends too early"), ('{"a": 1} x', "Extra data"),
])
def test_bad_json_is_one_line(text, detail):
    assert detail in fails("not_json", parse_json, text, "s.json")


def test_a_caller_may_take_constants_and_big_numbers_itself():
    data = parse_json('{"a": NaN, "b": 1e400, "c": ' + "1" * 50 + "}", "m.json",
                      constants=lambda token: f"<{token}>")
    assert data == {"a": "<NaN>", "b": float("inf"), "c": int("1" * 50)}


def test_lone_surrogates_from_escapes_become_replacement_characters():
    data = parse_json('{"name\\udc00": ["\\ud800x", {"k": "\\udfff"}], "ok": "\\ud83d\\ude00"}',
                      "s.json")
    assert data == {"name\ufffd": ["\ufffdx", {"k": "\ufffd"}], "ok": "\U0001F600"}
    json.dumps(data, ensure_ascii=False).encode("utf-8")  # writable again


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_fail_with_a_user_file_error(raw):
    try:
        parse_json(raw, "fuzz.json")
    except UserFileError as err:
        assert err.key in ("not_text", "not_json", "too_deep")


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(),
                    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
                    max_leaves=30))
def test_json_values_round_trip(value):
    text = json.dumps(value)
    try:
        assert parse_json(text, "v.json") == json.loads(text)
    except UserFileError as err:  # only for values nested too deeply or infinite floats
        assert err.key in ("too_deep", "not_json")
