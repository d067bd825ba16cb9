"""What the words around a name make it, where the NER's label is wrong or missing: a
role only a body has, "one of" a kind of company, a region's leader, "X-based", a venue
after "at"; with sentences of our own."""

from __future__ import annotations

from fixtures.extract.support import facts_of, mention, names, triples
from textkg.records import EntityType


def test_a_name_whose_chairman_is_named_is_an_organisation() -> None:
    facts = facts_of(
        "The plot was sold by Hue-based developer Huong River Land, whose chairman, Tran Van "
        "Long, said the company would repay its debts."
    )
    assert mention(facts, "Huong River Land").entity_type is EntityType.ORGANIZATION
    assert ("Tran Van Long", "tk:leaderOf", "Huong River Land") in triples(facts)


def test_a_person_whose_coach_is_named_stays_a_person() -> None:
    facts = facts_of("The champion, Petra Kvitova, whose coach, Jan Mertl, travelled with her.")
    assert mention(facts, "Petra Kvitova").entity_type is EntityType.PERSON


def test_one_of_a_countrys_largest_makers_is_a_company_in_that_country() -> None:
    facts = facts_of(
        "Nordic Snacks, one of Sweden's largest food makers, said on Thursday that its "
        "profits fell."
    )
    assert mention(facts, "Nordic Snacks").entity_type is EntityType.ORGANIZATION
    assert ("Nordic Snacks", "tk:locatedIn", "Sweden") in triples(facts)


def test_the_region_a_chief_minister_leads_is_a_region() -> None:
    facts = facts_of(
        "The fair was opened last week by K. Ramaiah, chief minister of Tamil Nadu, who "
        "praised the organisers."
    )
    assert mention(facts, "Tamil Nadu").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("K. Ramaiah", "tk:leaderOf", "Tamil Nadu") in triples(facts)


def test_a_town_run_into_based_is_the_town() -> None:
    facts = facts_of("The resort was sold by Da Nang-based developer Song Han Land on Monday.")
    assert "Da Nang-based" not in names(facts)
    assert ("Song Han Land", "tk:locatedIn", "Da Nang") in triples(facts)


def test_a_town_of_two_words_the_ner_missed_before_based() -> None:
    facts = facts_of("Lanna Hotels, a Chiang Mai-based hotel chain, bought a resort on Monday.")
    assert mention(facts, "Chiang Mai").entity_type is EntityType.CITY
    assert ("Lanna Hotels", "tk:locatedIn", "Chiang Mai") in triples(facts)


def test_a_venue_after_at_is_its_own_place() -> None:
    facts = facts_of(
        "The Lions play the Bulls at Ellis Park Stadium in Johannesburg on Saturday."
    )
    assert mention(facts, "Ellis Park Stadium").entity_type.kind is EntityType.PLACE.kind
    assert ("Ellis Park Stadium", "tk:locatedIn", "Johannesburg") in triples(facts)


def test_a_name_between_commas_after_a_kind_of_body_is_that_body() -> None:
    facts = facts_of(
        "Health minister Paula Mora, whose ministry, MINSA, coordinates the response, "
        "spoke on Wednesday."
    )
    assert mention(facts, "MINSA").entity_type is EntityType.ORGANIZATION
