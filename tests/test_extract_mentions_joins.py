"""Names the NER cut in two, joined before any rule reads them (extract/mentions/joins.py);
our own sentences."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, facts_with_ents, mention, triples
from textkg.records import EntityType


def test_a_year_before_an_events_name_is_part_of_the_name_and_the_event_is_in_its_town() -> None:
    facts = facts_of(
        "Tomas Berg (born 1980) is a Norwegian skeleton coach. He led the national team at "
        "the 2010 Winter Olympics in Vancouver."
    )
    events = {m.name for m in facts.mentions if m.entity_type is EntityType.EVENT}
    assert "2010 Winter Olympics" in events
    assert ("2010 Winter Olympics", "tk:locatedIn", "Vancouver") in triples(facts)


def test_a_year_said_as_a_time_before_an_events_name_stays_apart() -> None:
    # guard: no "the" before the year; the year dates the sentence
    facts = facts_of("In 2010 Olympic Games tickets sold out in a day in Ribe.")
    assert not any(m.name.startswith("2010") for m in facts.mentions)


def test_two_places_joined_by_another_languages_and_are_one_region() -> None:
    facts = facts_of("Ana Ruiz was born in Burgos, Castilla y León, in 1960.")
    assert ("Burgos", "tk:locatedIn", "Castilla y León") in triples(facts)


def test_two_places_joined_by_english_and_stay_two_places() -> None:
    # guard: an English list of two regions
    facts = facts_of("The storm hit Castilla and Aragon in 1960.")
    names = {m.name for m in facts.mentions}
    assert "Castilla and Aragon" not in names


def test_a_given_name_and_a_surname_tagged_as_two_places_are_a_person() -> None:
    # the small NER tags "Beatriz" and "Olmedo" each as a place here
    facts = facts_of("Peru's consul general in Mumbai, Beatriz Olmedo, had planned to attend.")
    assert mention(facts, "Beatriz Olmedo").entity_type is EntityType.PERSON


def test_a_ministrys_last_field_of_two_words_stays_in_its_name() -> None:
    found = triples(
        facts_of(
            "Ines Moura, an inspector who works for the Ministry of Fisheries and Coastal"
            " Economy, signed the report."
        )
    )
    assert ("Ines Moura", "tk:worksFor", "Ministry of Fisheries and Coastal Economy") in found


@pytest.mark.parametrize(
    ("text", "town", "whole"),
    [
        (
            "Pere Roig was received at the government building in Andorra la Vella, the"
            " capital of Andorra.",
            "Andorra la Vella",
            "Andorra",
        ),
        (
            "Marta Gil was born in San Sebastián de los Reyes, a town in Spain, in 1971.",
            "San Sebastián de los Reyes",
            "Spain",
        ),
    ],
)
def test_a_town_named_with_a_romance_article_or_particle_is_one_town(
    text: str, town: str, whole: str
) -> None:
    assert (town, "tk:locatedIn", whole) in triples(facts_of(text))


def test_a_bodys_name_cut_at_its_of_is_one_name() -> None:
    # as the NER reads some such names: two organisations
    text = "They came from the Sichuan Institute of Alpine Botany, whose director, Li Ming, left."
    found = facts_with_ents(text, [(4, 6, "ORG"), (7, 9, "ORG"), (13, 15, "PERSON")])
    assert (
        mention(found, "Sichuan Institute of Alpine Botany").entity_type is EntityType.ORGANIZATION
    )
    assert ("Li Ming", "tk:leaderOf", "Sichuan Institute of Alpine Botany") in triples(found)


def test_a_name_with_a_quoted_nickname_the_ner_left_untagged_is_one_person() -> None:
    facts = facts_of(
        'Wilfried "Willi" Kessler (born 13 March 1963 in Graz) is a German skeleton racer.'
    )
    assert mention(facts, 'Wilfried "Willi" Kessler').entity_type is EntityType.PERSON
    found = triples(facts)
    assert ('Wilfried "Willi" Kessler', "schema:birthPlace", "Graz") in found
    assert ('Wilfried "Willi" Kessler', "tk:nationality", "Germany") in found


def test_a_body_for_a_field_the_ner_cut_at_for_is_one_name() -> None:
    found = triples(
        facts_of(
            "The probe belongs to the Norway Agency for Marine-Coastal Science and Technology"
            " (NAMCST), which is headquartered in Tromso."
        )
    )
    name = "Norway Agency for Marine-Coastal Science and Technology"
    assert (name, "tk:locatedIn", "Tromso") in found


def test_a_name_whose_kind_word_alone_was_tagged_is_whole() -> None:
    # the NER tagged "Groep" alone, as a person, on some such texts
    text = "The brewer is part of the Ghent-based Schelde Bier Groep since 2029."
    found = triples(facts_with_ents(text, [(6, 7, "GPE"), (11, 12, "PERSON")]))
    assert ("Schelde Bier Groep", "tk:locatedIn", "Ghent") in found
