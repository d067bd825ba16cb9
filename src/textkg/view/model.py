"""Read what the view draws out of an RDF graph that follows the vocabulary contract.

The result is plain, ordered Python data (entities, relation edges, evidence, documents), so
selecting, laying out and serialising never touch rdflib again, and the same graph always
yields the same lists in the same order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import Node

from textkg.contents import BYLINE_PROPERTIES, EVENT_CLASSES
from textkg.namespaces import REL, TK
from textkg.view.lookup import GraphLookup, Lookup
from textkg.vocabulary import ENTITY_CLASSES as ENTITY_TYPES
from textkg.vocabulary import vocabulary

#: Entity classes the view draws, most specific first: a node typed with several shows the
#: first that matches. The key is the name users pass to ``--types``.
ENTITY_CLASSES: tuple[tuple[str, URIRef], ...] = (
    ("Meeting", TK.Meeting),
    ("Visit", TK.Visit),
    ("Country", SDO.Country),
    ("City", SDO.City),
    ("AdministrativeArea", SDO.AdministrativeArea),
    ("Person", SDO.Person),
    ("Organization", SDO.Organization),
    ("Place", SDO.Place),
    ("Event", SDO.Event),
)
OTHER_TYPE = "Other"

#: Broader type names a user may filter by, with what they take in.
TYPE_FAMILIES: dict[str, frozenset[str]] = {
    "Place": frozenset({"Place", "Country", "City", "AdministrativeArea"}),
    "Event": frozenset({"Event", "Meeting", "Visit"}),
}

#: Relations written in both directions; shown as one undirected edge.
EVENT_LINKS = frozenset({TK.participant, TK.place})
_NOT_RELATIONS = frozenset({str(RDF), str(RDFS), str(OWL), str(SKOS), str(PROV), str(XSD)})
#: Turns a statement or event node into indices of its evidence in ViewModel.evidence.
_EvidenceReader = Callable[[Node], list[int]]
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: An event label names at most this many participants, then "+N".
MAX_EVENT_NAMES = 3


@dataclass(frozen=True, slots=True)
class Document:
    iri: str
    title: str
    date: str | None
    source: str | None
    content_hash: str | None = None  # tk:contentHash: finds the article in the build state


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence supporting a fact, and where it came from."""

    text: str
    document: int | None  # index into ViewModel.documents
    start: int | None
    extractor: str | None
    confidence: float | None


@dataclass(slots=True)
class EntityNode:
    iri: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    job_titles: tuple[str, ...] = ()
    #: Dates of birth, death or founding: (property label, date, evidence indices).
    dates: tuple[tuple[str, str, tuple[int, ...]], ...] = ()
    mentioned_in: tuple[int, ...] = ()
    # events only
    full_title: str | None = None
    date: str | None = None  # as shown: "2024-03-25", "2024-03-25 – 2024-03-27" or as written
    start: str | None = None  # ISO dates, for the timeline
    end: str | None = None
    short_label: str | None = None  # what a crowded screen shows
    evidence: tuple[int, ...] = ()
    quotes: tuple[tuple[str, int], ...] = ()  # (quote text, evidence index)


@dataclass(frozen=True, slots=True)
class RelationKind:
    curie: str
    iri: str
    label: str
    kind: str  # "typed" (tk:), "open" (rel:), "event" (participant/place), "other"
    directed: bool


@dataclass(frozen=True, slots=True)
class Edge:
    source: int
    target: int
    relation: int  # index into ViewModel.relations
    evidence: tuple[int, ...]


@dataclass
class ViewModel:
    entities: list[EntityNode] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    relations: list[RelationKind] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    #: IRI → "entity", "byline agent" or "event" (textkg.contents.node_kinds) for the counter.
    kinds: dict[str, str] = field(default_factory=dict)


def curie_of(iri: str) -> str:
    for prefix, namespace in (("tk", TK), ("rel", REL), ("schema", SDO)):
        if iri.startswith(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return iri


def readable_name(local: str) -> str:
    """``leaderOf`` → ``leader of``; ``sign_with`` → ``sign with``."""
    words = _CAMEL.sub(" ", local).replace("_", " ").replace("-", " ")
    return " ".join(words.split()).lower() or local


def _local_name(iri: str) -> str:
    for separator in ("#", "/", ":"):
        if separator in iri.rstrip(separator):
            iri = iri.rstrip(separator).rsplit(separator, 1)[1]
    return iri


def _text(value: Node | None) -> str | None:
    return str(value) if isinstance(value, Literal) else None


def _best_label(graph: Lookup, node: Node, *predicates: URIRef) -> str | None:
    """A label in English or without language, else any; the smallest, so the pick is stable."""
    for predicate in predicates:
        literals = [o for o in graph.objects(node, predicate) if isinstance(o, Literal)]
        if literals:
            preferred = [o for o in literals if o.language in (None, "en")] or literals
            return min(str(o) for o in preferred)
    return None


def _sorted_texts(values: Iterable[Node], skip: str = "") -> tuple[str, ...]:
    texts = {str(v) for v in values if isinstance(v, Literal) and str(v) != skip}
    return tuple(sorted(texts, key=lambda t: (t.casefold(), t)))


def read_model(graph: Graph | Lookup) -> ViewModel:
    """Everything the page shows, in a stable order (entities by IRI, edges by position)."""
    lookup = graph if isinstance(graph, Lookup) else GraphLookup(graph)
    model = _read_model(lookup)
    model.kinds = {str(node): kind for node, kind in _node_kinds(lookup).items()}
    return model


def _node_kinds(graph: Lookup) -> dict[URIRef, str]:
    """:func:`textkg.contents.node_kinds`, asked through a lookup (each entity and event node
    with its kind: "entity", "byline agent" or "event")."""
    typed = {n for c in ENTITY_TYPES for n in graph.subjects(RDF.type, c) if isinstance(n, URIRef)}
    named = {o for p in BYLINE_PROPERTIES for o in graph.objects(None, p) if isinstance(o, URIRef)}
    bylines = {node for node in named if not graph.subjects(SDO.mentions, node)}
    kinds = {node: "byline agent" if node in bylines else "entity" for node in typed}
    for cls in EVENT_CLASSES:
        kinds.update((n, "event") for n in graph.subjects(RDF.type, cls) if isinstance(n, URIRef))
    return kinds


def _read_model(graph: Lookup) -> ViewModel:
    model = ViewModel()
    types_by_node: dict[URIRef, str] = {}
    for name, cls in reversed(ENTITY_CLASSES):  # most specific wins: written last
        for node in graph.subjects(RDF.type, cls):
            if isinstance(node, URIRef):
                types_by_node[node] = name
    document_index = _read_documents(graph, model)
    evidence_index: dict[tuple[str, int | None, int | None, str | None], int] = {}

    def evidence_of(node: Node) -> list[int]:
        found: list[int] = []
        # in text order, so that the same graph gives the same page from memory or disk
        found_sentences = graph.objects(node, TK.evidence)
        sentences = sorted((o for o in found_sentences if isinstance(o, Literal)), key=str)
        if not sentences:
            return found
        # A node holding several sentences (an event's direct evidence) cannot say which
        # document and offset go with which: then only a document they all share is kept.
        docs = graph.objects(node, PROV.wasDerivedFrom)
        doc = document_index.get(str(docs[0])) if len(docs) == 1 else None
        start = _int(graph.value(node, TK.charStart)) if len(sentences) == 1 else None
        extractor = _text(graph.value(node, TK.extractor))
        confidence = _float(graph.value(node, TK.confidence))
        for sentence in sentences:
            key = (str(sentence), doc, start, extractor)
            if key not in evidence_index:
                evidence_index[key] = len(model.evidence)
                model.evidence.append(Evidence(str(sentence), doc, start, extractor, confidence))
            found.append(evidence_index[key])
        return found

    # Relation triples: between two drawn nodes, with a predicate outside the W3C vocabularies.
    # schema.org's terms are metadata (mentions, author) unless the vocabulary declares them
    # relations (schema:birthPlace, schema:founder, ...).
    candidate_triples: list[tuple[URIRef, URIRef, URIRef]] = []
    vocab = vocabulary()
    for p in graph.predicates():
        if not isinstance(p, URIRef):
            continue
        typed = p in vocab
        if not typed and str(p).startswith((*_NOT_RELATIONS, str(SDO))):
            continue
        ours = typed or p in EVENT_LINKS or str(p).startswith((str(TK), str(REL)))
        for s, o in sorted(graph.pairs(p), key=lambda pair: (str(pair[0]), str(pair[1]))):
            if (
                isinstance(s, URIRef)
                and isinstance(o, URIRef)
                and s != o
                and (ours or s in types_by_node)
            ):
                candidate_triples.append((s, p, o))
    for s, _, o in candidate_triples:
        for node in (s, o):
            if node not in types_by_node and not _is_document_or_statement(graph, node):
                types_by_node[node] = OTHER_TYPE

    ordered = sorted(types_by_node, key=str)
    node_index = {node: i for i, node in enumerate(ordered)}
    mentions: dict[URIRef, set[int]] = defaultdict(set)
    for doc, mentioned in graph.pairs(SDO.mentions):
        if isinstance(mentioned, URIRef) and str(doc) in document_index:
            mentions[mentioned].add(document_index[str(doc)])
    quotes: dict[URIRef, list[tuple[str, int]]] = defaultdict(list)
    for quote_node in sorted(graph.subjects(RDF.type, TK.Quote), key=str):
        speaker = graph.value(quote_node, TK.speaker)
        text = _text(graph.value(quote_node, TK.quoteText))
        if isinstance(speaker, URIRef) and text:
            for index in evidence_of(quote_node)[:1]:
                quotes[speaker].append((text, index))

    for node in ordered:
        type_name = types_by_node[node]
        label = _best_label(graph, node, RDFS.label, SDO.name) or _local_name(str(node))
        entity = EntityNode(
            iri=str(node),
            label=label,
            type=type_name,
            aliases=_sorted_texts(graph.objects(node, SKOS.altLabel), skip=label),
            job_titles=_sorted_texts(graph.objects(node, SDO.jobTitle)),
            dates=_dates(graph, node, evidence_of),
            mentioned_in=tuple(sorted(mentions.get(node, ()))),
            quotes=tuple(quotes.get(node, ())),
        )
        if type_name in TYPE_FAMILIES["Event"]:
            entity.date = _event_date(graph, node)
            entity.start = _iso_date(graph.value(node, SDO.startDate))
            entity.end = _iso_date(graph.value(node, SDO.endDate)) or entity.start
            entity.full_title = label
            entity.evidence = tuple(_event_evidence(graph, node, evidence_of))
        model.entities.append(entity)

    _read_edges(graph, model, candidate_triples, node_index, evidence_of)
    _label_events(model)
    return model


def _dates(
    graph: Lookup, node: URIRef, evidence_of: _EvidenceReader
) -> tuple[tuple[str, str, tuple[int, ...]], ...]:
    """The entity's dates (the vocabulary's typed attributes), each with its evidence."""
    found: list[tuple[str, str, tuple[int, ...]]] = []
    for attribute in vocabulary().attributes:
        for value in sorted(graph.objects(node, attribute.iri), key=str):
            statements = [
                st
                for st in graph.subjects(RDF.object, value)
                if graph.has(st, RDF.subject, node) and graph.has(st, RDF.predicate, attribute.iri)
            ]
            evidence = [i for st in sorted(statements, key=str) for i in evidence_of(st)]
            found.append((attribute.label, str(value), tuple(dict.fromkeys(evidence))))
    return tuple(found)


def _label_events(model: ViewModel) -> None:
    """Meetings and visits are told apart by who and when: "Meeting: A – B, 2024-03-25".

    The short label, for a crowded screen, names each by its shortest name ("SVR", "Naryshkin").
    """
    links: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for edge in model.edges:
        curie = model.relations[edge.relation].curie
        if curie in ("tk:participant", "tk:place"):
            links[edge.source][curie].append(edge.target)
    for index, entity in enumerate(model.entities):
        if entity.type not in ("Meeting", "Visit"):
            continue
        people = sorted(
            links[index]["tk:participant"],
            key=lambda i: (model.entities[i].label.casefold(), model.entities[i].label),
        )
        places = sorted(model.entities[i].label for i in links[index]["tk:place"])
        when = entity.start or entity.date
        entity.label = _event_label(
            entity.type, [model.entities[i].label for i in people], places, when
        )
        short = [_shortest_name(model.entities[i]) for i in people]
        entity.short_label = _event_label(entity.type, short, places, when)


def _event_label(kind: str, names: list[str], places: list[str], when: str | None) -> str:
    shown = names[:MAX_EVENT_NAMES]
    if len(names) > len(shown):
        shown.append(f"+{len(names) - len(shown)}")
    text = kind + (": " + " – ".join(shown) if shown else "")
    if places and (kind == "Visit" or not shown):
        text += f" in {places[0]}"
    return f"{text}, {when}" if when else text


def _shortest_name(entity: EntityNode) -> str:
    """The shortest of its names that still reads as a name (an acronym, a surname)."""
    names = [n for n in (entity.label, *entity.aliases) if len(n) >= 3 and not n.islower()]
    return min(names, key=lambda n: (len(n), n)) if names else entity.label


def _iso_date(value: Node | None) -> str | None:
    text = _text(value)
    return text[:10] if text and _ISO_DATE.match(text) else None


def _is_document_or_statement(graph: Lookup, node: Node) -> bool:
    types = set(graph.objects(node, RDF.type))
    if types & {SDO.NewsArticle, SDO.CreativeWork, RDF.Statement, TK.Quote, RDF.Property}:
        return True
    return bool(types & {OWL.Class, OWL.ObjectProperty, RDFS.Class, OWL.DatatypeProperty})


def _read_documents(graph: Lookup, model: ViewModel) -> dict[str, int]:
    docs: set[URIRef] = set()
    for cls in (SDO.NewsArticle, SDO.CreativeWork):
        docs.update(d for d in graph.subjects(RDF.type, cls) if isinstance(d, URIRef))
    docs.update(d for d in graph.objects(None, PROV.wasDerivedFrom) if isinstance(d, URIRef))
    index: dict[str, int] = {}
    for doc in sorted(docs, key=str):
        source = _text(graph.value(doc, TK.sourcePath))
        title = (
            _best_label(graph, doc, SDO.headline, SDO.name, RDFS.label)
            or (PurePath(source).name if source else None)
            or _local_name(str(doc))
        )
        date = _text(graph.value(doc, SDO.datePublished))
        content_hash = _text(graph.value(doc, TK.contentHash))
        index[str(doc)] = len(model.documents)
        model.documents.append(Document(str(doc), title, date, source, content_hash))
    return index


def _event_date(graph: Lookup, node: URIRef) -> str | None:
    start = _text(graph.value(node, SDO.startDate))
    end = _text(graph.value(node, SDO.endDate))
    if start:
        return f"{start} – {end}" if end and end != start else start
    return _text(graph.value(node, TK.dateText))


def _event_evidence(graph: Lookup, node: URIRef, evidence_of: _EvidenceReader) -> list[int]:
    """Each sighting's statement keeps its sentence with its document and offsets; the event's
    own evidence (every sentence on one node) is the fallback when there are none."""
    found: list[int] = []
    for statement in sorted(graph.subjects(RDF.subject, node), key=str):
        if graph.value(statement, RDF.predicate) == RDF.type:
            found.extend(evidence_of(statement))
    return list(dict.fromkeys(found or evidence_of(node)))


def _read_edges(
    graph: Lookup,
    model: ViewModel,
    triples: list[tuple[URIRef, URIRef, URIRef]],
    node_index: dict[URIRef, int],
    evidence_of: _EvidenceReader,
) -> None:
    relation_index: dict[URIRef, int] = {}
    predicates = sorted({p for _, p, _ in triples}, key=str)
    for predicate in predicates:
        relation_index[predicate] = len(model.relations)
        model.relations.append(_relation_kind(graph, predicate))

    merged: dict[tuple[int, int, int], list[int]] = {}
    for s, p, o in triples:
        if s not in node_index or o not in node_index:
            continue
        relation = relation_index[p]
        source, target = node_index[s], node_index[o]
        if not model.relations[relation].directed and source > target:
            source, target = target, source
        key = (source, target, relation)
        found = merged.setdefault(key, [])
        for statement in sorted(graph.statements((s, p, o)), key=str):
            found.extend(evidence_of(statement))

    def evidence_order(index: int) -> tuple[str, int, str]:
        item = model.evidence[index]
        doc = model.documents[item.document].title if item.document is not None else ""
        return (doc, item.start if item.start is not None else -1, item.text)

    for (source, target, relation), found in sorted(merged.items()):
        ordered = tuple(sorted(dict.fromkeys(found), key=evidence_order))
        model.edges.append(Edge(source, target, relation, ordered))


def _relation_kind(graph: Lookup, predicate: URIRef) -> RelationKind:
    iri = str(predicate)
    curie = curie_of(iri)
    label = _best_label(graph, predicate, RDFS.label) or readable_name(_local_name(iri))
    if predicate in EVENT_LINKS:
        kind = "event"
    elif iri.startswith(str(TK)) or predicate in vocabulary():
        kind = "typed"
    elif iri.startswith(str(REL)):
        kind = "open"
    else:
        kind = "other"
    symmetric = predicate in vocabulary().symmetric or graph.has(
        predicate, RDF.type, OWL.SymmetricProperty
    )
    return RelationKind(curie, iri, label, kind, directed=not symmetric)


def _int(value: Node | None) -> int | None:
    if isinstance(value, Literal):
        try:
            return int(value.toPython())
        except (TypeError, ValueError):
            return None
    return None


def _float(value: Node | None) -> float | None:
    if isinstance(value, Literal):
        try:
            return round(float(value.toPython()), 3)
        except (TypeError, ValueError):
            return None
    return None
