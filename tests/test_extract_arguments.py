"""Whose a relative clause is (extract/arguments.py): our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_clause_after_a_bodys_seat_that_only_a_body_takes_is_the_bodys() -> None:
    owned = facts_of(
        "Quarrying is dominated by Hollin Cement, a company headquartered in Dundee, which is "
        "owned by Eastern Minerals, a Leeds-based mining group."
    )
    assert ("Hollin Cement", "tk:partOf", "Eastern Minerals") in triples(owned)
    led = facts_of(
        "The case was brought by Tarn Heritage, a residents' association based in the old "
        "town, which is led by Ilse Brandt, a retired teacher."
    )
    assert ("Ilse Brandt", "tk:leaderOf", "Tarn Heritage") in triples(led)
    bought = facts_of(
        "Savanes Buses, a bus company based in Dundee, which bought a majority stake in Kelvin "
        "Rovers in 2038, is the club's main shareholder."
    )
    assert ("Savanes Buses", "tk:acquired", "Kelvin Rovers") in triples(bought)


def test_a_clause_after_a_persons_home_town_stays_the_towns() -> None:
    facts = facts_of(
        "The firm hired Arvid Lund, a consultant based in Leeds, which is led by a mayor."
    )
    assert not any(p == "tk:leaderOf" for _, p, _ in triples(facts))


def test_a_copula_in_a_clause_after_a_seat_does_not_define_the_company() -> None:
    facts = facts_of(
        "Hollin Cement, a company based in Dundee, which is the fourth-largest city in "
        "Scotland, was sold."
    )
    assert ("Hollin Cement", "tk:locatedIn", "Dundee") in triples(facts)


def test_which_after_a_named_attribute_and_its_description_is_the_named_body() -> None:
    # "The seller is X, Norway's grid operator, which ...": the clause is X's
    facts = facts_of(
        "The seller is Tarvik Power, Norway's grid operator, which is headquartered in Bergen."
    )
    assert ("Tarvik Power", "tk:locatedIn", "Bergen") in triples(facts)


def test_a_person_after_an_opening_phrase_of_place_is_the_passives_subject() -> None:
    # (the parser hangs the name on "Oslo" as its apposition)
    found = triples(facts_of("On arrival in Oslo, Maria Lund was greeted by Jaan Kask."))
    assert ("Maria Lund", "tk:metWith", "Jaan Kask") in found, sorted(found)
