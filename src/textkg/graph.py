"""The graph stage: turn resolved facts into an RDF graph that follows the vocabulary contract.

Every relation triple gets an rdf:Statement with its evidence; events and statements get IRIs
made from their content, so the same fact seen twice collapses into one node that keeps both
pieces of evidence, and the same input always gives the same graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import Node

from textkg.events import EventNode, Sighting, event_sightings, merge_sightings
from textkg.iris import entity_key, mint, short_hash, slugify
from textkg.namespaces import DEFAULT_BASE, TK, bind_prefixes
from textkg.provenance import BuildProvenance, add_activity, source_path
from textkg.records import (
    ArticleFacts,
    ArticleText,
    DateFact,
    DatePrecision,
    Entity,
    EntityType,
    EventFact,
    QuoteFact,
    RelationFact,
    Resolution,
    Sentence,
)
from textkg.resolve import keyword_links
from textkg.vocabulary import WEAKER_ROLES, is_open, ontology_graph, vocabulary

ENTITY_CLASS: dict[EntityType, URIRef] = {t: SDO[t.value] for t in EntityType}
#: The datatype of a date stated to the day, the month or the year (ontology/textkg.ttl).
DATE_TYPES: dict[DatePrecision, URIRef] = {
    DatePrecision.DAY: XSD.date,
    DatePrecision.MONTH: XSD.gYearMonth,
    DatePrecision.YEAR: XSD.gYear,
}


# The terms every statement and piece of evidence is written with, looked up once (an
# rdflib namespace makes a new URIRef at each attribute access).
_TYPE, _STATEMENT = RDF.type, RDF.Statement
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object
_DERIVED_FROM, _EVIDENCE = PROV.wasDerivedFrom, TK.evidence
_CHAR_START, _CHAR_END = TK.charStart, TK.charEnd
_EXTRACTOR, _CONFIDENCE = TK.extractor, TK.confidence
_LABEL, _ALT_LABEL, _JOB_TITLE = RDFS.label, SKOS.altLabel, SDO.jobTitle
_MENTIONS, _ABOUT, _PARTICIPANT = SDO.mentions, SDO.about, TK.participant


@dataclass(frozen=True)
class GraphOptions:
    base: str = DEFAULT_BASE
    include_ontology: bool = True
    #: What the build's prov:Activity records, and how source paths are written.
    provenance: BuildProvenance = field(default_factory=BuildProvenance)


def document_iri(base: str, article: ArticleText) -> URIRef:
    """Readable from the file name, unique by content: the same article read twice is one node."""
    return document_iri_of(base, article.source, article.content_hash)


def document_iri_of(base: str, source: str, content_hash: str) -> URIRef:
    """:func:`document_iri` of the article read from ``source`` with ``content_hash``."""
    stem = PurePosixPath(source.split(":", 1)[0] if ":" in source else source)
    slug = slugify(stem.stem) or "article"
    return mint(base, f"doc/{slug}-{content_hash[:12]}")


class TripleSink(Protocol):
    """Where the graph stage puts its triples: an rdflib ``Graph``, or a
    :class:`textkg.turtlestream.SortedTriples` that keeps them on disk. Adding a triple twice
    adds it once."""

    def add(self, triple: tuple[Node, Node, Node], /) -> object: ...


def build_graph(
    facts: Sequence[ArticleFacts],
    resolution: Resolution,
    options: GraphOptions | None = None,
) -> Graph:
    """The whole graph for a build: documents, entities, relations, events, provenance."""
    graph = bind_prefixes(Graph())
    fill_graph(graph, facts, resolution, options)
    return graph


def fill_graph(
    sink: TripleSink,
    facts: Sequence[ArticleFacts],
    resolution: Resolution,
    options: GraphOptions | None = None,
) -> None:
    """Put the build's triples into ``sink``, article by article (``facts`` is read once: an
    article's events are written after the last article, once merged across articles)."""
    writer = GraphWriter(sink, resolution, options)
    writer.add_entities()
    writer.finish([writer.add_articles(facts)])


@dataclass
class ArticlesPart:
    """What writing a run of articles leaves for the end of the graph: their events (merged
    across all the build's articles), their documents (the build's activity) and the byline
    agents they name that are no extracted entity, each with the type and the label its first
    article gives it. Articles written apart (another process) hand this back."""

    sightings: list[Sighting] = field(default_factory=list)
    reported: list[tuple[EventFact, Sentence, URIRef]] = field(default_factory=list)
    documents: list[URIRef] = field(default_factory=list)
    agents: dict[URIRef, tuple[EntityType, str]] = field(default_factory=dict)
    #: Each article's source, owner and fingerprint (when written with owners, see
    #: :mod:`textkg.keptrows`).
    owners: list[tuple[str, int, str]] = field(default_factory=list)


class ArticleOwners(Protocol):
    """Which owner each article's rows get, and whether they are written or kept from an
    earlier build (:class:`textkg.keptrows.Owners`)."""

    def write_articles(self, writer: _GraphWriter, facts: Sequence[ArticleFacts]) -> None:
        """Write the articles' rows (each under its owner) into ``writer`` and its part."""
        ...


class EntityOwners(Protocol):
    """Which owner each entity's rows get (:class:`textkg.keptrows.OwnerPlan`)."""

    def entity_owner(self, entity: Entity) -> int | None:
        """The owner to write them with (None: kept from an earlier build)."""
        ...


class GraphWriter:
    """Writes a build's graph into a sink in three steps: :meth:`add_entities`, then
    :meth:`add_articles` for runs of articles in source order (each run may be written by
    its own writer, into its own sink), then :meth:`finish` with every run's part, in
    order. The triples are the same however the articles were cut into runs."""

    def __init__(
        self, sink: TripleSink, resolution: Resolution, options: GraphOptions | None = None
    ) -> None:
        self.options = options or GraphOptions()
        self.ontology = ontology_graph() if self.options.include_ontology else Graph()
        self.writer = _GraphWriter(self.options, resolution, sink, self.ontology)

    def add_entities(self, owners: EntityOwners | None = None) -> None:
        """The ontology's triples and every resolved entity's (with ``owners``, each under
        its owner, or kept from an earlier build)."""
        sink = self.writer.graph
        for triple in self.ontology:
            sink.add(triple)
        for entity in self.writer.resolution.entities:
            if owners is None:
                self.writer.add_entity(entity)
            elif (owner := owners.entity_owner(entity)) is not None:
                sink.owner = owner  # type: ignore[attr-defined]
                self.writer.add_entity(entity)
                sink.owner = 0  # type: ignore[attr-defined]

    def add_articles(
        self, facts: Sequence[ArticleFacts], owners: ArticleOwners | None = None
    ) -> ArticlesPart:
        """The articles' triples; with ``owners``, each article's rows name the owner it
        gives, and an article it says is unchanged since an earlier build (whose rows are
        kept) only leaves its part for :meth:`finish`."""
        writer = self.writer
        part = writer.part = ArticlesPart()
        if owners is not None:
            owners.write_articles(writer, facts)
            return part
        for article_facts in facts:
            writer.add_article(article_facts)
            part.documents.append(document_iri(self.options.base, article_facts.article))
        return part

    def finish(self, parts: Sequence[ArticlesPart]) -> None:
        """The byline agents (labelled by the first article naming each), the events merged
        across every part, and the build's activity."""
        writer = self.writer
        for part in parts:
            for node, (entity_type, label) in part.agents.items():
                if node not in writer.labelled:
                    writer.labelled.add(node)
                    writer.graph.add((node, _TYPE, ENTITY_CLASS[entity_type]))
                    writer.graph.add((node, _LABEL, Literal(label)))
        writer.add_events(
            [s for part in parts for s in part.sightings],
            [r for part in parts for r in part.reported],
        )
        activity = Graph()
        documents = [doc for part in parts for doc in part.documents]
        add_activity(activity, self.options.base, self.options.provenance, documents)
        for triple in activity:
            writer.graph.add(triple)


class _GraphWriter:
    """Holds the graph under construction and the lookups that writing it needs."""

    def __init__(
        self,
        options: GraphOptions,
        resolution: Resolution,
        sink: TripleSink,
        ontology: Graph,
    ) -> None:
        #: What the run of articles being written leaves for the end of the graph.
        self.part = ArticlesPart()
        self.graph = sink
        #: Nodes that have an rdfs:label, and open relations declared: the sink is not read.
        #: Entity IRIs by key, made once (the labelled set holds the same objects).
        self.iris: dict[str, URIRef] = {
            e.key: mint(options.base, e.key) for e in resolution.entities
        }
        self.labelled: set[Node] = set(ontology.subjects(RDFS.label, None))
        self.labelled.update(self.iris.values())
        self.ontology_declared = frozenset(ontology.subjects(RDF.type, RDF.Property))
        #: Open relations the article being written declared (each its own, for its rows).
        self.declared: set[Node] = set()
        self.base = options.base
        self.provenance = options.provenance
        self.resolution = resolution
        self.entities = {entity.key: entity for entity in resolution.entities}
        # kind → name or alias → entity, built once: metadata names are looked up per article.
        self.entity_by_name: dict[EntityType, dict[str, str]] = {}
        for entity in resolution.entities:
            names = self.entity_by_name.setdefault(entity.entity_type.kind, {})
            for name in (entity.label, *entity.alt_labels):
                names.setdefault(name.casefold(), entity.key)
        self.keyword_entity = keyword_links(resolution)
        #: The evidence text of each sentence of the article being written, made once.
        self.evidence_texts: dict[Sentence, Literal] = {}
        self.evidence_doc: URIRef | None = None

    # ------------------------------------------------------------------ entities

    def entity_iri(self, key: str) -> URIRef:
        node = self.iris.get(key)
        if node is None:
            node = self.iris[key] = mint(self.base, key)
        return node

    def add_entity(self, entity: Entity) -> None:
        g, node = self.graph, self.entity_iri(entity.key)
        g.add((node, _TYPE, ENTITY_CLASS[entity.entity_type]))
        g.add((node, _LABEL, Literal(entity.label)))
        for alt in entity.alt_labels:
            if alt != entity.label:
                g.add((node, _ALT_LABEL, Literal(alt)))
        for title in entity.job_titles:
            g.add((node, _JOB_TITLE, Literal(title)))

    def named_agent(self, name: str, entity_type: EntityType) -> URIRef:
        """A person named only in metadata (author, editor, translator).

        Reuses the extracted entity of the same name when there is one, so a byline author
        who is also mentioned in an article is one node.
        """
        known = self.entity_by_name.get(entity_type.kind, {}).get(name.strip().casefold())
        if known is not None:
            return self.entity_iri(known)
        key = entity_key(entity_type, name.strip())
        node = self.entity_iri(key)
        if node not in self.labelled:  # typed and labelled at the end (GraphWriter.finish)
            self.part.agents.setdefault(node, (entity_type, name.strip()))
        return node

    # ------------------------------------------------------------------ documents

    def add_article(self, facts: ArticleFacts) -> None:
        article = facts.article
        doc = document_iri(self.base, article)
        self.evidence_doc = doc
        self.evidence_texts.clear()
        self.declared.clear()
        self.add_document(doc, article)
        mentioned: set[str] = set()
        for mention in facts.mentions:
            key = self.resolution.entity_key(article, mention)
            if key is not None:
                mentioned.add(key)
        for key in sorted(mentioned):
            self.graph.add((doc, _MENTIONS, self.entity_iri(key)))
        for keyword in article.meta.keywords:
            # A tag that names an entity ("north korea") says what the article is about.
            about = self.keyword_entity.get((article.source, keyword))
            if about is not None:
                self.graph.add((doc, _ABOUT, self.entity_iri(about)))
        for relation, subject, obj in _strongest_roles(facts, self.resolution):
            self.add_relation(
                subject,
                relation.predicate,
                obj,
                doc,
                facts.sentences[relation.sentence],
                relation.extractor,
                relation.confidence,
            )
        self.add_sightings(facts, doc)
        for quote in facts.quotes:
            self.add_quote(quote, facts, doc)
        for fact in facts.dates:
            self.add_date(fact, facts, doc)

    def add_sightings(self, facts: ArticleFacts, doc: URIRef) -> None:
        """The article's events, for :meth:`add_events` once every article is written."""
        sightings = event_sightings(facts, self.resolution)
        for sighting in sightings:
            event = facts.events[sighting.index]
            self.part.reported.append((event, facts.sentences[event.sentence], doc))
        self.part.sightings += sightings

    def add_document(self, doc: URIRef, article: ArticleText) -> None:
        g, meta = self.graph, article.meta
        g.add((doc, RDF.type, SDO.NewsArticle))
        g.add((doc, TK.sourcePath, Literal(source_path(article.source, self.provenance))))
        g.add((doc, TK.contentHash, Literal(article.content_hash)))
        if meta.headline:
            g.add((doc, SDO.headline, Literal(meta.headline)))
        if meta.date_published:
            g.add((doc, SDO.datePublished, Literal(meta.date_published, datatype=XSD.date)))
        if meta.url:
            g.add((doc, SDO.url, Literal(meta.url, datatype=XSD.anyURI)))
        if meta.language:
            g.add((doc, SDO.inLanguage, Literal(meta.language)))
        for keyword in meta.keywords:
            g.add((doc, SDO.keywords, Literal(keyword)))
        for prop, names in (
            (SDO.author, meta.authors),
            (SDO.translator, meta.translators),
            (SDO.editor, meta.editors),
        ):
            for name in names:
                g.add((doc, prop, self.named_agent(name, EntityType.PERSON)))
        if meta.publisher:
            # the site's or the agency's name as text: metadata of the copy, found in page
            # furniture, not an organisation the story names (one it names is its own node)
            g.add((doc, SDO.publisher, Literal(meta.publisher)))

    # ------------------------------------------------------------------ facts

    def add_relation(
        self,
        subject_key: str,
        prop: URIRef,
        object_key: str,
        doc: URIRef,
        sentence: Sentence,
        extractor: str,
        confidence: float,
    ) -> None:
        if is_open(prop):
            self.declare_open_relation(prop, str(prop).rsplit("/", 1)[-1])
        pairs = [(subject_key, object_key)]
        if prop in vocabulary().symmetric:
            pairs.append((object_key, subject_key))
        for s_key, o_key in pairs:
            s, o = self.entity_iri(s_key), self.entity_iri(o_key)
            self.graph.add((s, prop, o))
            key = short_hash(str(s), str(prop), str(o), str(doc), str(sentence.start), extractor)
            self.add_statement(key, (s, prop, o), doc, sentence, extractor, confidence)

    def add_statement(
        self,
        key: str,
        triple: tuple[URIRef, URIRef, Node],
        doc: URIRef,
        sentence: Sentence,
        extractor: str,
        confidence: float,
    ) -> None:
        """The rdf:Statement that keeps where a triple was read (minted from ``key``)."""
        statement = mint(self.base, "statement/" + key)
        add = self.graph.add
        add((statement, _TYPE, _STATEMENT))
        add((statement, _SUBJECT, triple[0]))
        add((statement, _PREDICATE, triple[1]))
        add((statement, _OBJECT, triple[2]))
        self.add_evidence(statement, doc, sentence, extractor, confidence)

    def add_date(self, fact: DateFact, facts: ArticleFacts, doc: URIRef) -> None:
        """The date on its entity, and a statement that keeps where it was read."""
        key = self.resolution.entity_key(facts.article, fact.subject)
        if key is None:
            return
        subject, value = self.entity_iri(key), date_literal(fact)
        sentence = facts.sentences[fact.sentence]
        self.graph.add((subject, fact.predicate, value))
        key = short_hash(
            str(subject),
            str(fact.predicate),
            value.n3(),
            str(doc),
            str(sentence.start),
            fact.extractor,
        )
        triple = (subject, fact.predicate, value)
        self.add_statement(key, triple, doc, sentence, fact.extractor, fact.confidence)

    def declare_open_relation(self, prop: URIRef, verb: str) -> None:
        if prop not in self.declared and prop not in self.ontology_declared:
            self.declared.add(prop)
            self.graph.add((prop, RDF.type, RDF.Property))
            self.graph.add((prop, RDFS.label, Literal(verb.replace("_", " "), lang="en")))

    def add_evidence(
        self,
        node: URIRef,
        doc: URIRef,
        sentence: Sentence,
        extractor: str,
        confidence: float,
    ) -> None:
        add = self.graph.add
        add((node, _DERIVED_FROM, doc))
        text = self.evidence_texts.get(sentence)
        if text is None:
            text = self.evidence_texts[sentence] = Literal(sentence.text)
        add((node, _EVIDENCE, text))
        add((node, _CHAR_START, _integer(sentence.start)))
        add((node, _CHAR_END, _integer(sentence.end)))
        add((node, _EXTRACTOR, _text(extractor)))
        add((node, _CONFIDENCE, _confidence(confidence)))

    def add_events(
        self, sightings: list[Sighting], reported: list[tuple[EventFact, Sentence, URIRef]]
    ) -> None:
        """The events of every article written, each as the event merged across articles."""
        merged_events = merge_sightings(sightings)
        for sighting, (event, sentence, doc) in zip(sightings, reported, strict=True):
            if doc is not self.evidence_doc:
                self.evidence_doc = doc
                self.evidence_texts.clear()
            merged = merged_events[(sighting.source, sighting.index)]
            self.add_event(merged, event, sentence, doc)

    def add_event(
        self, merged: EventNode, event: EventFact, sentence: Sentence, doc: URIRef
    ) -> None:
        when = merged.when
        node = mint(
            self.base,
            f"event/{merged.kind.value.lower()}-"
            + short_hash(
                merged.kind.value,
                *merged.participants,
                merged.place or "",
                _date_key(when.start, when.end, when.text),
            ),
        )
        g = self.graph
        g.add((node, RDF.type, TK[merged.kind.value]))
        for key in merged.participants:
            g.add((node, _PARTICIPANT, self.entity_iri(key)))
        if merged.place:
            g.add((node, TK.place, self.entity_iri(merged.place)))
        if when.start:
            g.add((node, SDO.startDate, Literal(when.start, datatype=XSD.date)))
            g.add((node, SDO.endDate, Literal(when.end or when.start, datatype=XSD.date)))
        elif when.text:
            g.add((node, TK.dateText, Literal(when.text)))
        g.add((node, _LABEL, Literal(self.event_label(merged))))
        # Direct evidence on the event (as the vocabulary asks) ...
        self.add_evidence(node, doc, sentence, event.extractor, event.confidence)
        # ... and one statement per sighting, which keeps each sentence with its offsets
        # when the same event is reported several times.
        key = short_hash(str(node), str(doc), str(sentence.start), event.extractor)
        triple = (node, _TYPE, TK[merged.kind.value])
        self.add_statement(key, triple, doc, sentence, event.extractor, event.confidence)

    def event_label(self, event: EventNode) -> str:
        names = [self.entities[k].label for k in event.participants if k in self.entities]
        text = f"{event.kind.value}: {_join_names(names)}"
        if event.place and event.place in self.entities:
            text += f" in {self.entities[event.place].label}"
        when = event.when
        if when.start:
            text += f", {when.start.isoformat()}"
            if when.end and when.end != when.start:
                text += f" to {when.end.isoformat()}"
        elif when.text:
            text += f", {when.text}"
        return text

    def add_quote(self, quote: QuoteFact, facts: ArticleFacts, doc: URIRef) -> None:
        speaker = self.resolution.entity_key(facts.article, quote.speaker)
        if speaker is None:
            return
        sentence = facts.sentences[quote.sentence]
        node = mint(self.base, "quote/" + short_hash(speaker, str(doc), quote.quote))
        g = self.graph
        g.add((node, RDF.type, TK.Quote))
        g.add((node, TK.speaker, self.entity_iri(speaker)))
        g.add((node, TK.speechVerb, Literal(quote.verb)))
        g.add((node, TK.quoteText, Literal(quote.quote)))
        self.add_evidence(node, doc, sentence, "quote", 1.0)


def _strongest_roles(
    facts: ArticleFacts, resolution: Resolution
) -> Iterator[tuple[RelationFact, str, str]]:
    """The article's relations between two resolved entities, with their keys. An article
    that makes someone an organisation's leader says no more by also making them its member
    or staff ("Hallvik's chief executive, Annika Berg ... Berg, who joined Hallvik in
    2019"): the weaker role is left out."""
    article = facts.article
    keyed = [
        (r, s, o)
        for r in facts.relations
        if (s := resolution.entity_key(article, r.subject)) is not None
        and (o := resolution.entity_key(article, r.object)) is not None
        and s != o
    ]
    led = {(s, o) for r, s, o in keyed if r.predicate == TK.leaderOf}
    for r, s, o in keyed:
        if r.predicate not in WEAKER_ROLES or (s, o) not in led:
            yield r, s, o


def date_literal(fact: DateFact) -> Literal:
    """ "1961-05-04"^^xsd:date, "1998-03"^^xsd:gYearMonth or "1961"^^xsd:gYear."""
    return Literal(fact.iso, datatype=DATE_TYPES[fact.precision])


def _decimal(value: float) -> Decimal:
    return Decimal(f"{min(1.0, max(0.0, value)):.3f}")


# Evidence repeats a few values (extractor names, confidences, offsets) thousands of times:
# each literal is made once (rdflib literals are immutable).
@lru_cache(maxsize=4096, typed=True)
def _integer(value: int) -> Literal:
    return Literal(value)


@lru_cache(maxsize=1024)
def _text(value: str) -> Literal:
    return Literal(value)


@lru_cache(maxsize=1024)
def _confidence(value: float) -> Literal:
    return Literal(_decimal(value), datatype=XSD.decimal)


def _date_key(start: date | None, end: date | None, text: str | None) -> str:
    if start:
        return f"{start.isoformat()}/{(end or start).isoformat()}"
    return (text or "").strip().lower()


def _join_names(names: Iterable[str]) -> str:
    items = list(names)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


__all__ = [
    "ArticlesPart",
    "GraphOptions",
    "GraphWriter",
    "TripleSink",
    "build_graph",
    "date_literal",
    "document_iri",
    "fill_graph",
    "ontology_graph",
]
