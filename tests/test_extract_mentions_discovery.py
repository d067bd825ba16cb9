"""Names the NER left untagged, found by what is said of them
(extract/mentions/discovery.py); our own sentences."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, triples
from textkg.records import EntityType


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Link on Monday appointed Ana Ruiz as chief executive.",
        "Harbour Link appointed Ana Ruiz as its executive director on Tuesday.",
    ],
)
def test_who_appoints_a_person_to_a_role_of_its_own_is_a_body(text: str) -> None:
    facts = facts_of(text)
    assert mention(facts, "Harbour Link").entity_type is EntityType.ORGANIZATION
    assert ("Ana Ruiz", "tk:leaderOf", "Harbour Link") in triples(facts)


def test_a_surname_that_appoints_someone_stays_a_person() -> None:
    # guard: a head of state's act, written by surname
    facts = facts_of("Wafula on Monday appointed Ana Ruiz as chief executive.")
    assert mention(facts, "Wafula").entity_type is EntityType.PERSON


def test_a_long_body_name_with_a_persons_name_inside_is_one_name() -> None:
    facts = facts_of(
        "The Greater Sudbury Jean Tremblay International Airport Authority on Tuesday named "
        "Nadine Gagnon-Roy as its president and chief executive."
    )
    body = "Greater Sudbury Jean Tremblay International Airport Authority"
    assert mention(facts, body).entity_type is EntityType.ORGANIZATION
    assert ("Nadine Gagnon-Roy", "tk:leaderOf", body) in triples(facts)


def test_a_town_a_traveller_reached_untagged_is_a_town() -> None:
    facts = facts_of("Anna Berg reached Accra on Thursday evening.")
    assert mention(facts, "Accra").entity_type is EntityType.CITY
    assert ("Anna Berg", "tk:visited", "Accra") in triples(facts)


def test_a_monarchs_first_of_the_name_keeps_its_numeral() -> None:
    facts = facts_of(
        "Radu II (1 May 1890 - 3 June 1951) reigned as King of Wallachia. He married Princess "
        "Irene, daughter of King Nikolaos I of Greece, in 1921."
    )
    names = {m.name for m in facts.mentions}
    assert "Nikolaos I" in names and "Nikolaos" not in names
    assert ("Nikolaos I", "tk:leaderOf", "Greece") in triples(facts)


def test_a_name_before_the_pronoun_i_and_a_verb_keeps_no_numeral() -> None:
    # guard: "I" the speaker, a verb after it
    facts = facts_of('"When Queen Maria called, Anna I think was asleep," the aide said.')
    assert not any(m.name.endswith(" I") for m in facts.mentions)


def test_a_name_the_ner_missed_before_a_long_title_in_apposition_is_a_person() -> None:
    text = "Dinesh Varma, deputy chief medical officer of the Surat Civil Hospital, said so."
    facts = facts_of(text)
    assert mention(facts, "Dinesh Varma").entity_type is EntityType.PERSON
    assert ("Dinesh Varma", "tk:worksFor", "Surat Civil Hospital") in triples(facts)
