"""Where things are: seats of organisations and places of places, in the shapes news
writes them (our own sentences)."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, mention, triples
from textkg.records import EntityType


def test_a_place_in_apposition_with_its_kind_of_a_larger_place() -> None:
    assert ("Kisumu", "tk:locatedIn", "Kenya") in triples(
        facts_of("The ceremony in Kisumu, a port city of Kenya, was brief.")
    ) or ("Kisumu", "tk:locatedIn", "Kenya") in triples(
        facts_of("The ceremony in Kisumu, the third city of Kenya, was brief.")
    )
    assert ("Brooklyn", "tk:locatedIn", "New York") in triples(
        facts_of("The trial opened in Brooklyn, a borough of New York.")
    )


def test_an_organisations_seat_after_a_description() -> None:
    facts = facts_of(
        "The Nordic Investment Bank raised its lending. Officials spoke at the bank's "
        "headquarters in Helsinki on Friday."
    )
    assert ("Nordic Investment Bank", "tk:locatedIn", "Helsinki") in triples(facts)


def test_a_club_described_by_its_kind_later_in_the_article() -> None:
    facts = facts_of(
        "Tallinn Rovers won the cup on Saturday. Herbert Mill, the club's president, "
        "congratulated the players."
    )
    assert ("Herbert Mill", "tk:leaderOf", "Tallinn Rovers") in triples(facts)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a district, then the city it lies in
        (
            "The new stadium in Kibera, Nairobi, opened on Saturday.",
            ("Kibera", "tk:locatedIn", "Nairobi"),
        ),
        # a direction word before the larger place
        (
            "Born in Croydon, south London, Ana Ruiz joined the club in 2004.",
            ("Croydon", "tk:locatedIn", "London"),
        ),
        # an organisation named by its head word, whatever the NER said
        (
            "Harlow Labs, which is headquartered in Cambridge, Massachusetts, will hire.",
            ("Harlow Labs", "tk:locatedIn", "Cambridge"),
        ),
    ],
)
def test_places_inside_places(text: str, fact: tuple[str, str, str]) -> None:
    found = triples(facts_of(text))
    assert fact in found, sorted(found)


def test_two_cities_of_like_size_are_no_place_inside_the_other() -> None:
    found = triples(facts_of("Trains between Leeds, Bradford and York were cancelled."))
    assert not {t for t in found if t[1] == "tk:locatedIn"}


def test_a_role_taken_at_a_venue_is_no_leadership_of_the_venue() -> None:
    found = triples(facts_of("Ana Ruiz was sworn in as mayor at the Civic Arena on Monday."))
    assert not {t for t in found if t[1] == "tk:leaderOf" and t[2] == "Civic Arena"}


def test_a_town_in_the_state_of_a_region_in_a_country() -> None:
    facts = facts_of("Ana Ruiz was born in Nashik, in the state of Maharashtra in western India.")
    found = triples(facts)
    assert ("Nashik", "tk:locatedIn", "Maharashtra") in found, sorted(found)
    assert ("Maharashtra", "tk:locatedIn", "India") in found, sorted(found)
    assert mention(facts, "Maharashtra").entity_type is EntityType.ADMINISTRATIVE_AREA


def test_a_name_before_a_regions_kind_noun_is_a_region() -> None:
    facts = facts_of("The quake struck late on Friday, with its epicentre in Al Haouz province.")
    assert mention(facts, "Al Haouz").entity_type is EntityType.ADMINISTRATIVE_AREA


def test_a_seat_written_before_a_description_of_the_organisation() -> None:
    text = (
        "Halvard Energy said on Monday that it would cut 300 jobs. The Stavanger-based "
        "company employs about 4,000 people."
    )
    assert ("Halvard Energy", "tk:locatedIn", "Stavanger") in triples(facts_of(text))


def test_its_seat_in_a_relative_clause_is_what_the_clause_is_about() -> None:
    """ "the coffee chain, which has its headquarters in X": not the organisation named last
    before, when the article cannot say which chain."""
    text = (
        "Harlow Group named Ana Ruiz as its chief executive on Monday. She revived Velto "
        "Foods. Ruiz will "
        "join the coffee chain, which has its headquarters in Seattle, in May."
    )
    assert ("Velto Foods", "tk:locatedIn", "Seattle") not in triples(facts_of(text))
    text = "Velto Foods, which has its headquarters in Denver, grew."
    assert ("Velto Foods", "tk:locatedIn", "Denver") in triples(facts_of(text))


def test_a_countrys_company_is_in_it_and_its_ministry_part_of_it() -> None:
    found = triples(
        facts_of("The deal covers Canada's Norvia Resources and Chile's Ministry of Mining.")
    )
    assert ("Norvia Resources", "tk:locatedIn", "Canada") in found
    assert ("Norvia Resources", "tk:partOf", "Canada") not in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The ship docked at Mombasa, Kenya's main port, on Monday.", ("Mombasa", "Kenya")),
        (
            "Aid reached Teofilo Otoni, a market town of some 140,000 residents in the north "
            "of Minas Gerais.",
            ("Teofilo Otoni", "Minas Gerais"),
        ),
    ],
)
def test_a_place_in_apposition_lies_in_the_place_it_names(text: str, fact: tuple[str, str]) -> None:
    assert (fact[0], "tk:locatedIn", fact[1]) in triples(facts_of(text))


def test_a_place_near_another_does_not_lie_in_it() -> None:
    found = triples(facts_of("Goma, a city near the border with Rwanda, was shelled."))
    assert ("Goma", "tk:locatedIn", "Rwanda") not in found


def test_a_body_based_somewhere_is_no_place_for_its_kind_word() -> None:
    facts = facts_of("He will join Munster, the Cork-based province coached by Tom Reyes.")
    assert mention(facts, "Munster").entity_type is EntityType.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Rumours said the Chilean copper company Codelco would shut.", ("Codelco", "Chile")),
        ("Voltara, the German carmaker, said sales fell.", ("Voltara", "Germany")),
        ("The deal was made by Swiss bank Helvora on Monday.", ("Helvora", "Switzerland")),
        (
            "Sun Hung Kai Properties, a Hong Kong construction firm, bought the site.",
            ("Sun Hung Kai Properties", "Hong Kong"),
        ),
    ],
)
def test_an_organisations_kind_with_a_nationality_or_place_says_where_it_is(
    text: str, fact: tuple[str, str]
) -> None:
    assert (fact[0], "tk:locatedIn", fact[1]) in triples(facts_of(text))


def test_a_company_listed_somewhere_is_not_based_there() -> None:
    found = triples(facts_of("Shares of the US-listed firm Norvia Group fell."))
    assert not {t for t in found if t[1] == "tk:locatedIn"}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The talks were held in Geneva, where the Tellan Fund is based.",
            ("Tellan Fund", "Geneva"),
        ),
        (
            "He flew to Vienna, the home of the Danube Energy Agency.",
            ("Danube Energy Agency", "Vienna"),
        ),
        (
            "The case was brought against Delta Marisco, the Rotterdam-based oil company.",
            ("Delta Marisco", "Rotterdam"),
        ),
        ("Ana Ruiz was born in Murcia, in south-eastern Spain.", ("Murcia", "Spain")),
    ],
)
def test_more_shapes_of_where_an_organisation_or_a_town_is(
    text: str, fact: tuple[str, str]
) -> None:
    assert (fact[0], "tk:locatedIn", fact[1]) in triples(facts_of(text))


def test_the_home_of_an_organisation_after_a_comma_whatever_the_parse_hung_it_on() -> None:
    text = (
        "A third round is planned for March in Vienna, the home of the Danube Energy Agency, "
        "though no date has been fixed."
    )
    assert ("Danube Energy Agency", "tk:locatedIn", "Vienna") in triples(facts_of(text))


def test_a_visit_to_the_town_of_x_is_a_visit_to_x() -> None:
    facts = facts_of("Ana Ruiz flew to the flood-hit town of Teofilo Otoni on Thursday.")
    assert ("Ana Ruiz", "tk:visited", "Teofilo Otoni") in triples(facts)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a region's name before the kind of place whose capital the town is
        (
            "Ibadan, the Oyo State capital, was once home to five newspapers.",
            ("Ibadan", "Oyo State"),
        ),
        (
            "Protests began in Lagos State on Monday. Doctors marched in Ikeja, the state capital.",
            ("Ikeja", "Lagos State"),
        ),
        # "the capital of X province": the capital is in the province, not the province
        ("Palu, the capital of Central Sulawesi province, was hit.", ("Palu", "Central Sulawesi")),
        # a town whose kind a nationality qualifies; an untagged one after "the village of"
        ("Police closed the bridge to the Turkish town of Ipsala.", ("Ipsala", "Türkiye")),
        ("Aid reached the Greek village of Kipoi.", ("Kipoi", "Greece")),
        ("The Kenyan capital, Nairobi, hosted the summit.", ("Nairobi", "Kenya")),
    ],
)
def test_towns_placed_by_the_words_around_them(text: str, fact: tuple[str, str]) -> None:
    assert (fact[0], "tk:locatedIn", fact[1]) in triples(facts_of(text))


def test_one_is_born_on_an_island_as_in_a_town() -> None:
    found = triples(facts_of("Stavros Papas was born on the island of Chios."))
    assert ("Stavros Papas", "schema:birthPlace", "Chios") in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a copula's kind of settlement or of place makes the name a place
        ("Halden Creek is an unincorporated community in Jackson County.", "Halden Creek", "City"),
        ("Yandina is a town on Mbanika Island in the Russell Islands.", "Yandina", "City"),
        # a large town the NER took for a person, when no one is named so
        ("The coup was planned against Genoa's government.", "Genoa", "City"),
    ],
)
def test_places_the_ner_took_for_people(text: str, name: str, kind: str) -> None:
    assert mention(facts_of(text), name).entity_type.value == kind


def test_the_seat_of_a_parent_described_after_a_comma_is_the_parents() -> None:
    text = (
        "Ferrovia Sud said on Monday that fares would rise. Ferrovia Sud (FS) is a unit of "
        "Garonne Holdings (GH), a holding company based in Toulouse."
    )
    found = triples(facts_of(text))
    assert ("Garonne Holdings", "tk:locatedIn", "Toulouse") in found
    assert ("Ferrovia Sud", "tk:locatedIn", "Toulouse") not in found


def test_a_countrys_capital_is_a_city_though_a_council_shares_its_name() -> None:
    facts = facts_of("The union's headquarters are in Valletta.")
    assert mention(facts, "Valletta").entity_type is EntityType.CITY


def test_an_organisations_headquarters_said_to_be_in_a_place() -> None:
    text = (
        "Dilmun Holdings, a Bahraini conglomerate, bought the club. The group's headquarters "
        "are in Manama."
    )
    assert ("Dilmun Holdings", "tk:locatedIn", "Manama") in triples(facts_of(text))
    text = "Norvia Group said sales rose. Its headquarters are in Porto."
    assert ("Norvia Group", "tk:locatedIn", "Porto") in triples(facts_of(text))


def test_a_district_of_a_city_or_of_a_province_lies_in_it() -> None:
    text = "He set up the club in a rented flat in Kallio, a district of Helsinki."
    facts = facts_of(text)
    assert ("Kallio", "tk:locatedIn", "Helsinki") in triples(facts)
    assert mention(facts, "Kallio").entity_type is EntityType.PLACE
    text = "The mine is near Tsogttsetsii, a district of Omnogovi province."
    assert ("Tsogttsetsii", "tk:locatedIn", "Omnogovi") in triples(facts_of(text))


def test_a_national_capital_called_the_capital_lies_in_its_country() -> None:
    text = "Bus drivers in Paramaribo, the capital, went on strike."
    assert ("Paramaribo", "tk:locatedIn", "Suriname") in triples(facts_of(text))
    # a town that is no national capital is left alone
    text = "Kumasi, the capital, saw protests."
    assert not any(s == "Kumasi" for s, _, _ in triples(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Kim Ji-ho was born in Daegu, South Korea, and studied in Seoul.",
            ("Daegu", "tk:locatedIn", "South Korea"),
        ),
        (
            "The mine is near Polokwane, South Africa.",
            ("Polokwane", "tk:locatedIn", "South Africa"),
        ),
        (
            "She was born in Zwedru, the capital of Grand Gedeh County, and studied law.",
            ("Zwedru", "tk:locatedIn", "Grand Gedeh County"),
        ),
    ],
)
def test_a_town_in_a_country_or_county_named_with_a_compass_or_kind_word(
    text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in triples(facts_of(text))


def test_a_capital_a_countrys_pattern_also_fits_stays_the_town() -> None:
    facts = facts_of("The quartet played at the National Concert Hall in Taipei on Friday.")
    assert mention(facts, "Taipei").entity_type is EntityType.CITY


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Holetown, a town in the parish of Saint James, has a new clinic.",
            ("Holetown", "tk:locatedIn", "Saint James"),
        ),
        (
            "Kuredu, an island in Lhaviyani Atoll, has a cannery.",
            ("Kuredu", "tk:locatedIn", "Lhaviyani Atoll"),
        ),
        (
            "Betio, a town in South Tarawa, is home to about 18,000 people.",
            ("Betio", "tk:locatedIn", "South Tarawa"),
        ),
        (
            "Elena Ruiz farms near Altagracia, a town on Ometepe.",
            ("Altagracia", "tk:locatedIn", "Ometepe"),
        ),
    ],
)
def test_a_parish_an_atoll_or_a_town_holds_the_places_said_to_be_in_it(
    text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in triples(facts_of(text))


def test_a_country_said_to_be_in_another_country_is_not() -> None:
    found = triples(facts_of("Monaco, a city-state in France, held an election."))
    assert ("Monaco", "tk:locatedIn", "France") not in found


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Samoa's prime minister opened the wharf. Salelologa, the country's second town, "
            "has a port.",
            [("Salelologa", "tk:locatedIn", "Samoa")],
        ),
        (
            "Zambia's energy minister spoke. Kafue, a town in the south of the country, will "
            "host the plant.",
            [("Kafue", "tk:locatedIn", "Zambia")],
        ),
        (
            "The ferry serves Manono and Apolima, two islands in the west of Samoa.",
            [("Manono", "tk:locatedIn", "Samoa"), ("Apolima", "tk:locatedIn", "Samoa")],
        ),
    ],
)
def test_places_described_in_the_country_just_named_or_listed_are_in_it(
    text: str, facts: list[tuple[str, str, str]]
) -> None:
    found = triples(facts_of(text))
    assert all(fact in found for fact in facts), sorted(found)


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("Halil Bey was born in Salonica, Ottoman Empire, in 1850.", "Salonica", "Ottoman Empire"),
        ("Bianca Sforza was born in Pavia, Duchy of Milan, in 1472.", "Pavia", "Duchy of Milan"),
        (
            "Karl Stein was born in Kolberg, Kingdom of Prussia, in 1790.",
            "Kolberg",
            "Kingdom of Prussia",
        ),
    ],
)
def test_a_state_of_history_is_a_country_its_towns_lie_in(text: str, town: str, state: str) -> None:
    facts = facts_of(text)
    assert mention(facts, state).entity_type is EntityType.COUNTRY
    assert (town, "tk:locatedIn", state) in triples(facts)
