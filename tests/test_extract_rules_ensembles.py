"""Players of a band named with "of" and its kind (rules/ensembles.py), with sentences of our
own."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_player_of_a_band_named_by_its_kind_is_its_member() -> None:
    text = "Tomcat Alley is the second album by Harold Venn of the Scottish rock band Grey Harbour."
    assert ("Harold Venn", "tk:memberOf", "Grey Harbour") in triples(facts_of(text))


def test_every_person_listed_before_the_band() -> None:
    text = (
        "The second version features Lina Moss and Ada Reyes of the Canadian pop group Velvetine."
    )
    found = triples(facts_of(text))
    assert ("Lina Moss", "tk:memberOf", "Velvetine") in found
    assert ("Ada Reyes", "tk:memberOf", "Velvetine") in found


def test_a_group_that_is_no_bands_gives_no_membership() -> None:
    found = triples(facts_of("Pia Holm of the media group Norvia spoke at the meeting."))
    assert ("Pia Holm", "tk:memberOf", "Norvia") not in found


def test_the_players_named_where_a_band_is_founded_are_its_members() -> None:
    found = triples(
        facts_of(
            "Grey Lanterns were an English rock band from Leeds. Grey Lanterns was formed in "
            "1981 by guitarist Alan Pike and bassist Rob Tern, later recruiting drummer Steve "
            "Marr."
        )
    )
    for player in ("Alan Pike", "Rob Tern", "Steve Marr"):
        assert (player, "tk:memberOf", "Grey Lanterns") in found


def test_a_player_who_founds_a_record_label_is_not_its_member() -> None:
    # guard: a label, not a band
    found = triples(
        facts_of(
            "Norvia Records is a Norwegian record label. It was founded in 1990 by the "
            "producer Alan Pike and drummer Steve Marr."
        )
    )
    assert not any(p == "tk:memberOf" for _, p, _ in found)


def test_players_named_by_their_title_on_a_bands_song_page_are_its_members() -> None:
    found = triples(
        facts_of(
            '"Cold Rain" is a song by English rock band Glassworks. Guitarist Ted Arno and '
            "singer Jana Roe wrote it in 1975. Drummer Olly Brandt said that it was their best "
            "song. Session drummer Pete Lund played on it. It was later covered by singer Mia "
            "Vale."
        )
    )
    for player in ("Ted Arno", "Jana Roe", "Olly Brandt"):
        assert (player, "tk:memberOf", "Glassworks") in found
    # hired for the recording; a singer alone, who covered it
    assert ("Pete Lund", "tk:memberOf", "Glassworks") not in found
    assert ("Mia Vale", "tk:memberOf", "Glassworks") not in found


def test_a_player_of_another_band_on_a_bands_page_is_not_its_member() -> None:
    found = triples(
        facts_of(
            '"Cold Rain" is a song by English rock band Glassworks. It was produced by '
            "Velvetine bassist Tove Lind."
        )
    )
    assert ("Tove Lind", "tk:memberOf", "Velvetine") in found
    assert ("Tove Lind", "tk:memberOf", "Glassworks") not in found


def test_a_band_formed_by_a_founder_with_others_has_them_all_as_members() -> None:
    found = triples(
        facts_of(
            "The Harmonists are a vocal group formed in 1962 in Paris, France by Walter Harmon "
            "with Anne Roux, Claude Roux and Jean Cassel."
        )
    )
    assert ("Harmonists", "schema:founder", "Walter Harmon") in found
    for name in ("Walter Harmon", "Anne Roux", "Claude Roux", "Jean Cassel"):
        assert (name, "tk:memberOf", "Harmonists") in found
