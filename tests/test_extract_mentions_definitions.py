"""The name an encyclopedic article opens by defining (mentions/definitions.py): the kind
the copula gives it is its type in the whole article, however the NER tagged or missed it;
with sentences of our own."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples
from textkg.records import ArticleFacts, EntityType


def types_of(facts: ArticleFacts, name: str) -> set[EntityType]:
    return {m.entity_type for m in facts.mentions if m.name == name}


def test_a_town_the_page_opens_with_is_a_town_wherever_it_is_named() -> None:
    facts = facts_of(
        "Merenka is a fishing town on Valo Island, Fiji. Merenka has a clinic and a school. "
        "Merenka exports dried fish. The Merenka ferry sails twice a week."
    )
    assert types_of(facts, "Merenka") == {EntityType.CITY}
    assert ("Merenka", "tk:locatedIn", "Valo Island") in triples(facts)


def test_a_village_whose_name_also_opens_a_clubs_name_stays_a_village() -> None:
    facts = facts_of(
        "Wirrabee is a village on the Balonne River in Queensland. Wirrabee grows cotton. "
        "Locals follow the Wirrabee Hawks, a rugby league side."
    )
    assert types_of(facts, "Wirrabee") == {EntityType.CITY}


def test_a_players_name_after_a_birth_bracket_is_a_person() -> None:
    facts = facts_of(
        "Lotte van Ees (born 3 March 1991) is a Dutch field hockey player. She captained HC "
        "Delftland in 2015."
    )
    assert types_of(facts, "Lotte van Ees") == {EntityType.PERSON}


def test_a_camp_the_page_opens_with_is_a_place() -> None:
    facts = facts_of(
        "Orlik Ridge Base Camp (   ) was a summer research camp on the Ross Ice Shelf in "
        "Antarctica."
    )
    assert types_of(facts, "Orlik Ridge Base Camp") == {EntityType.PLACE}


def test_a_station_whose_name_ends_in_its_kind_in_lower_case() -> None:
    facts = facts_of("Batu Lintang station is a railway station on the coastal line near Kuching.")
    assert types_of(facts, "Batu Lintang station") == {EntityType.PLACE}


def test_a_name_with_another_name_in_apposition_before_the_copula() -> None:
    facts = facts_of(
        "Tallow Pass, originally known as Miner Pass, is a pass on the road from Ketchum to "
        "Stanley in Idaho."
    )
    assert types_of(facts, "Tallow Pass") == {EntityType.PLACE}


def test_a_news_report_that_opens_with_an_event_defines_nothing() -> None:
    facts = facts_of(
        "Kamau Otieno said on Monday that the port of Mombasa is a hub for the region."
    )
    assert types_of(facts, "Kamau Otieno") == {EntityType.PERSON}


def test_the_person_a_defined_town_is_named_after_stays_a_person() -> None:
    facts = facts_of(
        "Kimbrook is a hamlet in Huron County, Ontario, Canada. It is named after Walter "
        "Kimbrook, a miller who built its first mill in 1896. Kimbrook died on 3 June 1931 "
        "in Grand Rapids, Michigan, where his son ran a bakery."
    )
    assert next(m.entity_type for m in facts.mentions if m.name == "Kimbrook") is EntityType.CITY
    assert ("Kimbrook", "schema:deathPlace", "Grand Rapids") in triples(facts)


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("The Orva is a tributary of the Vistula in Poland.", "Orva", EntityType.PLACE),
        (
            "Kestrel Lane is a Canadian jazz trio formed in Halifax.",
            "Kestrel Lane",
            EntityType.ORGANIZATION,
        ),
        ("Saint Brannock's is a church in the town of Ludlow.", "Saint Brannock", EntityType.PLACE),
    ],
)
def test_kinds_of_river_band_and_building_a_page_opens_with(
    text: str, name: str, etype: EntityType
) -> None:
    assert types_of(facts_of(text), name) == {etype}
