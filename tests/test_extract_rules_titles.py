"""Nationality and the offices a title gives, in the shapes news writes them (our own
sentences, one per shape and per trap)."""

from __future__ import annotations

from datetime import date

import pytest

from fixtures.extract.support import facts_of, triples


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a nationality before an occupation that is no one's role
        (
            "The jury, chaired by American actress Dana Whitlow, praised the film.",
            ("Dana Whitlow", "tk:nationality", "United States"),
        ),
        (
            "The prize went to Kenyan marathon runner Peter Kiprono on Sunday.",
            ("Peter Kiprono", "tk:nationality", "Kenya"),
        ),
        # a country's possessive before a name
        (
            "Norway's Ingrid Solberg beat the defending champion in three sets.",
            ("Ingrid Solberg", "tk:nationality", "Norway"),
        ),
        # a nationality opening an indefinite apposition, an age before it
        (
            "Marta Lindqvist, 44, a Swedish chemist who joined the institute in 2015, "
            "led the study.",
            ("Marta Lindqvist", "tk:nationality", "Sweden"),
        ),
        # a people's noun for its members
        (
            "Jorge Vidal, a Spaniard who trains in Valencia, won the stage.",
            ("Jorge Vidal", "tk:nationality", "Spain"),
        ),
    ],
)
def test_nationality_shapes(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(facts_of(text))


def test_a_nationality_is_not_read_across_a_possessive_or_a_verb() -> None:
    found = triples(facts_of("Danish investors backed Lena Holm, who runs the fund in Oslo."))
    assert ("Lena Holm", "tk:nationality", "Denmark") not in found


def test_a_visitor_holds_no_office_in_the_country_visited() -> None:
    """A bare "Queen" in a story datelined in the country she visits is not its queen; the
    host's bare "President" still is."""
    text = (
        "Queen Amalia and King Frederik arrived in Nairobi on Tuesday for a state visit to "
        "Kenya. They were welcomed by President Daniel Kamau at State House."
    )
    found = triples(facts_of(text, date(2026, 5, 4)))
    assert ("Amalia", "tk:leaderOf", "Kenya") not in found
    assert ("Frederik", "tk:leaderOf", "Kenya") not in found
    assert ("Frederik", "tk:visited", "Kenya") in found
    assert ("Daniel Kamau", "tk:leaderOf", "Kenya") in found
