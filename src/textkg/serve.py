"""`textkg serve`: a SPARQL 1.1 endpoint over a graph, for YASGUI, SPARQLWrapper or any client.

The SPARQL work is done by the Oxigraph server binary that the ``oxigraph`` package installs
(the same version as pyoxigraph, so both read the same store), run read-only on a private
loopback port. In front of it, on the address the user asked for, a small relay reads each
request's query and refuses SERVICE (unless allowed) before passing the request, its headers
and the streamed answer through untouched: content negotiation, CORS, errors, the YASGUI page
at ``/`` (served by the binary itself, scripts and styles included, so it works offline).
"""

from __future__ import annotations

import contextlib
import http.client
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from textkg.errors import QueryError, TextkgError
from textkg.sparql import check_query

#: Largest request body relayed (a query, not an upload: the server is read-only).
MAX_BODY = 16 * 1024 * 1024
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
    }
)
_STARTUP_SECONDS = 30.0

#: The query page: Oxigraph's own (its YASGUI script and styles come from the binary), with
#: the autocompleters that call other hosts switched off: prefixes (which downloads
#: prefix.cc's list on load) and classes and properties (which send what is typed to LOV).
QUERY_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>textkg: SPARQL</title>
<link href="./yasgui.min.css" rel="stylesheet" type="text/css">
<script src="./yasgui.min.js"></script>
<link rel="icon" type="image/svg+xml" href="/logo.svg">
</head>
<body>
<div id="yasgui"></div>
<script>
  const url = window.location.href.split(/[?#]/)[0].replace(/\\/$/, "");
  Yasqe.defaults.autocompleters = ["variables"];
  Yasqe.defaults.value = @QUERY@;
  new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: url + "/query" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: url + "/query" }], keys: [] },
  });
</script>
</body>
</html>
"""
_FIRST_QUERY = """PREFIX tk: <https://w3id.org/textkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>

SELECT ?name ?type WHERE {
  ?entity rdfs:label ?name ; a ?type .
  FILTER(STRSTARTS(STR(?type), STR(schema:)))
}
ORDER BY ?name
LIMIT 50
"""


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 7878
    cors: bool = False
    #: Seconds a query may run (Oxigraph's --timeout-s); 0 or None: Oxigraph's own limit.
    timeout: float | None = 60.0
    allow_service: bool = False


def oxigraph_binary() -> Path:
    """The ``oxigraph`` program of this environment, checked to be pyoxigraph's version."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    candidates = [Path(sys.executable).parent / name, Path(sysconfig.get_path("scripts")) / name]
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        which = shutil.which("oxigraph")
        found = Path(which) if which else None
    if found is None:
        raise TextkgError(
            f"the Oxigraph server is not installed: pip install oxigraph=={ox.__version__}"
        )
    try:
        version = subprocess.run(
            [str(found), "--version"], capture_output=True, text=True, timeout=30, check=False
        ).stdout.split()[-1:]
    except (OSError, subprocess.SubprocessError) as exc:
        raise TextkgError(f"{found}: cannot run the Oxigraph server: {exc}") from exc
    if version != [ox.__version__]:
        raise TextkgError(
            f"{found} is Oxigraph {' '.join(version) or '(unknown)'}, but pyoxigraph is "
            f"{ox.__version__}: pip install oxigraph=={ox.__version__}"
        )
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class OxigraphProcess:
    """The Oxigraph server, read-only over one store, on a private loopback port."""

    def __init__(self, data: Path, options: ServeOptions) -> None:
        self.port = free_port()
        command = [
            str(oxigraph_binary()),
            "serve-read-only",
            "--location",
            str(data),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--union-default-graph",
        ]
        if options.cors:
            command.append("--cors")
        if options.timeout:
            command += ["--timeout-s", str(max(1, math.ceil(options.timeout)))]
        self.log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,  # Ctrl-C reaches textkg, which stops the server in turn
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        self._wait_until_ready()

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + _STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise TextkgError(f"the Oxigraph server did not start: {self.output()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise TextkgError(f"the Oxigraph server did not start in {_STARTUP_SECONDS:g} s")

    def output(self) -> str:
        self.log.seek(0)
        lines = self.log.read().decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else f"exit code {self.process.returncode}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def _die_with_parent() -> None:
    """In the child, before exec: ask Linux to end it when textkg ends, however textkg ends."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class _Relay(BaseHTTPRequestHandler):
    """Checks the query of each request, then passes it to Oxigraph and streams the answer."""

    server: _RelayServer
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: one line per request would bury the URL."""

    def _relay(self) -> None:
        if self.command in ("GET", "HEAD") and urlsplit(self.path).path in ("", "/"):
            self._send(200, query_page(), "text/html; charset=utf-8")
            return
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self._refuse(411, "send the request with a Content-Length")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self._refuse(400, "bad Content-Length")
            return
        if length > MAX_BODY:
            self._refuse(413, f"request body over {MAX_BODY // (1024 * 1024)} MB")
            return
        body = self.rfile.read(length) if length else b""
        try:
            for query in self._queries(body):
                check_query(query, allow_service=self.server.options.allow_service)
        except QueryError as exc:
            self._refuse(400, str(exc))
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream_port)
        try:
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            response = upstream.getresponse()
            self.send_response_only(response.status, response.reason)
            for key, value in response.getheaders():
                if key.lower() not in _HOP_BY_HOP and key.lower() != "content-length":
                    self.send_header(key, value)
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                while block := response.read1(1 << 16):
                    self.wfile.write(block)
        except (BrokenPipeError, ConnectionResetError):
            pass
        except OSError as exc:
            self._refuse(502, f"the Oxigraph server did not answer: {exc}")
        finally:
            upstream.close()

    # Every method goes the same way; Oxigraph answers what it does not allow (405, 403).
    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = _relay

    def _queries(self, body: bytes) -> Iterator[str]:
        """Every query text in the request: URL parameters, a form body, or a query body."""
        parameters = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        yield from parameters.get("query", [])
        yield from parameters.get("update", [])
        if self.command != "POST" or not body:
            return
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        text = body.decode("utf-8", "replace")
        if content_type == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            yield from form.get("query", [])
            yield from form.get("update", [])
        else:
            yield text

    def _refuse(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _send(self, status: int, data: bytes, content_type: str) -> None:
        with contextlib.suppress(OSError):
            self.send_response_only(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)


def query_page() -> bytes:
    """QUERY_PAGE with a first query over textkg's vocabulary."""
    import json

    return QUERY_PAGE.replace("@QUERY@", json.dumps(_FIRST_QUERY)).encode("utf-8")


class _RelayServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, options: ServeOptions, oxigraph: OxigraphProcess) -> None:
        self.options = options
        self.oxigraph = oxigraph
        self.upstream_port = oxigraph.port
        if ":" in options.host:
            self.address_family = socket.AF_INET6
        try:
            super().__init__((options.host, options.port), _Relay)
        except OSError as exc:
            raise TextkgError(
                f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}"
            ) from exc

    @property
    def url(self) -> str:
        address = self.server_address
        host = address[0].decode() if isinstance(address[0], bytes) else str(address[0])
        port = address[1]
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/"


@contextlib.contextmanager
def serving(data: Path, options: ServeOptions) -> Iterator[_RelayServer]:
    """Oxigraph over the store folder ``data``, and the relay in front of it (not yet serving)."""
    oxigraph = OxigraphProcess(data, options)
    try:
        relay = _RelayServer(options, oxigraph)
        try:
            watcher = threading.Thread(target=_stop_when_gone, args=(oxigraph, relay), daemon=True)
            watcher.start()
            yield relay
        finally:
            relay.server_close()
    finally:
        oxigraph.stop()


def _stop_when_gone(oxigraph: OxigraphProcess, relay: _RelayServer) -> None:
    oxigraph.process.wait()
    relay.shutdown()


def serve(path: str | Path, options: ServeOptions, *, announce: IO[str] | None = None) -> None:
    """Serve the graph (an RDF file, via its store) or a store folder until Ctrl-C."""
    from textkg.store import data_folder, store_location

    data = data_folder(store_location(path))
    out = announce or sys.stdout
    with serving(data, options) as relay:
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            print(
                f"textkg: serving {path} at {relay.url} (SPARQL endpoint {relay.url}query, "
                f"read-only); Ctrl-C stops it",
                file=out,
                flush=True,
            )
            relay.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:
            print("textkg: stopped", file=sys.stderr)
            return
        finally:
            signal.signal(signal.SIGTERM, previous)
        raise TextkgError(f"the Oxigraph server stopped: {relay.oxigraph.output()}")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


__all__ = ["ServeOptions", "free_port", "oxigraph_binary", "serve", "serving"]
