"""What a built graph contains: which nodes are entities, events and documents, which triples
are relations. Stats, export and the view all ask these questions the same way (and ask the
vocabulary registry which predicates are relations)."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph, URIRef
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


def compact(graph: Graph, iri: Node) -> str:
    """``tk:leaderOf`` for a known namespace, else the full IRI."""
    if isinstance(iri, URIRef):
        try:
            prefix, _, local = graph.namespace_manager.compute_qname(str(iri), generate=False)
            return f"{prefix}:{local}" if prefix else str(iri)
        except (KeyError, ValueError):
            return str(iri)
    return str(iri)
