"""Helpers for the view tests: a small hand-made graph that follows the vocabulary, a
synthetic graph generator (also used by bench/view.py), and a headless Chromium with the
network cut off."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from textkg.namespaces import REL, TK, bind_prefixes
from textkg.records import ArticleFacts, ArticleMeta, ArticleText, EntityType, Mention, Sentence
from textkg.view import Articles

BASE = "https://example.org/id/"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
]

IMG_NAME = "<img src=x onerror=alert(1)>"
SCRIPT_NAME = "</script><script>alert(1)</script>"
SEPARATOR_NAME = "Line\u2028Break & <Co>"


def iri(path: str) -> URIRef:
    return URIRef(BASE + path)


@dataclass
class GraphMaker:
    """Writes entities, documents, relations and events the way the vocabulary says."""

    graph: Graph = field(default_factory=lambda: bind_prefixes(Graph()))
    statements: int = 0

    def entity(
        self,
        path: str,
        cls: URIRef,
        label: str,
        aliases: tuple[str, ...] = (),
        jobs: tuple[str, ...] = (),
    ) -> URIRef:
        node = iri(path)
        self.graph.add((node, RDF.type, cls))
        self.graph.add((node, RDFS.label, Literal(label)))
        for alias in aliases:
            self.graph.add((node, SKOS.altLabel, Literal(alias)))
        for job in jobs:
            self.graph.add((node, SDO.jobTitle, Literal(job)))
        return node

    def document(
        self, path: str, headline: str, published: date, text: str | None = None
    ) -> URIRef:
        """A document; with ``text``, its content hash ties it to that text in a build state."""
        node = iri(path)
        self.graph.add((node, RDF.type, SDO.NewsArticle))
        self.graph.add((node, SDO.headline, Literal(headline)))
        self.graph.add((node, SDO.datePublished, Literal(published, datatype=XSD.date)))
        self.graph.add((node, TK.sourcePath, Literal(path + ".txt")))
        if text is not None:
            self.graph.add((node, TK.contentHash, Literal(ArticleText(path, text).content_hash)))
        return node

    def mention(self, doc: URIRef, *entities: URIRef) -> None:
        for entity in entities:
            self.graph.add((doc, SDO.mentions, entity))

    def evidence(self, node: URIRef, doc: URIRef, sentence: str, start: int) -> None:
        g = self.graph
        g.add((node, PROV.wasDerivedFrom, doc))
        g.add((node, TK.evidence, Literal(sentence)))
        g.add((node, TK.charStart, Literal(start)))
        g.add((node, TK.charEnd, Literal(start + len(sentence))))
        g.add((node, TK.extractor, Literal("test-rule")))
        g.add((node, TK.confidence, Literal("0.8", datatype=XSD.decimal)))

    def relate(
        self,
        subject: URIRef,
        predicate: URIRef,
        obj: URIRef,
        doc: URIRef,
        sentence: str,
        start: int = 0,
        symmetric: bool = False,
    ) -> None:
        pairs = [(subject, obj), (obj, subject)] if symmetric else [(subject, obj)]
        for s, o in pairs:
            self.graph.add((s, predicate, o))
            self.statements += 1
            statement = iri(f"statement/{self.statements}")
            self.graph.add((statement, RDF.type, RDF.Statement))
            self.graph.add((statement, RDF.subject, s))
            self.graph.add((statement, RDF.predicate, predicate))
            self.graph.add((statement, RDF.object, o))
            self.evidence(statement, doc, sentence, start)

    def open_relation(self, verb: str) -> URIRef:
        prop = REL[verb]
        self.graph.add((prop, RDF.type, RDF.Property))
        self.graph.add((prop, RDFS.label, Literal(verb.replace("_", " "), lang="en")))
        return prop

    def event(
        self,
        path: str,
        cls: URIRef,
        participants: tuple[URIRef, ...],
        place: URIRef | None,
        doc: URIRef,
        sentence: str,
        label: str,
        start: date | None = None,
        date_text: str | None = None,
        offset: int = 0,
    ) -> URIRef:
        node = iri(path)
        g = self.graph
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
        for participant in participants:
            g.add((node, TK.participant, participant))
        if place is not None:
            g.add((node, TK.place, place))
        if start is not None:
            g.add((node, SDO.startDate, Literal(start, datatype=XSD.date)))
            g.add((node, SDO.endDate, Literal(start, datatype=XSD.date)))
        elif date_text:
            g.add((node, TK.dateText, Literal(date_text)))
        self.evidence(node, doc, sentence, offset)
        return node


def ontology_declarations(graph: Graph) -> None:
    """A few of the ontology's own triples, which the view must not draw as nodes."""
    for cls, label in ((TK.Meeting, "meeting"), (TK.Visit, "visit"), (TK.Agent, "agent")):
        graph.add((cls, RDF.type, OWL.Class))
        graph.add((cls, RDFS.label, Literal(label, lang="en")))
        graph.add((cls, RDFS.subClassOf, SDO.Event))
    for prop, label in (
        (TK.leaderOf, "leader of"),
        (TK.memberOf, "member of"),
        (TK.metWith, "met with"),
        (TK.participant, "participant"),
    ):
        graph.add((prop, RDF.type, OWL.ObjectProperty))
        graph.add((prop, RDFS.label, Literal(label, lang="en")))
        graph.add((prop, RDFS.domain, TK.Agent))
    graph.add((TK.metWith, RDF.type, OWL.SymmetricProperty))


#: Sentences of the hand-made graph (our own words).
HARBOUR_TALKS = "Foreign Minister Mara Ilves met trade envoy Tomas Berger in Kessel on Tuesday."
SECOND_MEETING = "Berger and Ilves met again a week later, the council said."
INJECTION_SENTENCE = f"Ilves also met {IMG_NAME} at the {SCRIPT_NAME} gate."
LEADER = "Mara Ilves, who chairs the Valdora Port Authority, spoke first."
BASED_IN = "The port authority is based in Kessel."
HARBOUR = "Kessel, in Valdora, is a busy harbour."
JOINED = f"Berger joined {SCRIPT_NAME} in 2020."
WORKS_FOR = "Tomas Berger works for the Northern Trade Council."
VISITED = "Berger visited Kessel last week."
SIGNED = "The council signed a deal with the port authority."
ADVISES = f"{SEPARATOR_NAME} advises the council."
CHEERED = "Crowds in Kessel cheered the delegates."  # a sentence that holds no fact
#: The two articles as textkg would keep them: a headline-free body, sentence after sentence.
HARBOUR_TEXT = "\n\n".join(
    [
        f"{HARBOUR_TALKS} {LEADER}",
        f"{BASED_IN} {HARBOUR} {CHEERED}",
        f"{INJECTION_SENTENCE} {JOINED}",
    ]
)
ENVOY_TEXT = "\n\n".join([f"{WORKS_FOR} {VISITED}", f"{SECOND_MEETING} {SIGNED} {ADVISES}"])
#: (text as written, entity type) of every name in the articles, for their build state.
NAMES = (
    ("Foreign Minister Mara Ilves", EntityType.PERSON),
    ("Mara Ilves", EntityType.PERSON),
    ("Tomas Berger", EntityType.PERSON),
    ("Berger", EntityType.PERSON),
    ("Ilves", EntityType.PERSON),
    (IMG_NAME, EntityType.PERSON),
    (SEPARATOR_NAME, EntityType.PERSON),
    ("Valdora Port Authority", EntityType.ORGANIZATION),
    ("Northern Trade Council", EntityType.ORGANIZATION),
    (SCRIPT_NAME, EntityType.ORGANIZATION),
    ("Kessel", EntityType.CITY),
    ("Valdora", EntityType.COUNTRY),
)


def small_graph() -> Graph:
    """Eleven entities (4 people, 3 organisations, 2 places, 2 events), two documents."""
    m = GraphMaker()
    ontology_declarations(m.graph)
    d1 = m.document(
        "doc/harbour-talks", "Harbour talks open in Kessel", date(2024, 3, 20), HARBOUR_TEXT
    )
    d2 = m.document("doc/envoy-tour", "Trade envoy tours the north", date(2024, 3, 28), ENVOY_TEXT)
    at1, at2 = HARBOUR_TEXT.index, ENVOY_TEXT.index
    ilves = m.entity(
        "person/mara-ilves", SDO.Person, "Mara Ilves", ("Ilves", "M. Ilves"), ("Foreign Minister",)
    )
    berger = m.entity(
        "person/tomas-berger", SDO.Person, "Tomas Berger", ("Berger",), ("Trade Envoy",)
    )
    img = m.entity("person/img", SDO.Person, IMG_NAME, ("<b>bold alias</b>",))
    line = m.entity("person/line", SDO.Person, SEPARATOR_NAME)
    port = m.entity(
        "organization/valdora-port-authority",
        SDO.Organization,
        "Valdora Port Authority",
        ("VPA",),
    )
    council = m.entity(
        "organization/northern-trade-council", SDO.Organization, "Northern Trade Council"
    )
    script = m.entity("organization/script", SDO.Organization, SCRIPT_NAME)
    valdora = m.entity("place/valdora", SDO.Country, "Valdora")
    kessel = m.entity("place/kessel", SDO.City, "Kessel")
    m.mention(d1, ilves, berger, img, port, kessel, valdora, script)
    m.mention(d2, ilves, berger, council, kessel, line)

    m.relate(ilves, TK.leaderOf, port, d1, LEADER, at1(LEADER))
    m.relate(berger, TK.memberOf, council, d2, WORKS_FOR, at2(WORKS_FOR))
    m.relate(ilves, TK.metWith, berger, d1, HARBOUR_TALKS, at1(HARBOUR_TALKS), symmetric=True)
    m.relate(ilves, TK.metWith, berger, d2, SECOND_MEETING, at2(SECOND_MEETING), symmetric=True)
    m.relate(port, TK.locatedIn, kessel, d1, BASED_IN, at1(BASED_IN))
    m.relate(kessel, TK.locatedIn, valdora, d1, HARBOUR, at1(HARBOUR))
    m.relate(berger, TK.visited, kessel, d2, VISITED, at2(VISITED))
    sign = m.open_relation("sign")
    m.relate(council, sign, port, d2, SIGNED, at2(SIGNED))
    m.relate(
        ilves, TK.metWith, img, d1, INJECTION_SENTENCE, at1(INJECTION_SENTENCE), symmetric=True
    )
    m.relate(berger, TK.memberOf, script, d1, JOINED, at1(JOINED))
    m.relate(line, TK.memberOf, council, d2, ADVISES, at2(ADVISES))
    m.event(
        "event/meeting-1",
        TK.Meeting,
        (ilves, berger),
        kessel,
        d1,
        HARBOUR_TALKS,
        "Meeting: Mara Ilves and Tomas Berger in Kessel, 2024-03-19",
        start=date(2024, 3, 19),
        offset=at1(HARBOUR_TALKS),
    )
    m.event(
        "event/visit-1",
        TK.Visit,
        (berger,),
        kessel,
        d2,
        VISITED,
        "Visit: Tomas Berger in Kessel, last week",
        date_text="last week",
        offset=at2(VISITED),
    )
    return m.graph


def add_unlinked(graph: Graph) -> tuple[str, ...]:
    """Two entities the envoy article names but nothing links: the page lists, not draws, them."""
    m = GraphMaker(graph)
    doc = iri("doc/envoy-tour")
    names = ("Ona Lind", "Harbour Guild")
    m.mention(doc, m.entity("person/ona-lind", SDO.Person, names[0]))
    m.mention(doc, m.entity("organization/harbour-guild", SDO.Organization, names[1]))
    return names


def article_facts(source: str, text: str, published: date) -> ArticleFacts:
    """The build state's record of one of our articles: its sentences and every name in it."""
    sentences = tuple(
        Sentence(match.group(), match.start(), match.end())
        for match in re.finditer(r"[^\s].*?[.!?](?=\s|$)", text)
    )
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for surface, entity_type in NAMES:  # longest names first win, as in NER
        for match in re.finditer(re.escape(surface), text):
            span = (match.start(), match.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            sentence = next(i for i, s in enumerate(sentences) if s.start <= span[0] < s.end)
            name = surface.removeprefix("Foreign Minister ")
            found.append(Mention(surface, name, entity_type, span[0], span[1], sentence))
    meta = ArticleMeta(date_published=published)
    return ArticleFacts(
        article=ArticleText(source, text, meta),
        sentences=sentences,
        mentions=tuple(sorted(found, key=lambda m: m.start)),
    )


def small_articles() -> Articles:
    """The build state beside the small graph (as ``textkg build`` would have kept it)."""
    return Articles(
        (
            article_facts("doc/envoy-tour", ENVOY_TEXT, date(2024, 3, 28)),
            article_facts("doc/harbour-talks", HARBOUR_TEXT, date(2024, 3, 20)),
        ),
        "small.facts.jsonl.gz",
    )


SMALL_GRAPH_ENTITIES = 11


# --------------------------------------------------------------------------- synthetic graphs


def archive_graph(pairs: int = 30, unlinked: int = 40) -> Graph:
    """A whole archive in small: one well-linked story, many two-name sentences, many names
    linked to nothing (CoNLL04's shape)."""
    m = GraphMaker()
    doc = m.document("doc/archive", "Archive", date(2024, 2, 1))
    hub = m.entity("organization/harbour-board", SDO.Organization, "Harbour Board")
    members = [m.entity(f"person/member-{i}", SDO.Person, f"Member {i}") for i in range(12)]
    for i, member in enumerate(members):
        m.relate(member, TK.memberOf, hub, doc, f"Member {i} sits on the board.")
        if i:
            m.relate(member, TK.metWith, members[i - 1], doc, "They met.", symmetric=True)
    for i in range(pairs):
        person = m.entity(f"person/pair-{i}", SDO.Person, f"Pair Person {i}")
        town = m.entity(f"place/town-{i}", SDO.City, f"Town {i}")
        m.relate(person, TK.residesIn, town, doc, f"Pair Person {i} lives in Town {i}.")
    for i in range(unlinked):
        m.mention(doc, m.entity(f"person/alone-{i}", SDO.Person, f"Alone {i}"))
    return m.graph


def synthetic_graph(entities: int, seed: int = 7, documents: int = 20) -> Graph:
    """A scale-free graph of people, organisations and places, each link with a statement.

    Meant for benchmarks: about 1.5 relations per entity, events every 25 entities.
    """
    rng = random.Random(seed)
    m = GraphMaker()
    docs = [
        m.document(f"doc/synthetic-{i}", f"Synthetic report {i}", date(2024, 1, 1 + i % 28))
        for i in range(documents)
    ]
    kinds = [(SDO.Person, "person"), (SDO.Organization, "organization"), (SDO.City, "place")]
    weights = [0.55, 0.3, 0.15]
    nodes: list[URIRef] = []
    classes: list[URIRef] = []
    targets: list[int] = []  # preferential attachment pool
    predicates = [TK.memberOf, TK.leaderOf, TK.metWith, TK.locatedIn, TK.visited]
    verbs = [m.open_relation(v) for v in ("sign", "accuse", "fund", "praise")]
    events = 0
    while len(nodes) < entities:
        if len(nodes) % 25 == 24:
            participants = tuple(nodes[rng.choice(targets)] for _ in range(2)) if targets else ()
            place = nodes[rng.choice(targets)] if targets else None
            doc = rng.choice(docs)
            node = m.event(
                f"event/meeting-{events}",
                TK.Meeting,
                participants,
                place,
                doc,
                f"Delegates met in round {events}.",
                f"Meeting {events}",
                start=date(2024, 2, 1 + events % 28),
            )
            events += 1
            nodes.append(node)
            classes.append(TK.Meeting)
            continue
        cls, segment = rng.choices(kinds, weights)[0]
        index = len(nodes)
        node = m.entity(f"{segment}/entity-{index}", cls, f"Entity {index} {segment.title()}")
        nodes.append(node)
        classes.append(cls)
        doc = rng.choice(docs)
        m.mention(doc, node)
        links = 1 if rng.random() < 0.5 else 2
        for _ in range(links if targets else 0):
            other = rng.choice(targets)
            if nodes[other] == node:
                continue
            predicate = rng.choice(verbs) if rng.random() < 0.2 else rng.choice(predicates)
            m.relate(
                node,
                predicate,
                nodes[other],
                doc,
                f"Entity {index} and entity {other} were linked in a report.",
                start=index * 10,
                symmetric=predicate == TK.metWith,
            )
            targets.append(other)
        targets.append(index)
    return m.graph


# --------------------------------------------------------------------------- browser


@dataclass
class OfflinePage:
    page: Any
    blocked: list[str]
    console_errors: list[str]
    dialogs: list[str]


@contextmanager
def offline_page(viewport: tuple[int, int] = (1400, 900)) -> Iterator[OfflinePage]:
    """A Chromium page that can load only file:// URLs; every other request is recorded."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            context = browser.new_context(
                viewport={"width": viewport[0], "height": viewport[1]}, offline=True
            )
            blocked: list[str] = []

            def route(route: Any) -> None:
                if route.request.url.startswith("file://"):
                    route.continue_()
                else:
                    blocked.append(route.request.url)
                    route.abort()

            context.route("**/*", route)
            page = context.new_page()
            result = OfflinePage(page, blocked, [], [])
            page.on(
                "console",
                lambda msg: result.console_errors.append(msg.text) if msg.type == "error" else None,
            )
            page.on("pageerror", lambda exc: result.console_errors.append(str(exc)))

            def on_dialog(dialog: Any) -> None:
                result.dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("dialog", on_dialog)
            yield result
            context.close()
        finally:
            browser.close()
