"""Ordinary news shapes the small model reads wrong, read right all the same (helper
news14), with sentences of our own (one per shape)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_named_mine_lies_in_the_town_written_after_its_kind() -> None:
    # "in Kitwe" hangs on "mine" (or on the verb), not on the mine's name
    text = "A fire broke out at the Mavuso copper mine in Kitwe, the company said."
    assert ("Mavuso", "tk:locatedIn", "Kitwe") in triples(facts_of(text))


def test_a_department_after_its_bodys_acronym_is_a_name_of_its_own() -> None:
    # the NER runs "NASA Office of Inspector General" into one name
    facts = facts_of("Ruth Okafor, who heads the NASA Office of Inspector General, resigned.")
    found = triples(facts)
    assert ("Office of Inspector General", "tk:partOf", "NASA") in found
    assert ("Ruth Okafor", "tk:leaderOf", "Office of Inspector General") in found


def test_a_capital_set_off_after_a_second_in_is_the_towns() -> None:
    # the parser makes "the capital of Togo" the verb's object, not Lomé's apposition
    text = "The choir sang in Abidjan and in Lomé, the capital of Togo, and flew home on Sunday."
    assert ("Lomé", "tk:locatedIn", "Togo") in triples(facts_of(text))


def test_a_capitalised_adjective_in_the_description_before_a_holders_name() -> None:
    # "Olympic" is no lower-case word of the description "the former Olympic rower"
    text = (
        "The council will meet the president of the Tarvas Rowing Federation, "
        "the former Olympic rower Ilse Brandt, next week."
    )
    assert ("Ilse Brandt", "tk:leaderOf", "Tarvas Rowing Federation") in triples(facts_of(text))


def test_a_purchase_of_most_of_a_company_is_its_acquisition() -> None:
    # the purchase's "of" takes the stake, not the company; a majority stake buys it
    text = "Tembo Foods completed its purchase of a 65 percent stake in Kilimo Dairies on Monday."
    assert ("Tembo Foods", "tk:acquired", "Kilimo Dairies") in triples(facts_of(text))


def test_a_purchase_of_a_minority_stake_buys_no_company() -> None:
    text = "Tembo Foods completed its purchase of a 20 percent stake in Kilimo Dairies on Monday."
    assert ("Tembo Foods", "tk:acquired", "Kilimo Dairies") not in triples(facts_of(text))


def test_a_team_before_a_person_the_ner_left_untagged() -> None:
    # the NER tags neither "Owls" nor "Petra Lind": a given name and a surname after a
    # possessive still make its possessor a body
    text = "The mayor thanked the Lynx' Maren Tobiassen and the Owls' Petra Lind."
    assert ("Petra Lind", "tk:worksFor", "Owls") in triples(facts_of(text))


def test_a_district_before_a_hyphened_compass_word_and_its_city() -> None:
    # the tokenizer cuts "south-west" at its hyphen; Didsbury is a district of the city
    text = "The bakery has traded in Didsbury, south-west Manchester, since 1921."
    assert ("Didsbury", "tk:locatedIn", "Manchester") in triples(facts_of(text))


def test_a_hall_named_with_its_town_lies_in_it() -> None:
    facts = facts_of("The orchestra played at the Accra Concert Hall on Friday.")
    assert ("Accra Concert Hall", "tk:locatedIn", "Accra") in triples(facts)


def test_a_centre_named_for_a_person_is_in_no_town_of_that_name() -> None:
    facts = facts_of("The concert at the Lincoln Concert Hall was sold out.")
    assert not any(p == "tk:locatedIn" for _s, p, _o in triples(facts))
