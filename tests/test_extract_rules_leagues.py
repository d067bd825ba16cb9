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


def test_a_player_who_completed_his_move_to_a_club_is_its_member() -> None:
    found = triples(
        facts_of(
            "Tomas Berg, the league's top scorer, on Friday completed his move from Hadley"
            " Rovers to Kestrel Bay FC for a record fee."
        )
    )
    assert ("Tomas Berg", "tk:memberOf", "Kestrel Bay FC") in found


def test_a_move_not_completed_makes_no_member() -> None:
    found = triples(facts_of("Tomas Berg failed to complete his move to Kestrel Bay FC."))
    assert ("Tomas Berg", "tk:memberOf", "Kestrel Bay FC") not in found
