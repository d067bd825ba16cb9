"""Source lines of monitored broadcasts and papers (extract.mentions.sources): the town and
the source after it are a place and an organisation, whatever the NER ran together."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, facts_with_ents, names
from textkg.records import EntityType


def _kinds(text: str) -> dict[str, EntityType]:
    return {m.name: m.entity_type.kind for m in facts_of(text).mentions}


@pytest.mark.parametrize(
    ("text", "town", "source"),
    [
        (
            "Quotas Cut Again KX1203120994 Lisbon LUSA in Portuguese 1130 GMT 12 Mar 94",
            "Lisbon",
            "LUSA",
        ),
        ("Tallinn ETV in Estonian 1800 GMT 3 May 95", "Tallinn", "ETV"),
        ("Oslo AFTENPOSTEN", "Oslo", "AFTENPOSTEN"),
        ("Nairobi Radio Uhuru Network", "Nairobi", "Radio Uhuru Network"),
    ],
)
def test_a_source_line_is_a_town_and_a_source(text: str, town: str, source: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(town) is EntityType.PLACE
    assert kinds.get(source) is EntityType.ORGANIZATION


def test_the_town_run_into_the_source_by_the_ner_is_split() -> None:
    text = "Lisbon LUSA in Portuguese 1130 GMT 12 Mar 94"
    facts = facts_with_ents(text, [(0, 2, "GPE")])  # "Lisbon LUSA" as one place
    assert {"Lisbon", "LUSA"} <= names(facts)
    assert "Lisbon LUSA" not in names(facts)


def test_the_lines_language_is_no_place() -> None:
    assert "Portuguese" not in _kinds("Lisbon LUSA in Portuguese 1130 GMT 12 Mar 94")
    assert "Spanish" not in _kinds("The minister spoke in Spanish to reporters in Lima.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Washington DC", "Washington DC"),  # a state's letters, not a source
        # "in" and a capitalised word then a number, but no language: no source line
        ("Boston Celtics in Game 7 on 5 May beat the Heat.", "Boston Celtics"),
        ("The Los Angeles Times said the mayor had resigned.", "Los Angeles Times"),
    ],
)
def test_a_place_or_a_paper_named_after_its_town_stays_whole(text: str, name: str) -> None:
    assert name in _kinds(text)


def test_the_lines_language_is_read_whatever_the_ner_called_it() -> None:
    text = "KX0101120194 Rome Radio Vaticana in Arabic 1200 GMT 1 Jan 94"
    # the NER ran the town into the source and took the language for a date
    facts = facts_with_ents(text, [(0, 4, "ORG"), (5, 7, "DATE")])
    assert {"Rome", "Radio Vaticana"} <= names(facts)
    assert "Arabic" not in names(facts)


def test_a_hyphenated_language_is_read_whole() -> None:
    text = "KX0202120194 Zagreb Radio Sljeme Network in Serbo-Croatian 1300 GMT 2 Jan 94"
    facts = facts_of(text)
    assert {"Zagreb", "Radio Sljeme Network"} <= names(facts)
    assert not {"Croatian", "Serbo"} & names(facts)


def test_a_towns_own_channel_on_a_line_of_its_own_stays_whole() -> None:
    assert "Lagos Television" in names(facts_with_ents("Lagos Television", [(0, 2, "ORG")]))


def _located(text: str) -> set[tuple[str, str]]:
    return {
        (r.subject.name, r.object.name)
        for r in facts_of(text).relations
        if r.predicate.endswith("locatedIn")
    }


@pytest.mark.parametrize(
    ("text", "source", "town"),
    [
        (
            "Harvest Figures Revised VN0412101195 Hanoi VNA in Vietnamese 0930 GMT 4 Dec 95",
            "VNA",
            "Hanoi",
        ),
        ("Accra Radio Ghana Network in English 1800 GMT 2 Oct 95", "Radio Ghana Network", "Accra"),
        ("Oslo AFTENPOSTEN", "AFTENPOSTEN", "Oslo"),
    ],
)
def test_a_source_is_in_the_town_its_line_opens_with(text: str, source: str, town: str) -> None:
    assert (source, town) in _located(text)


def test_a_datelines_agency_is_not_placed_where_the_story_was_filed() -> None:
    located = _located("KRAKOW, Poland (AP) _ Firefighters put out a blaze at a tram depot.")
    assert not any(source == "AP" for source, _ in located)


@pytest.mark.parametrize(
    ("text", "town", "source"),
    [
        # a town with a particle in its name; a line the NER ran together as one person
        ("PY0303120395 Rio de Janeiro O DIA in Portuguese 3 Mar 95 p 4", "Rio de Janeiro", "O DIA"),
        (
            "PY1103093095 Ciudad del Este ABC COLOR in Spanish 11 Mar 95 p 2",
            "Ciudad del Este",
            "ABC COLOR",
        ),
        ("AU1702100395 Hamburg DIE WELT in German 17 Feb 95 p 3", "Hamburg", "DIE WELT"),
    ],
)
def test_a_source_line_is_read_past_a_particle_and_a_person_tag(
    text: str, town: str, source: str
) -> None:
    assert (source, town) in _located(text)


def test_a_person_the_ner_found_after_a_town_is_no_source() -> None:
    kinds = _kinds("Montreal Marie Tremblay in French 1200 GMT thanked the nurses.")
    assert kinds.get("Marie Tremblay") is EntityType.PERSON
