"""`textkg serve`: the Oxigraph server over a graph, queried as a SPARQL client would."""

from __future__ import annotations

import csv
import io
import json
import signal
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from xml.dom import minidom

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from factories import naive_resolution, summit_facts
from net_support import Served, alive, children_of, recording_connections, textkg_serve
from textkg.export import write_graph
from textkg.graph import build_graph
from textkg.serve import oxigraph_binary
from textkg.store import store_path_for, write_store

LEADERS = """PREFIX tk: <https://w3id.org/textkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?org WHERE { ?p tk:leaderOf ?o . ?p rdfs:label ?name . ?o rdfs:label ?org }"""
CONSTRUCT = """PREFIX tk: <https://w3id.org/textkg/ontology#>
CONSTRUCT { ?p tk:leaderOf ?o } WHERE { ?p tk:leaderOf ?o }"""


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    facts = summit_facts()
    graph = build_graph(facts, naive_resolution(facts))
    path = tmp_path_factory.mktemp("served") / "summit.ttl"
    write_graph(graph, path, "turtle")
    write_store(graph, store_path_for(path), source=path)
    return path


@pytest.fixture(scope="module")
def served(graph_file: Path) -> Iterator[Served]:
    with textkg_serve(graph_file) as server:
        yield server


def fetch(url: str, *, accept: str | None = None, data: bytes | None = None,
          content_type: str | None = None) -> tuple[int, str, bytes]:  # fmt: skip
    request = urllib.request.Request(url, data=data)
    if accept:
        request.add_header("Accept", accept)
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def query_url(served: Served, sparql: str) -> str:
    return f"{served.url}query?{urllib.parse.urlencode({'query': sparql})}"


def test_the_oxigraph_binary_is_pinned_to_pyoxigraph() -> None:
    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))
    pins = dict(d.split("==") for d in project["project"]["dependencies"] if "oxigraph" in d)
    assert pins["pyoxigraph"] == pins["oxigraph"] == ox.__version__
    assert oxigraph_binary().is_file()


def test_prints_a_local_url(served: Served) -> None:
    assert served.url.startswith("http://127.0.0.1:")
    assert f"{served.url}query" in served.first_line


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_gets_rows_in_every_result_format(served: Served, fmt: str) -> None:
    client = SPARQLWrapper(f"{served.url}query")
    client.setQuery(LEADERS)
    client.setReturnFormat(fmt)
    result = client.query().convert()
    if fmt == JSON:
        rows = [(b["name"]["value"], b["org"]["value"]) for b in result["results"]["bindings"]]
    elif fmt == XML:
        assert isinstance(result, minidom.Document)
        values = [n.firstChild.data for n in result.getElementsByTagName("literal")]
        rows = [tuple(values)]
    else:
        text = result.decode("utf-8")
        reader = csv.reader(io.StringIO(text), delimiter="," if fmt == CSV else "\t")
        lines = list(reader)
        rows = [tuple(cell.strip('"') for cell in line) for line in lines[1:]]
    assert rows == [("Amelia Thornbury", "Northern Survey Office")]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_select_negotiates_each_content_type(served: Served, accept: str, expected: str) -> None:
    status, content_type, body = fetch(query_url(served, LEADERS), accept=accept)
    assert status == 200 and content_type.startswith(expected)
    assert "Amelia Thornbury" in body.decode("utf-8")
    if "json" in expected:
        assert json.loads(body)["head"]["vars"] == ["name", "org"]


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
    ],
)
def test_construct_negotiates_each_rdf_format(
    served: Served, accept: str, fmt: ox.RdfFormat
) -> None:
    status, content_type, body = fetch(query_url(served, CONSTRUCT), accept=accept)
    assert status == 200 and content_type.startswith(accept)
    triples = list(ox.parse(body, format=fmt))
    assert [t.predicate.value for t in triples] == ["https://w3id.org/textkg/ontology#leaderOf"]


def test_post_as_form_and_as_query_body(served: Served) -> None:
    form = urllib.parse.urlencode({"query": LEADERS}).encode()
    for data, content_type in (
        (form, "application/x-www-form-urlencoded"),
        (LEADERS.encode(), "application/sparql-query"),
    ):
        status, _, body = fetch(
            f"{served.url}query", data=data, content_type=content_type, accept="text/csv"
        )
        assert status == 200 and b"Amelia Thornbury" in body


def test_a_bad_query_is_400(served: Served) -> None:
    status, _, body = fetch(query_url(served, "SELEKT ?x WHERE { ?x ?y ?z }"))
    assert status == 400 and body


def test_the_server_is_read_only(served: Served) -> None:
    update = b"INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    status, _, _ = fetch(
        f"{served.url}update", data=update, content_type="application/sparql-update"
    )
    assert status == 403
    status, _, body = fetch(query_url(served, "ASK { <urn:a> ?p ?o }"), accept="text/csv")
    assert status == 200 and b"false" in body


def test_service_is_refused_and_no_connection_is_attempted(served: Served) -> None:
    with recording_connections() as listener:
        sparql = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
        status, _, body = fetch(query_url(served, sparql))
        form = urllib.parse.urlencode({"query": sparql}).encode()
        posted, _, _ = fetch(
            f"{served.url}query", data=form, content_type="application/x-www-form-urlencoded"
        )
    assert status == posted == 400
    assert b"SERVICE is refused" in body and len(body.decode().strip().splitlines()) == 1
    assert listener.connections == 0


def test_allow_service_lets_the_server_call_out(graph_file: Path) -> None:
    """The check above is not vacuous: with --allow-service, Oxigraph does connect."""
    with recording_connections() as listener, textkg_serve(graph_file, "--allow-service") as srv:
        sparql = f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
        fetch(query_url(srv, sparql))
    assert listener.connections >= 1


def test_yasgui_page_and_its_assets_are_served_locally(served: Served) -> None:
    status, content_type, page = fetch(served.url)
    assert status == 200 and content_type.startswith("text/html")
    html = page.decode("utf-8")
    assert "yasgui.min.js" in html and "https://" not in html.split("<body>")[0]
    for asset in ("yasgui.min.js", "yasgui.min.css"):
        status, _, body = fetch(served.url + asset)
        assert status == 200 and len(body) > 10_000


def test_ctrl_c_stops_the_server_and_oxigraph(graph_file: Path) -> None:
    with textkg_serve(graph_file) as server:
        children = children_of(server.process.pid)
        assert children, "the Oxigraph server should run as a child process"
        server.process.send_signal(signal.SIGINT)
        assert server.process.wait(15) == 0
        assert server.process.stderr is not None
        assert "Traceback" not in server.process.stderr.read()
    assert not any(alive(pid) for pid in children)


def test_a_store_folder_can_be_served(graph_file: Path) -> None:
    with textkg_serve(store_path_for(graph_file)) as server:
        status, _, body = fetch(query_url(server, "ASK { ?s ?p ?o }"), accept="text/csv")
    assert status == 200 and b"true" in body
