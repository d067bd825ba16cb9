"""Who works for a body by heading a part of it (extract/rules/occupations.py); our own
sentences."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples


def test_who_heads_a_function_at_a_company_works_for_it() -> None:
    found = triples(
        facts_of(
            "Ewa Jablonska, a chemist from Poland who heads quality control at Arman Pharma, "
            "showed the visitors round."
        )
    )
    assert ("Ewa Jablonska", "tk:worksFor", "Arman Pharma") in found
    assert ("Ewa Jablonska", "tk:leaderOf", "Arman Pharma") not in found


def test_who_heads_its_unit_works_for_the_body_its_stands_for() -> None:
    found = triples(
        facts_of(
            "Kenya Netball sent Ruairi Dunn, a former umpire who heads its governance unit, "
            "to observe the vote."
        )
    )
    assert ("Ruairi Dunn", "tk:worksFor", "Kenya Netball") in found
    assert ("Ruairi Dunn", "tk:leaderOf", "Kenya Netball") not in found


def test_who_heads_a_named_bodys_unit_works_for_the_body() -> None:
    found = triples(facts_of("Oskar Teller heads Norvia's research division."))
    assert ("Oskar Teller", "tk:worksFor", "Norvia") in found
    assert ("Oskar Teller", "tk:leaderOf", "Norvia") not in found
    # a unit headed in the past is a post of the past
    past = triples(facts_of("Oskar Teller headed Norvia's research division until 2020."))
    assert ("Oskar Teller", "tk:worksFor", "Norvia") not in past


def test_the_head_of_a_described_bodys_department_works_for_it() -> None:
    facts = facts_of(
        "The survey was run by Lund University. The expedition, led by Erik Dahl, a geologist "
        "who heads the university's cave science laboratory, spent five weeks underground."
    )
    assert ("Erik Dahl", "tk:worksFor", "Lund University") in triples(facts)
    assert ("Erik Dahl", "tk:leaderOf", "Lund University") not in triples(facts)


def test_a_graduate_of_a_school_studied_there() -> None:
    facts = facts_of(
        "Dana Whitlock (born 1961) is an American architect. She is a graduate of Brandeis "
        "University and an alumna of the Delft Institute of Design."
    )
    found = triples(facts)
    assert ("Dana Whitlock", "schema:alumniOf", "Brandeis University") in found


def test_who_hires_a_graduate_of_a_school_did_not_study_there() -> None:
    # guard: the graduate is another person, the verb's object
    facts = facts_of(
        "Dana Whitlock (born 1961) is an American architect. In 1995 she hired a graduate of "
        "Brandeis University as her assistant."
    )
    assert not any(p == "schema:alumniOf" for _, p, _ in triples(facts))


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Altiplano Winery's chief winemaker, Rosa Quispe, will stay on.",
            "Rosa Quispe",
            "Altiplano Winery",
        ),
        (
            "Dmitri Orlov, the Ural Ballet's principal dancer, said he would stay.",
            "Dmitri Orlov",
            "Ural Ballet",
        ),
        (
            "The Harwick Museum's chief curator, Lena Frost, chose the works.",
            "Lena Frost",
            "Harwick Museum",
        ),
        (
            "The Harwick Museum's chief conservator, Ola Berg, cleaned the icons.",
            "Ola Berg",
            "Harwick Museum",
        ),
        (
            "Kestrel Council's chief planner, Ravi Nair, drew up the scheme.",
            "Ravi Nair",
            "Kestrel Council",
        ),
    ],
)
def test_a_trade_held_at_a_body_is_working_for_it(text: str, person: str, body: str) -> None:
    assert (person, "tk:worksFor", body) in triples(facts_of(text))


def test_who_leads_a_research_group_at_a_university_works_for_it() -> None:
    found = triples(
        facts_of(
            "The study drew on the work of Karel Smit, a plant biologist from Belgium who"
            " leads the soil genomics group at Ghent University."
        )
    )
    assert ("Karel Smit", "tk:worksFor", "Ghent University") in found
