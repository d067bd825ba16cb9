"""What kind of thing a name is, from the words around it (extract/mentions/kinds.py): a
name the NER took for a building that an apposition makes a company, a sport's governing
body named by its sport; our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, facts_with_ents, mention, triples
from textkg.records import EntityType


def test_a_building_named_like_a_company_is_a_company_when_an_apposition_says_so() -> None:
    # as the NER reads some such names: a building ("FAC")
    text = "Norvia completed its purchase of Zolota Varnytsia, a Ternopil-based craft brewer."
    facts = facts_with_ents(text, [(0, 1, "ORG"), (5, 7, "FAC"), (9, 10, "GPE")])
    assert mention(facts, "Zolota Varnytsia").entity_type is EntityType.ORGANIZATION


def test_a_sports_governing_body_named_by_its_sport_is_an_organisation() -> None:
    facts = facts_of(
        "Kenya Netball on Tuesday elected Achieng Odhiambo, a former national team "
        "captain, as its president."
    )
    assert mention(facts, "Kenya Netball").entity_type is EntityType.ORGANIZATION
    assert ("Achieng Odhiambo", "tk:leaderOf", "Kenya Netball") in triples(facts)


def test_a_town_named_like_a_sport_stays_a_town() -> None:
    # guard: the sport's word alone, a town the gazetteers know
    facts = facts_of("He learnt to play the game at a school in Rugby.")
    assert mention(facts, "Rugby").entity_type is EntityType.CITY


def test_a_small_town_someone_flies_to_is_a_town_not_a_person() -> None:
    # the NER's person, in a traveller's slot the gazetteers cannot confirm
    facts = facts_of(
        "The government named a new chief to run the Odemira port authority. Ana Lobo flew "
        "to Odemira from Lisbon on Monday. Odemira's mayor, Rui Tavares, met her at the offices."
    )
    odemira = [m for m in facts.mentions if m.text == "Odemira"]
    assert odemira and all(m.entity_type is EntityType.CITY for m in odemira)
    assert ("Ana Lobo", "tk:visited", "Odemira") in triples(facts)


def test_a_double_surname_ending_like_a_building_is_a_persons() -> None:
    facts = facts_of("The minister met Aroha Wiremu-Hall in Hastings on Monday.")
    assert mention(facts, "Aroha Wiremu-Hall").entity_type is EntityType.PERSON


def test_a_towns_name_ending_in_an_apostrophe_s_keeps_it() -> None:
    facts = facts_of(
        "The ferry line, which is headquartered in St. John's, is led by Joan Pike. Pike flew "
        "to St. John's from Oslo on Monday."
    )
    assert mention(facts, "St. John's").entity_type is EntityType.CITY
    assert ("Pike", "tk:visited", "St. John's") in triples(facts)


def test_a_region_named_with_and_is_one_region() -> None:
    facts = facts_of("On Monday Newfoundland and Labrador's premier, Carl Moss, opened the wharf.")
    region = mention(facts, "Newfoundland and Labrador")
    assert region.entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("Carl Moss", "tk:leaderOf", "Newfoundland and Labrador") in triples(facts)


def test_a_state_corporation_in_apposition_outweighs_a_persons_tags() -> None:
    # "Marine" is a given name too: the NER takes the later mentions for a person
    facts = facts_of(
        "Marine Boreal, the state corporation that runs the island ferries, on Monday ordered "
        "two ships. Marine Boreal, which is based in Halifax, is led by Joan Pike."
    )
    named = [m for m in facts.mentions if m.name == "Marine Boreal"]
    assert named and all(m.entity_type is EntityType.ORGANIZATION for m in named)
    assert ("Joan Pike", "tk:leaderOf", "Marine Boreal") in triples(facts)


def test_an_event_name_in_apposition_to_a_kind_of_company_is_a_company() -> None:
    text = "Harbour Lines ordered two ferries from Kotka Varvet, a shipbuilder based in Kotka."
    facts = facts_with_ents(text, [(0, 2, "ORG"), (6, 8, "EVENT"), (13, 14, "GPE")])
    assert mention(facts, "Kotka Varvet").entity_type is EntityType.ORGANIZATION
    assert ("Kotka Varvet", "tk:locatedIn", "Kotka") in triples(facts)


def test_a_village_in_apposition_is_a_place_whatever_its_last_word() -> None:
    facts = facts_of("Joan Pike was born in Pine Bank, a village on the north shore.")
    assert mention(facts, "Pine Bank").entity_type is EntityType.CITY
    assert ("Joan Pike", "schema:birthPlace", "Pine Bank") in triples(facts)


def test_a_league_named_with_a_number_is_not_a_town() -> None:
    facts = facts_of("The club, which is based in Dundee, sits 14th of 16 in Ligue 1.")
    assert mention(facts, "Ligue 1").entity_type is EntityType.ORGANIZATION
    assert not any(m.name == "Ligue" for m in facts.mentions)


def test_an_unknown_name_before_a_field_and_a_role_is_a_company() -> None:
    facts = facts_of("Norvia's research director, Kittipong Srisai, said the trial would start.")
    assert mention(facts, "Norvia").entity_type is EntityType.ORGANIZATION


def test_a_name_after_the_head_of_a_named_region_and_a_comma_is_a_persons() -> None:
    # the NER tags the surname alone as an organisation; "hokim" heads an Uzbek region
    facts = facts_of(
        "On Tuesday afternoon the hokim of Samarkand Region, Odil Rashidov, held talks with "
        "Anvar Nazarov at the regional administration in Samarkand."
    )
    assert mention(facts, "Odil Rashidov").entity_type is EntityType.PERSON
    found = triples(facts)
    assert ("Odil Rashidov", "tk:leaderOf", "Samarkand Region") in found
    assert ("Odil Rashidov", "tk:metWith", "Anvar Nazarov") in found


def test_a_company_named_after_a_bodys_head_and_a_comma_stays_a_company() -> None:
    facts = facts_of("The chairman of Kelvin Rovers, Oyun Holdings, said so.")
    assert mention(facts, "Oyun Holdings").entity_type is EntityType.ORGANIZATION
