from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SDO, XSD

from factories import biography_facts, naive_resolution, summit_facts
from textkg.contents import content_counts
from textkg.export import write_graph
from textkg.forked import can_fork
from textkg.graph import build_graph, fill_graph
from textkg.turtlestream import SortedTriples, Tally, write_turtle

NASTY = {
    "director": 'Zoë "Quote" Ahn',
    "minister": "مريم الحسيني",
    "agency": "Agency </script> \\ back\\slash",
    "city": "Ville 🚀\u2028next line",
}


def test_streamed_turtle_has_the_bytes_of_the_in_memory_graph(tmp_path: Path) -> None:
    for facts in (summit_facts(), summit_facts(NASTY), biography_facts()):
        resolution = naive_resolution(facts)
        graph = build_graph(facts, resolution)
        write_graph(graph, tmp_path / "memory.ttl", "turtle")
        with closing(SortedTriples(tmp_path / "t.sqlite")) as triples:
            fill_graph(triples, facts, resolution)
            written = write_turtle(triples, tmp_path / "stream.ttl")
        (tmp_path / "t.sqlite").unlink()
        assert (tmp_path / "stream.ttl").read_bytes() == (tmp_path / "memory.ttl").read_bytes()
        assert written.triples == len(graph)
        assert written.counts == content_counts(graph)
    assert written.counts.dates == 3  # the biography's dates of birth, death and founding


@pytest.mark.skipif(not can_fork(), reason="forks only on Linux")
def test_turtle_written_by_two_processes_has_the_same_bytes_and_counts(tmp_path: Path) -> None:
    facts = summit_facts(NASTY) + biography_facts()
    resolution = naive_resolution(facts)
    files: dict[bool, bytes] = {}
    for split in (False, True):
        with closing(SortedTriples(tmp_path / f"{split}.sqlite")) as triples:
            fill_graph(triples, facts, resolution)
            written = write_turtle(triples, tmp_path / f"{split}.ttl", split=split)
        files[split] = (tmp_path / f"{split}.ttl").read_bytes()
        graph = Graph().parse(tmp_path / f"{split}.ttl")
        assert written.triples == len(graph)
        assert written.counts == content_counts(graph)
    assert files[True] == files[False]
    assert not list(tmp_path.glob("*-upper.ttl"))  # (the child's half, appended and gone)


@pytest.mark.skipif(not can_fork(), reason="forks only on Linux")
def test_turtle_of_one_subject_written_by_two_processes(tmp_path: Path) -> None:
    # the middle row's subject is the first: this process writes nothing, the child all
    s = URIRef("https://schema.org/thing")
    for split in (False, True):
        with closing(SortedTriples(tmp_path / f"{split}.sqlite")) as triples:
            for n in range(3):
                triples.add((s, SDO.name, Literal(f"name {n}")))
            assert write_turtle(triples, tmp_path / f"{split}.ttl", split=split).triples == 3
    assert (tmp_path / "True.ttl").read_bytes() == (tmp_path / "False.ttl").read_bytes()
    assert (tmp_path / "True.ttl").read_bytes().startswith(b"@prefix ")


def test_a_table_read_with_an_attached_part_gives_both_in_order_each_once(
    tmp_path: Path,
) -> None:
    # a graph's triples cut in two overlapping tables (as a large build's two processes
    # write them): one table's rows, Turtle and counts, by one process or two
    facts = summit_facts(NASTY) + biography_facts()
    graph = build_graph(facts, naive_resolution(facts))
    ordered = sorted(graph)
    with closing(SortedTriples(tmp_path / "whole.sqlite")) as whole:
        for triple in ordered:
            whole.add(triple)
        rows = list(whole.rows())
        write_turtle(whole, tmp_path / "whole.ttl")
    expected = (tmp_path / "whole.ttl").read_bytes()
    for split in (False, True):
        part = tmp_path / f"part-{split}.sqlite"
        with closing(SortedTriples(part)) as other:
            for triple in ordered[::2] + ordered[-5:]:
                other.add(triple)
            other.commit()
        with closing(SortedTriples(tmp_path / f"main-{split}.sqlite")) as table:
            for triple in ordered[1::2] + ordered[:5]:
                table.add(triple)
            table.attach(part)
            assert list(table.rows()) == rows
            assert len(table) == len(graph)
            written = write_turtle(table, tmp_path / f"{split}.ttl", split=split)
            assert (tmp_path / f"{split}.ttl").read_bytes() == expected
            assert (written.triples, written.counts) == (len(graph), content_counts(graph))
            # for a reader of one SQLite table (the view): each triple once, in one table
            with closing(table.merged_copy(tmp_path / f"copy-{split}.sqlite")) as copy:
                assert copy.parts == []
                count = copy.db.execute("SELECT count(*) FROM triple").fetchone()[0]
                assert count == len(graph)
                assert list(copy.rows()) == rows


def test_sorted_triples_keep_each_triple_once_and_every_kind_of_term(tmp_path: Path) -> None:
    s, p = URIRef("http://example.org/s"), URIRef("http://example.org/p")
    triples = [
        (s, p, Literal("plain")),
        (s, p, Literal('a "quoted"\nline\\ and \u2028 more')),
        (s, p, Literal("chat", lang="fr")),
        (s, p, Literal("0.500", datatype=XSD.decimal)),
        (s, p, Literal("0.5", datatype=XSD.decimal)),  # another lexical form: another triple
        (s, p, BNode("b1")),
        (BNode("b1"), RDF.type, URIRef("http://example.org/C")),
    ]
    with closing(SortedTriples(tmp_path / "t.sqlite")) as store:
        for triple in [*triples, *triples]:
            store.add(triple)
        assert len(store) == len(triples)
        back = list(store)
    assert set(back) == set(triples)
    key = [(a.n3(), b.n3(), c.n3()) for a, b, c in back]
    assert key == sorted(key)


def test_tally_tells_byline_agents_from_entities_named_in_the_text() -> None:
    doc, a, b = (URIRef(f"http://example.org/{n}") for n in ("doc", "a", "b"))
    graph = Graph()
    for triple in [
        (doc, RDF.type, SDO.NewsArticle),
        (a, RDF.type, SDO.Person),
        (b, RDF.type, SDO.Person),
        (doc, SDO.author, a),
        (doc, SDO.author, b),
        (doc, SDO.mentions, b),  # an author the text also names is an entity
    ]:
        graph.add(triple)
    tally = Tally()
    for triple in graph:
        tally.add(triple)
    counts = tally.result().counts
    assert counts == content_counts(graph)
    assert (counts.entities, counts.byline_agents, counts.documents) == (1, 1, 1)


def test_sorted_triples_store_repeated_and_awkward_literals_as_they_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # stored forms of literals are kept by identity in a small table (2 here, so it is
    # cleared while the triples go in), and a batch is written every 3 rows
    monkeypatch.setattr("textkg.turtlestream._LITERALS", 2)
    monkeypatch.setattr("textkg.turtlestream._BATCH", 3)
    awkward = "".join(chr(c) for c in range(1, 0x80)) + "\u2028\ufeff\uffff\U0001f600 é ي"
    seven = Literal("7", datatype=XSD.integer)
    objects = [Literal(awkward), seven, Literal("plain", lang="en"), seven, Literal("x\x00y")]
    objects += [seven, Literal('"quoted"'), Literal("plain"), seven]
    triples = [
        (URIRef(f"http://example.org/s{i % 3}"), URIRef(f"http://example.org/p{i % 2}"), o)
        for i, o in enumerate(objects)
    ]
    with closing(SortedTriples(tmp_path / "t.sqlite")) as table:
        for triple in triples:
            table.add(triple)
        assert set(table) == set(triples)
        key = [(s.n3(), p.n3(), o.n3()) for s, p, o in sorted(set(triples))]
        assert [row[:3] for row in table.rows()] == sorted(key)
