"""Guards from the adversarial review of 4be4ba7: sentences of our own that the commit's
new rules read wrongly where the code before it did not (or did not read at all); all
mended since, kept as guards."""

from __future__ import annotations

from fixtures.extract.support import facts_of, met, names, triples
from textkg.records import EntityType

LEADER_OF = "tk:leaderOf"
MEMBER_OF = "tk:memberOf"
WORKS_FOR = "tk:worksFor"


def _type_of(text: str, name: str) -> EntityType | None:
    found = [m.entity_type for m in facts_of(text).mentions if m.name == name]
    return found[0] if found else None


# geonames "X City" known as "X": short names that are people's names


def test_a_clerics_surname_is_no_city_after_his_full_name() -> None:
    text = "Iraqi cleric Moqtada al-Sadr won the vote. Sadr's bloc took 73 seats."
    assert _type_of(text, "Sadr") is EntityType.PERSON


def test_a_surname_owning_followers_is_a_person() -> None:
    text = "Sadr's followers stormed parliament in Baghdad on Saturday."
    assert _type_of(text, "Sadr") is EntityType.PERSON


def test_a_former_mayor_named_angeles_is_still_a_person() -> None:
    text = "Angeles, a former mayor, was arrested in Manila on Monday."
    assert "Angeles" in names(facts_of(text))
    assert _type_of(text, "Angeles") is EntityType.PERSON


# the province's minister skipping places whose last word is another admin word


def test_the_regions_governor_leads_the_oblast_named_before() -> None:
    text = (
        "Fighting spread across Donetsk Oblast, Ukraine's military said. Pavlo Kyrylenko, "
        "the region's governor, urged residents to leave."
    )
    assert ("Pavlo Kyrylenko", LEADER_OF, "Donetsk Oblast") in triples(facts_of(text))


# "the Kenora hospital": any organisation of the kind whose sentence names the town


def test_the_town_bank_is_the_one_based_there_not_the_one_it_bought() -> None:
    text = (
        "Norvia Bank, a lender based in Leeds, bought Kestrel Bank last year. The Leeds "
        "bank's chief executive, Ann Lee, said profits rose."
    )
    assert ("Ann Lee", LEADER_OF, "Kestrel Bank") not in triples(facts_of(text))


def test_the_town_bank_is_not_another_bank_named_in_the_sentence() -> None:
    text = (
        "Tom Reid runs Harwick Bank in Leeds and sits on the board of Kestrel Bank. The "
        "Leeds bank's chair, Ann Lee, praised him."
    )
    assert ("Ann Lee", LEADER_OF, "Kestrel Bank") not in triples(facts_of(text))


# move-to-club: the subject of "completed" is not always the one who moves


def test_an_agent_completing_a_clients_move_does_not_join_the_club() -> None:
    text = "Agent Ann Lee completed Tom Reid's move to Harwick Rovers on Friday."
    assert ("Ann Lee", MEMBER_OF, "Harwick Rovers") not in triples(facts_of(text))


def test_a_manager_completing_a_move_for_a_striker_does_not_join_the_club() -> None:
    text = (
        "Harwick Rovers manager Tom Reid completed the move to Kestrel Athletic for striker "
        "Ann Lee."
    )
    assert ("Tom Reid", MEMBER_OF, "Kestrel Athletic") not in triples(facts_of(text))


def test_a_switch_to_a_bank_for_payroll_is_no_membership() -> None:
    text = "Norvia owner Tom Reid completed the switch to Kestrel Bank for the company's payroll."
    assert ("Tom Reid", MEMBER_OF, "Kestrel Bank") not in triples(facts_of(text))


def test_a_transfer_of_a_club_to_a_buyer_is_no_membership() -> None:
    text = "Tom Reid completed the transfer of the club to Kestrel Holdings on Friday."
    assert ("Tom Reid", MEMBER_OF, "Kestrel Holdings") not in triples(facts_of(text))


# unit_head with headed_units and unit_leading_verbs: "at Y" is not always the employer


def test_leading_a_team_at_talks_with_a_company_is_no_job_there() -> None:
    text = (
        "Ann Lee, the union's chief negotiator, leads the team at the talks with Kestrel Airways."
    )
    assert ("Ann Lee", WORKS_FOR, "Kestrel Airways") not in triples(facts_of(text))


def test_an_outside_auditor_overseeing_a_team_at_a_bank_does_not_work_for_it() -> None:
    text = "Tom Reid, an auditor from Harwick Partners, oversees the team at Kestrel Bank."
    assert ("Tom Reid", WORKS_FOR, "Kestrel Bank") not in triples(facts_of(text))


def test_an_outside_consultant_directing_a_project_does_not_work_for_the_client() -> None:
    text = (
        "Tom Reid directed the project at Kestrel Bank as an outside consultant from "
        "Harwick Partners."
    )
    assert ("Tom Reid", WORKS_FOR, "Kestrel Bank") not in triples(facts_of(text))


# copula-identified subjects in coreference: not inside a clause someone else reports


def test_she_is_the_speaker_not_the_one_her_reported_clause_names() -> None:
    text = (
        "Ann Lee, Norvia Bank's chair, said the culprit was Maria Gomez. She met Tom Reid in "
        "Leeds on Monday to discuss firing her."
    )
    found = triples(facts_of(text))
    assert met(found, "Ann Lee", "Tom Reid")
    assert not met(found, "Maria Gomez", "Tom Reid")
