"""`textkg push`: a graph sent to a real Oxigraph server over the Graph Store HTTP Protocol."""

from __future__ import annotations

import base64
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from factories import naive_resolution, summit_facts
from net_support import oxigraph_server, recording_http
from textkg.cli import main
from textkg.export import write_graph
from textkg.graph import build_graph
from textkg.push import target_url


def count(server: str, graph: str | None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    query = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    request = urllib.request.Request(f"{server}/query?{query}", headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return int(response.read().decode().split()[-1])


def graph_file(folder: Path, name: str, names: dict[str, str] | None = None) -> Path:
    facts = summit_facts(names)
    path = folder / f"{name}.ttl"
    write_graph(build_graph(facts, naive_resolution(facts)), path, "turtle")
    return path


def triples_in(path: Path) -> int:
    from textkg.rdfio import load_graph

    return len(load_graph(path))


def test_target_url_names_the_graph_or_the_default() -> None:
    assert target_url("http://h/store", "urn:x:1") == "http://h/store?graph=urn%3Ax%3A1"
    assert target_url("http://h/ds?x=1", None) == "http://h/ds?x=1&default"


def test_put_replaces_and_add_adds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = graph_file(tmp_path, "first")
    second = graph_file(tmp_path, "second", {"director": "Edda Falk"})
    with oxigraph_server(tmp_path / "db") as server:
        store = f"{server}/store"
        assert main(["push", str(first), store, "--graph", "urn:news"]) == 0
        assert count(server, "urn:news") == triples_in(first)
        assert "replaced graph <urn:news>" in capsys.readouterr().out
        assert main(["push", str(second), store, "--graph", "urn:news"]) == 0
        assert count(server, "urn:news") == triples_in(second)  # replaced, not added
        assert main(["push", str(first), store, "--graph", "urn:news", "--add"]) == 0
        both = len(set(_triples(first)) | set(_triples(second)))
        assert count(server, "urn:news") == both
        assert count(server, None) == 0  # nothing went to the default graph


def _triples(path: Path) -> list[tuple[str, str, str]]:
    from textkg.rdfio import load_graph

    return [(s.n3(), p.n3(), o.n3()) for s, p, o in load_graph(path)]


def test_default_name_is_the_graphs_own_iri(tmp_path: Path) -> None:
    path = graph_file(tmp_path, "own")
    with oxigraph_server(tmp_path / "db") as server:
        assert main(["push", str(path), f"{server}/store"]) == 0
        assert count(server, "https://w3id.org/textkg/id/graph") == triples_in(path)
        assert main(["push", str(path), f"{server}/store", "--default-graph"]) == 0
        assert count(server, None) == triples_in(path)


def test_basic_auth_and_tokens_come_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = graph_file(tmp_path, "auth")
    with recording_http(204) as remote:
        monkeypatch.setenv("TEXTKG_PUSH_AUTH", "editor:s3cret")
        assert main(["push", str(path), remote.url, "--graph", "urn:g"]) == 0
        monkeypatch.delenv("TEXTKG_PUSH_AUTH")
        monkeypatch.setenv("QLEVER_TOKEN", "tok-123")
        assert main(["push", str(path), remote.url, "--token-env", "QLEVER_TOKEN", "--add"]) == 0
    basic, bearer = (r["headers"] for r in remote.requests)
    assert basic["Authorization"] == "Basic " + base64.b64encode(b"editor:s3cret").decode()
    assert bearer["Authorization"] == "Bearer tok-123"
    assert [r["method"] for r in remote.requests] == ["PUT", "POST"]
    assert remote.requests[0]["path"] == "/store?graph=urn%3Ag"
    assert remote.requests[0]["headers"]["Content-Type"].startswith("text/turtle")
    assert len(remote.requests[0]["body"].splitlines()) == triples_in(path)
    out, err = capsys.readouterr()
    assert "s3cret" not in out + err and "tok-123" not in out + err


def test_a_refusal_is_one_line_naming_the_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = graph_file(tmp_path, "refused")
    with recording_http(401, b"Unauthorized\nplease log in") as remote:
        code = main(["push", str(path), remote.url])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "401" in err and "TEXTKG_PUSH_AUTH" in err


def test_an_unreachable_store_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from textkg.serve import free_port

    path = graph_file(tmp_path, "nowhere")
    code = main(["push", str(path), f"http://127.0.0.1:{free_port()}/store"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("textkg: error:") and "cannot send" in err
    assert len(err.strip().splitlines()) == 1
