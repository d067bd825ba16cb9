"""Entity resolution of companies, state bodies and countries: legal forms, bodies of one
kind in two countries, a country inside a name."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from fixtures.resolve.builder import CITY, ORG, C, Doc, P, entity, entity_of, label_of, rules_for
from textkg.records import EntityType
from textkg.resolve import resolve_entities

# ----------------------------------------------------------------------------- companies


def test_a_company_and_its_name_with_a_legal_form_are_one_in_an_article() -> None:
    doc = Doc(
        "a.txt",
        ["Norvia Group reported higher profits.", "Norvia will open two plants in Porto."],
    )
    formal = doc.m("Norvia Group", ORG)
    bare = doc.m("Norvia", ORG, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, formal) == entity_of(r, doc, bare)
    assert "legal-form" in rules_for(r, "Norvia") | rules_for(r, "Norvia Group")


def test_a_companys_national_unit_named_first_stays_apart_from_the_company() -> None:
    doc = Doc(
        "a.txt",
        ["Banco Andino Chile raised its forecast.", "Banco Andino said the unit did well."],
    )
    unit = doc.m("Banco Andino Chile", ORG)
    group = doc.m("Banco Andino", ORG, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, unit) != entity_of(r, doc, group)


def test_a_company_name_the_tagger_calls_a_person_joins_its_legal_form() -> None:
    doc = Doc("a.txt", ["Kestrel Holdings bought a port.", "Kestrel said the deal closed."])
    formal = doc.m("Kestrel Holdings", ORG)
    bare = doc.m("Kestrel", P, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, formal) == entity_of(r, doc, bare)
    assert entity(r, entity_of(r, doc, bare)).entity_type is EntityType.ORGANIZATION


def test_a_company_name_joins_its_legal_form_across_articles_only_when_unambiguous() -> None:
    a = Doc("a.txt", ["Orrin Plc opened a depot in Leeds."])
    b = Doc("b.txt", ["Orrin hired forty drivers."])
    formal, bare = a.m("Orrin Plc", ORG), b.m("Orrin", ORG)
    r = resolve_entities([a.facts(), b.facts()])
    assert entity_of(r, a, formal) == entity_of(r, b, bare)
    c = Doc("c.txt", ["Orrin Holdings sold a ferry."])
    c.m("Orrin Holdings", ORG)
    r = resolve_entities([a.facts(), b.facts(), c.facts()])
    assert entity_of(r, b, bare) != entity_of(r, a, formal)  # two companies of that name


# ----------------------------------------------------------------------------- state bodies


def test_bodies_of_one_kind_in_two_countries_never_merge() -> None:
    doc = Doc(
        "a.txt",
        [
            "The Brazilian Foreign Ministry and Kenya's Foreign Ministry signed a memorandum.",
            "The Foreign Ministry did not say when.",
        ],
    )
    brazil = doc.m("Brazilian Foreign Ministry", ORG, qualifier="Brazil")
    kenya = doc.m("Foreign Ministry", ORG, qualifier="Kenya", qualified="Kenya's Foreign Ministry")
    plain = doc.m("Foreign Ministry", ORG, 2)
    other = Doc("b.txt", ["Kenya's Foreign Ministry summoned the envoy."])
    kenya_b = other.m(
        "Foreign Ministry", ORG, qualifier="Kenya", qualified="Kenya's Foreign Ministry"
    )
    r = resolve_entities([doc.facts(), other.facts()])
    assert entity_of(r, doc, brazil) != entity_of(r, doc, kenya) == entity_of(r, other, kenya_b)
    # With two countries' foreign ministries in its article, "the Foreign Ministry" is neither.
    assert entity_of(r, doc, plain) not in (entity_of(r, doc, brazil), entity_of(r, doc, kenya))


def test_an_unqualified_body_joins_the_one_country_its_article_names() -> None:
    doc = Doc(
        "a.txt",
        [
            "The Brazilian Foreign Ministry issued a note.",
            "The Foreign Ministry later withdrew it.",
        ],
    )
    brazil = doc.m("Brazilian Foreign Ministry", ORG, qualifier="Brazil")
    plain = doc.m("Foreign Ministry", ORG, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, plain) == entity_of(r, doc, brazil)


def test_a_body_named_with_its_country_is_labelled_by_its_fullest_name_as_written() -> None:
    doc = Doc(
        "a.txt",
        [
            "The Canadian Space Agency launched a probe.",
            "The Harbour Authority of Estonia approved it.",
            "A judge of the U.S. District Court for the Eastern District of Ohio ruled.",
        ],
    )
    agency = doc.m("Canadian Space Agency", ORG, qualifier="Canada")
    harbour = doc.m("Harbour Authority of Estonia", ORG, qualifier="Estonia")
    court = doc.m(
        "District Court for the Eastern District of Ohio",
        ORG,
        qualifier="United States",
        qualified="U.S. District Court for the Eastern District of Ohio",
    )
    r = resolve_entities([doc.facts()])
    assert label_of(r, doc, agency) == "Canadian Space Agency"
    assert label_of(r, doc, harbour) == "Harbour Authority of Estonia"
    assert label_of(r, doc, court) == "U.S. District Court for the Eastern District of Ohio"


# ----------------------------------------------------------------------------- countries


def test_a_country_keeps_its_nationality_words_as_other_names() -> None:
    doc = Doc(
        "a.txt",
        ["Canada signed the accord.", "Canadian officials and many Canadians welcomed it."],
    )
    doc.m("Canada", C)
    doc.m("Canadian", C)
    doc.m("Canadians", C)
    r = resolve_entities([doc.facts()])
    assert entity(r, "place/canada").alt_labels == ("Canadian",)


def test_a_country_name_inside_an_organisations_name_is_not_the_country() -> None:
    doc = Doc("a.txt", ["Air Belgium added flights to Riga."])
    airline = doc.m("Air Belgium", CITY)  # the tagger's mistake: a place
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, airline) != "place/belgium"
    assert label_of(r, doc, airline) == "Air Belgium"


def test_a_name_with_its_country_in_it_is_one_body_wherever_it_is_written() -> None:
    # Extraction recorded the country on one mention only; the name is the same.
    doc = Doc(
        "a.txt",
        ["The Canadian Space Agency built the arm.", "The Canadian Space Agency paid for it."],
    )
    first = doc.m("Canadian Space Agency", ORG, qualifier="Canada")
    second = doc.m("Canadian Space Agency", ORG, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, first) == entity_of(r, doc, second)


def test_the_two_are_both_people_in_the_built_graph() -> None:
    import textkg

    text = (
        "On Monday Ana Ruiz welcomed Tomas Wilk in Tallinn, where the two were joined by "
        "Liis Tamm for a three-way meeting."
    )
    graph = textkg.build(textkg.Article(text=text, date="2024-02-12"))
    rows = textkg.query(
        graph,
        "SELECT ?a ?b WHERE { ?x tk:metWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }",
    )
    met = {(str(r.a), str(r.b)) for r in rows}
    assert ("Tomas Wilk", "Liis Tamm") in met or ("Liis Tamm", "Tomas Wilk") in met, met
    assert ("Ana Ruiz", "Liis Tamm") in met or ("Liis Tamm", "Ana Ruiz") in met, met


def test_a_made_up_reference_never_takes_the_place_of_a_name(tmp_path: Path) -> None:
    """A country read from the dateline for a bare "President X", the dateline's town for a
    site, and "the two leaders" each stand for something without hiding the names."""
    import warnings

    import textkg

    article = tmp_path / "summit.txt"
    article.write_text(
        "Leaders meet in Estonia\n\nTALLINN, March 4 (Wire) - President Liisa Mets hosted "
        "Premier Arvid Lund at Kadriorg Palace on Monday.\n\nThe two leaders discussed energy.\n",
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        graph = textkg.build([article])
    rows = textkg.query(
        graph, "SELECT ?name WHERE { ?e a ?type ; rdfs:label ?name } ORDER BY ?name"
    )
    names = [str(r.name) for r in rows]
    assert {"Liisa Mets", "Arvid Lund", "Kadriorg Palace", "Tallinn", "Estonia"} <= set(names)
    assert "two" not in names and "leaders" not in names
    found = {
        (str(r.s), str(r.o))
        for r in textkg.query(
            graph,
            "SELECT ?s ?o WHERE { ?a tk:metWith ?b . ?a rdfs:label ?s . ?b rdfs:label ?o }",
        )
    }
    assert ("Liisa Mets", "Arvid Lund") in found


def test_a_surname_with_its_particle_goes_to_the_most_salient_of_the_family() -> None:
    """ "Le Pen" after "Marine Le Pen", with her father named once at the end."""
    text = (
        "A court found Marine Le Pen guilty on Monday. The judge said Le Pen had run the "
        "scheme. Le Pen left before the sentence. Her father, Jean-Marie Le Pen, died in 2025."
    )
    from rdflib import RDF, RDFS, SDO

    import textkg

    graph = textkg.build([textkg.Article(text=text, title="Verdict", date="2025-03-31")])
    names = {str(graph.value(p, RDFS.label)) for p in graph.subjects(RDF.type, SDO.Person)}
    assert "Le Pen" not in names
    assert {"Marine Le Pen", "Jean-Marie Le Pen"} <= names


def test_a_ministry_a_title_implies_is_named_in_full_with_its_country(tmp_path: Path) -> None:
    from rdflib import RDFS, Literal

    from textkg import build

    (tmp_path / "a.txt").write_text(
        "TALLINN, May 1 - Finland's foreign minister, Aino Virta, met Estonia's foreign "
        "minister, Margus Tamm, in Tallinn on Thursday.\n",
        encoding="utf-8",
    )
    labels = {str(o) for o in build([tmp_path]).objects(None, RDFS.label)}
    assert {
        "Ministry of Foreign Affairs of Finland",
        "Ministry of Foreign Affairs of Estonia",
    } <= labels
    assert Literal("Ministry of Foreign Affairs") not in labels


def test_a_mission_named_by_its_nationality_is_labelled_so(tmp_path: Path) -> None:
    from rdflib import RDFS
    from rdflib.namespace import SKOS

    from textkg import build

    (tmp_path / "a.txt").write_text(
        "VILNIUS, May 1 - Pavel Sorokin, a first secretary at the Russian embassy in Vilnius, "
        "was expelled on Thursday. The Russian embassy said he would leave.\n",
        encoding="utf-8",
    )
    graph = build([tmp_path])
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    assert "Russian embassy" in labels
    assert "embassy" not in {str(o) for o in graph.objects(None, SKOS.altLabel)} | labels


def test_a_body_made_from_a_title_goes_by_its_country_not_its_bare_name() -> None:
    """ "Indian finance minister X": textkg names the Ministry of Finance of India; the bare
    "Ministry of Finance" would name every country's, so it is no alternative label."""
    doc = Doc("a.txt", ["Indian finance minister Nirmala Rao spoke on Monday."])
    made = doc.m("finance minister", ORG, name="Ministry of Finance", qualifier="India")
    doc.mentions[-1] = replace(made, reference="synthesized", qualified_text="")
    r = resolve_entities([doc.facts()])
    found = entity(r, entity_of(r, doc, made))
    assert found.label == "Ministry of Finance of India"
    assert "Ministry of Finance" not in found.alt_labels


def test_a_bare_body_a_dateline_gave_its_country_is_labelled_with_it() -> None:
    """ "The Ministry of Foreign Affairs" in a story filed from Tallinn, beside Estonia's."""
    doc = Doc("a.txt", ["The Ministry of Foreign Affairs summoned the envoy."], dateline="TALLINN")
    bare = doc.m("Ministry of Foreign Affairs", ORG, qualifier="Estonia")
    doc.mentions[-1] = replace(bare, qualified_text="")
    r = resolve_entities([doc.facts()])
    assert label_of(r, doc, bare) == "Ministry of Foreign Affairs of Estonia"


def test_a_company_written_short_more_often_is_labelled_by_its_full_name() -> None:
    doc = Doc(
        "a.txt",
        [
            "Saegil Pictures agreed to a sale.",
            "Saegil made three films.",
            "Saegil will keep its staff.",
            "Saegil said so.",
        ],
    )
    full = doc.m("Saegil Pictures", ORG)
    short = [doc.m("Saegil", ORG, k) for k in (1, 2, 3)]
    r = resolve_entities([doc.facts()])
    assert all(entity_of(r, doc, m) == entity_of(r, doc, full) for m in short)
    assert label_of(r, doc, short[0]) == "Saegil Pictures"
