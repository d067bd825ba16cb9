"""Event nouns (rules/nouns.py): where talks were held says where who held them was (our own
sentences)."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples


@pytest.mark.parametrize(
    "text",
    [
        "Oskar Teller held talks in Vienna on Monday with Austria's economy minister, "
        "Helga Brunsvik.",
        "Oskar Teller also held talks in Vienna last week with Helga Brunsvik, the chief "
        "executive of Dalkin Minerals, on prices.",
    ],
)
def test_who_held_talks_in_a_town_was_there(text: str) -> None:
    found = triples(facts_of(text))
    assert ("Oskar Teller", "tk:visited", "Vienna") in found
    assert ("Helga Brunsvik", "tk:visited", "Vienna") not in found  # may live there


@pytest.mark.parametrize(
    "text",
    [
        "Oskar Teller will hold talks in Vienna with Helga Brunsvik next week.",
        "Oskar Teller held talks with Helga Brunsvik by phone from Vienna.",
    ],
)
def test_talks_planned_or_by_phone_are_no_visit(text: str) -> None:
    assert ("Oskar Teller", "tk:visited", "Vienna") not in triples(facts_of(text))


def test_an_office_holder_holding_talks_in_a_town_of_their_own_country_is_at_home() -> None:
    found = triples(
        facts_of(
            "Austria's economy minister, Helga Brunsvik, held talks in Vienna on Monday with "
            "Oskar Teller, the chief executive of Dalkin Minerals."
        )
    )
    assert ("Helga Brunsvik", "tk:metWith", "Oskar Teller") in found
    assert ("Helga Brunsvik", "tk:visited", "Vienna") not in found
