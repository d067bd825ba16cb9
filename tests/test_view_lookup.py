"""The view read from triples on disk is the view read from a graph in memory."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SDO

from factories import biography_facts, naive_resolution, summit_facts
from textkg.cli import main
from textkg.contents import node_kinds
from textkg.errors import TextkgError
from textkg.factstore import facts_path_for, load_facts
from textkg.graph import build_graph
from textkg.namespaces import TK
from textkg.rdfio import load_graph
from textkg.turtlestream import SortedTriples
from textkg.view import Articles, TableLookup, ViewOptions, file_lookup, render_view, write_view
from textkg.view.lookup import GraphLookup
from textkg.view.model import ViewModel, read_model
from view_support import small_articles, small_graph

NASTY = {
    "director": 'Zoë "Quote" Ahn',
    "minister": "مريم الحسيني",
    "agency": "Agency </script> \\ back\\slash",
    "city": "Ville 🚀 Nord",
}


@contextmanager
def table_of(graph: Graph, folder: Path, seed: int | None = None) -> Iterator[TableLookup]:
    """``graph``'s triples in a sorted table on disk, added in a shuffled order if ``seed``."""
    triples = list(graph)
    if seed is not None:
        random.Random(seed).shuffle(triples)
    path = folder / f"triples-{seed}.sqlite"
    with closing(SortedTriples(path)) as table:
        for triple in triples:
            table.add(triple)
        yield TableLookup(table)
    path.unlink()


def graphs() -> Iterator[Graph]:
    yield small_graph()
    for facts in (summit_facts(), summit_facts(NASTY), biography_facts()):
        yield build_graph(facts, naive_resolution(facts))


def shown(model: ViewModel) -> tuple[object, ...]:
    """What the page tells a user: entities with their details, edges and their sentences."""
    evidence = [(e.text, e.start, e.extractor, e.confidence) for e in model.evidence]
    return (
        model.entities,
        [(e.source, e.target, model.relations[e.relation]) for e in model.edges],
        [[evidence[i] for i in e.evidence] for e in model.edges],
        model.documents,
        model.kinds,
    )


def test_the_model_from_a_table_is_the_model_from_memory(tmp_path: Path) -> None:
    for graph in graphs():
        in_memory = read_model(graph)
        assert in_memory.edges and any(edge.evidence for edge in in_memory.edges)
        with table_of(graph, tmp_path) as table:
            assert shown(read_model(table)) == shown(in_memory)


def test_the_page_from_a_table_has_the_bytes_of_the_page_from_memory(tmp_path: Path) -> None:
    for graph in graphs():
        for options in (ViewOptions(title="T"), ViewOptions(max_nodes=3), ViewOptions(hops=2)):
            page = render_view(graph, options, small_articles())
            for seed in (None, 1, 2):  # the order triples came in makes no difference
                with table_of(graph, tmp_path, seed) as table:
                    assert render_view(table, options, small_articles()) == page


def test_kinds_are_counted_as_the_build_summary_counts_them(tmp_path: Path) -> None:
    seen: set[str] = set()
    for graph in graphs():
        expected = {str(node): kind for node, kind in node_kinds(graph).items()}
        seen.update(expected.values())
        with table_of(graph, tmp_path) as table:
            assert read_model(table).kinds == expected
        assert read_model(graph).kinds == expected
    assert seen == {"entity", "byline agent", "event"}


def test_table_and_graph_answer_the_same(tmp_path: Path) -> None:
    graph = build_graph(summit_facts(NASTY), naive_resolution(summit_facts(NASTY)))
    memory = GraphLookup(graph)
    statements = [s for s in graph.subjects(RDF.type, RDF.Statement)]
    assert statements
    with table_of(graph, tmp_path) as table:
        assert table.predicates() == memory.predicates()
        for node in {s for s, _, _ in graph}:
            for p in set(graph.predicates(node)):
                assert sorted(table.objects(node, p)) == sorted(memory.objects(node, p))
                for o in graph.objects(node, p):
                    assert table.has(node, p, o)
                    assert sorted(table.subjects(p, o)) == sorted(memory.subjects(p, o))
        for p in (SDO.mentions, TK.metWith, RDF.type):
            assert sorted(table.pairs(p)) == sorted(memory.pairs(p))
            assert sorted(table.objects(None, p)) == sorted(memory.objects(None, p))
        for statement in statements:
            spo = tuple(graph.value(statement, p) for p in (RDF.subject, RDF.predicate, RDF.object))
            assert statement in table.statements(spo)
            assert sorted(table.statements(spo)) == sorted(memory.statements(spo))
        assert not table.has(statements[0], RDF.type, Literal("nothing"))
        assert table.statements((None, RDF.type, RDF.Statement)) == []


ARTICLES = {
    "harbour.txt": (
        "Harbour talks open in Kessel\n\n"
        "Finance Minister Karin Voss met Mayor Tomas Brandt in Kessel on Tuesday. "
        "Voss said the port authority would hire 200 workers. "
        "Brandt, the mayor of Kessel, welcomed the plan.\n"
    ),
    "envoy.txt": (
        "Trade envoy tours the north\n\n"
        "The trade envoy Lena Sorensen visited Valdmark on Monday. "
        "Sorensen met Karin Voss, the finance minister, at the Northern Survey Office.\n"
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A graph, its build state and its view, as ``textkg build`` leaves them."""
    folder = tmp_path_factory.mktemp("build")
    articles = folder / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    graph = folder / "out" / "harbour.ttl"
    assert main(["build", str(articles), "-o", str(graph), "--mkdir", "--quiet"]) == 0
    return graph


def test_a_build_writes_the_page_of_its_graph_in_memory(built: Path, tmp_path: Path) -> None:
    facts = facts_path_for(built)
    from_memory = tmp_path / "memory.html"
    articles = Articles(load_facts(facts), facts.name)
    write_view(load_graph(built), from_memory, ViewOptions(title=built.stem), articles)
    page = built.with_suffix(".html").read_text("utf-8")
    assert "Karin Voss" in page and "hire 200 workers" in page
    assert page == from_memory.read_text("utf-8")


def test_textkg_view_writes_the_page_the_build_wrote(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "again.html"
    assert main(["view", str(built), "-o", str(out), "--title", built.stem]) == 0
    assert out.read_bytes() == built.with_suffix(".html").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.html"]  # no scratch left


def test_a_file_lookup_reads_every_triple_of_the_file(built: Path, tmp_path: Path) -> None:
    graph = load_graph(built)
    with file_lookup(built, tmp_path) as table:
        assert shown(read_model(table)) == shown(read_model(graph))
        assert len(list(table.pairs(RDF.type))) == len(list(graph.triples((None, RDF.type, None))))
    assert list(tmp_path.iterdir()) == []


def test_a_scratch_folder_that_cannot_be_made_is_a_one_line_error(
    built: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    with (
        pytest.raises(TextkgError, match="cannot make the view's scratch folder"),
        file_lookup(built, blocker),
    ):
        pass
