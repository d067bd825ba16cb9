"""Places a copula or an apposition describes (rules/place_apposition.py): the kinds of
place reference pages open with ("a hamlet in the town of Y", "an expressway in Y") place
their subject. Sentences of our own."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, rule_of, triples
from textkg.records import EntityType


@pytest.mark.parametrize(
    ("text", "thing", "place"),
    [
        (
            "Brookhollow is a hamlet in the town of Pittsfield, Otsego County, New York.",
            "Brookhollow",
            "Pittsfield",
        ),
        (
            "Harvest Hills Drive is an expressway in Regina, Saskatchewan.",
            "Harvest Hills Drive",
            "Regina",
        ),
    ],
)
def test_a_settlement_or_a_road_a_page_opens_with_lies_where_its_kind_is_placed(
    text: str, thing: str, place: str
) -> None:
    facts = facts_of(text)
    assert (thing, "tk:locatedIn", place) in triples(facts)
    assert rule_of(facts, thing, "tk:locatedIn", place) == "place-apposition"


def test_a_person_described_by_a_kind_of_place_is_not_placed_by_it() -> None:
    """ "a commune councillor in Lyon": the noun is the person's post, no place's kind."""
    found = triples(facts_of("Anna Berg is a commune councillor in Lyon, France."))
    assert not any(s == "Anna Berg" and p == "tk:locatedIn" for s, p, _ in found)


def test_a_municipality_in_a_region_of_no_known_kind_is_in_it() -> None:
    facts = facts_of("He grew up in Kaustinen, a municipality in Central Ostrobothnia.")
    assert ("Kaustinen", "tk:locatedIn", "Central Ostrobothnia") in triples(facts)


@pytest.mark.parametrize(
    ("text", "town", "area"),
    [
        # a hamlet is a settlement as a village is; an island holds what lies "on" it
        (
            "Ruth Nakashuk grew up in Qikiqtak, a hamlet on Resolution Island.",
            "Qikiqtak",
            "Resolution Island",
        ),
        # the NER calls an area after "northern" an organisation: the apposition says where
        ("Tomas Vela was born in Oia, a village in northern Santorini.", "Oia", "Santorini"),
    ],
)
def test_a_settlement_in_apposition_lies_in_the_area_it_is_said_to_be_in(
    text: str, town: str, area: str
) -> None:
    facts = facts_of(text)
    assert (town, "tk:locatedIn", area) in triples(facts)
    assert mention(facts, area).entity_type.kind is EntityType.PLACE


def test_the_provincial_capital_is_of_the_province_of_the_story_not_a_companys_seat() -> None:
    found = triples(
        facts_of(
            "A ferry capsized off Leyte on Tuesday. The ferry, operated by Samar-based Visayan "
            "Sea Lines, was carrying 200 passengers from Tacloban, the provincial capital, to "
            "Cebu City."
        )
    )
    assert ("Tacloban", "tk:locatedIn", "Leyte") in found
    assert ("Tacloban", "tk:locatedIn", "Samar") not in found
