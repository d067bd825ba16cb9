"""Probed shapes of wire news (our own sentences): a host who escorts a visitor round a site,
a call on someone at their residence, a title of "the company" when the article has named one
company, a title held "since" a year before the name, "took a majority stake in", "X, a
company whose headquarters are in Y"."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, met, triples


@pytest.mark.parametrize(
    "text",
    [
        "Energy minister Hiroshi Tanaka toured the Sendai plant on Monday, escorted by the "
        "plant manager, Kenji Sato.",
        "Energy minister Hiroshi Tanaka was escorted around the Sendai plant by Kenji Sato on "
        "Monday.",
        "Health minister Amina Yusuf was escorted through the new wards by the hospital's "
        "director, Ibrahim Musa.",
    ],
)
def test_escorted_round_a_site_by_a_host_is_a_meeting(text: str) -> None:
    found = triples(facts_of(text))
    people = [
        ("Hiroshi Tanaka", "Kenji Sato") if "Tanaka" in text else ("Amina Yusuf", "Ibrahim Musa")
    ]
    assert all(met(found, a, b) for a, b in people), sorted(found)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Health minister Amina Yusuf flew to Kano on Monday, escorted by her aide, "
            "Ibrahim Musa.",
            "Amina Yusuf",
            "Ibrahim Musa",
        ),
        (
            "Police escorted the mayor, Rosa Gómez, and her deputy, Luis Prado, out of the "
            "building on Monday.",
            "Rosa Gómez",
            "Luis Prado",
        ),
    ],
)
def test_an_escort_on_a_trip_is_no_meeting(text: str, a: str, b: str) -> None:
    assert not met(triples(facts_of(text)), a, b)


@pytest.mark.parametrize(
    "text",
    [
        "Yuki Mori called on Prime Minister Daichi Ishikawa at his residence on Tuesday.",
        "Yuki Mori called on Prime Minister Daichi Ishikawa at his residence in Tokyo on Tuesday.",
        "The new ambassador, Sergio Batista, called on the foreign minister, Amara Koné, at her "
        "office in Abidjan on Monday.",
    ],
)
def test_a_call_on_someone_at_their_residence_is_a_meeting(text: str) -> None:
    found = triples(facts_of(text))
    pair = ("Yuki Mori", "Daichi Ishikawa") if "Mori" in text else ("Sergio Batista", "Amara Koné")
    assert met(found, *pair), sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Yuki Mori called on Daichi Ishikawa to resign at a rally outside his office on Tuesday.",
        "Yuki Mori called Daichi Ishikawa at his office on Tuesday.",
        "Yuki Mori called on Daichi Ishikawa in a letter sent to his office on Tuesday.",
        "In a statement from her office, Yuki Mori called on Daichi Ishikawa for an apology.",
        "Union leader Yuki Mori called on Daichi Ishikawa, the company's chief executive, to "
        "return to the table.",
    ],
)
def test_a_call_for_something_or_by_phone_is_no_meeting(text: str) -> None:
    assert not met(triples(facts_of(text)), "Yuki Mori", "Daichi Ishikawa")


@pytest.mark.parametrize(
    ("second", "predicate"),
    [
        ("A spokesman for the company, Liam Walsh, declined to comment.", "tk:worksFor"),
        ("Liam Walsh, a spokesman for the company, declined to comment.", "tk:worksFor"),
        ("The chief executive of the company, Liam Walsh, declined to comment.", "tk:leaderOf"),
        ("Liam Walsh, the chief executive of the company, declined to comment.", "tk:leaderOf"),
    ],
)
def test_a_title_of_the_company_is_of_the_one_company_named(second: str, predicate: str) -> None:
    found = triples(facts_of("Tasman Dairy lost a contract. " + second))
    assert ("Liam Walsh", predicate, "Tasman Dairy") in found, sorted(found)


def test_a_title_of_the_company_is_of_none_when_two_were_named() -> None:
    text = (
        "Tasman Dairy lost a contract to Kauri Foods. Liam Walsh, the chief executive of the "
        "company, declined to comment."
    )
    found = triples(facts_of(text))
    assert ("Liam Walsh", "tk:leaderOf", "Tasman Dairy") not in found, sorted(found)
    assert ("Liam Walsh", "tk:leaderOf", "Kauri Foods") not in found


@pytest.mark.parametrize(
    ("second", "person", "predicate"),
    [
        ("Its president since 2039, Martín Acosta, called it historic.", "Martín Acosta", "L"),
        (
            "The cooperative's president since 2039, Martín Acosta, called it historic.",
            "Martín Acosta",
            "L",
        ),
        (
            "The cooperative's chief economist since March 2040, Julieta Ponce, called it "
            "historic.",
            "Julieta Ponce",
            "P",
        ),
    ],
)
def test_a_title_held_since_a_year_before_the_name(
    second: str, person: str, predicate: str
) -> None:
    found = triples(facts_of("Pampas Grain Cooperative signed a deal. " + second))
    wanted = "tk:leaderOf" if predicate == "L" else "tk:worksFor"
    assert (person, wanted, "Pampas Grain Cooperative") in found, sorted(found)


def test_a_title_held_until_a_year_is_not_held() -> None:
    text = (
        "Pampas Grain Cooperative signed a deal. Its president until 2039, Martín Acosta, "
        "called it a mistake."
    )
    found = triples(facts_of(text))
    assert ("Martín Acosta", "tk:leaderOf", "Pampas Grain Cooperative") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Iberia Foods took a majority stake in Andalus Olive Oil in 2040.",
        "Iberia Foods, a Spanish food group, took a 70% stake in Andalus Olive Oil in 2040.",
    ],
)
def test_took_a_majority_stake_is_an_acquisition(text: str) -> None:
    found = triples(facts_of(text))
    assert ("Iberia Foods", "tk:acquired", "Andalus Olive Oil") in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Iberia Foods took a 10% stake in Andalus Olive Oil in 2040.",
        "Iberia Foods took a minority stake in Andalus Olive Oil in 2040.",
        "Iberia Foods took Andalus Olive Oil to court in 2040.",
    ],
)
def test_a_minority_stake_or_a_lawsuit_is_no_acquisition(text: str) -> None:
    found = triples(facts_of(text))
    assert ("Iberia Foods", "tk:acquired", "Andalus Olive Oil") not in found


def test_a_company_whose_headquarters_are_in_a_town() -> None:
    text = "Kopernik Software, a software company whose headquarters are in Toruń, hired staff."
    found = triples(facts_of(text))
    assert ("Kopernik Software", "tk:locatedIn", "Toruń") in found, sorted(found)


def test_a_company_whose_founder_lives_in_a_town_is_not_there() -> None:
    text = "Kopernik Software, a software company whose founder lives in Toruń, hired staff."
    found = triples(facts_of(text))
    assert ("Kopernik Software", "tk:locatedIn", "Toruń") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Trade minister Aisha Bello made the two-hour drive to Kano from Abuja on Tuesday.",
        "Trade minister Aisha Bello was driven to Kano from Abuja on Tuesday.",
        "Trade minister Aisha Bello, who had been driven to Kano from Abuja, opened the plant.",
    ],
)
def test_a_drive_made_or_being_driven_to_a_town_is_a_visit(text: str) -> None:
    found = triples(facts_of(text))
    assert ("Aisha Bello", "tk:visited", "Kano") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Trade minister Aisha Bello backed a drive to Kano's markets to cut prices.", "Kano"),
        ("Trade minister Aisha Bello was driven to tears by the debate in Abuja.", "Abuja"),
        ("Trade minister Aisha Bello has been driven to despair by prices in Kano.", "Kano"),
    ],
)
def test_a_campaign_or_being_driven_to_tears_is_no_visit(text: str, town: str) -> None:
    assert ("Aisha Bello", "tk:visited", town) not in triples(facts_of(text))


@pytest.mark.parametrize(
    ("second", "host"),
    [
        (
            "She paid a courtesy visit to the emir, Aminu Ado Bayero, at his palace.",
            "Aminu Ado Bayero",
        ),
        ("She paid a courtesy visit to Governor Umar Ganduje.", "Umar Ganduje"),
        (
            "Her host, the emir, Aminu Ado Bayero, showed her the new market.",
            "Aminu Ado Bayero",
        ),
    ],
)
def test_a_visit_to_a_person_or_a_guide_round_a_market_is_a_meeting(second: str, host: str) -> None:
    text = "Trade minister Aisha Bello arrived in Kano on Tuesday. " + second
    found = triples(facts_of(text))
    assert met(found, "Aisha Bello", host), sorted(found)


@pytest.mark.parametrize(
    "second",
    [
        "She will pay a courtesy visit to Aminu Ado Bayero on Friday.",
        "Her planned visit to Aminu Ado Bayero was cancelled.",
        "She made a trip to Aminu Ado Bayero's farm.",
    ],
)
def test_a_visit_to_a_person_not_made_is_no_meeting(second: str) -> None:
    text = "Trade minister Aisha Bello arrived in Kano on Tuesday. " + second
    assert not met(triples(facts_of(text)), "Aisha Bello", "Aminu Ado Bayero")


@pytest.mark.parametrize(
    "second",
    [
        "Managing director Hemi Walker blamed weak demand.",
        "General manager Hemi Walker blamed weak demand.",
        "Its managing director of eight years, Hemi Walker, blamed weak demand.",
        "The group's chairman of 12 years, Hemi Walker, blamed weak demand.",
    ],
)
def test_a_bare_company_title_is_of_the_company_the_story_is_about(second: str) -> None:
    text = "Kauri Timber, a New Zealand sawmill group, cut 200 jobs. " + second
    found = triples(facts_of(text))
    assert ("Hemi Walker", "tk:leaderOf", "Kauri Timber") in found, sorted(found)


@pytest.mark.parametrize(
    "second",
    [
        "Its finance director Hemi Walker blamed weak demand.",
        "Hemi Walker, managing director of the rival Pine Mills, said demand was weak.",
        "Hemi Walker, a former managing director, said demand was weak.",
        "The yard's managing director, Hemi Walker, said demand was weak.",
    ],
)
def test_a_division_or_another_companys_or_a_past_title_does_not_lead(second: str) -> None:
    text = "Kauri Timber, a New Zealand sawmill group, cut 200 jobs. " + second
    found = triples(facts_of(text))
    assert ("Hemi Walker", "tk:leaderOf", "Kauri Timber") not in found, sorted(found)


@pytest.mark.parametrize(
    "second",
    [
        "Southern Cross Holdings, an investment firm, bought the group in 2038.",
        "Southern Cross Holdings, an investment firm, acquired the company in 2038.",
        "Southern Cross Holdings, an investment firm, took over the group in 2038.",
    ],
)
def test_the_group_a_buyer_bought_is_not_the_buyer(second: str) -> None:
    text = "Kauri Timber, a New Zealand sawmill group, cut 200 jobs. " + second
    found = triples(facts_of(text))
    assert ("Southern Cross Holdings", "tk:acquired", "Kauri Timber") in found, sorted(found)
    assert ("Southern Cross Holdings", "tk:acquired", "Southern Cross Holdings") not in found


def test_the_group_one_of_two_bought_is_not_the_third() -> None:
    text = (
        "Kauri Timber, a New Zealand sawmill group, cut 200 jobs. Pine Mills, a rival group, "
        "said it would hire. Southern Cross Holdings, an investment firm, bought the group in "
        "2038."
    )
    found = triples(facts_of(text))
    assert ("Southern Cross Holdings", "tk:acquired", "Southern Cross Holdings") not in found
