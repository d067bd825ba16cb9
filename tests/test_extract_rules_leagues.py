"""A club and the league it plays in (extract/rules/leagues.py): our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_club_that_plays_in_a_league_is_part_of_it() -> None:
    found = triples(
        facts_of("Dunmore Rovers, which plays in the Northern Premier League, sold its ground.")
    )
    assert ("Dunmore Rovers", "tk:partOf", "Northern Premier League") in found


def test_a_club_that_played_in_a_league_once_is_not_part_of_it_now() -> None:
    found = triples(facts_of("Dunmore Rovers played in the Northern Premier League until 2019."))
    assert ("Dunmore Rovers", "tk:partOf", "Northern Premier League") not in found


def test_a_band_that_plays_in_a_shopping_centre_is_no_part_of_it() -> None:
    found = triples(
        facts_of("The Kestrel Players, a band that plays in the Norvia Shopping Centre, won.")
    )
    assert not any(p == "tk:partOf" and o == "Norvia Shopping Centre" for _, p, o in found)
