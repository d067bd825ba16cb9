"""Places next to names (rules/locatives.py and the apposition rules): "X, in the western
state of Y", "X, in Y state", "X, on Z Island", "X, the team's home in Y"; with sentences of
our own."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, facts_with_ents, mention, names, rule_of, triples
from textkg.records import EntityType


def test_a_town_in_the_state_of_a_region_with_an_adjective() -> None:
    facts = facts_of("A fire tore through a plant in Vapi, in the western state of Gujarat.")
    assert ("Vapi", "tk:locatedIn", "Gujarat") in triples(facts)


def test_a_hospital_in_the_district_town_of_a_town() -> None:
    facts = facts_of("He was treated at Valsad Civil Hospital, in the district town of Valsad.")
    assert ("Valsad Civil Hospital", "tk:locatedIn", "Valsad") in triples(facts)


def test_a_town_visited_in_a_region_with_its_kind_after() -> None:
    facts = facts_of("The minister visited Itaituba, in Pará state, in March.")
    assert ("Itaituba", "tk:locatedIn", "Pará") in triples(facts)


def test_a_base_on_an_island() -> None:
    facts = facts_of(
        "Anatolia Station, on Robert Island off the Antarctic Peninsula, will be run by the "
        "institute."
    )
    assert ("Anatolia Station", "tk:locatedIn", "Robert Island") in triples(facts)


def test_a_venue_described_as_a_teams_home_in_a_town() -> None:
    facts = facts_of("He will be introduced at Cedar Arena, the team's home in Boise, Idaho.")
    assert ("Cedar Arena", "tk:locatedIn", "Boise") in triples(facts)


def test_where_a_person_met_the_head_of_a_body_is_not_where_the_body_is() -> None:
    facts = facts_of(
        "He met Thandi Dube, the chief executive of the Prudential Authority, in Pretoria on "
        "Tuesday."
    )
    assert ("Prudential Authority", "tk:locatedIn", "Pretoria") not in triples(facts)


def test_a_chamber_that_sits_in_a_town() -> None:
    facts = facts_of("The new Parliament of Navarre, which sits in Pamplona, meets on July 14.")
    assert ("Parliament of Navarre", "tk:locatedIn", "Pamplona") in triples(facts)


def test_a_radio_station_of_a_broadcaster_in_a_town() -> None:
    facts = facts_of("She previously ran Garden City Radio, the corporation's station in Kumasi.")
    assert ("Garden City Radio", "tk:locatedIn", "Kumasi") in triples(facts)


def test_a_mayor_the_parser_cut_from_her_verb_spent_the_morning_in_a_place() -> None:
    facts = facts_of(
        "The mayor, Lucia Cabrera, spent Wednesday morning in Ciudad Vieja, talking to commuters."
    )
    assert ("Lucia Cabrera", "tk:visited", "Ciudad Vieja") in triples(facts)


def test_a_companys_offices_in_a_town_the_parser_hung_on_the_verb() -> None:
    facts = facts_of("Police searched Norvia's offices in Bergen on Friday.")
    assert ("Norvia", "tk:locatedIn", "Bergen") in triples(facts)


def test_one_word_after_an_institute_and_in_is_its_town() -> None:
    facts = facts_of(
        "The team used X-ray beams at the Paul Scherrer Institute in Villigen to watch atoms move."
    )
    assert ("Paul Scherrer Institute", "tk:locatedIn", "Villigen") in triples(facts)


def test_where_talks_with_a_company_were_held_is_not_where_it_is() -> None:
    talks = facts_of("He discussed the deal with Microsoft, in Lagos, on Tuesday.")
    assert ("Microsoft", "tk:locatedIn", "Lagos") not in triples(talks)
    assert mention(talks, "Microsoft").entity_type is EntityType.ORGANIZATION
    assert ("International Monetary Fund", "tk:locatedIn", "Nairobi") not in triples(
        facts_of("He met the director of the International Monetary Fund (IMF) in Nairobi.")
    )


def test_a_person_who_reached_a_town_visited_it_not_where_a_deal_was_reached() -> None:
    assert ("Lee Min-ho", "tk:visited", "Nairobi") in triples(
        facts_of("Lee Min-ho reached Nairobi on Thursday evening.")
    )
    assert ("Ana Ruiz", "tk:visited", "Geneva") not in triples(
        facts_of("Ana Ruiz reached an agreement in Geneva on Monday.")
    )


@pytest.mark.parametrize("kind", ["a concert hall", "the stadium", "an arena"])
def test_a_venue_described_by_its_kind_in_a_town_is_a_place_there(kind: str) -> None:
    facts = facts_of(f"The band closed its tour at Paradiso, {kind} in Amsterdam.")
    assert ("Paradiso", "tk:locatedIn", "Amsterdam") in triples(facts)
    assert mention(facts, "Paradiso").entity_type is EntityType.PLACE


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Hobart is the capital of Tasmania.", "Hobart", "Tasmania"),
        ("Kallio is a district of Helsinki.", "Kallio", "Helsinki"),
        ("Nkhata Bay is a town in northern Malawi.", "Nkhata Bay", "Malawi"),
    ],
)
def test_a_place_a_copula_says_is_a_kind_of_place_in_another(
    text: str, part: str, whole: str
) -> None:
    facts = facts_of(f"The minister arrived on Monday. {text} The talks were a success.")
    assert (part, "tk:locatedIn", whole) in triples(facts)


def test_a_body_whose_headquarters_are_in_a_town() -> None:
    facts = facts_of("The European Patent Office, whose headquarters are in Munich, agreed.")
    assert ("European Patent Office", "tk:locatedIn", "Munich") in triples(facts)


def test_which_after_a_persons_body_and_its_acronym_is_the_bodys() -> None:
    facts = facts_of(
        "He spoke with Ravi Menon, president of the Asian Development Bank (ADB), which is "
        "based in Manila."
    )
    found = triples(facts)
    assert ("Asian Development Bank", "tk:locatedIn", "Manila") in found
    assert ("Ravi Menon", "tk:leaderOf", "Asian Development Bank") in found


def test_a_stadiums_town_right_after_it_though_the_verb_takes_in() -> None:
    facts = facts_of("The Highlanders play the Reds at Forsyth Barr Stadium in Dunedin.")
    assert ("Forsyth Barr Stadium", "tk:locatedIn", "Dunedin") in triples(facts)


def test_a_month_after_a_site_is_no_place() -> None:
    facts = facts_of("The leaders met at Forsyth Barr Stadium in March.")
    assert not {t for t in triples(facts) if t[1] == "tk:locatedIn"}


def test_one_of_a_towns_largest_lies_in_it() -> None:
    facts = facts_of("Dubrava Clinical Hospital, one of Zagreb's largest, paid too much.")
    assert ("Dubrava Clinical Hospital", "tk:locatedIn", "Zagreb") in triples(facts)


def test_a_site_named_in_french_that_the_ner_missed_lies_in_its_town() -> None:
    facts = facts_of("The final was played at the Stade de France in Saint-Denis, north of Paris.")
    assert ("Stade de France", "tk:locatedIn", "Saint-Denis") in triples(facts)
    assert mention(facts, "Saint-Denis").entity_type is EntityType.CITY


def test_a_site_named_in_french_the_ner_took_for_a_body_is_a_place() -> None:
    facts = facts_of("Delegates met at the Palais des Nations in Geneva.")
    assert mention(facts, "Palais des Nations").entity_type is EntityType.PLACE
    assert ("Palais des Nations", "tk:locatedIn", "Geneva") in triples(facts)


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Dubai is Russia's favourite holiday destination.", "Dubai", "Russia"),
        ("Crimea is not a region of Russia, the minister said.", "Crimea", "Russia"),
    ],
)
def test_a_copula_that_does_not_place_a_town(text: str, part: str, whole: str) -> None:
    assert (part, "tk:locatedIn", whole) not in triples(facts_of(text))


def test_one_of_a_countrys_largest_investors_is_not_based_there() -> None:
    facts = facts_of("Toyota, one of America's largest foreign investors, opened a plant.")
    assert not {t for t in triples(facts) if t[0] == "Toyota" and t[1] == "tk:locatedIn"}


def test_a_title_after_a_site_named_in_french_is_no_office_of_the_site() -> None:
    facts = facts_of("At the Stade de France President Emmanuel Macron watched the final.")
    assert "Stade de France" in names(facts)
    assert not {t for t in triples(facts) if t[2] == "Stade de France"}


def test_a_site_on_the_island_of_a_name() -> None:
    facts = facts_of(
        "Flights leave from Faleolo International Airport, on the island of Upolu, which is "
        "run by the airports authority."
    )
    assert ("Faleolo International Airport", "tk:locatedIn", "Upolu") in triples(facts)


def test_a_site_whose_name_ran_on_over_its_town_is_in_the_town() -> None:
    """The NER may tag "Unity Park in Ibadan" as one facility: the site is in the town."""
    text = "He took the oath at Unity Park in Ibadan, the state capital."
    facts = facts_with_ents(text, [(5, 9, "FAC")])
    assert ("Unity Park", "tk:locatedIn", "Ibadan") in triples(facts)


def test_a_name_set_off_by_the_area_it_lies_in_is_a_place_there() -> None:
    facts = facts_of("Tonnerre, in the Yonne department, produces white wine.")
    assert mention(facts, "Tonnerre").entity_type is EntityType.CITY
    assert ("Tonnerre", "tk:locatedIn", "Yonne") in triples(facts)
    facts = facts_of("Dolakha, in Bagmati Province, was among the districts worst hit.")
    assert ("Dolakha", "tk:locatedIn", "Bagmati Province") in triples(facts)


def test_a_person_set_off_by_the_town_they_are_in_stays_a_person() -> None:
    text = "She hoped to meet Kenya's trade minister, Chidi Mwangi, in Accra, but he stayed home."
    assert mention(facts_of(text), "Chidi Mwangi").entity_type is EntityType.PERSON


def test_a_named_area_of_a_state_or_a_country_lies_in_it() -> None:
    found = triples(facts_of("The lake lies in the Abitibi region of Quebec, Canada."))
    assert ("Abitibi", "tk:locatedIn", "Quebec") in found, sorted(found)
    text = (
        "Castelvecchio is a town in the Province of Arezzo in the Tuscany region of central Italy."
    )
    assert ("Tuscany", "tk:locatedIn", "Italy") in triples(facts_of(text))
    # "the Texas city of Austin" names the city after "of": Texas is not in Austin
    found = triples(facts_of("Flooding hit the Texas city of Austin on Monday."))
    assert ("Texas", "tk:locatedIn", "Austin") not in found


def test_a_region_of_a_state_whose_name_opens_with_a_compass_word() -> None:
    text = "Vineyards spread across the Riverland region of South Australia."
    found = triples(facts_of(text))
    assert ("Riverland", "tk:locatedIn", "South Australia") in found, sorted(found)


def test_a_county_then_the_state_its_country_names() -> None:
    text = "Pine Creek is an unincorporated community in Lane County, in the U.S. state of Oregon."
    found = triples(facts_of(text))
    assert ("Lane County", "tk:locatedIn", "Oregon") in found, sorted(found)
    assert ("Oregon", "tk:locatedIn", "Lane County") not in found


def test_a_named_part_of_a_natural_feature_lies_in_it() -> None:
    text = "The camp stood in the Sentinel Range of the Ellsworth Mountains, near the coast."
    found = triples(facts_of(text))
    assert ("Sentinel Range", "tk:locatedIn", "Ellsworth Mountains") in found, sorted(found)


def test_a_state_lies_in_no_shire_named_after_it() -> None:
    text = "Walgett is a village in the Australian state of New South Wales in Walgett Shire."
    found = triples(facts_of(text))
    assert ("New South Wales", "tk:locatedIn", "Walgett Shire") not in found, sorted(found)
    assert ("Walgett", "tk:locatedIn", "New South Wales") in found


def test_a_place_a_bearing_is_taken_from_is_not_in_the_next() -> None:
    text = "Situated 240 kilometres northeast of Riga, Tartu lies on a wide river."
    assert ("Riga", "tk:locatedIn", "Tartu") not in triples(facts_of(text))


def test_a_province_named_with_its_kind_of_a_country_lies_in_it() -> None:
    text = "Tulagi is a town on Nggela Island, in the Central Province of Solomon Islands."
    found = triples(facts_of(text))
    assert ("Central Province", "tk:locatedIn", "Solomon Islands") in found, sorted(found)


def test_a_district_then_within_its_county() -> None:
    text = (
        "Dabrowka is a village in the administrative district of Gmina Sobolew, within "
        "Garwolin County, in Poland."
    )
    found = triples(facts_of(text))
    assert ("Gmina Sobolew", "tk:locatedIn", "Garwolin County") in found, sorted(found)


def test_a_town_lies_on_its_island() -> None:
    found = triples(facts_of("Avarua is the largest town on Rarotonga Island."))
    assert ("Avarua", "tk:locatedIn", "Rarotonga Island") in found, sorted(found)
    # a town lies in no other natural feature so written
    found = triples(facts_of("Avarua is the largest town near the Ruahine Range."))
    assert ("Avarua", "tk:locatedIn", "Ruahine Range") not in found


def test_a_town_put_in_an_island_or_on_a_countrys_coast_is_there() -> None:
    found = triples(
        facts_of(
            "The winery is based in Archanes, a village in Crete, the largest island of Greece."
        )
    )
    assert ("Archanes", "tk:locatedIn", "Crete") in found
    found = triples(
        facts_of("Petra Ivanova was born in Plovdiv, a city on Bulgaria's southern coast.")
    )
    assert ("Plovdiv", "tk:locatedIn", "Bulgaria") in found
    found = triples(facts_of("Kharkiv, a city in Russia's sights since 2022, was shelled again."))
    assert ("Kharkiv", "tk:locatedIn", "Russia") not in found


def test_a_regions_name_is_without_the_kind_written_after_it_in_lower_case() -> None:
    facts = facts_of("Guayaquil, the capital of Guayas province, has grown.")
    assert ("Guayaquil", "tk:locatedIn", "Guayas") in triples(facts)
    assert mention(facts, "Guayas").entity_type is EntityType.ADMINISTRATIVE_AREA
    found = triples(facts_of("The port grew fast. Guayaquil is in Guayas province."))
    assert ("Guayaquil", "tk:locatedIn", "Guayas") in found
    found = triples(facts_of("The film was shot in a village in Armenia's Tavush province."))
    assert ("Tavush", "tk:locatedIn", "Armenia") in found


def test_a_town_on_a_named_island_and_a_body_at_its_town() -> None:
    found = triples(facts_of("Honiara, on the island of Guadalcanal, is the capital."))
    assert ("Honiara", "tk:locatedIn", "Guadalcanal") in found
    found = triples(facts_of("Ana Ruiz works at Royal University Hospital in Saskatoon."))
    assert ("Royal University Hospital", "tk:locatedIn", "Saskatoon") in found


@pytest.mark.parametrize(
    ("text", "site", "place"),
    [
        (
            "Tallow Pass is a mountain pass in the Sawtooth Mountains.",
            "Tallow Pass",
            "Sawtooth Mountains",
        ),
        (
            "Orlik Ridge Base Camp was a summer research camp in Antarctica.",
            "Orlik Ridge Base Camp",
            "Antarctica",
        ),
    ],
)
def test_a_site_a_copula_says_is_a_pass_or_a_camp_in_a_place(
    text: str, site: str, place: str
) -> None:
    # the sentence's own reading, not the document model's guess
    assert rule_of(facts_of(text), site, "tk:locatedIn", place) == "place-apposition"


def test_a_place_written_before_its_lower_case_kind() -> None:
    facts = facts_of("Vika is a village in Sande Municipality in Vestfold county, Norway.")
    assert ("Sande Municipality", "tk:locatedIn", "Vestfold") in triples(facts)


def test_a_large_citys_district_named_after_of_lies_in_the_city() -> None:
    """ "the Hamburg district of Altona": the name after "of" is the district's, not a town
    the city lies in (as "the Pudu district of Kuala Lumpur" has it the other way)."""
    found = triples(facts_of("The old church, in the Hamburg district of Altona, dates from 1900."))
    assert ("Altona", "tk:locatedIn", "Hamburg") in found
    assert ("Hamburg", "tk:locatedIn", "Altona") not in found


def test_a_body_whose_name_opens_with_its_kind_lies_in_the_town_after_it() -> None:
    # another language's school names its kind first; the parser hangs "in" on the verb
    found = triples(facts_of("He was a professor at the Colegio de San Velmor in Valladolid."))
    assert ("Colegio de San Velmor", "tk:locatedIn", "Valladolid") in found


def test_an_area_written_before_its_kind_noun_is_where_the_place_before_lies() -> None:
    # the parser heads "in Finnmark county" with the kind noun, which names no place
    text = "Kvalsund is a village in Hasvik Municipality in Finnmark county, Norway."
    found = triples(facts_of(text))
    assert ("Hasvik Municipality", "tk:locatedIn", "Finnmark") in found


def test_a_town_described_by_its_kind_lies_in_the_area_named_after_the_description() -> None:
    text = "She toured a plant in Kasane, the country's main river port, in the Chobe District."
    assert ("Kasane", "tk:locatedIn", "Chobe District") in triples(facts_of(text))
