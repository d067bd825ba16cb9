"""What a built graph contains: which nodes are entities, events and documents, which triples
are relations. Stats, export and the view all ask these questions the same way (and ask the
vocabulary registry which predicates are relations)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SDO
from rdflib.term import Node

from textkg.namespaces import TK
from textkg.records import EntityType, EventKind
from textkg.vocabulary import ENTITY_CLASSES, vocabulary

EVENT_CLASSES: dict[URIRef, EventKind] = {TK[k.value]: k for k in EventKind}
DOCUMENT_CLASSES = frozenset({SDO.NewsArticle, SDO.CreativeWork})


def is_relation(predicate: Node) -> bool:
    """A typed relation of the vocabulary or an open rel: one (not provenance, labels or roles)."""
    return vocabulary().is_relation(predicate)


def entity_type(graph: Graph, node: Node) -> EntityType | None:
    """The most specific entity type of ``node`` (Country over Place), or None."""
    found = [
        ENTITY_CLASSES[c]
        for c in graph.objects(node, RDF.type)
        if isinstance(c, URIRef) and c in ENTITY_CLASSES
    ]
    if not found:
        return None
    return sorted(found, key=lambda t: (t.kind == t, t.value))[0]


def entities(graph: Graph) -> Iterator[tuple[URIRef, EntityType]]:
    """Every entity node with its type, in IRI order."""
    nodes: set[URIRef] = set()
    for cls in ENTITY_CLASSES:
        nodes.update(n for n in graph.subjects(RDF.type, cls) if isinstance(n, URIRef))
    for node in sorted(nodes):
        kind = entity_type(graph, node)
        if kind is not None:
            yield node, kind


#: Document properties that name people and organisations from metadata, not from the text.
BYLINE_PROPERTIES = (SDO.author, SDO.editor, SDO.translator)


def byline_agents(graph: Graph) -> set[URIRef]:
    """People named only in a byline (author, editor, translator): no document mentions
    them in its text. The publisher is a literal, not a node."""
    named = {o for p in BYLINE_PROPERTIES for o in graph.objects(None, p) if isinstance(o, URIRef)}
    return {n for n in named if (None, SDO.mentions, n) not in graph}


def named_entities(graph: Graph) -> Iterator[tuple[URIRef, EntityType]]:
    """What textkg calls "entities" everywhere (build summary, stats, view): the named
    people, organisations and places found in the text. Byline agents and events are
    counted apart."""
    bylines = byline_agents(graph)
    for node, kind in entities(graph):
        if node not in bylines:
            yield node, kind


@dataclass(frozen=True)
class ContentCounts:
    """The headline counts of a graph, one meaning for each word wherever it is shown."""

    #: Named entities found in the text (people, organisations, places).
    entities: int
    #: Authors, editors and translators named only in metadata.
    byline_agents: int
    #: Meetings, visits and other events.
    events: int
    #: Relation triples between nodes.
    relations: int
    documents: int
    #: Dates of birth, death and founding on entities.
    dates: int = 0


#: The kinds of node the counts tell apart, with their words (singular, plural).
NODE_KINDS: tuple[tuple[str, str, str], ...] = (
    ("entity", "entity", "entities"),
    ("byline agent", "byline agent", "byline agents"),
    ("event", "event", "events"),
)


def node_kinds(graph: Graph) -> dict[URIRef, str]:
    """Each entity and event node with its kind ("entity", "byline agent" or "event"):
    the one place that decides what is counted as what."""
    bylines = byline_agents(graph)
    kinds = {node: "byline agent" if node in bylines else "entity" for node, _ in entities(graph)}
    kinds.update((node, "event") for node, _ in events(graph))
    return kinds


def content_counts(graph: Graph) -> ContentCounts:
    kinds = Counter(node_kinds(graph).values())
    return ContentCounts(
        entities=kinds["entity"],
        byline_agents=kinds["byline agent"],
        events=kinds["event"],
        relations=sum(1 for _ in relation_triples(graph)),
        documents=len(documents(graph)),
        dates=sum(1 for _ in attribute_triples(graph)),
    )


def events(graph: Graph) -> Iterator[tuple[URIRef, EventKind]]:
    found: set[tuple[URIRef, EventKind]] = set()
    for cls, kind in EVENT_CLASSES.items():
        found.update((n, kind) for n in graph.subjects(RDF.type, cls) if isinstance(n, URIRef))
    yield from sorted(found)


def documents(graph: Graph) -> list[URIRef]:
    found: set[URIRef] = set()
    for cls in DOCUMENT_CLASSES:
        found.update(n for n in graph.subjects(RDF.type, cls) if isinstance(n, URIRef))
    return sorted(found)


def relation_triples(graph: Graph) -> Iterator[tuple[URIRef, URIRef, URIRef]]:
    """Relation triples between nodes, sorted, excluding rdf:Statement reifications."""
    triples = [
        (s, p, o)
        for s, p, o in graph
        if isinstance(s, URIRef)
        and isinstance(p, URIRef)
        and isinstance(o, URIRef)
        and is_relation(p)
    ]
    yield from sorted(triples)


def attribute_triples(graph: Graph) -> Iterator[tuple[URIRef, URIRef, Literal]]:
    """Literal-valued facts on entities (dates of birth, death and founding), sorted."""
    vocab = vocabulary()
    triples = [
        (s, p, o)
        for attribute in vocab.attributes
        for s, p, o in graph.triples((None, attribute.iri, None))
        if isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, Literal)
    ]
    yield from sorted(triples)


def compact(graph: Graph, iri: Node) -> str:
    """``tk:leaderOf`` for a known namespace, else the full IRI."""
    if isinstance(iri, URIRef):
        try:
            prefix, _, local = graph.namespace_manager.compute_qname(str(iri), generate=False)
            return f"{prefix}:{local}" if prefix else str(iri)
        except (KeyError, ValueError):
            return str(iri)
    return str(iri)
