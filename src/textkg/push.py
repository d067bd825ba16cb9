"""`textkg push`: send a graph to any SPARQL 1.1 store over the Graph Store HTTP Protocol.

PUT replaces the named graph, POST adds to it (``?graph=IRI``, or ``?default``). The triples
go as N-Triples (which every Turtle reader reads, sent as ``text/turtle``), written from the
graph's store into a temporary file first so that the request has a length and memory stays
flat. Credentials come only from the environment: ``user:password`` for basic auth, or a
token (QLever's access token) sent as a bearer token; neither is ever printed.
"""

from __future__ import annotations

import base64
import http.client
import os
import ssl
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from textkg.errors import TextkgError
from textkg.namespaces import DEFAULT_BASE
from textkg.provenance import graph_iri
from textkg.rdfio import first_line

AUTH_ENV = "TEXTKG_PUSH_AUTH"
TOKEN_ENV = "TEXTKG_PUSH_TOKEN"
_GOOD = frozenset({200, 201, 204})


@dataclass(frozen=True)
class PushOptions:
    #: The named graph; None: the graph's own IRI (what its build generated).
    graph: str | None = None
    #: Send to the store's default graph instead of a named one.
    default_graph: bool = False
    #: "PUT" replaces the graph, "POST" adds to it.
    method: str = "PUT"
    #: Environment variables holding ``user:password`` and a bearer token.
    auth_env: str = AUTH_ENV
    token_env: str = TOKEN_ENV
    timeout: float = 300.0


@dataclass(frozen=True)
class PushResult:
    url: str
    graph: str | None
    triples: int
    status: int


def target_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store URL with indirect graph identification (``?graph=…`` or ``?default``)."""
    separator = "&" if urlsplit(endpoint).query else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}graph={quote(graph, safe='')}"


def authorization(options: PushOptions) -> str | None:
    """The Authorization header from the environment, or None when neither variable is set."""
    token = os.environ.get(options.token_env)
    if token:
        return f"Bearer {token.strip()}"
    credentials = os.environ.get(options.auth_env)
    if credentials is None:
        return None
    if ":" not in credentials:
        raise TextkgError(f"${options.auth_env} must hold user:password")
    return "Basic " + base64.b64encode(credentials.encode("utf-8")).decode("ascii")


def push(source: str | Path, endpoint: str, options: PushOptions | None = None) -> PushResult:
    """Send the graph at ``source`` (an RDF file or a store folder) to ``endpoint``."""
    from textkg.store import open_store

    options = options or PushOptions()
    method = options.method.upper()
    if method not in ("PUT", "POST"):
        raise TextkgError(f"push sends with PUT or POST, not {options.method}")
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TextkgError(f"not an http(s) URL: {endpoint!r}")
    header = authorization(options)
    store = open_store(source).store
    graph = None if options.default_graph else options.graph or _own_name(store)
    url = target_url(endpoint, graph)
    with tempfile.TemporaryFile() as body:
        triples = _write_triples(store, body)
        size = body.tell()
        body.seek(0)
        status = _send(url, method, body, size, header, options)
    return PushResult(url=url, graph=graph, triples=triples, status=status)


def _own_name(store: ox.Store) -> str:
    """The IRI the graph's build generated (as ``textkg export`` names it in TriG)."""
    solutions = store.query(
        "SELECT ?g WHERE { ?a a prov:Activity ; prov:generated ?g }",
        prefixes={"prov": "http://www.w3.org/ns/prov#"},
        use_default_graph_as_union=True,
    )
    assert isinstance(solutions, ox.QuerySolutions)
    found = sorted({s[0].value for s in solutions if isinstance(s[0], ox.NamedNode)})
    return found[0] if len(found) == 1 else str(graph_iri(DEFAULT_BASE))


def _write_triples(store: ox.Store, out: BinaryIO) -> int:
    """Every triple of every graph of the store, as N-Triples; returns how many."""
    count = 0

    def counted(triples: ox.QueryTriples) -> Iterator[ox.Triple]:
        nonlocal count
        for triple in triples:
            count += 1
            yield triple

    triples = store.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
    )
    assert isinstance(triples, ox.QueryTriples)
    ox.serialize(counted(triples), out, ox.RdfFormat.N_TRIPLES)
    return count


def _send(
    url: str, method: str, body: BinaryIO, size: int, auth: str | None, options: PushOptions
) -> int:
    parts = urlsplit(url)
    timeout = options.timeout
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(
            parts.hostname or "", parts.port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    headers = {"Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(size)}
    if auth:
        headers["Authorization"] = auth
    where = f"{parts.scheme}://{parts.netloc}{parts.path}"
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        answer = response.read(2000).decode("utf-8", "replace")
    except OSError as exc:
        raise TextkgError(f"{where}: cannot send the graph: {first_line(exc)}") from exc
    finally:
        connection.close()
    if response.status in _GOOD:
        return response.status
    detail = " ".join(answer.split())[:200]
    hint = ""
    if response.status in (401, 403):
        hint = (
            f" (credentials come from ${options.auth_env} as user:password, "
            f"or ${options.token_env})"
        )
    raise TextkgError(
        f"{where}: the store answered {response.status} {response.reason}"
        + (f": {detail}" if detail else "")
        + hint
    )


__all__ = ["AUTH_ENV", "TOKEN_ENV", "PushOptions", "PushResult", "push", "target_url"]
