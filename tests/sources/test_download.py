"""Downloads: HTTPS with certificate checks, time and size limits, cancel, one-line errors."""

from __future__ import annotations

import shutil
import threading

import pytest

from calculator.runtime.download import Cancel, DownloadError, download

from .loopback import LoopbackServer, Route

BODY = b'{"ok": true}'


@pytest.fixture
def server():
    routes = {
        "/ok": Route(BODY, last_modified="Wed, 21 Oct 2026 07:28:00 GMT"),
        "/moved": Route(status=302),
        "/hang": Route(hang=True),
        "/big": Route(b"x" * 5000),
        "/liar": Route(b"x" * 10, length=10**9),
        "/drip": Route(b"x" * 400, drip=1),
        "/error": Route(b"oops", status=500),
    }
    with LoopbackServer(routes) as running:
        yield running


def test_body_and_last_modified(server):
    got = download(server.url("/ok"))
    assert got.data == BODY and got.content_type == "application/json"
    assert str(got.last_modified) == "2026-10-21"


def test_http_errors_name_the_status(server):
    with pytest.raises(DownloadError, match=r"answered HTTP 404 Not Found") as err:
        download(server.url("/missing"))
    assert err.value.key == "http"
    with pytest.raises(DownloadError, match="HTTP 500"):
        download(server.url("/error"))


def test_redirect_without_location_is_an_error(server):
    with pytest.raises(DownloadError, match="redirect without a location"):
        download(server.url("/moved"))


def test_a_hanging_server_times_out(server):
    with pytest.raises(DownloadError, match=r"no answer within 0.3 s") as err:
        download(server.url("/hang"), timeout=0.3)
    assert err.value.key == "timeout"


def test_a_slow_drip_is_stopped_at_the_deadline(server):
    """The limit covers the whole download, not each read."""
    with pytest.raises(DownloadError, match="took longer than 0.3 s|no answer within 0.3 s"):
        download(server.url("/drip"), timeout=0.3)


def test_size_limit_while_reading_and_from_the_header(server):
    with pytest.raises(DownloadError, match="larger than 1 KB") as err:
        download(server.url("/big"), limit=1024)
    assert err.value.key == "too_big"
    with pytest.raises(DownloadError, match="larger than"):
        download(server.url("/liar"), limit=1024)


def test_unreachable_host():
    with pytest.raises(DownloadError, match=r"cannot download \(Connection refused\)") as err:
        download("http://127.0.0.1:9/nothing-listens-here", timeout=2)
    assert err.value.key == "unreachable"


@pytest.mark.parametrize(("url", "message"), [
    ("http://example.com/prices.json", "plain http is refused"),
    ("ftp://example.com/prices.json", "not a web address"),
    ("file:///etc/passwd", "not a web address"),
    ("https://", "not a web address"),
])
def test_only_https_or_loopback_http(url, message):
    with pytest.raises(DownloadError, match=message) as err:
        download(url)
    assert err.value.key == "bad_url"


def test_cancel_from_another_thread_stops_a_hanging_download(server):
    cancel = Cancel()
    started = threading.Event()

    def progress_free_cancel():
        started.wait(5)
        cancel.cancel()

    thread = threading.Thread(target=progress_free_cancel)
    thread.start()
    started.set()
    with pytest.raises(DownloadError, match="download cancelled") as err:
        download(server.url("/hang"), timeout=20, cancel=cancel)
    thread.join()
    assert err.value.key == "cancelled"


def test_progress_reports_bytes(server):
    seen = []
    download(server.url("/big"), progress=lambda got, total: seen.append((got, total)))
    assert seen[-1] == (5000, 5000)


@pytest.mark.subprocess  # openssl makes the throwaway certificate
@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl makes the test certificate")
def test_https_checks_the_certificate(tmp_path):
    with LoopbackServer({"/ok": Route(BODY)}) as server:
        trusted = server.https(tmp_path)
        assert download(server.url("/ok"), ssl_context=trusted).data == BODY
        with pytest.raises(DownloadError, match="certificate is not trusted|cannot download"):
            download(server.url("/ok"), timeout=5)  # the system's store does not know it
