"""One country index for both stages: extraction and resolution name a country alike."""

from __future__ import annotations

import pytest

from textkg.countries import packaged_country_index
from textkg.extract.places import country_name, is_people_word
from textkg.lexicon import default_lexicon
from textkg.resolve import country_for_adjective, country_for_name, default_aliases


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("USSR", "Soviet Union"),
        ("Soviet Union", "Soviet Union"),
        ("Czech Republic", "Czechia"),
        ("Britain", "United Kingdom"),
        ("Holland", "Netherlands"),
        ("Czechoslovakia", "Czechoslovakia"),
        ("East Germany", "East Germany"),
        ("Democratic People's Republic of Korea", "North Korea"),
    ],
)
def test_both_stages_give_a_country_name_the_same_country(written: str, country: str) -> None:
    assert country_name(written, default_lexicon()) == country
    assert country_for_name(written) == country


@pytest.mark.parametrize(
    ("adjective", "country"),
    [("Soviet", "Soviet Union"), ("Czech", "Czechia"), ("Welsh", "United Kingdom")],
)
def test_both_stages_give_a_nationality_the_same_country(adjective: str, country: str) -> None:
    assert country_name(adjective, default_lexicon()) == country
    assert country_for_adjective(adjective) == country


def test_a_name_several_countries_share_is_no_country_in_either_stage() -> None:
    for name in ("Korea", "Congolese"):
        assert country_name(name, default_lexicon()) is None
        assert country_for_name(name) is None and country_for_adjective(name) is None


def test_a_people_is_not_its_country() -> None:
    assert country_name("Americans", default_lexicon()) is None
    assert is_people_word("Americans", default_lexicon())
    assert is_people_word("North Koreans", default_lexicon())


def test_resolution_without_a_user_file_reads_the_packaged_index() -> None:
    packaged, resolving = packaged_country_index(), default_aliases().country_index()
    assert packaged.labels == resolving.labels
    assert packaged.written == resolving.written


def test_a_country_inside_a_longer_name_is_no_country_in_either_stage() -> None:
    for name in ("Air Belgium", "Tour of Italy", "Radio Italy", "New Britain"):
        assert country_name(name, default_lexicon()) is None, name
        assert country_for_name(name) is None, name
    assert country_name("Belgian", default_lexicon()) == "Belgium"


@pytest.mark.parametrize("city", ["Taipei", "Kinshasa"])
def test_a_large_city_a_countrys_pattern_matches_is_no_country(city: str) -> None:
    """Country data's patterns match "Taipei" (for "Chinese Taipei") and capitals: the city."""
    assert packaged_country_index().code_for_name(city) is None
    assert country_name(city, default_lexicon()) is None


@pytest.mark.parametrize("given", ["Helena", "Lucia", "Vincent", "Martin"])
def test_a_given_name_a_saints_country_ends_in_is_no_country(given: str) -> None:
    """ "Helena Moyo, the managing director": the pattern of "St. Helena" matches the given
    name alone, which is a person's, not the island's (written in full it is)."""
    assert country_name(given, default_lexicon()) is None
    assert country_name("Saint Lucia", default_lexicon()) == "St. Lucia"


@pytest.mark.parametrize(
    ("adjective", "country"),
    [("Faroese", "Faroe Islands"), ("Manx", "Isle of Man"), ("Seychellois", "Seychelles")],
)
def test_a_territorys_or_small_states_adjective_names_it(adjective: str, country: str) -> None:
    assert country_name(adjective, default_lexicon()) == country


@pytest.mark.parametrize("town", ["Kindia", "Sindia"])
def test_a_town_whose_name_ends_in_a_countrys_name_is_no_country(town: str) -> None:
    # a pattern that opens with ".*" ("...india") would cover the whole word
    assert country_name(town, default_lexicon()) is None
