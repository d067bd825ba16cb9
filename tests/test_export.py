from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pyoxigraph
import pytest

from factories import naive_resolution, summit_facts
from textkg.errors import TextkgError
from textkg.export import (
    FORMATS,
    format_for_path,
    jsonld_context,
    stored_graph_name,
    to_networkx,
    write_graph,
)
from textkg.graph import build_graph
from textkg.rdfio import load_graph
from textkg.view.model import read_model
from textkg.view.options import ViewOptions
from textkg.view.payload import TYPE_STYLES, build_payload
from textkg.view.select import select

#: The tests' folder, which a new process imports factories.py from.
TESTS = Path(__file__).resolve().parent


@pytest.fixture()
def graph():  # type: ignore[no-untyped-def]
    facts = summit_facts()
    return build_graph(facts, naive_resolution(facts))


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nq", "trig", "jsonld", "rdfxml"])
def test_rdf_exports_round_trip_with_the_same_triples(graph, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    ext = {"turtle": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "jsonld": ".jsonld",
           "rdfxml": ".rdf"}[fmt]  # fmt: skip
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


def test_quad_formats_name_the_graph_by_its_own_iri(graph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    names = set()
    for out in (tmp_path / "a.nq", tmp_path / "other-name.nq", tmp_path / "x.trig"):
        write_graph(graph, out, format_for_path(out) or "")
        fmt = pyoxigraph.RdfFormat.N_QUADS if out.suffix == ".nq" else pyoxigraph.RdfFormat.TRIG
        names |= {q.graph_name.value for q in pyoxigraph.parse(path=str(out), format=fmt)}
    assert names == {"https://w3id.org/textkg/id/graph"} == {str(stored_graph_name(graph))}
    write_graph(graph, tmp_path / "named.nq", "nq", graph_name="urn:archive:2024")
    quads = pyoxigraph.parse(path=str(tmp_path / "named.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    assert {q.graph_name.value for q in quads} == {"urn:archive:2024"}


def test_json_ld_is_compacted_with_the_vocabulary_context(graph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "g.jsonld"
    write_graph(graph, out, "jsonld")
    data = json.loads(out.read_text("utf-8"))
    assert data["@context"] == jsonld_context()["@context"]
    assert data["@context"]["tk"] == "https://w3id.org/textkg/ontology#"
    leader = next(n for n in data["@graph"] if "tk:leaderOf" in n)
    assert leader["@type"] == "schema:Person" and leader["rdfs:label"] == "Amelia Thornbury"
    ids = [n["@id"] for n in data["@graph"]]
    assert len(ids) == len(set(ids))


FORMATS_IN_A_NEW_PROCESS = """
import sys
sys.path.insert(0, sys.argv[1])
from factories import naive_resolution, summit_facts
from textkg.export import write_graph
from textkg.graph import build_graph
facts = summit_facts()
graph = build_graph(facts, naive_resolution(facts))
for fmt in ("jsonld", "gexf", "graphml", "turtle", "nq", "rdfxml"):
    write_graph(graph, f"{sys.argv[2]}/g.{fmt}", fmt)
"""


def test_exports_are_byte_identical_across_processes(tmp_path: Path) -> None:
    """Python salts its set order per process; the exports must not depend on it."""
    for seed in ("1", "2"):
        folder = tmp_path / seed
        folder.mkdir()
        subprocess.run(
            [sys.executable, "-c", FORMATS_IN_A_NEW_PROCESS, str(TESTS), str(folder)],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=120,
        )
    for first in sorted((tmp_path / "1").iterdir()):
        assert first.read_bytes() == (tmp_path / "2" / first.name).read_bytes(), first.name


def test_gexf_draws_as_the_view_does(graph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "g.gexf"
    write_graph(graph, out, "gexf")
    text = out.read_text("utf-8")
    assert "lastmodifieddate" not in text and "networkx_key" not in text
    root = ElementTree.parse(out).getroot()
    ns = {"g": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}
    graph_element = root.find("g:graph", ns)
    assert graph_element is not None
    assert graph_element.get("mode") == "dynamic" and graph_element.get("timeformat") == "date"
    model = read_model(graph)
    options = ViewOptions(max_nodes=len(model.entities))
    payload = build_payload(model, select(model, options), options, "")
    expected = {row["i"]: row for row in payload["nodes"]}
    colours = [t["color"] for t in payload["types"]]
    nodes = root.findall("g:graph/g:nodes/g:node", ns)
    assert nodes
    drawn = 0
    for node in nodes:
        row = expected[node.get("id")]
        position = node.find("viz:position", ns)
        colour = node.find("viz:color", ns)
        assert colour is not None
        if "x" not in row:  # an unlinked entity: the view lists it, Gephi gets its colour
            assert position is None
            continue
        drawn += 1
        assert position is not None
        assert (float(position.get("x", "")), float(position.get("y", ""))) == (row["x"], -row["y"])
        rgb = "#" + "".join(f"{int(colour.get(c, '')):02x}" for c in "rgb")
        assert rgb == colours[row["t"]]
    assert drawn
    meeting = next(n for n in nodes if (n.get("label") or "").startswith("Meeting"))
    assert (meeting.get("start"), meeting.get("end")) == ("2024-03-03", "2024-03-03")
    assert TYPE_STYLES["Person"].color == colours[expected[
        next(n.get("id") for n in nodes if n.get("label") == "Amelia Thornbury")]["t"]]  # fmt: skip


def test_graphml_edges_keep_every_sentence_and_its_document(graph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "g.graphml"
    write_graph(graph, out, "graphml")
    network = nx.read_graphml(out)
    met = next(
        d
        for u, v, d in network.edges(data=True)
        if d["predicate"] == "tk:metWith" and network.nodes[u]["label"] == "Amelia Thornbury"
    )
    evidence = json.loads(met["evidence_json"])
    assert met["evidence_count"] == len(evidence) == 2
    assert {e["source"] for e in evidence} == {"news/a.txt"} and met["documents"] == "news/a.txt"
    assert all(e["document"].startswith("https://w3id.org/textkg/id/doc/") for e in evidence)
    assert sorted(e["char_start"] for e in evidence) == [0, 99]
