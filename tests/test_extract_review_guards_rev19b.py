"""Guards from the adversarial review of c165a26..ffa993d: sentences of our own that the
new rules read otherwise than a careful reader (and the code before them) does; mended
since, but for one kept xfail: "Chairwoman X" after a sentence naming only the fined bank
is read as the bank's, which a reader may take either way."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, names, triples
from textkg.records import EntityType

LEADER_OF = "tk:leaderOf"
LOCATED_IN = "tk:locatedIn"


def _types_of(text: str, name: str) -> set[EntityType]:
    return {m.entity_type for m in facts_of(text).mentions if m.name == name}


# (1) a bare "Chairman X" leads the article's most named company


@pytest.mark.xfail(
    strict=True, reason="rev19b-chair-regulator: a regulator's chairwoman leads the fined bank"
)
def test_a_regulators_chairwoman_does_not_lead_the_bank_it_fined() -> None:
    found = triples(
        facts_of(
            "The Securities Commission fined Norvia Bank $40 million on Monday. Norvia Bank "
            "said it would appeal. Chairwoman Ana Roca said the bank had hidden losses."
        )
    )
    assert ("Ana Roca", LEADER_OF, "Norvia Bank") not in found


def test_a_chairman_after_another_body_is_not_the_companys() -> None:
    found = triples(
        facts_of(
            "Norvia Motors recalled 40,000 cars. Norvia Motors blamed a supplier. The Federal "
            "Reserve kept rates unchanged. Chairman Jerome Powell said inflation was easing."
        )
    )
    assert ("Jerome Powell", LEADER_OF, "Norvia Motors") not in found


def test_a_chairman_of_an_unnamed_union_does_not_lead_the_company() -> None:
    found = triples(
        facts_of(
            "Workers at Norvia Steel went on strike on Monday. Norvia Steel said talks would "
            "resume. Chairman Li Wei of the union said members would not return."
        )
    )
    assert ("Li Wei", LEADER_OF, "Norvia Steel") not in found


def test_a_committees_chairwoman_does_not_lead_the_company_it_questions() -> None:
    found = triples(
        facts_of(
            "Norvia Airways will cut 2,000 jobs. Norvia Airways shares fell. The parliamentary "
            "transport committee will hold a hearing. Chairwoman Mia Lund said she wanted answers."
        )
    )
    assert ("Mia Lund", LEADER_OF, "Norvia Airways") not in found


def test_a_historic_chairman_leads_no_company() -> None:
    found = triples(
        facts_of(
            "Norvia Group opened a factory in Hunan. The Norvia Group plant still displays a "
            "portrait of Chairman Mao. Norvia Group employs 4,000 people."
        )
    )
    assert not any(s == "Mao" and p == LEADER_OF for s, p, _ in found)


# (2) "X of <country>" split where the article names X alone


def test_a_national_partys_leader_leads_the_party_not_the_country() -> None:
    found = triples(
        facts_of(
            "Liberal Party of Canada leader Mark Dunn met Liberal Party of Australia leader Sue "
            "Hale in Ottawa. Dunn said the Liberal Party would help."
        )
    )
    assert ("Mark Dunn", LEADER_OF, "Canada") not in found
    assert ("Sue Hale", LEADER_OF, "Australia") not in found
    assert ("Mark Dunn", LEADER_OF, "Liberal Party of Canada") in found


def test_sister_bodies_named_after_their_countries_stay_apart() -> None:
    found = triples(
        facts_of(
            "The Presbyterian Church of Ghana and the Presbyterian Church of Korea signed a "
            "partnership. The Presbyterian Church has 2 million members."
        )
    )
    assert ("Presbyterian Church", LOCATED_IN, "Ghana") not in found
    assert (
        "Presbyterian Church of Ghana",
        "tk:cooperatesWith",
        "Presbyterian Church of Korea",
    ) in found


def test_an_official_name_with_its_country_is_kept_whole() -> None:
    found = facts_of(
        "Royal Bank of Scotland will close 40 branches. Royal Bank said the closures would "
        "affect 300 staff."
    )
    assert "Royal Bank of Scotland" in names(found)


# (4) "held talks with her": no one sharing a name word with the one holding them


def test_a_guest_sharing_the_hosts_surname_is_still_met() -> None:
    found = triples(
        facts_of(
            "Ana Roca, the Chilean trade minister, arrived in Oslo on Monday. Prime Minister "
            "Jonas Roca met with her at his office."
        )
    )
    assert ("Jonas Roca", "tk:metWith", "Ana Roca") in found


def test_talks_with_a_namesake_minister_are_still_read() -> None:
    found = triples(
        facts_of(
            "Maria Weiss, the finance minister, flew to Berlin. Chancellor Olaf Weiss held "
            "talks with her on Tuesday."
        )
    )
    assert ("Olaf Weiss", "tk:metWith", "Maria Weiss") in found


def test_a_wife_travelling_with_her_husband_still_visits() -> None:
    found = triples(
        facts_of(
            "Lena Weiss was elected mayor of Bern in May. Her husband, Karl Weiss, a banker, "
            "flew to Oslo with her on Friday."
        )
    )
    assert ("Lena Weiss", "tk:visited", "Oslo") in found


# (5) a given name alone that opens an organisation's name is that organisation


def test_a_queen_known_by_her_given_name_stays_a_person() -> None:
    text = (
        "Sofia Holdings bought the Ritz hotel in Madrid. Queen Sofia visited Madrid on Monday "
        "to open it."
    )
    assert EntityType.PERSON in _types_of(text, "Sofia")
    assert EntityType.ORGANIZATION not in _types_of(text, "Sofia")


def test_a_prince_named_like_a_bookmaker_stays_a_person() -> None:
    text = (
        "William Hill Group cut the odds on the royal baby's name. Prince William visited the "
        "hospital in London on Monday."
    )
    assert _types_of(text, "William") == {EntityType.PERSON}
