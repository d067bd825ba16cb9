"""The vocabulary registry: which typed relations exist, what they may join, which are symmetric.

Declared once, in ``ontology/textkg.ttl``; every stage asks this registry (extraction checks a
candidate's types against it, the graph writes symmetric relations both ways, stats, export
and the view list its relations). Adding a relation type means declaring it there as a
``tk:TypedRelation`` with its domain and range; no code keeps a list of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SDO
from rdflib.term import Node

from textkg.namespaces import REL, TK, curie
from textkg.records import EntityType

ONTOLOGY_FILE = "ontology/textkg.ttl"
#: Roles a leader of an organisation holds there anyway: where a text makes someone its
#: leader, these say no more (extraction drops them per sentence, the graph per article).
WEAKER_ROLES = frozenset({TK.worksFor, TK.memberOf})

#: The schema.org class of each entity type (the value is the class's local name).
ENTITY_CLASSES: dict[URIRef, EntityType] = {SDO[t.value]: t for t in EntityType}


@dataclass(frozen=True)
class RelationType:
    """One typed relation of the vocabulary, as the ontology declares it."""

    iri: URIRef
    label: str
    comment: str
    subjects: frozenset[EntityType]
    objects: frozenset[EntityType]
    symmetric: bool

    @property
    def curie(self) -> str:
        return curie(self.iri)

    def allows(self, subject: EntityType, obj: EntityType) -> bool:
        return subject in self.subjects and obj in self.objects


@dataclass(frozen=True)
class AttributeType:
    """A literal-valued property textkg extracts (a date of birth), as the ontology declares
    it: a ``tk:TypedAttribute`` with the entity types it may describe."""

    iri: URIRef
    label: str
    comment: str
    subjects: frozenset[EntityType]

    @property
    def curie(self) -> str:
        return curie(self.iri)


class Vocabulary:
    """The typed relations and attributes of an ontology graph, looked up by IRI."""

    def __init__(self, ontology: Graph) -> None:
        self._covers = _class_coverage(ontology)
        found = [
            self._relation(ontology, node)
            for node in ontology.subjects(RDF.type, TK.TypedRelation)
            if isinstance(node, URIRef)
        ]
        self.relations: tuple[RelationType, ...] = tuple(sorted(found, key=lambda r: r.curie))
        self._by_iri = {r.iri: r for r in self.relations}
        self.symmetric: frozenset[URIRef] = frozenset(r.iri for r in self.relations if r.symmetric)
        attributes = [
            AttributeType(
                iri=node,
                label=_text(ontology.value(node, RDFS.label)) or curie(node),
                comment=_text(ontology.value(node, RDFS.comment)),
                subjects=self._types(ontology, node, SDO.domainIncludes, RDFS.domain),
            )
            for node in ontology.subjects(RDF.type, TK.TypedAttribute)
            if isinstance(node, URIRef)
        ]
        self.attributes: tuple[AttributeType, ...] = tuple(
            sorted(attributes, key=lambda a: a.curie)
        )
        self._attributes = {a.iri: a for a in self.attributes}

    def _relation(self, graph: Graph, node: URIRef) -> RelationType:
        return RelationType(
            iri=node,
            label=_text(graph.value(node, RDFS.label)) or curie(node),
            comment=_text(graph.value(node, RDFS.comment)),
            subjects=self._types(graph, node, SDO.domainIncludes, RDFS.domain),
            objects=self._types(graph, node, SDO.rangeIncludes, RDFS.range),
            symmetric=(node, RDF.type, OWL.SymmetricProperty) in graph,
        )

    def _types(
        self, graph: Graph, node: URIRef, includes: URIRef, declared: URIRef
    ) -> frozenset[EntityType]:
        classes = list(graph.objects(node, includes)) or list(graph.objects(node, declared))
        if not classes:
            raise ValueError(f"{curie(node)} declares no {curie(declared)}")
        return frozenset(t for c in classes for t in self._covers.get(c, ()))

    def __iter__(self) -> Iterator[RelationType]:
        return iter(self.relations)

    def __contains__(self, iri: object) -> bool:
        return iri in self._by_iri

    def relation(self, iri: URIRef) -> RelationType:
        """The typed relation ``iri``; KeyError for a term the ontology does not declare."""
        return self._by_iri[iri]

    def is_relation(self, predicate: Node) -> bool:
        """A typed relation or an open ``rel:<verb>`` one (not a label, provenance or role)."""
        return predicate in self._by_iri or is_open(predicate)

    def is_attribute(self, predicate: Node) -> bool:
        """A literal-valued property extraction writes (schema:birthDate), with a statement."""
        return predicate in self._attributes

    def allows_attribute(self, predicate: URIRef, subject: EntityType) -> bool:
        """Whether the vocabulary lets ``predicate`` describe a ``subject``."""
        found = self._attributes.get(predicate)
        return found is not None and subject in found.subjects

    def allows(self, predicate: URIRef, subject: EntityType, obj: EntityType) -> bool:
        """Whether the vocabulary lets ``predicate`` join a ``subject`` to an ``obj``."""
        if is_open(predicate):
            return EntityType.EVENT not in (subject, obj)
        found = self._by_iri.get(predicate)
        return found is not None and found.allows(subject, obj)

    def predicate(self, name: str) -> URIRef:
        """The predicate a data file names (``tk:leaderOf`` or ``rel:sign``), checked."""
        prefix, _, local = name.partition(":")
        if prefix == "rel" and local:
            return REL[local]
        iri = URIRef(str(TK) + local) if prefix == "tk" else URIRef(name)
        if prefix == "schema":
            iri = SDO[local]
        if iri not in self._by_iri:
            raise ValueError(f"unknown predicate {name!r} (not a tk:TypedRelation in the ontology)")
        return iri


def is_open(predicate: Node) -> bool:
    return isinstance(predicate, URIRef) and str(predicate).startswith(str(REL))


def _text(node: Node | None) -> str:
    return str(node) if isinstance(node, Literal) else ""


def _class_coverage(graph: Graph) -> dict[Node, frozenset[EntityType]]:
    """Each class of the ontology → the entity types it covers (its own and its subclasses')."""
    parents: dict[Node, set[Node]] = {}
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        parents.setdefault(sub, set()).add(sup)
    covers: dict[Node, set[EntityType]] = {SDO.Thing: set(EntityType) - {EntityType.EVENT}}
    for cls, etype in ENTITY_CLASSES.items():
        seen: set[Node] = set()
        todo: list[Node] = [cls]
        while todo:
            node = todo.pop()
            if node in seen:
                continue
            seen.add(node)
            covers.setdefault(node, set()).add(etype)
            todo.extend(parents.get(node, ()))
    return {node: frozenset(types) for node, types in covers.items()}


def ontology_graph() -> Graph:
    """The packaged ontology, so built graphs describe themselves."""
    text = resources.files("textkg").joinpath(ONTOLOGY_FILE).read_text("utf-8")
    return Graph().parse(data=text, format="turtle")


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The packaged vocabulary, read once per process."""
    return Vocabulary(ontology_graph())
