"""Two Turtle files textkg wrote, compared subject block by subject block."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO

from textkg.export import write_graph
from textkg.turtlediff import blocks, turtle_changes

BASE = "https://example.org/id/"


def _graph(labels: dict[str, str]) -> Graph:
    graph = Graph()
    for key, label in labels.items():
        node = URIRef(BASE + key)
        graph.add((node, RDF.type, SDO.Person))
        graph.add((node, RDFS.label, Literal(label)))
    return graph


def _write(tmp_path: Path, name: str, graph: Graph) -> Path:
    path = tmp_path / name
    write_graph(graph, path, "turtle")
    return path


def _quad(key: str, label: str) -> ox.Quad:
    return ox.Quad(
        ox.NamedNode(BASE + key),
        ox.NamedNode(str(RDFS.label)),
        ox.Literal(label),
        ox.DefaultGraph(),
    )


def _people(count: int) -> dict[str, str]:
    return {f"person/p{n:02d}": f"Person {n}" for n in range(count)}


def test_only_the_changed_subjects_triples_are_removed_and_added(tmp_path: Path) -> None:
    before = _people(20)
    after = dict(before)
    after["person/p03"] = "Hanna Berg"  # changed
    del after["person/p07"]  # gone
    after["person/p99"] = "Tomas Lind"  # new
    old = _write(tmp_path, "old.ttl", _graph(before))
    new = _write(tmp_path, "new.ttl", _graph(after))
    changes = turtle_changes(old, new, floor=0)
    assert changes is not None
    person = ox.NamedNode(str(SDO.Person))
    kind = ox.NamedNode(str(RDF.type))
    assert set(changes.removed) == {
        _quad("person/p03", "Person 3"),
        _quad("person/p07", "Person 7"),
        ox.Quad(ox.NamedNode(BASE + "person/p07"), kind, person, ox.DefaultGraph()),
        ox.Quad(ox.NamedNode(BASE + "person/p03"), kind, person, ox.DefaultGraph()),
    }
    assert set(changes.added) == {
        _quad("person/p03", "Hanna Berg"),
        _quad("person/p99", "Tomas Lind"),
        ox.Quad(ox.NamedNode(BASE + "person/p99"), kind, person, ox.DefaultGraph()),
        ox.Quad(ox.NamedNode(BASE + "person/p03"), kind, person, ox.DefaultGraph()),
    }
    # applied to the old file's triples, they give the new file's
    store = ox.Store()
    store.extend(ox.parse(path=str(old), format=ox.RdfFormat.TURTLE))
    for quad in changes.removed:
        store.remove(quad)
    store.extend(changes.added)
    assert set(store) == set(ox.parse(path=str(new), format=ox.RdfFormat.TURTLE))


def test_too_many_changes_or_other_prefixes_are_not_compared(tmp_path: Path) -> None:
    old = _write(tmp_path, "old.ttl", _graph(_people(10)))
    most = {k: v + " Jr" for k, v in _people(10).items()}
    assert turtle_changes(old, _write(tmp_path, "most.ttl", _graph(most)), floor=0) is None
    assert turtle_changes(old, _write(tmp_path, "most.ttl", _graph(most))) is not None
    changed = tmp_path / "other.ttl"
    changed.write_bytes(b"@prefix ex: <" + BASE.encode() + b"> .\n" + old.read_bytes())
    assert turtle_changes(old, changed) is None
    assert turtle_changes(old, old) is not None


def test_a_literal_with_line_breaks_stays_in_its_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    labels = _people(5)
    labels["person/p02"] = "line one\nline two\n\tindented"
    path = _write(tmp_path, "breaks.ttl", _graph(labels))
    whole = list(blocks(path))
    assert sum(1 for b in whole if not b.startswith(b"@prefix")) == 5
    monkeypatch.setattr("textkg.turtlediff._CHUNK", 7)  # blocks cut across reads
    assert list(blocks(path)) == whole
