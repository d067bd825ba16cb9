"""Probed shapes of wire news about companies and their people (our own sentences, with
names of many languages): an owner's purchase told as background to the ownership ("X has
been part of Y since the Lahti-based group bought it", "Y has owned X since acquiring it"), a
company going on "as a unit of" another, "which is based in A and is part of Y", and "a nurse
from Belgium employed by Y"."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples


def _has(text: str, subject: str, predicate: str, obj: str) -> bool:
    return (subject, predicate, obj) in triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Koivu Saha, a sawmill in Lahti, has been a unit of Pohjola Metsä, a Tampere-based "
        "timber group, since Pohjola Metsä agreed to buy it in 2041.",
        "Koivu Saha, a sawmill in Lahti, has belonged to Pohjola Metsä since the Tampere-based "
        "group bought it in 2041.",
        "Pohjola Metsä is a timber group in Tampere. Pohjola Metsä has owned Koivu Saha, a "
        "sawmill, since acquiring it in 2040.",
        "Koivu Saha is a subsidiary of Pohjola Metsä, which is based in Tampere and bought the "
        "sawmill from its founding family in 2041.",
        "Koivu Saha is a unit of Pohjola Metsä, a Tampere-based group that bought the company "
        "from its founders in 2035.",
    ],
)
def test_an_owners_purchase_told_beside_the_ownership_is_an_acquisition(text: str) -> None:
    assert _has(text, "Pohjola Metsä", "tk:acquired", "Koivu Saha"), sorted(triples(facts_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        # a plan, a failed try, a doubt: nothing bought
        "Koivu Saha, a sawmill, has been part of Pohjola Metsä since 2039, and Pohjola Metsä "
        "now plans to buy it a new kiln.",
        "Koivu Saha, a sawmill, is part of Pohjola Metsä, which could buy the company's rival "
        "next year.",
        "Koivu Saha, a sawmill, has been a unit of Pohjola Metsä since 2040, when Pohjola Metsä "
        "tried to buy it.",
    ],
)
def test_a_purchase_not_done_beside_the_ownership_is_none(text: str) -> None:
    assert not _has(text, "Pohjola Metsä", "tk:acquired", "Koivu Saha"), sorted(
        triples(facts_of(text))
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rannu Kala, a fish smokehouse in Kuressaare, was founded in 1994. Rannu Kala will keep "
        "its name as a unit of Saare Toit, a food group.",
        "Ambanja Docks, a port operator, will operate as a subsidiary of Atlantique Fret, a "
        "shipping group.",
        "Ambanja Docks, a port operator which now trades as a unit of Atlantique Fret, runs the "
        "quay.",
        "Rannu Kala, a seafood company, will continue to operate as part of the Saare Toit group.",
    ],
)
def test_a_company_going_on_as_a_unit_of_another_is_part_of_it(text: str) -> None:
    found = triples(facts_of(text))
    assert any(p == "tk:partOf" and s in ("Rannu Kala", "Ambanja Docks") for s, p, o in found), (
        sorted(found)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ambanja Docks, a port operator, operated as a subsidiary of Atlantique Fret until 2040.",
        "Ambanja Docks, a port operator, could operate as a subsidiary of Atlantique Fret.",
        "Ambanja Docks, a port operator, plans to keep its name as a unit of Atlantique Fret.",
        "Ambanja Docks, a port operator, was once run as a unit of Atlantique Fret.",
    ],
)
def test_a_unit_over_planned_or_doubted_is_no_part(text: str) -> None:
    assert not _has(text, "Ambanja Docks", "tk:partOf", "Atlantique Fret"), sorted(
        triples(facts_of(text))
    )


def test_a_copula_joined_to_a_seat_clause_makes_a_part() -> None:
    text = (
        "The port is run by Ambanja Docks, which is based in Antsiranana and is part of "
        "Atlantique Fret, a shipping group based in Nantes."
    )
    assert _has(text, "Ambanja Docks", "tk:partOf", "Atlantique Fret"), sorted(
        triples(facts_of(text))
    )


@pytest.mark.parametrize(
    "text",
    [
        "Jeju Ferries, a ferry operator, ordered two ships. Park Min-jun, a naval architect "
        "from South Korea employed by Jeju Ferries, designed the hull.",
        "Tugela Clinics, a hospital group, expanded. Nurses are trained by Femke Janssens, a "
        "midwife from Belgium employed by Tugela Clinics, and by Ana Macuácua.",
    ],
)
def test_an_occupation_from_a_country_employed_by_a_company_works_for_it(text: str) -> None:
    found = triples(facts_of(text))
    assert any(p == "tk:worksFor" and o in ("Jeju Ferries", "Tugela Clinics") for s, p, o in found)
    assert not any(p == "tk:worksFor" and s in ("South Korea", "Belgium") for s, p, o in found)


def test_people_from_a_country_employed_by_a_company_name_no_worker() -> None:
    text = "Nurses from Belgium employed by Tugela Clinics treat the patients."
    assert not any(p == "tk:worksFor" for s, p, o in triples(facts_of(text)))


def test_a_company_named_like_a_person_with_a_chief_executive_is_a_company() -> None:
    """A name whose first word is a given name ("Amélie", "Océane", "Elina") and whose
    possessive has a chief executive is a company's, so the article's count of its spans
    does not make it a person's (and its people and deals are read)."""
    text = (
        "The quay is run by Ambanja Docks, which is part of Elina Fret, a shipping group that "
        "has its headquarters in Nantes. Elina Fret has owned Ambanja Docks since acquiring it "
        "in 2040. Elina Fret's chief executive, Yann Le Bihan, arrived in Antsiranana on "
        "Monday. The cranes were installed by Kenji Sato, a crane engineer from Japan employed "
        "by Elina Fret. Elina Fret has promised a further 50 million dollars for the port."
    )
    found = triples(facts_of(text))
    assert ("Yann Le Bihan", "tk:leaderOf", "Elina Fret") in found, sorted(found)
    assert ("Elina Fret", "tk:acquired", "Ambanja Docks") in found, sorted(found)
    assert ("Yann Le Bihan", "tk:leaderOf", "Ambanja Docks") not in found


def test_a_persons_possessive_before_a_body_part_or_a_coach_stays_a_person() -> None:
    found = facts_of("Elina Sato's coach said on Monday that Elina Sato's left arm had healed.")
    assert not any(m.entity_type.value == "Organization" for m in found.mentions)


def test_a_passive_subject_the_parser_left_in_the_dateline_is_the_name_after_it() -> None:
    text = (
        "KURESSAARE, Estonia, May 4 - Rannu Kala, a maker of smoked fish, has been bought by "
        "Saare Toit, a Tartu-based food group, for an undisclosed sum, the companies said."
    )
    found = triples(facts_of(text))
    assert ("Saare Toit", "tk:acquired", "Rannu Kala") in found, sorted(found)
    assert not any(p == "tk:acquired" and o == "Kuressaare" for s, p, o in found)


RADIO = (
    "Radio Kurzeme, a Liepāja-based station broadcasting in Latvian and Russian, has been "
    "bought by Baltic Sound, a broadcasting group based in Riga. Baltic Sound's chief "
    "executive, Andris Kalējs, drove to Liepāja on Monday, and on Tuesday he toured the studios "
    "with Ieva Ozola, the station's founder, who stays on as its managing director, and "
    "Vsevolods Timofejevs, its morning-show host."
)


def test_its_after_the_stations_founder_is_the_station_and_a_show_host_works_there() -> None:
    """ "its" right after "the station's founder" is the station, though the buyer was named
    first in the sentence; a station's "morning-show host" is its staff; "a station
    broadcasting in Latvian" is a station (the participle no kind)."""
    found = triples(facts_of(RADIO))
    assert ("Ieva Ozola", "tk:leaderOf", "Radio Kurzeme") in found, sorted(found)
    assert ("Vsevolods Timofejevs", "tk:worksFor", "Radio Kurzeme") in found, sorted(found)
    assert ("Vsevolods Timofejevs", "tk:worksFor", "Baltic Sound") not in found


def test_a_host_of_a_summit_is_no_staff() -> None:
    text = "Ieva Ozola, the host of the summit, welcomed the ministers in Riga on Monday."
    assert not any(p == "tk:worksFor" for s, p, o in triples(facts_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Aminata Diallo was named chief executive of Groupe Atlantique on Monday.",
        "Aminata Diallo was appointed managing director of Groupe Atlantique.",
    ],
)
def test_a_name_named_to_a_title_without_as_is_a_persons(text: str) -> None:
    """The small model tags some West African names an organisation's; a name made a chief
    executive is a person's."""
    found = triples(facts_of(text))
    assert ("Aminata Diallo", "tk:leaderOf", "Groupe Atlantique") in found, sorted(found)


def test_a_company_named_best_bank_stays_a_company() -> None:
    found = facts_of("Groupe Atlantique was named Africa's best bank on Monday.")
    assert all(m.entity_type.value != "Person" for m in found.mentions)


def test_the_head_of_a_company_the_ner_took_for_a_building_leads_it() -> None:
    text = "The head of Pohjola Metsä, Jukka Rantanen, joined them for a tour of the sawmill."
    found = triples(facts_of(text))
    assert ("Jukka Rantanen", "tk:leaderOf", "Pohjola Metsä") in found, sorted(found)


def test_the_director_of_a_bridge_leads_no_company() -> None:
    text = "The director of the Golden Gate Bridge, Ana Ruiz, said the bridge would close."
    assert not any(p == "tk:leaderOf" for s, p, o in triples(facts_of(text)))


@pytest.mark.parametrize(
    "text, fact",
    [
        (
            "Moravia Holding, an investment group, took over Zlín Obuv, a shoemaker in Zlín, in "
            "2039.",
            ("Moravia Holding", "tk:acquired", "Zlín Obuv"),
        ),
        (
            "Zlín Obuv, a shoemaker, became part of Moravia Holding, an investment group, in 2039.",
            ("Zlín Obuv", "tk:partOf", "Moravia Holding"),
        ),
        (
            "Akureyri Fiskur, a fish processor, is run by Sigrún Pálsdóttir, who founded it in "
            "2030.",
            ("Sigrún Pálsdóttir", "tk:leaderOf", "Akureyri Fiskur"),
        ),
    ],
)
def test_a_company_the_ner_took_for_a_person_in_a_companys_slot(
    text: str, fact: tuple[str, str, str]
) -> None:
    """ "a shoemaker" and "a fish processor" may be people; "took over X", "X became part of Y"
    and a trade only a firm has make X a company."""
    found = triples(facts_of(text))
    assert fact in found, sorted(found)


def test_a_person_who_took_over_a_company_or_joined_a_team_stays_a_person() -> None:
    found = facts_of("Pekka Virtanen took over Zlín Obuv in 2039.")
    assert any(
        m.name == "Pekka Virtanen" and m.entity_type.value == "Person" for m in found.mentions
    )
    found = facts_of("Ana Ruiz became part of the Moravia Holding team in 2039.")
    assert any(m.name == "Ana Ruiz" and m.entity_type.value == "Person" for m in found.mentions)


def test_one_of_the_clubs_in_a_league_coordinated_with_the_kind_is_a_member() -> None:
    text = (
        "Sandvik Wolves, a Gävle-based ice hockey club and one of the fourteen clubs in the "
        "SHL, has appointed Olli Nieminen as head coach."
    )
    found = triples(facts_of(text))
    assert ("Sandvik Wolves", "tk:partOf", "SHL") in found, sorted(found)


def test_one_of_the_largest_clubs_in_a_league_is_a_ranking_only() -> None:
    text = (
        "Sandvik Wolves, a Gävle-based ice hockey club and one of the largest clubs in the "
        "SHL, has appointed Olli Nieminen as head coach."
    )
    assert ("Sandvik Wolves", "tk:partOf", "SHL") not in triples(facts_of(text))
