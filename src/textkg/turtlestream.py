"""Writing a build's graph as Turtle without holding it in memory.

An rdflib ``Graph`` costs about 1 KB a triple, which made a build's memory grow with its
corpus. Here the graph stage's triples go into an on-disk SQLite table keyed by their N3
forms: the key sorts and de-duplicates them exactly as ``export.serialize_rdf`` does
(``sorted(graph, key=n3 forms)``; SQLite compares text as UTF-8 bytes, which is code point
order, as Python does). They then stream in that order through the same Oxigraph Turtle
writer, so the file holds the same bytes an in-memory graph would have given.

While the triples stream out, :class:`Tally` counts what the build summary reports (the
same meanings as :func:`textkg.contents.content_counts`), so nothing reads the file back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, SDO
from rdflib.term import Node

from textkg.contents import (
    BYLINE_PROPERTIES,
    DOCUMENT_CLASSES,
    EVENT_CLASSES,
    ContentCounts,
    is_relation,
)
from textkg.export import RDF_FORMATS, prefixes_for
from textkg.rdfio import to_oxigraph
from textkg.vocabulary import ENTITY_CLASSES, vocabulary

Triple = tuple[Node, Node, Node]
_Row = tuple[str, str, str, str | None, str | None, str | None]
_BATCH = 20_000
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class SortedTriples:
    """A set of triples on disk that gives them back in ``serialize_rdf``'s order.

    Only a batch of rows and SQLite's page cache (a few MB) are in memory at a time; use it
    within ``contextlib.closing``.
    """

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        for pragma in (
            "journal_mode = OFF",  # a scratch file: nothing to recover after a crash
            "synchronous = OFF",
            "temp_store = FILE",
            "cache_size = -16000",  # KiB
        ):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute(
            "CREATE TABLE triple (s TEXT, p TEXT, o TEXT, lexical TEXT, datatype TEXT, "
            "language TEXT, PRIMARY KEY (s, p, o)) WITHOUT ROWID"
        )
        self.db.execute("BEGIN")
        self.pending: list[_Row] = []

    def add(self, triple: Triple) -> None:
        s, p, o = triple
        row: _Row
        if isinstance(o, Literal):
            datatype = str(o.datatype) if o.datatype is not None else None
            row = (s.n3(), p.n3(), o.n3(), str(o), datatype, o.language)
        else:
            row = (s.n3(), p.n3(), o.n3(), None, None, None)
        self.pending.append(row)
        if len(self.pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT OR IGNORE INTO triple VALUES (?, ?, ?, ?, ?, ?)", self.pending)
        self.pending.clear()

    def __len__(self) -> int:
        self._flush()
        count: int = self.db.execute("SELECT count(*) FROM triple").fetchone()[0]
        return count

    def __iter__(self) -> Iterator[Triple]:
        """The triples as rdflib terms, sorted by their N3 forms."""
        self._flush()
        rows = self.db.execute(
            "SELECT s, p, o, lexical, datatype, language FROM triple ORDER BY s, p, o"
        )
        for s, p, o, lexical, datatype, language in rows:
            obj: Node
            if lexical is not None:
                dt = URIRef(datatype) if datatype is not None else None
                obj = Literal(lexical, lang=language, datatype=dt)
            else:
                obj = _resource(o)
            yield _resource(s), URIRef(p[1:-1]), obj

    def close(self) -> None:
        self.db.close()


def _resource(n3: str) -> URIRef | BNode:
    return BNode(n3[2:]) if n3.startswith("_:") else URIRef(n3[1:-1])


@dataclass(frozen=True)
class WrittenGraph:
    """What the build summary says of a graph written by :func:`write_turtle`."""

    triples: int
    counts: ContentCounts


class Tally:
    """Counts a graph's contents from its triples one by one, in the meanings of
    :func:`textkg.contents.content_counts`; keeps a few sets of node IRIs, not the graph."""

    def __init__(self) -> None:
        self.triples = 0
        self.relations = 0
        self.dates = 0
        self._attributes = frozenset(a.iri for a in vocabulary().attributes)
        self.entities: set[Node] = set()
        self.events: set[Node] = set()
        self.documents: set[Node] = set()
        self.bylined: set[Node] = set()
        self.mentioned: set[Node] = set()
        self._relation: dict[Node, bool] = {}

    def add(self, triple: Triple) -> None:
        s, p, o = triple
        self.triples += 1
        if p == RDF.type and isinstance(s, URIRef):
            if o in ENTITY_CLASSES:
                self.entities.add(s)
            elif o in EVENT_CLASSES:
                self.events.add(s)
            elif o in DOCUMENT_CLASSES:
                self.documents.add(s)
        if not isinstance(o, URIRef):
            if p in self._attributes and isinstance(s, URIRef) and isinstance(o, Literal):
                self.dates += 1
            return
        if p == SDO.mentions:
            self.mentioned.add(o)
        elif p in BYLINE_PROPERTIES:
            self.bylined.add(o)
        relation = self._relation.get(p)
        if relation is None:
            relation = self._relation[p] = is_relation(p)
        if relation and isinstance(s, URIRef):
            self.relations += 1

    def result(self) -> WrittenGraph:
        bylines = (self.bylined - self.mentioned) & (self.entities - self.events)
        return WrittenGraph(
            triples=self.triples,
            counts=ContentCounts(
                entities=len(self.entities - bylines - self.events),
                byline_agents=len(bylines),
                events=len(self.events),
                relations=self.relations,
                documents=len(self.documents),
                dates=self.dates,
            ),
        )


def write_turtle(triples: SortedTriples, path: Path) -> WrittenGraph:
    """Stream ``triples`` into ``path`` as Turtle, in order; what the summary reports."""
    tally = Tally()

    def stream() -> Iterator[ox.Triple]:
        for triple in triples:
            tally.add(triple)
            s, p, o = triple
            yield ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))  # type: ignore[arg-type]

    writer, _ = RDF_FORMATS["turtle"]
    assert writer is not None
    ox.serialize(stream(), output=str(path), format=writer, prefixes=prefixes_for(writer))
    return tally.result()


__all__ = ["SortedTriples", "Tally", "WrittenGraph", "write_turtle"]
