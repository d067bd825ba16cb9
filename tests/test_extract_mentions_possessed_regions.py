"""A region written after its country's possessive (extract.mentions.possessed_regions):
a name the NER left untagged or took for an organisation is the region, in the country;
our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, mention, triples
from textkg.records import EntityType


def test_an_untagged_name_before_a_kind_of_area_is_the_countrys_region() -> None:
    found = facts_of("Fighting broke out in Ethiopia's Tigray region on Monday.")
    assert mention(found, "Tigray").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("Tigray", "tk:locatedIn", "Ethiopia") in triples(found)


def test_a_wine_region_holds_the_estate_set_in_it() -> None:
    found = facts_of(
        "Norvia bought Castillo Verde, a winery in Spain's Ribera del Duero wine region."
    )
    assert mention(found, "Ribera del Duero").entity_type is EntityType.ADMINISTRATIVE_AREA
    assert ("Ribera del Duero", "tk:locatedIn", "Spain") in triples(found)
    assert ("Castillo Verde", "tk:locatedIn", "Ribera del Duero") in triples(found)


def test_a_title_after_a_countrys_possessive_is_no_region() -> None:
    found = facts_of("Kenya's Regional Commissioner, Amina Njeri, visited Garissa county.")
    assert "Regional Commissioner" not in {m.name for m in found.mentions}
