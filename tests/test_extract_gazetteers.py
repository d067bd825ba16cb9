"""The gazetteers' towns (extract/gazetteers.py): names as articles write them."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples
from textkg.extract.gazetteers import city_country_code, city_population


def test_a_city_named_with_city_is_known_by_its_shorter_name() -> None:
    # geonames has "Al Ain City"; articles write "Al Ain"
    assert city_population("Al Ain") > 100_000
    assert city_country_code("Al Ain") == "ARE"


def test_a_country_is_never_read_as_its_capitals_short_name() -> None:
    assert city_country_code("Kuwait") != "KWT"
    assert city_population("Rapid") == 0  # "Rapid City": "City" is a word of the name


def test_a_visit_to_a_city_known_by_its_short_name_is_a_visit_to_a_town() -> None:
    found = triples(facts_of("Jonas Veld arrived in Al Ain from Amsterdam on Monday."))
    assert ("Jonas Veld", "tk:visited", "Al Ain") in found
