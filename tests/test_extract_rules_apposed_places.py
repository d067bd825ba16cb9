"""Where an organisation is, said by any noun apposed to it, by "with headquarters in", by
a move of its headquarters, a registration, or a "-headquartered" town (one sentence of our
own each)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def _located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(facts_of(text)) if p == "tk:locatedIn"}


def test_a_body_described_as_a_trade_from_a_town_is_in_the_town() -> None:
    found = _located("Harbourline Group, a haulier from Manchester, employs 900 people.")
    assert ("Harbourline Group", "Manchester") in found


def test_a_body_described_as_the_largest_employer_in_a_town_is_there() -> None:
    found = _located("Harbourline Group, the largest employer in Manchester, hired 90 drivers.")
    assert ("Harbourline Group", "Manchester") in found


def test_a_place_apposed_to_a_town_after_the_name_is_not_the_bodys() -> None:
    text = (
        "The Ridgeway Hospital in Kisumu, the third-largest city in Kenya, opened a cancer "
        "centre on Monday."
    )
    assert ("Ridgeway Hospital", "Kenya") not in _located(text)


def test_a_body_with_headquarters_in_a_town_is_there() -> None:
    found = _located("Harbourline Group, with headquarters in Manchester, employs 900 people.")
    assert ("Harbourline Group", "Manchester") in found


def test_a_body_that_moved_its_headquarters_to_a_town_is_there() -> None:
    found = _located("Harbourline Group moved its headquarters to Manchester in 2030.")
    assert ("Harbourline Group", "Manchester") in found


def test_moving_jobs_to_a_town_places_nothing() -> None:
    assert not _located("Harbourline Group moved 200 jobs to Manchester in 2030.")


def test_a_body_registered_in_a_town_is_there() -> None:
    text = "Harbourline Group, which is registered in Manchester, employs 900 people."
    assert ("Harbourline Group", "Manchester") in _located(text)


def test_a_town_written_before_headquartered_is_the_bodys() -> None:
    text = "Harbourline Group, a Manchester-headquartered haulier, employs 900 people."
    assert ("Harbourline Group", "Manchester") in _located(text)


def test_a_town_written_before_a_bodys_headquarters_is_the_bodys() -> None:
    found = _located("Police searched Nordvik Energy's Oslo headquarters on Monday.")
    assert ("Nordvik Energy", "Oslo") in found


def test_an_agency_that_falls_under_a_department_is_part_of_it() -> None:
    found = triples(facts_of("The Environment Agency falls under the Department for Environment."))
    assert ("Environment Agency", "tk:partOf", "Department for Environment") in found
