"""Ordinary news shapes the small parser or tagger reads wrong, read right all the same:
a stake's "in X" hung on the verb, a clause hung on a body's town, a number tag on a
surname, an area's name cut in two, with sentences of our own (one per shape)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, facts_with_ents, mention, met, triples
from textkg.records import EntityType


def test_a_majority_stake_in_a_described_company_is_bought() -> None:
    # the parser hangs "in the roaster" on "bought"; "the roaster" is the company described
    text = (
        "Kopje Coffee, a Harare-based roaster, supplies the festival. "
        "Zambezi Foods bought a majority stake in the roaster in 2031."
    )
    assert ("Zambezi Foods", "tk:acquired", "Kopje Coffee") in triples(facts_of(text))


def test_a_minority_stake_buys_nothing() -> None:
    text = "Zambezi Foods bought a 20% stake in Kopje Coffee in 2031."
    assert ("Zambezi Foods", "tk:acquired", "Kopje Coffee") not in triples(facts_of(text))


def test_a_kind_after_a_hyphened_town_is_the_companys_kind() -> None:
    # "a Brno-based brewery" (the tagger calls "Brno" a noun): a brewery, not a "brno"
    facts = facts_of("A court fined Pivovar Lesna, a Brno-based brewery, on Monday.")
    assert "brewery" in mention(facts, "Pivovar Lesna").kinds
    assert "brno" not in mention(facts, "Pivovar Lesna").kinds


def test_its_purchase_in_a_clause_hung_on_the_buyers_town() -> None:
    # "which" hangs on "Lusaka", but a town completes no purchase: the group based there
    text = (
        "Kopje Coffee, a Harare-based roaster, is owned by Zambezi Foods, a food group "
        "based in Lusaka, which completed its purchase of the roaster in 2031."
    )
    assert ("Zambezi Foods", "tk:acquired", "Kopje Coffee") in triples(facts_of(text))


def test_it_bought_in_a_clause_after_the_owners_town() -> None:
    text = (
        "Tana Rail Services is owned by Kiboko Holdings, an investment group based in Nairobi, "
        "which bought it in 2029."
    )
    assert ("Kiboko Holdings", "tk:acquired", "Tana Rail Services") in triples(facts_of(text))


def test_a_company_named_for_a_gulf_is_a_company() -> None:
    facts = facts_of("Takoradi Stevedores is a subsidiary of Gulf of Aden Logistics.")
    assert mention(facts, "Gulf of Aden Logistics").entity_type is EntityType.ORGANIZATION
    assert ("Takoradi Stevedores", "tk:partOf", "Gulf of Aden Logistics") in triples(facts)


def test_the_person_a_role_is_said_to_be_stays_a_person() -> None:
    # "a property developer" may be a company's kind, but a chairman is a person
    facts = facts_of("Riverside Arena's chairman is Harpreet Gill, a Regina property developer.")
    assert mention(facts, "Harpreet Gill").entity_type is EntityType.PERSON
    assert ("Harpreet Gill", "tk:leaderOf", "Riverside Arena") in triples(facts)


def test_talks_with_one_and_separately_with_another() -> None:
    found = triples(
        facts_of("Ana Ruiz held talks with Tom Hale and separately with Deborah Lewis.")
    )
    assert met(found, "Ana Ruiz", "Tom Hale")
    assert met(found, "Ana Ruiz", "Deborah Lewis")
    assert not met(found, "Tom Hale", "Deborah Lewis")


def test_a_weekday_the_tagger_left_untagged_opens_the_sentence() -> None:
    # "On Wednesday McKenzie" parsed as one phrase, the day untagged: McKenzie held talks
    text = (
        "Moira McKenzie is the new chief executive of Harbour FM. On Wednesday McKenzie "
        "held talks in Limerick with the mayor, Liam Walsh."
    )
    assert met(triples(facts_of(text)), "McKenzie", "Liam Walsh")


def test_a_surname_tagged_as_a_number_is_the_person() -> None:
    text = (
        "The club's president, Dana Yellowhorn, signed the contract. He and Yellowhorn "
        "held talks with Mikko Laine over dinner on Tuesday."
    )
    # as the small model tags some surnames: "He and | Yellowhorn" a number
    facts = facts_with_ents(text, [(5, 7, "PERSON"), (14, 15, "CARDINAL"), (18, 20, "PERSON")])
    assert met(triples(facts), "Yellowhorn", "Mikko Laine")


def test_people_named_after_a_count_of_them() -> None:
    text = (
        "After the ruling he met two of the mill's critics outside the courthouse, "
        "Pavel Hruby, who chairs the river anglers' association, and Jana Mala, a chemist."
    )
    found = triples(facts_of("Tomas Novak runs the mill. " + text))
    assert met(found, "Tomas Novak", "Pavel Hruby") or met(found, "Novak", "Pavel Hruby")
    assert met(found, "Tomas Novak", "Jana Mala") or met(found, "Novak", "Jana Mala")


def test_welcomed_at_a_place_by_two_hosts() -> None:
    # "by A and B" hung on the wharf; the clause is about the governor, not his province
    text = (
        "The first sailing was attended by the governor of Morobe Province, Michael Kuman, "
        "who was welcomed at the wharf by Joseph Tani and the ship's master, Ruth Bana."
    )
    found = triples(facts_of(text))
    assert met(found, "Michael Kuman", "Joseph Tani")
    assert met(found, "Michael Kuman", "Ruth Bana")
    assert not met(found, "Morobe Province", "Joseph Tani")


def test_an_areas_name_cut_in_two_is_one_area() -> None:
    facts = facts_of("Tau was born in Alotau, a town in Milne Bay Province.")
    assert ("Alotau", "tk:locatedIn", "Milne Bay Province") in triples(facts)
    assert "Milne" not in {m.name for m in facts.mentions}


def test_a_towns_name_beside_its_provinces_is_the_town() -> None:
    # the gazetteers know "Madang" as a province too; the article names the province apart
    text = (
        "The ferry line links Lae with Madang Province. In Madang the crew met the town's "
        "mayor, Esther Wari, on Wednesday."
    )
    facts = facts_of(text)
    assert mention(facts, "Madang").entity_type is EntityType.CITY
    assert ("Esther Wari", "tk:leaderOf", "Madang") in triples(facts)


def test_sailing_to_a_town_is_a_visit() -> None:
    found = triples(facts_of("Ana Ruiz flew to Lae on Monday and sailed to Madang on Tuesday."))
    assert ("Ana Ruiz", "tk:visited", "Madang") in found
