"""Guards from the review of this wave's rules: sentences of our own that the new rules
first read wrongly, each kept right."""

from __future__ import annotations

from fixtures.extract.support import facts_of, mention, met, triples
from textkg.records import EntityType


def test_a_regional_title_capitalised_is_a_given_name() -> None:
    facts = facts_of("Wali Khan, an opposition leader, met the governor in Peshawar.")
    assert mention(facts, "Wali Khan").entity_type is EntityType.PERSON


def test_an_acronym_before_a_kind_stays_the_organisation() -> None:
    facts = facts_of("Aid workers from the UN refugee agency reached the camp on Monday.")
    assert all(m.entity_type is not EntityType.CITY for m in facts.mentions if m.text == "UN")


def test_names_listed_as_a_later_verbs_subject_are_not_the_roles_list() -> None:
    found = triples(
        facts_of(
            "While Prime Minister Jan Moll was meeting the governors, Anna Berg, Carl Ode, "
            "and Tom Lutz waited outside the hall."
        )
    )
    assert not met(found, "Jan Moll", "Anna Berg")
    assert not met(found, "Anna Berg", "Tom Lutz")


def test_joined_by_a_rival_in_a_race_is_no_meeting() -> None:
    found = triples(
        facts_of(
            "In the 2019 marathon, Amos Kiptoo was joined by Eli Rono at the front of the pack."
        )
    )
    assert not met(found, "Amos Kiptoo", "Eli Rono")


def test_a_lease_signed_separately_is_no_meeting() -> None:
    found = triples(facts_of("The lease was signed separately by Anna Berg and Tom Lutz."))
    assert not met(found, "Anna Berg", "Tom Lutz")


def test_a_companys_branch_offices_are_not_its_seat() -> None:
    found = triples(facts_of("Protesters marched to the Google offices in Dublin."))
    assert ("Google", "tk:locatedIn", "Dublin") not in found


def test_the_director_of_a_bridge_leaves_it_a_place() -> None:
    facts = facts_of("Ana Ruiz, the director of the Golden Gate Bridge, said tolls would rise.")
    assert mention(facts, "Golden Gate Bridge").entity_type is not EntityType.ORGANIZATION


def test_who_heads_an_audit_at_a_bank_does_not_work_there() -> None:
    found = triples(
        facts_of(
            "Ana Ruiz, a KPMG partner who heads the audit at Norvia Bank, declined to comment."
        )
    )
    assert ("Ana Ruiz", "tk:worksFor", "Norvia Bank") not in found


def test_a_later_sitting_does_not_take_the_flights_day() -> None:
    found = triples(
        facts_of(
            "Ana Ruiz flew to Oslo on Monday and later that month sat down with Tom Lutz and "
            "Ivo Rask."
        )
    )
    assert not met(found, "Tom Lutz", "Ivo Rask")


def test_a_home_left_or_for_holidays_is_not_where_one_lives() -> None:
    found = triples(
        facts_of(
            "Tom Lutz, who left his hometown of Graz at 18, lives in Berlin. Anna Berg died at "
            "her holiday home in Marbella."
        )
    )
    assert ("Tom Lutz", "tk:residesIn", "Graz") not in found
    assert ("Anna Berg", "tk:residesIn", "Marbella") not in found
