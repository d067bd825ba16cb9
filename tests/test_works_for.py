"""tk:worksFor end to end: extracted, written with provenance, counted, drawn and exported."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from textkg import build
from textkg.export import write_graph
from textkg.namespaces import TK
from textkg.stats import graph_stats
from textkg.view.model import read_model

ARTICLE = (
    "OSLO, June 3 - Ingrid Halvorsen, a spokeswoman for Fjordline Shipping, said the ferry "
    "would sail. Nils Aamodt, the director of Fjordline Shipping, did not comment.\n"
)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    folder = tmp_path_factory.mktemp("worksfor")
    (folder / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    return build([folder])


def _node(graph: Graph, label: str):  # type: ignore[no-untyped-def]
    return next(graph.subjects(RDFS.label, Literal(label)))


def test_a_staff_role_is_works_for_and_a_leader_role_is_not(graph: Graph) -> None:
    spokeswoman, director = _node(graph, "Ingrid Halvorsen"), _node(graph, "Nils Aamodt")
    company = _node(graph, "Fjordline Shipping")
    assert (spokeswoman, TK.worksFor, company) in graph
    assert (director, TK.leaderOf, company) in graph
    assert (director, TK.worksFor, company) not in graph


def test_it_has_a_statement_with_its_sentence(graph: Graph) -> None:
    spokeswoman, company = _node(graph, "Ingrid Halvorsen"), _node(graph, "Fjordline Shipping")
    (statement,) = [
        s
        for s in graph.subjects(RDF.predicate, TK.worksFor)
        if (s, RDF.subject, spokeswoman) in graph and (s, RDF.object, company) in graph
    ]
    evidence = str(graph.value(statement, TK.evidence))
    assert evidence.startswith("Ingrid Halvorsen, a spokeswoman for Fjordline Shipping")
    assert evidence in ARTICLE
    start, end = (int(graph.value(statement, p)) for p in (TK.charStart, TK.charEnd))  # type: ignore[arg-type]
    assert end - start == len(evidence)
    assert graph.value(statement, TK.extractor) is not None


def test_stats_view_and_export_know_it(graph: Graph, tmp_path: Path) -> None:
    assert graph_stats(graph).relations_by_predicate.get("tk:worksFor") == 1
    model = read_model(graph)
    rels = {r.curie: r for r in model.relations}
    assert rels["tk:worksFor"].label == "works for" and rels["tk:worksFor"].directed
    drawn = {model.relations[e.relation].curie for e in model.edges}
    assert "tk:worksFor" in drawn
    out = tmp_path / "g.graphml"
    write_graph(graph, out, "graphml")
    network = nx.read_graphml(out)
    assert any(d.get("predicate") == "tk:worksFor" for _u, _v, d in network.edges(data=True))
