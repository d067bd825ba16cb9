"""Where things are: seats of organisations and places of places, in the shapes news
writes them (our own sentences)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


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
