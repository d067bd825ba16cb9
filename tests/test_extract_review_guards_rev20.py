"""Guards from the adversarial review of eaf1867..eeeed09 (heldout28's slips read right):
sentences of our own that the new rules read wrongly where the code before them did not;
those mended are kept as guards, the rest marked as known failures."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, met, triples

LEADER_OF = "tk:leaderOf"
WORKS_FOR = "tk:worksFor"
LOCATED_IN = "tk:locatedIn"


# 'station manager' as a leader's title: a fire service's or a railway's is staff


def test_a_fire_services_station_manager_does_not_lead_it() -> None:
    text = "West Midlands Fire Service station manager Dave Hill said the blaze was under control."
    found = triples(facts_of(text))
    assert ("Dave Hill", LEADER_OF, "West Midlands Fire Service") not in found
    assert ("Dave Hill", WORKS_FOR, "West Midlands Fire Service") in found


def test_a_railways_station_manager_does_not_lead_it() -> None:
    text = "Network Rail's station manager at Leeds, Ann Briggs, said trains would resume."
    found = triples(facts_of(text))
    assert ("Ann Briggs", LEADER_OF, "Network Rail") not in found
    assert ("Ann Briggs", WORKS_FOR, "Network Rail") in found


def test_a_broadcasters_station_manager_still_leads_it() -> None:
    text = "Metro TV's station manager, Kojo Amoah, said the broadcast would resume."
    assert ("Kojo Amoah", LEADER_OF, "Metro TV") in triples(facts_of(text))


# a league's commissioner leads it: not a match commissioner, nor one of several


def test_a_leagues_match_commissioner_does_not_lead_it() -> None:
    text = (
        "The Kestrel League fined the club. The league's match commissioner, Tom Reed, filed "
        "a report."
    )
    assert ("Tom Reed", LEADER_OF, "Kestrel League") not in triples(facts_of(text))


def test_a_leagues_disciplinary_commissioner_does_not_lead_it() -> None:
    text = (
        "The Kestrel League fined the club. The league's disciplinary commissioner, Tom Reed, "
        "said the fine was fair."
    )
    assert ("Tom Reed", LEADER_OF, "Kestrel League") not in triples(facts_of(text))


def test_a_commissioner_of_a_league_is_one_of_several() -> None:
    text = "Tom Reed, a commissioner of the Kestrel League, voted against."
    assert ("Tom Reed", LEADER_OF, "Kestrel League") not in triples(facts_of(text))


def test_the_league_commissioner_still_leads_the_league() -> None:
    text = "Tom Reed is the league commissioner for the Kestrel Hockey League."
    assert ("Tom Reed", LEADER_OF, "Kestrel Hockey League") in triples(facts_of(text))


# 'the chief executive of X' makes X a body: not where X owns what the role is of


def test_a_role_of_a_persons_company_leaves_the_owner_a_person() -> None:
    text = "Ana Lopez, the chief executive of Tom Reed's property group, said sales fell."
    facts = facts_of(text)
    assert mention(facts, "Tom Reed").entity_type.name == "PERSON"
    assert ("Ana Lopez", WORKS_FOR, "Tom Reed") not in triples(facts)


def test_a_general_manager_of_a_persons_hotel_works_for_no_person() -> None:
    text = "Tom Reed, the general manager of Ana Lopez's hotel in Lyon, said bookings rose."
    facts = facts_of(text)
    assert mention(facts, "Ana Lopez").entity_type.name == "PERSON"
    assert ("Tom Reed", WORKS_FOR, "Ana Lopez") not in triples(facts)


def test_a_role_of_a_campaign_named_for_a_person_leaves_the_person() -> None:
    facts = facts_of("Tom Reed, the chairman of the Ana Lopez campaign, resigned on Monday.")
    assert mention(facts, "Ana Lopez").entity_type.name == "PERSON"


def test_the_board_of_a_fund_named_for_a_person_leaves_the_person() -> None:
    facts = facts_of("The board of the Ana Lopez memorial fund met on Monday.")
    assert mention(facts, "Ana Lopez").entity_type.name == "PERSON"


# 'X's adviser is Y, a ...': Y a person, unless the apposition says a body


def test_a_role_said_to_be_a_bank_leaves_the_bank_a_body() -> None:
    facts = facts_of("The bank's adviser is Rothschild, a French bank.")
    assert mention(facts, "Rothschild").entity_type.name == "ORGANIZATION"
    assert ("Rothschild", "tk:nationality", "France") not in triples(facts)


# a given name written alone: not a word of a longer name


def test_a_given_name_alone_is_not_the_word_of_a_bills_name() -> None:
    text = "Bill, a 40-year-old farmer, lost his cattle. The Farm Bill passed the Senate on Monday."
    facts = facts_of(text)
    assert [m.start for m in facts.mentions if m.name == "Bill" and m.text == "Bill"] == [0]
    assert not any(s == "Bill" and o == "Senate" for s, _, o in triples(facts))


# 'talks with A and separately with B': not where the talks are joint


def test_joint_talks_with_two_people_put_them_at_one_table() -> None:
    found = triples(facts_of("The minister held joint talks with Tom Reed and with Sara Lind."))
    assert met(found, "Tom Reed", "Sara Lind")


# a second kind of place joined to an apposition: not a list's next place


def test_a_capital_then_a_town_in_a_list_is_no_part_of_the_town() -> None:
    text = "The minister toured Kumasi, the regional capital, and the town of Ejisu."
    assert ("Kumasi", LOCATED_IN, "Ejisu") not in triples(facts_of(text))


def test_a_capital_then_a_parish_in_a_list_is_no_part_of_the_parish() -> None:
    text = "The storm struck Kingston, the capital, and the parish of St Thomas on Friday."
    assert ("Kingston", LOCATED_IN, "St Thomas") not in triples(facts_of(text))


def test_a_second_kind_in_one_apposition_still_places_the_town() -> None:
    text = (
        "Officials in Kumasi, a city of three million and the capital of Ashanti Region, said "
        "the roads were closed."
    )
    assert ("Kumasi", LOCATED_IN, "Ashanti Region") in triples(facts_of(text))


# 'based in the city': the town named before; a seat named before first; not 'the capital'


def test_also_based_in_the_city_is_the_seat_named_before() -> None:
    text = (
        "Kestrel Labs, based in Lyon, opened a plant in Grenoble. Vantel is also based in the city."
    )
    found = triples(facts_of(text))
    assert ("Vantel", LOCATED_IN, "Grenoble") not in found
    assert ("Vantel", LOCATED_IN, "Lyon") in found


def test_based_in_the_capital_is_no_town_named_before() -> None:
    text = "Ana Lopez lives in Lyon. Kestrel Labs is based in the capital."
    assert ("Kestrel Labs", LOCATED_IN, "Lyon") not in triples(facts_of(text))


# 'met two of X's critics outside the court, A and B': the names are people


def test_a_plants_name_after_people_counted_is_no_one_met() -> None:
    found = triples(facts_of("Ana Lopez met two executives at the plant, Kestrel Textiles."))
    assert not met(found, "Ana Lopez", "Kestrel Textiles")


def test_people_named_after_a_count_are_still_met() -> None:
    text = "Ana Lopez hosted three of her rivals at the palace, Tom Reed, Sara Lind and Ben Ode."
    found = triples(facts_of(text))
    assert all(met(found, "Ana Lopez", p) for p in ("Tom Reed", "Sara Lind", "Ben Ode"))


def test_a_given_name_that_names_a_part_of_the_world_stays_the_place() -> None:
    text = "Asia Argento spoke in Rome on Monday. Sales in Asia rose 10%, the company said."
    assert mention(facts_of(text), "Asia").entity_type.name != "PERSON"


# a passive clause after a person apposed to a place is the person's; not after a country


def test_a_clause_after_a_town_and_its_country_is_the_companys() -> None:
    text = "Kestrel Mining of Kumasi, Ghana, which is owned by Vantel, cut jobs."
    assert any(
        s.startswith("Kestrel Mining") and o == "Vantel" for s, _, o in triples(facts_of(text))
    )


# 'Milne | Bay Province' joined: not a country before a province's name


def test_a_country_before_a_provinces_name_is_not_joined_to_it() -> None:
    text = "The Philippines Cebu Province governor Gwen Garcia spoke."
    found = triples(facts_of(text))
    assert ("Gwen Garcia", LEADER_OF, "Cebu Province") in found
    assert ("Gwen Garcia", LEADER_OF, "Philippines Cebu Province") not in found


# a bare town's name where the article names its province: not the governor's area


def test_the_governor_of_a_bare_provinces_name_governs_the_province() -> None:
    text = (
        "Madang Province governor Ramsey Pariwa met fishermen. Pariwa has been the governor "
        "of Madang since 2022."
    )
    madang = [m for m in facts_of(text).mentions if m.name == "Madang"]
    assert madang and all(m.entity_type.name != "CITY" for m in madang)


# 'sailed to': a ship the small model reads as a person


@pytest.mark.xfail(
    strict=True,
    reason="rev20-ship-sails: 'The Lady Grace sailed to Dover' -- the NER makes the ship's "
    "name a person ('Grace'), and 'sail' now gives the person a visit; telling a ship's name "
    "from a person's needs more than the verb",
)
def test_a_ship_that_sails_to_a_port_is_no_visiting_person() -> None:
    text = "The Lady Grace sailed to Dover on Friday with a cargo of timber."
    assert not any(p == "tk:visited" for _, p, _ in triples(facts_of(text)))
