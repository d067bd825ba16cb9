from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest

from factories import naive_resolution, summit_facts
from textkg.errors import TextkgError
from textkg.export import FORMATS, format_for_path, to_networkx, write_graph
from textkg.graph import build_graph
from textkg.sparql import load_graph


@pytest.fixture()
def graph():  # type: ignore[no-untyped-def]
    facts = summit_facts()
    return build_graph(facts, naive_resolution(facts))


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nq", "trig", "jsonld"])
def test_rdf_exports_round_trip_with_the_same_triples(graph, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    ext = {"turtle": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "jsonld": ".jsonld"}[fmt]
    out = tmp_path / f"g{ext}"
    write_graph(graph, out, fmt)
    again = load_graph(out)
    assert len(again) == len(graph)
    assert set(again) == set(graph)


def test_nt_and_nq_are_strictly_valid(graph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_graph(graph, tmp_path / "g.nq", "nq")
    quads = list(pyoxigraph.parse(path=str(tmp_path / "g.nq"), format=pyoxigraph.RdfFormat.N_QUADS))
    assert len(quads) == len(graph)


def test_graphml_opens_as_a_property_graph(graph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "g.graphml"
    write_graph(graph, out, "graphml")
    network = nx.read_graphml(out)
    labels = {d["label"]: d for _, d in network.nodes(data=True)}
    assert labels["Amelia Thornbury"]["type"] == "Person"
    assert labels["Northern Survey Office"]["type"] == "Organization"
    edges = {
        (network.nodes[u]["label"], d["predicate"], network.nodes[v]["label"])
        for u, v, d in network.edges(data=True)
    }
    assert ("Amelia Thornbury", "tk:leaderOf", "Northern Survey Office") in edges
    assert ("Amelia Thornbury", "tk:metWith", "Oskar Lindqvist") in edges
    assert ("Oskar Lindqvist", "tk:metWith", "Amelia Thornbury") in edges
    leader = next(d for u, v, d in network.edges(data=True) if d["predicate"] == "tk:leaderOf")
    assert "Director Amelia Thornbury" in leader["evidence"]


def test_gexf_export(graph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "g.gexf"
    write_graph(graph, out, "gexf")
    network = nx.read_gexf(out)
    assert network.number_of_nodes() == to_networkx(graph).number_of_nodes()


def test_exports_are_reproducible(graph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for fmt in FORMATS:
        first, second = tmp_path / "1" / f"g.{fmt}", tmp_path / "2" / f"g.{fmt}"
        write_graph(graph, first, fmt)
        write_graph(graph, second, fmt)
        assert first.read_bytes() == second.read_bytes(), fmt


def test_format_guess_and_unknown_format(graph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert format_for_path("x.nt") == "nt"
    assert format_for_path("x.graphml") == "graphml"
    assert format_for_path("x.csv") is None
    with pytest.raises(TextkgError, match="unknown export format"):
        write_graph(graph, tmp_path / "x.csv", "csv")
