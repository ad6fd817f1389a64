"""Download a price list from the web: HTTPS with the system's certificates, a time limit,
a size limit, and cancel from another thread.

:func:`download` returns the bytes or raises :class:`DownloadError` whose text is
one line saying what went wrong (unreachable, HTTP status, no answer in time, too
large, cancelled). Nothing is written anywhere: the caller validates the bytes
like a file the user chose, and only then changes the catalog.

Certificates come from the operating system's trust store through ``truststore``
(the same certificates the user's browser trusts, including a company proxy's),
not from a bundled CA list. Plain ``http`` is refused except for the loopback
address (the tests' local server). Redirects are followed up to
:data:`MAX_REDIRECTS` times, to ``https`` only.

The time limit covers the whole download, not each read: a server that drips a
byte a second is stopped at the deadline too.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import http.client
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..engine.errors import EngineError

#: Longest a download may take, seconds.
TIMEOUT = 30.0
#: Largest price list accepted, bytes (LiteLLM's map is about 3.5 MB in 2026).
MAX_BYTES = 32 * 1024 * 1024
MAX_REDIRECTS = 3
CHUNK = 64 * 1024
USER_AGENT = "llm-cost-calculator (price update)"
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


class DownloadError(EngineError):
    """A download failed; ``key`` names the kind: ``unreachable``, ``http``, ``timeout``,
    ``too_big``, ``cancelled`` or ``bad_url``."""

    def __init__(self, message: str, key: str):
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class Download:
    url: str
    data: bytes
    #: The server's ``Last-Modified`` date, if it sent one.
    last_modified: dt.date | None = None
    content_type: str = ""


class Cancel:
    """Lets another thread stop a download: :meth:`cancel` closes the connection."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._socket: socket.socket | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            sock = self._socket
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _attach(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._socket = sock
        if sock is not None and self._cancelled:
            self.cancel()

    def check(self) -> None:
        if self._cancelled:
            raise DownloadError("download cancelled", "cancelled")


def system_ssl_context() -> ssl.SSLContext:
    """An SSL context that trusts the operating system's certificates."""
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def download(url: str, *, timeout: float = TIMEOUT, limit: int = MAX_BYTES,
             cancel: Cancel | None = None,
             progress: Callable[[int, int | None], None] | None = None,
             ssl_context: ssl.SSLContext | None = None) -> Download:
    """The body of ``url`` (at most ``limit`` bytes, within ``timeout`` seconds)."""
    cancel = cancel or Cancel()
    deadline = time.monotonic() + timeout
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        cancel.check()
        parts = _checked_url(current)
        connection = _connection(parts, _remaining(deadline, timeout), ssl_context)
        response: http.client.HTTPResponse | None = None
        try:
            try:
                connection.connect()
                sock = connection.sock
                cancel._attach(sock)
                cancel.check()
                connection.request("GET", _path(parts), headers={
                    "User-Agent": USER_AGENT, "Accept": "application/json, text/plain, */*",
                    "Accept-Encoding": "identity"})
                response = connection.getresponse()
                if response.status in (301, 302, 303, 307, 308):
                    location = response.getheader("Location")
                    if not location:
                        raise DownloadError(f"{_host(parts)}: redirect without a location",
                                            "http")
                    current = urljoin(current, location)
                    continue
                if response.status != 200:
                    raise DownloadError(f"{current}: the server answered HTTP {response.status} "
                                        f"{response.reason}".rstrip(), "http")
                data = _read_body(response, sock, current, deadline, timeout, limit,
                                  cancel, progress)
                return Download(url=current, data=data,
                                last_modified=_date_header(response.getheader("Last-Modified")),
                                content_type=response.getheader("Content-Type") or "")
            except DownloadError:
                raise
            except TimeoutError:
                cancel.check()
                raise DownloadError(f"{_host(parts)}: no answer within {timeout:g} s",
                                    "timeout") from None
            except ssl.SSLCertVerificationError as err:
                raise DownloadError(f"{_host(parts)}: the server's certificate is not trusted "
                                    f"({err.verify_message or err.reason})",
                                    "unreachable") from None
            except (OSError, http.client.HTTPException) as err:
                cancel.check()
                raise DownloadError(f"{_host(parts)}: cannot download ({_reason(err)})",
                                    "unreachable") from None
        finally:
            cancel._attach(None)
            if response is not None:
                response.close()
            connection.close()
    raise DownloadError(f"{url}: more than {MAX_REDIRECTS} redirects", "http")


def _checked_url(url: str):
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError as err:
        raise DownloadError(f"{url!r}: not a valid web address ({err})", "bad_url") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise DownloadError(f"{url!r}: not a web address (https://…)", "bad_url")
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        raise DownloadError(f"{url}: plain http is refused; use https", "bad_url")
    return parts


def _connection(parts, timeout: float,
                ssl_context: ssl.SSLContext | None) -> http.client.HTTPConnection:
    if parts.scheme == "http":
        return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    context = ssl_context or system_ssl_context()
    return http.client.HTTPSConnection(parts.hostname, parts.port, timeout=timeout,
                                       context=context)


def _read_body(response: http.client.HTTPResponse, sock: socket.socket | None, url: str,
               deadline: float, timeout: float, limit: int, cancel: Cancel,
               progress: Callable[[int, int | None], None] | None) -> bytes:
    length = response.getheader("Content-Length")
    expected = int(length) if length and length.isdigit() else None
    if expected is not None and expected > limit:
        raise DownloadError(_too_big(url, limit), "too_big")
    parts: list[bytes] = []
    total = 0
    while True:
        cancel.check()
        if sock is not None:
            sock.settimeout(_remaining(deadline, timeout))
        chunk = response.read1(CHUNK)
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise DownloadError(_too_big(url, limit), "too_big")
        if progress is not None:
            progress(total, expected)
        if time.monotonic() > deadline:
            raise DownloadError(f"{urlsplit(url).hostname}: the download took longer than "
                                f"{timeout:g} s", "timeout")
    cancel.check()
    return b"".join(parts)


def _remaining(deadline: float, timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise DownloadError(f"no answer within {timeout:g} s", "timeout")
    return left


def _too_big(url: str, limit: int) -> str:
    size = (f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else
            f"{limit // 1024} KB" if limit >= 1024 else f"{limit} bytes")
    return f"{url}: the file is larger than {size}; refused"


def _path(parts) -> str:
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _host(parts) -> str:
    return parts.hostname or "?"


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__


def _date_header(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed.date() if parsed else None
