"""Rules written for reference pages that must not fire on news reports (the second review
of the session's merged rules); our own sentences."""

from __future__ import annotations

from datetime import date

from fixtures.extract.support import facts_of, mention, triples
from textkg.records import EntityType

PUBLISHED = date(2031, 5, 6)


def test_a_compatriot_is_the_compatriot_of_the_person_joined_to_it() -> None:
    text = "French coach Didier Laurent praised Lionel Messi and his compatriot Angel Di Maria."
    assert ("Angel Di Maria", "tk:nationality", "France") not in triples(facts_of(text))
    text = "Argentine Juan Perez beat Rafael Nadal, who had lost to his compatriot Carlos Alcaraz."
    assert ("Carlos Alcaraz", "tk:nationality", "Argentina") not in triples(facts_of(text))


def test_a_player_of_a_persons_band_is_no_employee_of_the_person() -> None:
    facts = facts_of("Paul Smith, the drummer of Taylor Swift's tour band, sued the promoter.")
    assert mention(facts, "Taylor Swift").entity_type is EntityType.PERSON
    assert ("Paul Smith", "tk:worksFor", "Taylor Swift") not in triples(facts)


def test_a_former_role_in_a_news_lead_is_no_membership() -> None:
    text = "Tom Ames, a former member of the Google board, is the new chief executive of Meta."
    found = triples(facts_of(text, PUBLISHED))
    assert ("Tom Ames", "tk:memberOf", "Google") not in found


def test_a_region_of_a_bank_is_not_a_place_in_it() -> None:
    found = triples(facts_of("Shares rose in the Asia region of HSBC after the results."))
    assert not {t for t in found if t[1] == "tk:locatedIn"}


def test_a_product_launched_by_someone_has_no_founder() -> None:
    found = triples(facts_of("The Apple Watch was launched by Tim Cook in 2015.", PUBLISHED))
    assert not {t for t in found if t[1] == "schema:founder"}


def test_an_active_sale_to_someone_is_no_takeover_of_the_seller() -> None:
    found = triples(facts_of("Tesla sold to Hertz about 100,000 cars last year.", PUBLISHED))
    assert ("Hertz", "tk:acquired", "Tesla") not in found


def test_a_person_set_off_by_a_county_who_speaks_stays_a_person() -> None:
    facts = facts_of("Mwangi, in Nakuru County, told reporters the harvest had failed.")
    assert mention(facts, "Mwangi").entity_type is EntityType.PERSON


def test_a_fellow_traveller_holds_no_office_of_the_place_visited_and_met_no_one() -> None:
    text = "President Joe Biden visited Kyiv with Secretary of State Antony Blinken on Monday."
    found = triples(facts_of(text, PUBLISHED))
    assert ("Antony Blinken", "tk:visited", "Kyiv") in found
    assert ("Antony Blinken", "tk:memberOf", "Ukraine") not in found
    assert ("Joe Biden", "tk:metWith", "Antony Blinken") not in found


def test_a_todays_republic_is_no_state_of_history() -> None:
    facts = facts_of("Anna Berg, a lawyer from the Republic of Dagestan, was detained in Moscow.")
    assert mention(facts, "Republic of Dagestan").entity_type is not EntityType.COUNTRY
    assert not [t for t in triples(facts) if t[1] == "tk:nationality"]


def test_a_mission_of_a_charity_gives_its_leader_no_nationality() -> None:
    text = "Swiss surgeon Anna Berger led the Ukrainian mission of Doctors Without Borders."
    assert ("Anna Berger", "tk:nationality", "Ukraine") not in triples(facts_of(text))


def test_a_company_after_a_part_of_is_no_town() -> None:
    facts = facts_of("Hino Motors, the truck-making part of Toyota, recalled 50,000 vehicles.")
    assert mention(facts, "Toyota").entity_type is EntityType.ORGANIZATION
