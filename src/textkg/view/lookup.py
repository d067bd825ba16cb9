"""The few questions the view asks of a graph, over an rdflib graph in memory or over the
sorted triple table on disk that a build writes its Turtle from.

The table answers from SQLite indexes, so reading a large graph's view keeps only what the
page is made of in memory, not the graph (an rdflib graph costs about 1 KB a triple).
"""

from __future__ import annotations

import tempfile
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

from textkg.errors import TextkgError
from textkg.rdfio import parse_quads, to_rdflib
from textkg.turtlestream import SortedTriples, resource, term

#: subject → predicate → objects (or predicate → object → subjects): rdflib's Memory layout.
_Index = Mapping[Node, Mapping[Node, Iterable[Node]]]
_Spo = tuple[Node | None, Node | None, Node | None]
#: A row's object columns: o, lexical, datatype, language.
_Row = tuple[str, str | None, str | None, str | None]
#: Terms and N3 forms a TableLookup keeps at most, each.
_CACHED = 1 << 12


def _n3(node: Node) -> str:
    return node.n3()


class Lookup(ABC):
    """The small part of rdflib's Graph API the view uses."""

    @abstractmethod
    def predicates(self) -> list[Node]:
        """Every predicate, sorted by IRI."""

    @abstractmethod
    def objects(self, subject: Node | None, predicate: Node) -> list[Node]: ...

    @abstractmethod
    def subjects(self, predicate: Node, obj: Node) -> list[Node]: ...

    @abstractmethod
    def pairs(self, predicate: Node) -> Iterable[tuple[Node, Node]]: ...

    @abstractmethod
    def has(self, subject: Node, predicate: Node, obj: Node) -> bool: ...

    @abstractmethod
    def statements(self, spo: _Spo) -> list[Node]:
        """The rdf:Statement nodes whose rdf:subject, rdf:predicate and rdf:object are ``spo``
        (each statement's smallest value of each, should it have several)."""

    def value(self, subject: Node, predicate: Node) -> Node | None:
        found = self.objects(subject, predicate)
        if not found:
            return None
        return found[0] if len(found) == 1 else min(found, key=str)


def _store_indexes(graph: Graph) -> tuple[_Index, _Index] | None:
    """The in-memory store's own spo and pos indexes, when they hold exactly this graph.

    rdflib's public lookups spend microseconds each on context bookkeeping (seconds on a big
    graph); its Memory store keeps plain nested dicts. Any other store, a graph that shares
    its store with other named graphs, or a future rdflib without them: None.
    """
    store = graph.store
    if type(graph) is not Graph or not isinstance(store, Memory):
        return None
    spo = getattr(store, "_Memory__spo", None)
    pos = getattr(store, "_Memory__pos", None)
    if not isinstance(spo, dict) or not isinstance(pos, dict):
        return None
    if sum(len(objects) for po in spo.values() for objects in po.values()) != len(graph):
        return None
    return spo, pos


class GraphLookup(Lookup):
    """An rdflib graph, through plain dictionaries."""

    def __init__(self, graph: Graph) -> None:
        found = _store_indexes(graph)
        if found is None:
            spo: dict[Node, dict[Node, dict[Node, None]]] = {}
            pos: dict[Node, dict[Node, dict[Node, None]]] = {}
            for s, p, o in graph:
                spo.setdefault(s, {}).setdefault(p, {})[o] = None
                pos.setdefault(p, {}).setdefault(o, {})[s] = None
            found = spo, pos
        self.spo, self.pos = found
        self._statements: dict[_Spo, list[Node]] | None = None

    def predicates(self) -> list[Node]:
        return sorted(self.pos, key=str)

    def objects(self, subject: Node | None, predicate: Node) -> list[Node]:
        if subject is None:
            return list(self.pos.get(predicate, {}))
        return list(self.spo.get(subject, {}).get(predicate, ()))

    def subjects(self, predicate: Node, obj: Node) -> list[Node]:
        return list(self.pos.get(predicate, {}).get(obj, ()))

    def pairs(self, predicate: Node) -> list[tuple[Node, Node]]:
        return [(s, o) for o, subjects in self.pos.get(predicate, {}).items() for s in subjects]

    def has(self, subject: Node, predicate: Node, obj: Node) -> bool:
        return obj in self.spo.get(subject, {}).get(predicate, ())

    def statements(self, spo: _Spo) -> list[Node]:
        if self._statements is None:
            self._statements = {}
            for node in self.subjects(RDF.type, RDF.Statement):
                if not isinstance(node, URIRef):
                    continue
                key = (
                    self.value(node, RDF.subject),
                    self.value(node, RDF.predicate),
                    self.value(node, RDF.object),
                )
                self._statements.setdefault(key, []).append(node)
        return self._statements.get(spo, [])


class TableLookup(Lookup):
    """A :class:`SortedTriples` table, queried by SQLite: a predicate-object index is added
    (its primary key serves subject lookups), and a table of the rdf:Statements by what
    they state. Terms are made only for the rows a question returns.

    The view asks several questions of one node in a row, so the last subject's rows are
    kept, and recent terms are cached (making rdflib terms costs more than the queries).
    """

    def __init__(self, triples: SortedTriples) -> None:
        # one row a triple, no parts: a table of one owner (see SortedTriples.merged_copy)
        triples.flush()
        self.db = triples.db
        self.db.execute("CREATE INDEX IF NOT EXISTS triple_po ON triple (p, o)")
        self._statements_ready = False
        self._subject: str | None = None
        self._rows: dict[str, list[_Row]] = {}
        self._n3: Callable[[Node], str] = lru_cache(maxsize=_CACHED)(_n3)
        self._term: Callable[[str, str | None, str | None, str | None], Node] = lru_cache(
            maxsize=_CACHED
        )(term)
        self._resource: Callable[[str], Node] = lru_cache(maxsize=_CACHED)(resource)

    def predicates(self) -> list[Node]:
        rows = self.db.execute("SELECT DISTINCT p FROM triple")
        return sorted((self._resource(p) for (p,) in rows), key=str)

    def _of(self, subject: Node, predicate: Node) -> list[_Row]:
        key = self._n3(subject)
        if key != self._subject:
            self._rows = {}
            rows = self.db.execute(
                "SELECT p, o, lexical, datatype, language FROM triple WHERE s = ?", (key,)
            )
            for p, *row in rows:
                self._rows.setdefault(p, []).append((row[0], row[1], row[2], row[3]))
            self._subject = key
        return self._rows.get(self._n3(predicate), [])

    def objects(self, subject: Node | None, predicate: Node) -> list[Node]:
        if subject is not None:
            return [self._term(*row) for row in self._of(subject, predicate)]
        rows = self.db.execute(
            "SELECT DISTINCT o, lexical, datatype, language FROM triple WHERE p = ?",
            (self._n3(predicate),),
        )
        return [self._term(*row) for row in rows]

    def subjects(self, predicate: Node, obj: Node) -> list[Node]:
        rows = self.db.execute(
            "SELECT s FROM triple WHERE p = ? AND o = ?", (self._n3(predicate), self._n3(obj))
        )
        return [self._resource(s) for (s,) in rows]

    def pairs(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        rows = self.db.execute(
            "SELECT s, o, lexical, datatype, language FROM triple WHERE p = ?",
            (self._n3(predicate),),
        )
        for s, *obj in rows:
            yield self._resource(s), self._term(obj[0], obj[1], obj[2], obj[3])

    def has(self, subject: Node, predicate: Node, obj: Node) -> bool:
        wanted = self._n3(obj)
        return any(row[0] == wanted for row in self._of(subject, predicate))

    def statements(self, spo: _Spo) -> list[Node]:
        if not self._statements_ready:
            self._index_statements()
        if any(node is None for node in spo):
            return []
        rows = self.db.execute(
            "SELECT node FROM statement WHERE s = ? AND p = ? AND o = ?",
            tuple(self._n3(node) for node in spo if node is not None),
        )
        return [found for (node,) in rows if isinstance(found := self._resource(node), URIRef)]

    def _index_statements(self) -> None:
        """Each statement by its rdf:subject, rdf:predicate and rdf:object, in a table beside
        the triples (textkg writes one of each; of several, the one first in text order)."""
        values = {}
        for name, predicate in (("s", RDF.subject), ("p", RDF.predicate), ("o", RDF.object)):
            values[name] = (
                f"(SELECT {name}.o FROM triple AS {name} WHERE {name}.s = t.s "
                f"AND {name}.p = '{predicate.n3()}' "
                f"ORDER BY coalesce({name}.lexical, {name}.o) LIMIT 1)"
            )
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS statement AS SELECT t.s AS node, "
            f"{values['s']} AS s, {values['p']} AS p, {values['o']} AS o FROM triple AS t "
            f"WHERE t.p = '{RDF.type.n3()}' AND t.o = '{RDF.Statement.n3()}'"
        )
        self.db.execute("CREATE INDEX IF NOT EXISTS statement_spo ON statement (s, p, o)")
        self._statements_ready = True


@contextmanager
def file_lookup(path: Path, scratch: Path) -> Iterator[TableLookup]:
    """An RDF file's triples streamed into a table in a scratch folder under ``scratch``
    (removed afterwards), for the view of a graph too large to hold."""
    try:
        scratch_folder = tempfile.TemporaryDirectory(prefix=".view-", dir=scratch)
    except OSError as exc:
        raise TextkgError(
            f"{scratch}: cannot make the view's scratch folder there: {exc.strerror or exc}"
        ) from exc
    with (
        scratch_folder as folder,
        closing(SortedTriples(Path(folder) / "triples.sqlite")) as triples,
    ):
        for quad in parse_quads(path):
            triples.add(
                (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object))
            )
        yield TableLookup(triples)


__all__ = ["GraphLookup", "Lookup", "TableLookup", "file_lookup"]
