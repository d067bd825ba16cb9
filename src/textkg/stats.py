"""Counts that tell a user what a graph holds: entities by type, relations by predicate."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rdflib import Graph
from rdflib.namespace import RDF

from textkg.contents import (
    attribute_triples,
    byline_agents,
    compact,
    documents,
    events,
    named_entities,
    relation_triples,
)


@dataclass(frozen=True)
class GraphStats:
    documents: int
    #: Named entities found in the text, by type (byline agents and events not included).
    entities_by_type: dict[str, int]
    relations_by_predicate: dict[str, int]
    events_by_kind: dict[str, int]
    statements: int
    triples: int
    #: Authors, editors and translators named only in metadata (no document mentions them).
    byline_agents: int = 0
    #: Literal-valued facts (schema:birthDate, ...) by property.
    attributes_by_predicate: dict[str, int] = field(default_factory=dict)

    @property
    def entities(self) -> int:
        return sum(self.entities_by_type.values())

    @property
    def relations(self) -> int:
        return sum(self.relations_by_predicate.values())


def graph_stats(graph: Graph) -> GraphStats:
    by_type = Counter(kind.value for _, kind in named_entities(graph))
    by_predicate = Counter(compact(graph, p) for _, p, _ in relation_triples(graph))
    by_kind = Counter(kind.value for _, kind in events(graph))
    by_attribute = Counter(compact(graph, p) for _, p, _ in attribute_triples(graph))
    return GraphStats(
        documents=len(documents(graph)),
        entities_by_type=dict(sorted(by_type.items())),
        relations_by_predicate=dict(sorted(by_predicate.items())),
        events_by_kind=dict(sorted(by_kind.items())),
        statements=sum(1 for _ in graph.subjects(RDF.type, RDF.Statement)),
        triples=len(graph),
        byline_agents=len(byline_agents(graph)),
        attributes_by_predicate=dict(sorted(by_attribute.items())),
    )


def format_stats(stats: GraphStats) -> str:
    def head(name: str, count: int, note: str = "") -> str:
        return f"{name:<14}{count}" + (f"  ({note})" if note else "")

    lines = [
        head("documents", stats.documents),
        head("entities", stats.entities, "named in the text"),
        *(f"  {name:<22}{count:>6}" for name, count in stats.entities_by_type.items()),
        head("byline agents", stats.byline_agents, "authors, editors named only in metadata"),
        head("relations", stats.relations),
        *(f"  {name:<22}{count:>6}" for name, count in stats.relations_by_predicate.items()),
        head("dates", sum(stats.attributes_by_predicate.values()), "of birth, death, founding"),
        *(f"  {name:<22}{count:>6}" for name, count in stats.attributes_by_predicate.items()),
        head("events", sum(stats.events_by_kind.values())),
        *(f"  {name:<22}{count:>6}" for name, count in stats.events_by_kind.items()),
        head("statements", stats.statements),
        head("triples", stats.triples),
    ]
    return "\n".join(lines) + "\n"
