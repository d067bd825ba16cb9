"""Parties named by their members' adjective (mentions/parties.py, rules/parties.py), with
sentences of our own."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Tom Grady (1824 - 1919) was a Republican member of the House of Representatives.",
            "Republican",
        ),
        (
            "Tom Grady (1824 - 1919) was elected as a Democrat to the Sixty-second Congress.",
            "Democrat",
        ),
        (
            "Tom Grady (1824 - 1919) sought the Democratic nomination for mayor in 1939.",
            "Democratic",
        ),
    ],
)
def test_a_partys_adjective_before_a_members_noun_names_the_party(text: str, party: str) -> None:
    assert ("Tom Grady", "tk:memberOf", party) in triples(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Republican voters backed Tom Grady in the primary on Monday.",
        "Tom Grady criticised Labour on Monday.",
    ],
)
def test_a_partys_adjective_elsewhere_makes_no_member(text: str) -> None:
    assert not [t for t in triples(facts_of(text)) if t[1] == "tk:memberOf"]


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Hedda Lunde (born 1950) is a Norwegian politician. The town council has 31 "
            "members; the mayor is Ingrid Dahl (Labour Party) and the deputy mayor is Ola "
            "Berg (Centre Party).",
            "Ola Berg",
            "Centre Party",
        ),
        (
            "Hedda Lunde (born 1950) is a Norwegian singer. The song was later covered by "
            "Sven Lund (formerly of Blue Harbour Band) and by Anna Berg.",
            "Sven Lund",
            "Blue Harbour Band",
        ),
    ],
)
def test_a_party_or_a_former_band_bracketed_after_a_name_has_the_person_for_a_member(
    text: str, person: str, body: str
) -> None:
    assert (person, "tk:memberOf", body) in triples(facts_of(text))


def test_a_short_form_bracketed_after_a_name_makes_no_member() -> None:
    """ "Sven Lund (NKV)": a bracket with no body's kind and no word of leaving."""
    text = (
        "Hedda Lunde (born 1950) is a Norwegian engineer. She led Norske Kraftverk (NKV) "
        "for ten years, after Sven Lund (NKV)."
    )
    assert not [t for t in triples(facts_of(text)) if t[1] == "tk:memberOf"]


def test_elected_to_a_parliament_for_a_party_is_a_member_of_the_party() -> None:
    found = triples(
        facts_of(
            "Ole Berg (born 1950) is a Norwegian politician. He was elected to the Storting "
            "for the Labour Party in 1993."
        )
    )
    assert ("Ole Berg", "tk:memberOf", "Labour Party") in found
    # a term is no body one is elected for
    found = triples(
        facts_of(
            "Ole Berg (born 1950) is a Norwegian politician. He was elected to parliament "
            "for a second term in 1997."
        )
    )
    assert not any(p == "tk:memberOf" for _, p, _ in found)


def test_a_party_adjective_before_leader_names_the_partys_head() -> None:
    found = triples(facts_of("The vote was won by Conservative leader Aniceto Ruiz."))
    assert ("Aniceto Ruiz", "tk:leaderOf", "Conservative") in found
    # a chamber's caucus leader leads no party
    found = triples(facts_of("The bill was blocked by Senate Republican leader Tom Moss."))
    assert ("Tom Moss", "tk:leaderOf", "Republican") not in found


def test_the_party_her_possessive_names_in_apposition_is_hers() -> None:
    found = triples(
        facts_of(
            "Rosa Quispe was elected mayor on Monday. Her party, Movimiento Sierra Viva, is a"
            " regional movement based in Cusco."
        )
    )
    assert ("Rosa Quispe", "tk:memberOf", "Movimiento Sierra Viva") in found


def test_his_former_club_is_his_no_more() -> None:
    found = triples(facts_of("Tom Berg scored twice. His former club, Harwick Rovers, lost."))
    assert ("Tom Berg", "tk:memberOf", "Harwick Rovers") not in found
