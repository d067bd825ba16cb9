"""What "the club", "the corporation" stand for (extract/descriptions.py); our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_the_club_is_the_club_whose_name_holds_the_word() -> None:
    # another club named in between, once each: the word of the name decides
    facts = facts_of(
        "Racing Club du Morne on Tuesday named Paul Mensah as its head coach. Mensah, 47, "
        "played 38 times for Ghana and later coached the youth side of Lions of Judah in "
        "Kumasi. The club, which is based in Dundee, sits 14th of 16 in the league. On "
        "Tuesday the club's president, Ann Lee, welcomed Mensah at the stadium."
    )
    found = triples(facts)
    assert ("Racing Club du Morne", "tk:locatedIn", "Dundee") in found
    assert ("Ann Lee", "tk:leaderOf", "Racing Club du Morne") in found
    assert ("Ann Lee", "tk:leaderOf", "Ghana") not in found


def test_a_kind_followed_by_its_own_name_refers_to_nothing_before() -> None:
    facts = facts_of(
        "Kelvin Rovers named Paul Mensah as its coach. Mensah later coached the youth side of "
        "Lions of Judah in Kumasi."
    )
    assert ("Mensah", "tk:leaderOf", "Kelvin Rovers") not in triples(facts)


def test_a_corporation_that_owns_a_station_is_not_the_station() -> None:
    facts = facts_of(
        "Ama Boateng previously ran Harbour Radio, the corporation's station in Tamale, where "
        "she doubled the audience."
    )
    assert ("Harbour Radio", "tk:locatedIn", "Tamale") in triples(facts)
