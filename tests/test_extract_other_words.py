"""Trips, takeovers, seats and heads of bodies in other words than the seed news used: each
a sentence of our own, and the fact a reader takes from it."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, facts_with_ents, names, triples

FACTS = [
    # trips
    ("Ines Duarte took the ferry to Funchal on Tuesday.", "Ines Duarte", "tk:visited", "Funchal"),
    ("Ines Duarte headed to Braga after the talks.", "Ines Duarte", "tk:visited", "Braga"),
    (
        "Ines Duarte journeyed to Evora from Lisbon on Tuesday.",
        "Ines Duarte",
        "tk:visited",
        "Evora",
    ),
    (
        "Ines Duarte crossed into Spain from Portugal on Tuesday.",
        "Ines Duarte",
        "tk:visited",
        "Spain",
    ),
    ("Ines Duarte rode to Coimbra on Tuesday.", "Ines Duarte", "tk:visited", "Coimbra"),
    (
        "Ines Duarte made her way to Faro from Lisbon on Tuesday.",
        "Ines Duarte",
        "tk:visited",
        "Faro",
    ),
    # takeovers and parts
    ("Tejo Foods snapped up Minho Dairy in 2041.", "Tejo Foods", "tk:acquired", "Minho Dairy"),
    (
        "The sale of Minho Dairy to Tejo Foods was completed in March.",
        "Tejo Foods",
        "tk:acquired",
        "Minho Dairy",
    ),
    (
        "Minho Dairy is owned by Tejo Foods, which bought the company in 2041.",
        "Tejo Foods",
        "tk:acquired",
        "Minho Dairy",
    ),
    (
        "Minho Dairy's owner, Tejo Foods, bought it in 2041.",
        "Tejo Foods",
        "tk:acquired",
        "Minho Dairy",
    ),
    # seats
    ("Tejo Foods has its head office in Setubal.", "Tejo Foods", "tk:locatedIn", "Setubal"),
    # heads
    (
        "Ines Duarte, the new head of Tejo Foods, said prices would fall.",
        "Ines Duarte",
        "tk:leaderOf",
        "Tejo Foods",
    ),
    (
        "Ines Duarte, the principal of Braga Grammar School, opened the library.",
        "Ines Duarte",
        "tk:leaderOf",
        "Braga Grammar School",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), FACTS)
def test_a_fact_in_other_words(text: str, subject: str, predicate: str, obj: str) -> None:
    assert (subject, predicate, obj) in triples(facts_of(text))


def test_a_governor_of_an_area_written_with_its_kind_in_lower_case_leads_it() -> None:
    text = "Ines Duarte, the governor of Vestland county, opened the bridge."
    # tokens: Ines Duarte , the governor of Vestland county , opened the bridge .
    facts = facts_with_ents(text, [(0, 2, "PERSON"), (6, 7, "GPE")])
    assert ("Ines Duarte", "tk:leaderOf", "Vestland") in triples(facts)


def test_a_principal_dancer_works_for_the_company_and_does_not_lead_it() -> None:
    text = "The Porto Ballet Company hired Ines Duarte, a principal dancer from Spain."
    found = triples(facts_of(text))
    assert ("Ines Duarte", "tk:worksFor", "Porto Ballet Company") in found
    assert ("Ines Duarte", "tk:leaderOf", "Porto Ballet Company") not in found


def test_a_verb_the_ner_ran_into_a_name_is_cut_off() -> None:
    text = "The fair opened on Wednesday. Okonjo met Lombardi at the ministry's stand."
    # tokens: The fair opened on Wednesday . Okonjo met Lombardi at the ministry 's stand .
    facts = facts_with_ents(text, [(6, 8, "ORG"), (8, 9, "PERSON")])
    assert "Okonjo met" not in names(facts)
    assert "Okonjo" in names(facts)


def test_a_town_before_born_or_native_is_where_one_was_born() -> None:
    born = facts_with_ents(
        "Braga-born Ines Duarte opened the museum.", [(0, 1, "GPE"), (3, 5, "PERSON")]
    )
    assert ("Ines Duarte", "schema:birthPlace", "Braga") in triples(born)
    text = "Ines Duarte, a Braga native, opened the museum."
    native = facts_with_ents(text, [(0, 2, "PERSON"), (4, 5, "GPE")])
    assert ("Ines Duarte", "schema:birthPlace", "Braga") in triples(native)


def test_a_clubs_backroom_staff_work_for_it() -> None:
    text = "The Braga Rowing Club won on Sunday. The club's physiotherapist, Rui Matos, said so."
    assert ("Rui Matos", "tk:worksFor", "Braga Rowing Club") in triples(facts_of(text))
