"""The Python API's objects for notebooks and scripts: a graph and query results that show
themselves as tables, and results that become a pandas DataFrame."""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SDO
from rdflib.query import Result, ResultRow
from rdflib.term import Node

from textkg.contents import compact, content_counts, named_entities
from textkg.namespaces import curie

if TYPE_CHECKING:
    import pandas

#: Rows shown by ``_repr_html_`` before "… N more rows".
HTML_ROWS = 50


class QueryResult:
    """What :func:`textkg.query` returns.

    A SELECT result iterates over rows (``row.name`` or ``row[0]``), has ``vars`` and
    ``len()``, and turns into a DataFrame with :meth:`to_dataframe`; an ASK result is truthy
    or falsy; a CONSTRUCT or DESCRIBE result has ``graph``. In a notebook it shows as a table.
    The rdflib result is ``raw``.
    """

    def __init__(self, raw: Result, graph: Graph | None) -> None:
        self.raw = raw
        self.type: str = raw.type
        self._graph = graph
        self._rows: list[ResultRow] | None = None

    @property
    def vars(self) -> list[str]:
        return [str(v) for v in (self.raw.vars or [])]

    @property
    def rows(self) -> list[ResultRow]:
        if self._rows is None:
            self._rows = [r for r in self.raw if isinstance(r, ResultRow)]
        return self._rows

    @property
    def graph(self) -> Graph | None:
        """The graph a CONSTRUCT or DESCRIBE query built (None for SELECT and ASK)."""
        return self.raw.graph

    def __iter__(self) -> Iterator[Any]:
        if self.type == "SELECT":
            return iter(self.rows)
        return iter(self.raw)

    def __len__(self) -> int:
        if self.type == "SELECT":
            return len(self.rows)
        return len(self.raw.graph) if self.raw.graph is not None else 1

    def __bool__(self) -> bool:
        if self.type == "ASK":
            return bool(self.raw.askAnswer)
        return len(self) > 0

    def records(self) -> list[dict[str, Any]]:
        """SELECT rows as dicts of Python values (str for IRIs, int/float/date for literals)."""
        return [{name: python_value(row[name]) for name in self.vars} for row in self.rows]

    def to_dataframe(self) -> pandas.DataFrame:
        """The SELECT rows as a pandas DataFrame, one column per variable.

        pandas is optional: ``pip install pandas`` (or ``pip install "textkg[notebook]"``).
        """
        try:
            import pandas
        except ImportError as exc:
            raise ImportError(
                "QueryResult.to_dataframe needs pandas, which is not installed: "
                'pip install pandas (or pip install "textkg[notebook]")'
            ) from exc
        if self.type != "SELECT":
            raise ValueError(f"only SELECT results become a DataFrame, not {self.type}")
        return pandas.DataFrame.from_records(self.records(), columns=self.vars)

    def _repr_html_(self) -> str:
        if self.type == "ASK":
            return f"<p>ASK: <b>{str(bool(self)).lower()}</b></p>"
        if self.type != "SELECT":
            size = len(self.raw.graph) if self.raw.graph is not None else 0
            return f"<p>{self.type}: a graph of {size:,} triples (<code>.graph</code>)</p>"
        head = "".join(f"<th>{html.escape(v)}</th>" for v in self.vars)
        body = "".join(
            "<tr>"
            + "".join(f"<td>{html.escape(self._cell(row[v]))}</td>" for v in self.vars)
            + "</tr>"
            for row in self.rows[:HTML_ROWS]
        )
        more = len(self.rows) - HTML_ROWS
        tail = f"<p>… {more:,} more rows (<code>.to_dataframe()</code>)</p>" if more > 0 else ""
        count = f"<p>{len(self.rows):,} rows</p>"
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{count}{tail}"

    def __repr__(self) -> str:
        if self.type == "SELECT":
            return f"<QueryResult SELECT {len(self.rows)} rows: {', '.join(self.vars)}>"
        return f"<QueryResult {self.type}>"

    def _cell(self, value: Node | None) -> str:
        if value is None:
            return ""
        if isinstance(value, URIRef):
            return compact(self._graph, value) if self._graph is not None else curie(value)
        return str(value)


def python_value(value: Node | None) -> Any:
    if value is None:
        return None
    if isinstance(value, Literal):
        return value.toPython()
    return str(value)


@dataclass(frozen=True)
class GraphSummary:
    """What a graph holds, in the words of ``textkg stats``; shows itself in a notebook."""

    documents: int
    entities: int
    byline_agents: int
    events: int
    relations: int
    triples: int
    #: The most mentioned entities: (label, type, number of documents mentioning them).
    top_entities: tuple[tuple[str, str, int], ...]
    #: Dates of birth, death and founding.
    dates: int = 0

    def __str__(self) -> str:
        return (
            f"{self.documents:,} documents, {self.entities:,} entities, "
            f"{self.byline_agents:,} byline agents, {self.events:,} events, "
            f"{self.relations:,} relations, {self.dates:,} dates, {self.triples:,} triples"
        )

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(label)}</td><td>{html.escape(kind)}</td><td>{count}</td></tr>"
            for label, kind, count in self.top_entities
        )
        top = (
            "<table><thead><tr><th>entity</th><th>type</th><th>documents</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
            if rows
            else ""
        )
        return f"<p><b>textkg graph</b>: {html.escape(str(self))}</p>{top}"


def summarize(graph: Graph, top: int = 10) -> GraphSummary:
    counts = content_counts(graph)
    mentioned: list[tuple[str, str, int]] = []
    for node, kind in named_entities(graph):
        label = graph.value(node, RDFS.label)
        documents = sum(1 for _ in graph.subjects(SDO.mentions, node))
        mentioned.append((str(label or node), kind.value, documents))
    mentioned.sort(key=lambda item: (-item[2], item[0]))
    return GraphSummary(
        documents=counts.documents,
        entities=counts.entities,
        byline_agents=counts.byline_agents,
        events=counts.events,
        relations=counts.relations,
        triples=len(graph),
        top_entities=tuple(mentioned[:top]),
        dates=counts.dates,
    )


class KnowledgeGraph(Graph):
    """What :func:`textkg.build` and :func:`textkg.load_graph` return: an ``rdflib.Graph``
    (everything rdflib does works on it) that shows its summary in a notebook."""

    def summary(self, top: int = 10) -> GraphSummary:
        return summarize(self, top)

    def _repr_html_(self) -> str:
        return self.summary()._repr_html_()

    def __repr__(self) -> str:
        return f"<textkg KnowledgeGraph of {len(self):,} triples: .summary() says what they hold>"


def knowledge_graph(graph: Graph) -> KnowledgeGraph:
    """The same triples and prefixes, shared (not copied), as a KnowledgeGraph."""
    if isinstance(graph, KnowledgeGraph):
        return graph
    return KnowledgeGraph(
        store=graph.store, identifier=graph.identifier, namespace_manager=graph.namespace_manager
    )
