"""Event nouns (rules/nouns.py): where talks were held says where who held them was (our own
sentences)."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, met, triples


@pytest.mark.parametrize(
    "text",
    [
        "Oskar Teller held talks in Vienna on Monday with Austria's economy minister, "
        "Helga Brunsvik.",
        "Oskar Teller also held talks in Vienna last week with Helga Brunsvik, the chief "
        "executive of Dalkin Minerals, on prices.",
    ],
)
def test_who_held_talks_in_a_town_was_there(text: str) -> None:
    found = triples(facts_of(text))
    assert ("Oskar Teller", "tk:visited", "Vienna") in found
    assert ("Helga Brunsvik", "tk:visited", "Vienna") not in found  # may live there


@pytest.mark.parametrize(
    "text",
    [
        "Oskar Teller will hold talks in Vienna with Helga Brunsvik next week.",
        "Oskar Teller held talks with Helga Brunsvik by phone from Vienna.",
    ],
)
def test_talks_planned_or_by_phone_are_no_visit(text: str) -> None:
    assert ("Oskar Teller", "tk:visited", "Vienna") not in triples(facts_of(text))


def test_an_office_holder_holding_talks_in_a_town_of_their_own_country_is_at_home() -> None:
    found = triples(
        facts_of(
            "Austria's economy minister, Helga Brunsvik, held talks in Vienna on Monday with "
            "Oskar Teller, the chief executive of Dalkin Minerals."
        )
    )
    assert ("Helga Brunsvik", "tk:metWith", "Oskar Teller") in found
    assert ("Helga Brunsvik", "tk:visited", "Vienna") not in found


_TALKS = (
    "On Tuesday Marit Dahle held talks with the mayor of Tromso, Jonas Eide, at the town hall. "
)


def test_who_joined_them_for_the_meeting_met_both() -> None:
    found = triples(facts_of(_TALKS + "Sigrun Vik joined them for the meeting."))
    assert met(found, "Sigrun Vik", "Marit Dahle")
    assert met(found, "Sigrun Vik", "Jonas Eide")


@pytest.mark.parametrize(
    "joining",
    [
        "Sigrun Vik joined them by video link for the meeting.",
        "Sigrun Vik will join them for the next meeting.",
    ],
)
def test_who_joined_them_by_video_or_will_join_them_met_no_one(joining: str) -> None:
    found = triples(facts_of(_TALKS + joining))
    assert not met(found, "Sigrun Vik", "Marit Dahle")


def test_who_joined_for_part_of_the_talks_met_those_who_held_them() -> None:
    found = triples(
        facts_of(_TALKS + "The two were joined for part of the talks by Sigrun Vik, the governor.")
    )
    assert met(found, "Sigrun Vik", "Marit Dahle")
    assert met(found, "Sigrun Vik", "Jonas Eide")


def test_who_joined_for_part_of_a_campaign_met_no_one_there() -> None:
    found = triples(
        facts_of(_TALKS + "The two were joined for part of the campaign by Sigrun Vik.")
    )
    assert not met(found, "Sigrun Vik", "Jonas Eide")


def test_a_second_with_after_a_titled_name_is_a_party_to_the_talks() -> None:
    found = triples(
        facts_of(
            "Premier Marit Dahle visited the flood camp in Alta on Monday and held talks there "
            "with the town's mayor, Jonas Eide, and with Sigrun Vik."
        )
    )
    assert met(found, "Marit Dahle", "Sigrun Vik")
    # each was talked with, not said to have talked with the other
    assert not met(found, "Jonas Eide", "Sigrun Vik")


def test_talks_not_held_with_someone_meet_no_one() -> None:
    found = triples(
        facts_of(
            "Premier Marit Dahle held talks in Alta with the town's mayor, Jonas Eide, and not "
            "with Sigrun Vik."
        )
    )
    assert met(found, "Marit Dahle", "Jonas Eide")
    assert not met(found, "Marit Dahle", "Sigrun Vik")


def test_who_took_part_in_the_talks_met_no_one_of_a_meeting_long_before() -> None:
    found = triples(
        facts_of(
            "Marit Dahle was sworn in by Judge Jonas Eide on Monday. She thanked the staff. She "
            "visited the harbour. She opened a school. Her deputy, Arne Holt, spoke about "
            "fishing quotas. The attorney general, Sigrun Vik, took part in the talks."
        )
    )
    assert not met(found, "Sigrun Vik", "Jonas Eide")
