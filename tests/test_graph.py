from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SDO, SKOS, XSD

from factories import naive_resolution, summit_facts
from textkg.graph import build_graph, document_iri
from textkg.namespaces import REL, TK
from textkg.sparql import run_query

NASTY_NAMES = {
    "director": 'Zoë "Quote" Ahn',
    "minister": "مريم الحسيني",
    "agency": "Agency </script><script>alert(1)</script>",
    "city": "Ville <img src=x onerror=alert(1)> 🚀",
}


def _graph(names: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    facts = summit_facts(names)
    return build_graph(facts, naive_resolution(facts))


def test_every_relation_has_a_statement_with_evidence_and_offsets() -> None:
    graph = _graph()
    facts = summit_facts()
    text = facts[0].article.text
    rows = list(
        run_query(
            graph,
            """
        SELECT ?p ?ev ?start ?end ?doc WHERE {
          ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(tk:)) || STRSTARTS(STR(?p), STR(rel:)))
          FILTER(?p NOT IN (tk:participant, tk:place, tk:evidence, tk:charStart,
                            tk:charEnd, tk:confidence, tk:extractor, tk:sourcePath,
                            tk:contentHash, tk:dateText, tk:textkgVersion, tk:spacyVersion,
                                tk:modelName, tk:modelVersion, tk:buildOption))
          FILTER NOT EXISTS {
            ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o
          }
        }""",
        )
    )
    assert rows == [], "relations without provenance"
    for st in graph.subjects(RDF.type, RDF.Statement):
        evidence = str(graph.value(st, TK.evidence))
        start = int(graph.value(st, TK.charStart))  # type: ignore[arg-type]
        end = int(graph.value(st, TK.charEnd))  # type: ignore[arg-type]
        doc = graph.value(st, PROV.wasDerivedFrom)
        source = str(graph.value(doc, TK.sourcePath))
        doc_text = {f.article.source: f.article.text for f in facts}[source]
        assert doc_text[start:end] == evidence
        assert 0 <= float(graph.value(st, TK.confidence)) <= 1  # type: ignore[arg-type]
    assert text  # the article text the offsets point into


def test_symmetric_relations_are_written_both_ways_and_open_ones_declared() -> None:
    graph = _graph()
    people = {str(graph.value(n, RDFS.label)): n for n in graph.subjects(RDF.type, SDO.Person)}
    a, b = people["Amelia Thornbury"], people["Oskar Lindqvist"]
    assert (a, TK.metWith, b) in graph and (b, TK.metWith, a) in graph
    assert (a, REL.greet, b) in graph and (b, REL.greet, a) not in graph
    assert (REL.greet, RDF.type, RDF.Property) in graph
    assert graph.value(REL.greet, RDFS.label) == Literal("greet", lang="en")


def test_one_event_reported_twice_is_one_node_with_both_sentences() -> None:
    graph = _graph()
    meetings = list(graph.subjects(RDF.type, TK.Meeting))
    assert len(meetings) == 1
    meeting = meetings[0]
    assert graph.value(meeting, SDO.startDate) == Literal("2024-03-03", datatype=XSD.date)
    assert len(list(graph.objects(meeting, TK.participant))) == 2
    sightings = list(graph.subjects(RDF.subject, meeting))
    assert len(sightings) == 2
    # An unresolved date keeps its words.
    visit = next(iter(graph.subjects(RDF.type, TK.Visit)))
    assert graph.value(visit, TK.dateText) == Literal("last week")
    assert graph.value(visit, SDO.startDate) is None


def test_document_metadata_and_mentions() -> None:
    graph = _graph()
    facts = summit_facts()
    doc = document_iri("https://w3id.org/textkg/id/", facts[0].article)
    assert graph.value(doc, RDF.type) == SDO.NewsArticle
    assert graph.value(doc, SDO.headline) == Literal("Talks in the north")
    assert graph.value(doc, SDO.datePublished) == Literal("2024-03-05", datatype=XSD.date)
    assert graph.value(graph.value(doc, SDO.author), RDFS.label) == Literal("Jo Writer")
    # the publisher is the page's, not the story's: text, never an organisation node
    assert graph.value(doc, SDO.publisher) == Literal("Harbourside Wire")
    assert not set(graph.subjects(RDFS.label, Literal("Harbourside Wire")))
    assert graph.value(doc, TK.contentHash) == Literal(facts[0].article.content_hash)
    labels = {str(graph.value(e, RDFS.label)) for e in graph.objects(doc, SDO.mentions)}
    assert labels == {"Amelia Thornbury", "Oskar Lindqvist", "Northern Survey Office", "Valdmark"}


def test_job_titles_and_alt_labels() -> None:
    graph = _graph()
    person = next(s for s in graph.subjects(RDFS.label, Literal("Amelia Thornbury")))
    assert graph.value(person, SDO.jobTitle) == Literal("Director")
    assert graph.value(person, SKOS.altLabel) is None


def test_same_input_gives_byte_identical_turtle() -> None:
    assert _graph().serialize(format="turtle") == _graph().serialize(format="turtle")


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_iris_stay_valid_whatever_the_names_hold(fmt: str) -> None:
    graph = _graph(NASTY_NAMES)
    data = graph.serialize(format=fmt, encoding="utf-8")
    oxi_format = pyoxigraph.RdfFormat.TURTLE if fmt == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES
    quads = list(pyoxigraph.parse(data, format=oxi_format))
    labels = {q.object.value for q in quads if q.predicate.value == str(RDFS.label)}
    assert set(NASTY_NAMES.values()) <= labels  # the names survive exactly, as literals
    for node in graph.all_nodes():
        if isinstance(node, URIRef):
            assert not any(ch in str(node) for ch in ' <>"{}|\\^`'), node
    # No blank nodes anywhere: every node has a stable IRI.
    assert not any(q.subject.__class__.__name__ == "BlankNode" for q in quads)


def test_ontology_is_loaded_so_the_graph_describes_itself() -> None:
    graph = _graph()
    assert graph.value(TK.leaderOf, RDFS.label) == Literal("leader of", lang="en")
    assert graph.value(TK.Meeting, RDFS.subClassOf) == SDO.Event


def test_graph_conforms_to_the_shacl_shapes() -> None:
    from importlib import resources

    import pyshacl
    from rdflib import Graph

    shapes = Graph().parse(
        data=resources.files("textkg").joinpath("ontology/shapes.ttl").read_text("utf-8"),
        format="turtle",
    )
    conforms, _, report = pyshacl.validate(_graph(), shacl_graph=shapes, inference="none")
    assert conforms, report
    broken = _graph()
    person = next(broken.subjects(RDF.type, SDO.Person))
    broken.add((person, RDFS.label, Literal("a second label")))
    assert not pyshacl.validate(broken, shacl_graph=shapes, inference="none")[0]


def _biography_graph():  # type: ignore[no-untyped-def]
    from factories import biography_facts

    facts = biography_facts()
    return build_graph(facts, naive_resolution(facts))


def test_dates_are_literals_as_precise_as_the_text_with_a_statement_each() -> None:
    graph = _biography_graph()
    rows = run_query(
        graph,
        """SELECT ?name ?p ?date ?evidence ?extractor ?confidence WHERE {
             ?who ?p ?date ; rdfs:label ?name .
             ?st a rdf:Statement ; rdf:subject ?who ; rdf:predicate ?p ; rdf:object ?date ;
                 tk:evidence ?evidence ; tk:extractor ?extractor ; tk:confidence ?confidence ;
                 prov:wasDerivedFrom ?doc .
             FILTER (?p IN (schema:birthDate, schema:deathDate, schema:foundingDate))
           } ORDER BY STR(?date)""",
    )
    rows = list(rows)  # type: ignore[arg-type]
    found = [(str(r["name"]), str(r["p"]).rsplit("/", 1)[-1], r["date"]) for r in rows]
    assert found == [
        ("Orla Brennan", "birthDate", Literal("1931-05-04", datatype=XSD.date)),
        ("Norvia Instruments", "foundingDate", Literal("1968-03", datatype=XSD.gYearMonth)),
        ("Orla Brennan", "deathDate", Literal("2009", datatype=XSD.gYear)),
    ]
    assert str(rows[0]["evidence"]) == "Orla Brennan (4 May 1931 – 2009) was a chemist."
    assert str(rows[0]["extractor"]) == "date-bracket" and float(rows[0]["confidence"]) == 0.9


def test_people_born_before_a_year_whatever_the_precision() -> None:
    query = (
        'SELECT ?name WHERE { ?p schema:birthDate ?d ; rdfs:label ?name FILTER (STR(?d) < "%s") }'
    )
    graph = _biography_graph()
    assert [str(r[0]) for r in run_query(graph, query % "1950")] == ["Orla Brennan"]  # type: ignore[index]
    assert list(run_query(graph, query % "1931-05")) == []


def test_a_graph_with_dates_conforms_to_the_shapes_and_a_bad_date_does_not() -> None:
    from importlib import resources

    import pyshacl
    from rdflib import Graph

    shapes = Graph().parse(
        data=resources.files("textkg").joinpath("ontology/shapes.ttl").read_text("utf-8"),
        format="turtle",
    )
    graph = _biography_graph()
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes, inference="none")
    assert conforms, report
    person = next(graph.subjects(RDF.type, SDO.Person))
    graph.add((person, SDO.birthDate, Literal("the spring after the war")))
    assert not pyshacl.validate(graph, shacl_graph=shapes, inference="none")[0]


def test_dates_keep_the_graph_byte_identical() -> None:
    first = _biography_graph().serialize(format="turtle")
    assert _biography_graph().serialize(format="turtle") == first


def test_a_leader_who_joined_the_company_is_not_also_its_member() -> None:
    from fixtures.extract.support import facts_of
    from textkg.resolve import resolve_entities

    facts = facts_of(
        "Hallvik's chief executive, Annika Berg, flew to London on Monday. Berg, a former "
        "consultant who joined Hallvik in 2019, met investors there."
    )
    assert any(r.predicate == TK.memberOf for r in facts.relations)  # read, then left out
    graph = build_graph([facts], resolve_entities([facts]))
    roles = {p for _, p, o in graph.triples((None, None, None)) if "hallvik" in str(o)}
    assert TK.leaderOf in roles and TK.memberOf not in roles
