"""A region written after its town on a reference page (mentions/regions.py): "born in
Changchun, Jilin", a province a city shares its name with; not a list of towns; with
sentences of our own."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples
from textkg.records import EntityType

PAGE = "Mei Lin (born 1950) is a Chinese pair skater. "


def test_a_province_a_city_shares_its_name_with_after_a_town_is_the_province() -> None:
    facts = facts_of(PAGE + "She grew up in Changchun, Jilin, and trained in Shenyang.")
    assert {m.entity_type for m in facts.mentions if m.name == "Jilin"} == {
        EntityType.ADMINISTRATIVE_AREA
    }
    assert ("Changchun", "tk:locatedIn", "Jilin") in triples(facts)


def test_a_list_of_towns_is_no_town_and_its_region() -> None:
    facts = facts_of(PAGE + "She skated in Wuxi, Changchun, Jilin and Shenyang.")
    assert ("Wuxi", "tk:locatedIn", "Changchun") not in triples(facts)
    assert {m.entity_type for m in facts.mentions if m.name == "Changchun"} == {EntityType.CITY}
