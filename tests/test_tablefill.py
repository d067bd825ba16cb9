"""The graph of a large build written by two processes: the same Turtle, byte for byte."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, RDFS, SDO

from factories import summit_facts
from textkg.factstore import CompactFacts
from textkg.forked import can_fork
from textkg.graph import GraphOptions
from textkg.namespaces import TK
from textkg.records import ArticleFacts
from textkg.resolve import resolve_entities
from textkg.tablefill import fill_table
from textkg.turtlestream import SortedTriples, write_turtle

pytestmark = pytest.mark.skipif(not can_fork(), reason="forks only on Linux")


def _copy(facts: ArticleFacts, source: str, author: str) -> ArticleFacts:
    """The same story under another file name and byline spelling."""
    article = facts.article
    meta = replace(article.meta, authors=(author,))
    return replace(facts, article=replace(article, source=source, meta=meta))


def _turtle(facts: CompactFacts, path: Path, *, split: bool) -> bytes:
    resolution = resolve_entities(facts)
    with closing(SortedTriples(path.with_suffix(".sqlite"))) as triples:
        split = fill_table(triples, facts, resolution, GraphOptions(), split=split)
        write_turtle(triples, path, split=split)
    return path.read_bytes()


def test_the_articles_written_by_a_child_give_the_same_turtle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The last article (the child's share) reports the first one's meeting again, and
    # writes the first one's byline "Jo Writer" in capitals: the meeting is one event
    # with evidence from both halves, the byline agent keeps the first article's label.
    first, second = summit_facts()
    facts = CompactFacts.of([first, second, _copy(first, "news/c.txt", "JO WRITER")])
    attached: list[Path] = []
    attach = SortedTriples.attach

    def spy(self: SortedTriples, other: Path) -> None:
        attached.append(other)
        attach(self, other)

    monkeypatch.setattr(SortedTriples, "attach", spy)
    apart = _turtle(facts, tmp_path / "apart.ttl", split=True)
    assert len(attached) == 1  # (a child did write a table)
    assert apart == _turtle(facts, tmp_path / "here.ttl", split=False)

    graph = Graph().parse(data=apart, format="turtle")
    (writer,) = {o for _, o in graph.subject_objects(SDO.author)}
    assert set(graph.objects(writer, RDFS.label)) == {Literal("Jo Writer")}
    (meeting,) = set(graph.subjects(RDF.type, TK.Meeting))
    documents = set(graph.objects(meeting, PROV.wasDerivedFrom))
    assert len(documents) == 2  # news/a.txt and news/c.txt


def test_a_child_that_fails_fails_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = CompactFacts.of(summit_facts())

    def fail(*args: object) -> object:
        raise OSError("no space left on device")

    monkeypatch.setattr("textkg.tablefill._fill_part", fail)
    with pytest.raises(OSError, match="no space left"):
        _turtle(facts, tmp_path / "g.ttl", split=True)
