"""Sites named after people (extract.mentions.venues): a saint's name the NER ended at its
possessive runs on to the hospital, college or church it names."""

from __future__ import annotations

from fixtures.extract.support import facts_of, mention, names, triples
from textkg.records import EntityType


def test_a_saints_hospital_is_one_organisation_visited_and_sited() -> None:
    text = "Nadia Ferrell, the health minister, visited St Anne's Hospital in Kilkenny on Monday."
    found = facts_of(text)
    assert mention(found, "St Anne's Hospital").entity_type is EntityType.ORGANIZATION
    assert "St Anne" not in names(found)
    assert ("Nadia Ferrell", "tk:visited", "St Anne's Hospital") in triples(found)
    assert ("St Anne's Hospital", "tk:locatedIn", "Kilkenny") in triples(found)


def test_a_saints_name_before_no_kind_word_is_left_alone() -> None:
    # "St Anne's" before a lower-case noun names no site of its own
    found = facts_of("Nadia Ferrell spoke at St Anne's old gate in Carrowmore on Monday.")
    assert "St Anne's Hospital" not in names(found)
