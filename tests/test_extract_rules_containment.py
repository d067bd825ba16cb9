"""Where places lie when a reference article names both ends in different sentences, from
the gazetteers and from chains of links, with sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from fixtures.extract.support import facts_of, triples
from textkg.extract import docmodel

# A reference article opens by saying what its subject is; a news report does not.
_PAGE = (
    "The Orrin Weekly was a regional newspaper founded in 1911. It was printed in Leeds "
    "and sold in small towns. Copies are kept in libraries across the United Kingdom."
)


def test_a_town_of_the_one_country_a_reference_article_names_is_in_it() -> None:
    assert ("Leeds", "tk:locatedIn", "United Kingdom") in triples(facts_of(_PAGE))


def test_a_news_report_keeps_to_the_links_its_sentences_state() -> None:
    report = (
        "Printers in Leeds walked out on Tuesday, the union said. The strike is the first "
        "at a newspaper in the United Kingdom this year."
    )
    assert ("Leeds", "tk:locatedIn", "United Kingdom") not in triples(facts_of(report))


def test_a_town_of_several_countries_is_placed_only_in_the_one_the_article_names() -> None:
    # there are cities named Valencia in Spain and in Venezuela; the page names only one
    page = (
        "The Cortes Institute is a private research centre founded in 1987. Its laboratories "
        "are in Valencia. It works with universities in Venezuela."
    )
    assert ("Valencia", "tk:locatedIn", "Venezuela") in triples(facts_of(page))
    assert ("Valencia", "tk:locatedIn", "Spain") not in triples(facts_of(page))


def test_a_us_town_is_in_the_state_the_article_names() -> None:
    page = (
        "Harlan Pike is an American painter known for river landscapes. He works from a "
        "studio in Boise and shows in galleries across Idaho."
    )
    assert ("Boise", "tk:locatedIn", "Idaho") in triples(facts_of(page))


def test_a_country_is_in_the_continent_the_article_names() -> None:
    page = (
        "The Tamsin Prize is a literary award founded in 1990 in Portugal. It is open to "
        "writers from across Europe."
    )
    assert ("Portugal", "tk:locatedIn", "Europe") in triples(facts_of(page))


def test_a_place_in_a_region_of_a_country_is_in_the_country() -> None:
    page = (
        "Santa Brisa is a small fishing village in Guerrero. Guerrero is a state of Mexico "
        "on the Pacific coast."
    )
    found = triples(facts_of(page))
    assert ("Santa Brisa", "tk:locatedIn", "Guerrero") in found
    assert ("Santa Brisa", "tk:locatedIn", "Mexico") in found


def test_a_world_region_holds_countries_and_lies_in_none() -> None:
    # the document model reads the pair the wrong way round; a continent is in no country
    page = (
        "The Tamsin Prize is a literary award founded in 1990 in Portugal. It is open to "
        "writers from across Europe."
    )
    found = triples(facts_of(page))
    assert ("Europe", "tk:locatedIn", "Portugal") not in found
    assert ("Europe", "tk:partOf", "Portugal") not in found


def test_the_leader_of_a_country_is_its_national_in_a_profile() -> None:
    page = (
        "Amara Oduya is an economist and politician. She served as the prime minister of "
        "Tanzania from 2011 to 2015."
    )
    assert ("Amara Oduya", "tk:nationality", "Tanzania") in triples(facts_of(page))
    # one the page gives another nationality keeps that one
    other = page.replace("an economist", "a Kenyan economist")
    assert ("Amara Oduya", "tk:nationality", "Tanzania") not in triples(facts_of(other))


def test_an_organisation_whose_name_holds_a_place_the_page_names_is_in_it() -> None:
    page = (
        "Orla Brandt is a Norwegian violinist. She has played with the Bergen Philharmonic "
        "Orchestra since 2015 and was raised in Bergen."
    )
    assert ("Bergen Philharmonic Orchestra", "tk:locatedIn", "Bergen") in triples(facts_of(page))


def test_an_organisation_named_for_one_country_is_not_placed_in_another() -> None:
    page = "Hanna Vogel was a German economist. She later chaired the Taiwan Stock Exchange."
    found = triples(facts_of(page))
    assert ("Hanna Vogel", "tk:leaderOf", "Taiwan Stock Exchange") in found
    assert ("Taiwan Stock Exchange", "tk:partOf", "Germany") not in found
    assert ("Taiwan Stock Exchange", "tk:locatedIn", "Germany") not in found


def test_where_a_sentence_says_an_organisation_or_a_place_lies() -> None:
    found = triples(
        facts_of(
            "Students at the Instituto Técnico de Sonora, which is in Hermosillo, staged a "
            "protest. Lake Kivuma, Uganda's largest crater lake, lies in the Kabarole District."
        )
    )
    assert ("Instituto Técnico de Sonora", "tk:locatedIn", "Hermosillo") in found
    assert ("Lake Kivuma", "tk:locatedIn", "Kabarole District") in found
    assert ("Lake Kivuma", "tk:locatedIn", "Uganda") in found


def test_a_town_described_as_a_countrys_is_in_it() -> None:
    found = triples(
        facts_of("Ships queue outside Durban, South Africa's busiest gateway to the sea.")
    )
    assert ("Durban", "tk:locatedIn", "South Africa") in found


def test_a_world_region_is_no_town() -> None:
    facts = facts_of("Exports to East Africa rose.")
    assert {m.entity_type.value for m in facts.mentions if m.name == "East Africa"} == {"Place"}


def test_a_based_description_finds_the_organisation_of_its_kind() -> None:
    text = (
        "Sahel Vaccines said the plant was ready. Sahel Vaccines will make 20 million doses. "
        "Ana Ruiz, a director at the World Health Organization, toured the plant. The "
        "Geneva-based agency is expected to certify the plant."
    )
    found = triples(facts_of(text))
    assert ("World Health Organization", "tk:locatedIn", "Geneva") in found
    assert ("Sahel Vaccines", "tk:locatedIn", "Geneva") not in found


def test_who_was_born_in_a_town_of_a_country_is_its_national_in_a_profile() -> None:
    page = "Joaquin Sela is a retired footballer. He was born in Valencia, Spain, in 1961."
    assert ("Joaquin Sela", "tk:nationality", "Spain") in triples(facts_of(page))


def test_a_based_kind_written_before_the_name() -> None:
    found = triples(
        facts_of(
            "The dam was built by the Porto-based contractor Vilar Obras, a unit of Lusa Group."
        )
    )
    assert ("Vilar Obras", "tk:locatedIn", "Porto") in found


def test_countries_named_in_the_plural_are_countries() -> None:
    facts = facts_of("The bridge runs between Paksan in Laos and Nong Khai in Thailand.")
    names = {m.name: m.entity_type.value for m in facts.mentions}
    assert names.get("Laos") == "Country"
    found = triples(facts)
    assert ("Paksan", "tk:locatedIn", "Laos") in found
    assert ("Paksan", "tk:locatedIn", "Thailand") not in found


def test_an_organisation_apposed_as_a_house_in_a_town_is_in_it() -> None:
    text = "Hoshi Media owns Studio Tsubame, an animation house in Fukuoka, and two cinemas."
    assert ("Studio Tsubame", "tk:locatedIn", "Fukuoka") in triples(facts_of(text))


def test_an_organisation_in_a_town_of_a_country_is_in_the_country(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the chain alone, without the document model (which may say it first)
    monkeypatch.setattr(docmodel, "default_model", lambda: None)
    page = "Tamsin Records is an independent record label based in Porto, Portugal."
    found = triples(facts_of(page))
    assert ("Tamsin Records", "tk:locatedIn", "Porto") in found
    assert ("Tamsin Records", "tk:locatedIn", "Portugal") in found


@pytest.mark.parametrize(
    "opening",
    [
        "Lake Orsa is located north of Tarnby in the far north.",
        "The Battle of Orsa Ford was fought on 2 May 1701 during a long war.",
        "The Canadian painter Harlan Pike is best known for river landscapes.",
        "The Orsa Fellowship, established in 1958, is claimed to be the oldest such award.",
        "Marta Lind (3 May 1907 - 1 June 1988) was born and baptised on one day in Tarnby.",
        "Tomas Vik, born 5 May 1938 (Tarnby), died 2 June 2012 (Orsa), is a Danish sculptor.",
    ],
)
def test_an_undated_page_opening_with_its_subject_and_no_copula_is_a_reference_page(
    opening: str,
) -> None:
    page = opening + " Its records are kept in Leeds. Copies are held across the United Kingdom."
    assert ("Leeds", "tk:locatedIn", "United Kingdom") in triples(facts_of(page))
    # a dated story that opens so is still news
    dated = facts_of(page, published=date(2024, 5, 2))
    assert ("Leeds", "tk:locatedIn", "United Kingdom") not in triples(dated)


def test_an_undated_report_opening_with_what_someone_said_is_no_reference_page() -> None:
    report = (
        "Norvia said it would close its plant in Leeds. Unions across the United Kingdom "
        "called the move a blow."
    )
    assert ("Leeds", "tk:locatedIn", "United Kingdom") not in triples(facts_of(report))
