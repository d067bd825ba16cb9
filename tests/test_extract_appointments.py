"""Who takes the role a verb gives (extract/appointments.py): our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_role_after_as_that_the_parser_read_as_a_clause() -> None:
    # a long foreign name and an apposition break the parse: "as" opens a clause there
    facts = facts_of(
        "Racing Club du Morne on Tuesday named Serge Kouame Yao, a former international "
        "defender, as its head coach, three weeks after a run of defeats cost his "
        "predecessor his job."
    )
    assert ("Serge Kouame Yao", "tk:leaderOf", "Racing Club du Morne") in triples(facts)


def test_as_opening_a_clause_of_its_own_gives_no_role() -> None:
    facts = facts_of("Kelvin Rovers on Tuesday named Paul Mensah to the board, as its owners said.")
    assert ("Paul Mensah", "tk:leaderOf", "Kelvin Rovers") not in triples(facts)


def test_the_president_of_a_body_the_article_does_not_name_is_no_states() -> None:
    facts = facts_of(
        "Mensah played 38 times for Ghana. On Tuesday the club's president, Ann Lee, welcomed "
        "Mensah at the stadium."
    )
    assert ("Ann Lee", "tk:leaderOf", "Ghana") not in triples(facts)


def test_a_body_that_installs_someone_as_its_head() -> None:
    # spaCy's lemma of "installed" is "instal"
    facts = facts_of(
        "Kelso Polytechnic on Friday installed Mirela Dogaru, a chemist, as its rector."
    )
    assert ("Mirela Dogaru", "tk:leaderOf", "Kelso Polytechnic") in triples(facts)


def test_a_council_that_elected_a_councillor_as_mayor_gives_its_town_a_leader() -> None:
    found = triples(
        facts_of(
            "CUENCA, Ecuador, March 3 - The city council of Cuenca on Monday elected"
            " councillor Rosa Pinos Ayala as mayor, to serve the rest of the term."
        )
    )
    assert ("Rosa Pinos Ayala", "tk:leaderOf", "Cuenca") in found
