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

import heapq
import re
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
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
from textkg.forked import start_forked
from textkg.rdfio import oxigraph_literal, unstorable
from textkg.vocabulary import ENTITY_CLASSES, vocabulary

Triple = tuple[Node, Node, Node]
_Row = tuple[str, str, str, str | None, str | None, str | None]
_Owned = tuple[str, str, str, str | None, str | None, str | None, int]
_BATCH = 20_000
#: Literals whose stored forms are kept (by identity: the literal is held, so its id stays
#: its own); the graph stage makes its repeated ones once (textkg.graph).
_LITERALS = 8192
#: IRIs whose N3 forms are kept (an object IRI recurs: entities, documents, classes).
_IRIS = 65536


class SortedTriples:
    """A set of triples on disk that gives them back in ``serialize_rdf``'s order.

    Only a batch of rows and SQLite's page cache (a few MB) are in memory at a time; use it
    within ``contextlib.closing``.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)
        for pragma in (
            "journal_mode = OFF",  # a scratch file: nothing to recover after a crash
            "synchronous = OFF",
            "temp_store = FILE",
            "cache_size = -16000",  # KiB
            # rows are long (a literal's text twice, a sentence as evidence) and go in at
            # random places: larger pages make the tree shallower, each insert cheaper
            # (~13% at 10,000 articles); SQLite's memory grows with the page size (~15 MB
            # more than 4 KB pages at 8 KB, ~230 MB at 64 KB)
            "page_size = 8192",
        ):
            self.db.execute(f"PRAGMA {pragma}")
        # each row names the article that wrote it (0: the build's entities, events and
        # activity), so that an update can keep an unchanged article's rows (textkg.keptrows);
        # a triple several articles write is a row for each, one triple when read
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS triple (s TEXT, p TEXT, o TEXT, lexical TEXT, "
            "datatype TEXT, language TEXT, owner INTEGER, PRIMARY KEY (s, p, o, owner)) "
            "WITHOUT ROWID"
        )
        self.db.execute("BEGIN")
        self.pending: list[_Owned] = []
        #: The article whose triples are being added (0: none).
        self.owner = 0
        # The graph stage adds a subject's triples one after the other, with few predicates
        # and many repeated literals (offsets, extractors, confidences, a sentence's text):
        # their stored forms are made once, not per triple.
        self._subject: Node | None = None
        self._subject_n3 = ""
        self._predicates: dict[Node, str] = {}
        self._literals: dict[int, tuple[Literal, str, str, str | None, str | None]] = {}
        self._iris: dict[URIRef, str] = {}
        #: Other tables read as parts of this one (:meth:`attach`), not copied into it.
        self.parts: list[Path] = []
        #: Whether each part is an earlier build's, read for the owners kept only.
        self.kept: list[bool] = []

    def add(self, triple: Triple) -> None:
        s, p, o = triple
        if s is not self._subject:
            self._subject, self._subject_n3 = s, _n3(s)
        predicate = self._predicates.get(p)
        if predicate is None:
            predicate = self._predicates[p] = _n3(p)
        row: _Owned
        if type(o) is URIRef:  # (most objects: entities, documents, classes, again and again)
            n3 = self._iris.get(o)
            if n3 is None:
                if len(self._iris) >= _IRIS:
                    self._iris.clear()
                n3 = self._iris[o] = _n3(o)
            row = (self._subject_n3, predicate, n3, None, None, None, self.owner)
        elif isinstance(o, Literal):
            known = self._literals.get(id(o))
            if known is None or known[0] is not o:
                if len(self._literals) >= _LITERALS:
                    self._literals.clear()
                datatype = str(o.datatype) if o.datatype is not None else None
                known = self._literals[id(o)] = (o, o.n3(), str(o), datatype, o.language)
            row = (self._subject_n3, predicate, known[1], known[2], known[3], known[4], self.owner)
        else:
            row = (self._subject_n3, predicate, _n3(o), None, None, None, self.owner)
        self.pending.append(row)
        if len(self.pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the rows still held in memory, so that queries of ``db`` see every triple."""
        self.db.executemany(
            "INSERT OR IGNORE INTO triple VALUES (?, ?, ?, ?, ?, ?, ?)", self.pending
        )
        self.pending.clear()

    def commit(self) -> None:
        """Write every row for good: another connection (another process) may read them."""
        self.flush()
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")

    def attach(self, other: Path, *, kept: bool = False) -> None:
        """Read another table (a committed :class:`SortedTriples` file, left in place) as a
        part of this one: :meth:`rows` merges their sorted rows as it reads them, which
        costs far less than copying them in. Of a ``kept`` table (an earlier build's, see
        :meth:`keep_owners`) only the rows of the owners kept are read. Only this object's
        reading sees a part; :meth:`merged_copy` makes one table of them all."""
        self.flush()
        self.db.execute("COMMIT")
        self.db.execute(f"ATTACH DATABASE ? AS part{len(self.parts)}", (str(other),))
        self.db.execute("BEGIN")
        self.parts.append(other)
        self.kept.append(kept)

    def keep_owners(self, owners: Iterable[int]) -> None:
        """The owners whose rows are read from the kept tables attached (stored in this
        table's file, so that another connection reads the same)."""
        self.db.execute("CREATE TABLE IF NOT EXISTS live (owner INTEGER PRIMARY KEY)")
        self.db.executemany("INSERT OR IGNORE INTO live VALUES (?)", ((o,) for o in owners))

    def merged_copy(self, path: Path) -> SortedTriples:
        """A new table at ``path`` holding each triple once, of this table and its parts
        (for readers of ``db``, such as the view's queries); close it after use."""
        copy = SortedTriples(path)
        self.flush()
        self.db.execute("COMMIT")
        self.db.execute("ATTACH DATABASE ? AS copy", (str(path),))
        for table, live in _tables(self.kept):  # (each in key order: appended, mostly)
            where = f"WHERE {live} " if live else ""
            self.db.execute(
                "INSERT OR IGNORE INTO copy.triple SELECT s, p, o, lexical, datatype, "
                f"language, 0 FROM {table}.triple {where}ORDER BY s, p, o"
            )
        self.db.execute("DETACH DATABASE copy")
        self.db.execute("BEGIN")
        return copy

    def __len__(self) -> int:
        return sum(1 for _ in self.rows())

    def __iter__(self) -> Iterator[Triple]:
        """The triples as rdflib terms, sorted by their N3 forms."""
        for s, p, o, lexical, datatype, language in self.rows():
            yield resource(s), URIRef(p[1:-1]), term(o, lexical, datatype, language)

    def rows(self, *, stop: str | None = None) -> Iterator[_Row]:
        """The stored rows (N3 forms, and a literal's parts), sorted by the N3 forms (with
        ``stop``, those of the subjects before it)."""
        self.flush()
        yield from _sorted_rows(self.db, self.kept, stop=stop)

    def middle_subject(self) -> str | None:
        """The subject of the middle row (None for an empty table; with parts, of their rows
        and its merged in order, a triple in two of them counted twice). Any subject cuts
        the Turtle in two alike: this one only shares the rows evenly."""
        self.flush()
        tables = [table for table, _ in _tables(self.kept)]
        count = sum(
            self.db.execute(f"SELECT count(*) FROM {t}.triple").fetchone()[0] for t in tables
        )
        every = " UNION ALL ".join(f"SELECT s, p, o FROM {t}.triple" for t in tables)
        row = self.db.execute(
            f"SELECT s FROM ({every} ORDER BY s, p, o) LIMIT 1 OFFSET ?", (count // 2,)
        ).fetchone()
        return None if row is None else str(row[0])

    def close(self) -> None:
        self.db.close()


#: The rows of an earlier build's table that are read: those of the owners still live.
_LIVE = "owner IN (SELECT owner FROM main.live)"


def _tables(kept: Sequence[bool]) -> list[tuple[str, str | None]]:
    """The table and its attached parts (``part0``..., one for each of ``kept``), each with
    the condition its rows are read under (an earlier build's: :data:`_LIVE`)."""
    return [("main", None), *((f"part{n}", _LIVE if k else None) for n, k in enumerate(kept))]


def _sorted_rows(
    db: sqlite3.Connection,
    kept: Sequence[bool] = (),
    *,
    start: str | None = None,
    stop: str | None = None,
) -> Iterator[_Row]:
    """The rows of the table and of its attached tables (``part0``..., one for each of
    ``kept``: whether it is an earlier build's, read for the owners in ``main.live`` only),
    in order, a triple in several rows once. Each table is read in the order of its primary
    key (no sorting), and they are merged here (faster than SQLite's compound select); a
    row's columns are a function of its triple's N3 forms, so equal triples are equal rows,
    next to each other."""
    bounds = [("s >= ?", start), ("s < ?", stop)]
    where = [clause for clause, value in bounds if value is not None]
    values = [value for _, value in bounds if value is not None]
    tables = []
    for table, live in _tables(kept):
        clauses = [*where, *([live] if live else [])]
        select = (
            f"SELECT s, p, o, lexical, datatype, language FROM {table}.triple "
            + (f"WHERE {' AND '.join(clauses)} " if clauses else "")
            + "ORDER BY s, p, o"
        )
        tables.append(db.execute(select, values))
    previous = None
    for row in tables[0] if len(tables) == 1 else heapq.merge(*tables):
        if row != previous:
            yield row
            previous = row


_NOT_IN_IRI = re.compile(r'[<>" {}|\\^`]')  # what rdflib's URIRef.n3() refuses


def _n3(node: Node) -> str:
    """``node.n3()``, the common case (an IRI) made without rdflib's slower checks."""
    if type(node) is URIRef and not _NOT_IN_IRI.search(node):
        return f"<{node}>"
    return node.n3()


def resource(n3: str) -> URIRef | BNode:
    """The IRI or blank node of a row's ``s`` or ``o`` column."""
    return BNode(n3[2:]) if n3.startswith("_:") else URIRef(n3[1:-1])


def term(n3: str, lexical: str | None, datatype: str | None, language: str | None) -> Node:
    """The object of a row, from its columns ``o, lexical, datatype, language``."""
    if lexical is None:
        return resource(n3)
    return Literal(lexical, lang=language, datatype=URIRef(datatype) if datatype else None)


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
        self._attributes = frozenset(str(a.iri) for a in vocabulary().attributes)
        self._entity_classes = frozenset(str(c) for c in ENTITY_CLASSES)
        self._event_classes = frozenset(str(c) for c in EVENT_CLASSES)
        self._document_classes = frozenset(str(c) for c in DOCUMENT_CLASSES)
        self._bylines = frozenset(str(p) for p in BYLINE_PROPERTIES)
        self.entities: set[str] = set()
        self.events: set[str] = set()
        self.documents: set[str] = set()
        self.bylined: set[str] = set()
        self.mentioned: set[str] = set()
        self._relation: dict[str, bool] = {}
        #: Each predicate as a row writes it: whether its triples count beyond the total.
        self._counted: dict[str, bool] = {}

    def add(self, triple: Triple) -> None:
        s, p, o = triple
        self.count(str(s), str(p), str(o), isinstance(s, URIRef), _kind(o))

    def add_row(self, row: _Row) -> None:
        """A row of :meth:`SortedTriples.rows`."""
        counted = self._counted.get(row[1])
        if counted is None:
            counted = self._counted[row[1]] = self._counts(row[1][1:-1])
        if not counted:  # (most rows: evidence, offsets, labels, a statement's parts)
            self.triples += 1
            return
        s, p, o, lexical = row[0], row[1][1:-1], row[2], row[3]
        subject_iri = s.startswith("<")
        subject = s[1:-1] if subject_iri else s[2:]
        if lexical is not None:
            self.count(subject, p, lexical, subject_iri, "literal")
        elif o.startswith("<"):
            self.count(subject, p, o[1:-1], subject_iri, "iri")
        else:
            self.count(subject, p, o[2:], subject_iri, "bnode")

    def _counts(self, p: str) -> bool:
        """Whether :meth:`count` does more with a triple of predicate ``p`` than add it to
        the total, whatever its subject and object."""
        special = p in (_RDF_TYPE, _MENTIONS) or p in self._attributes or p in self._bylines
        return special or is_relation(URIRef(p))

    def count(self, s: str, p: str, o: str, subject_iri: bool, kind: str) -> None:
        """One triple: subject and predicate as IRIs, the object as an IRI, a blank node's
        label or a literal's text, and which of those it is."""
        self.triples += 1
        if p == _RDF_TYPE and subject_iri:
            if o in self._entity_classes:
                self.entities.add(s)
            elif o in self._event_classes:
                self.events.add(s)
            elif o in self._document_classes:
                self.documents.add(s)
        if kind != "iri":
            if kind == "literal" and p in self._attributes and subject_iri:
                self.dates += 1
            return
        if p == _MENTIONS:
            self.mentioned.add(o)
        elif p in self._bylines:
            self.bylined.add(o)
        relation = self._relation.get(p)
        if relation is None:
            relation = self._relation[p] = is_relation(URIRef(p))
        if relation and subject_iri:
            self.relations += 1

    def merge(self, other: Tally) -> None:
        """Count the triples ``other`` counted too (of other subjects)."""
        self.triples += other.triples
        self.relations += other.relations
        self.dates += other.dates
        for mine, theirs in (
            (self.entities, other.entities),
            (self.events, other.events),
            (self.documents, other.documents),
            (self.bylined, other.bylined),
            (self.mentioned, other.mentioned),
        ):
            mine |= theirs

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


_RDF_TYPE = str(RDF.type)
_MENTIONS = str(SDO.mentions)


def _kind(node: Node) -> str:
    if isinstance(node, Literal):
        return "literal"
    return "bnode" if isinstance(node, BNode) else "iri"


def write_turtle(triples: SortedTriples, path: Path, *, split: bool = False) -> WrittenGraph:
    """Stream ``triples`` into ``path`` as Turtle, in order; what the summary reports.

    With ``split``, a forked child writes the second half of the subjects into a file of its
    own, appended after this process's half: a subject's block is the same bytes wherever
    the file is cut between subjects (only the prefix lines at its top are left out)."""
    pivot = triples.middle_subject() if split else None
    if pivot is None:
        return _write_rows(triples.rows(), path).result()
    triples.commit()  # the child reads the table through a connection of its own
    part = triples.path.with_name(triples.path.stem + "-upper.ttl")
    tables = [triples.path, *triples.parts]
    with start_forked(
        "writing the graph", _write_upper, tables, triples.kept, pivot, part
    ) as child:
        tally = _write_rows(triples.rows(stop=pivot), path)
        upper = child.result()
    with part.open("rb") as source, path.open("ab") as target:
        line = source.readline()
        while line.startswith(b"@prefix ") and tally.triples:
            line = source.readline()
        target.write(line)
        shutil.copyfileobj(source, target, 1 << 20)
    part.unlink()
    tally.merge(upper)
    return tally.result()


def _write_upper(tables: list[Path], kept: list[bool], pivot: str, path: Path) -> Tally:
    """The child's half: the subjects from ``pivot`` on, as Turtle at ``path`` (from the
    table and its attached parts)."""
    with closing(sqlite3.connect(tables[0])) as db:
        for number, part in enumerate(tables[1:]):
            db.execute(f"ATTACH DATABASE ? AS part{number}", (str(part),))
        return _write_rows(_sorted_rows(db, kept, start=pivot), path)


def _write_rows(rows: Iterable[_Row], path: Path) -> Tally:
    tally = Tally()

    def stream() -> Iterator[ox.Triple]:
        terms = _Terms()
        for row in rows:  # straight from the stored forms: no rdflib terms made
            tally.add_row(row)
            yield terms.triple(row)

    writer, _ = RDF_FORMATS["turtle"]
    assert writer is not None
    ox.serialize(stream(), output=str(path), format=writer, prefixes=prefixes_for(writer))
    return tally


class _Terms:
    """Stored rows as pyoxigraph's triples (the terms :func:`textkg.rdfio.to_oxigraph` makes
    of the rdflib ones); a string no RDF store can hold is a TextkgError. Rows come sorted by
    subject, so a subject's term is made once, and each predicate's once."""

    def __init__(self) -> None:
        self.subject: tuple[str, ox.NamedNode | ox.BlankNode] | None = None
        self.predicates: dict[str, ox.NamedNode] = {}

    def triple(self, row: _Row) -> ox.Triple:
        s, p, o, lexical, datatype, language = row
        try:
            if self.subject is None or self.subject[0] != s:
                self.subject = (s, _oxigraph_resource(s))
            predicate = self.predicates.get(p)
            if predicate is None:
                predicate = self.predicates[p] = ox.NamedNode(p[1:-1])
            obj: ox.NamedNode | ox.BlankNode | ox.Literal
            if lexical is None:
                obj = _oxigraph_resource(o)
            else:
                obj = oxigraph_literal(lexical, datatype, language)
            return ox.Triple(self.subject[1], predicate, obj)
        except (UnicodeError, ValueError) as exc:
            raise unstorable(exc) from exc


def _oxigraph_resource(n3: str) -> ox.NamedNode | ox.BlankNode:
    return ox.BlankNode(n3[2:]) if n3.startswith("_:") else ox.NamedNode(n3[1:-1])


__all__ = ["SortedTriples", "Tally", "WrittenGraph", "write_turtle"]
