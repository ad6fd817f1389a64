"""A price-source server on 127.0.0.1 for tests: no test ever touches the network.

``LoopbackServer`` serves routes from a dict (path -> :class:`Route`) in a thread;
:meth:`https` wraps it in TLS with a throwaway certificate made for the test
(``cryptography`` is not needed: ``openssl`` makes it), so certificate checks can
be tested too. A hanging route waits until the server stops (or the test
releases it), never a fixed time.
"""

from __future__ import annotations

import http.server
import shutil
import ssl
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/json"
    last_modified: str | None = None
    #: Never answer (until the server stops): a hanging source.
    hang: bool = False
    #: Claim this Content-Length (a lie is allowed: an oversized download).
    length: int | None = None
    #: Send the body in pieces of this size, waiting for ``release`` between them.
    drip: int = 0


class LoopbackServer:
    def __init__(self, routes: dict[str, Route]):
        self.routes = routes
        self.requests: list[str] = []
        self.release = threading.Event()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                server.requests.append(self.path)
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                if route.hang:
                    server.release.wait()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                length = route.length if route.length is not None else len(route.body)
                self.send_header("Content-Length", str(length))
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                self.end_headers()
                try:
                    if route.drip:
                        for start in range(0, len(route.body), route.drip):
                            self.wfile.write(route.body[start:start + route.drip])
                            self.wfile.flush()
                            if server.release.wait(0.05):
                                break
                    else:
                        self.wfile.write(route.body)
                except OSError:
                    pass

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.scheme = "http"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def https(self, folder: Path) -> ssl.SSLContext:
        """Serve TLS with a fresh self-signed certificate; returns a client context that
        trusts exactly that certificate."""
        cert, key = folder / "cert.pem", folder / "key.pem"
        subprocess.run([shutil.which("openssl") or "openssl", "req", "-x509", "-newkey",
                        "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert), "-days",
                        "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                       check=True, capture_output=True)
        server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server_context.load_cert_chain(cert, key)
        self.httpd.socket = server_context.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https"
        client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        client.load_verify_locations(cert)
        return client

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(10)
