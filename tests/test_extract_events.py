"""Meetings and visits: participants, place, dates from the publication date, discourse."""

from __future__ import annotations

from datetime import date

import pytest

from fixtures.extract.support import events, facts_of, participants, triples
from textkg.records import EventKind

SUMMIT = (
    "North Korean leader Kim Jong Un held a summit with Russian President Vladimir Putin at the "
    "Vostochny Cosmodrome in Russia on Sept. 13 last year, according to a report on Sept. 14."
)
VISIT = (
    "A delegation of the World Health Organization led by Director Laura Bennett visited Nairobi "
    "from Apr. 10-12. The delegation's visit included a meeting between Bennett and Kenyan "
    "Minister of Health Susan Nakhumicha."
)


def test_a_summit_is_a_meeting_with_place_and_the_date_of_its_own_clause() -> None:
    facts = facts_of(SUMMIT, date(2024, 4, 2))
    (meeting,) = events(facts, EventKind.MEETING)
    assert participants(meeting) == {"Kim Jong Un", "Vladimir Putin"}
    assert meeting.place is not None and meeting.place.name == "Vostochny Cosmodrome"
    # "Sept. 14" belongs to the report, not to the summit
    assert (meeting.start_date, meeting.end_date) == (date(2023, 9, 13), date(2023, 9, 13))
    assert meeting.date_text == "Sept. 13 last year"
    assert ("Kim Jong Un", "tk:metWith", "Vladimir Putin") in triples(facts)


def test_without_a_publication_date_the_date_is_kept_as_written() -> None:
    facts = facts_of(SUMMIT)
    (meeting,) = events(facts, EventKind.MEETING)
    assert meeting.start_date is None and meeting.end_date is None
    assert meeting.date_text == "Sept. 13 last year"


def test_a_visit_has_its_visitors_place_and_date_range() -> None:
    facts = facts_of(VISIT, date(2023, 5, 2))
    (visit,) = events(facts, EventKind.VISIT)
    assert "World Health Organization" in participants(visit)
    assert visit.place is not None and visit.place.name == "Nairobi"
    assert (visit.start_date, visit.end_date) == (date(2023, 4, 10), date(2023, 4, 12))
    assert ("World Health Organization", "tk:visited", "Nairobi") in triples(facts)


def test_a_meeting_during_a_visit_takes_the_visits_place_and_dates() -> None:
    facts = facts_of(VISIT, date(2023, 5, 2))
    (meeting,) = events(facts, EventKind.MEETING)
    assert participants(meeting) == {"Bennett", "Susan Nakhumicha"}
    assert meeting.place is not None and meeting.place.name == "Nairobi"
    assert (meeting.start_date, meeting.end_date) == (date(2023, 4, 10), date(2023, 4, 12))
    assert meeting.extractor.endswith("+event-in-visit")


def test_a_meeting_far_from_any_visit_stays_without_place() -> None:
    text = (
        "A delegation of the World Health Organization visited Nairobi in April. "
        "Prices rose. Rain fell. Trade slowed. Schools closed.\n\n"
        "Angela Merkel met Emmanuel Macron."
    )
    facts = facts_of(text)
    (meeting,) = events(facts, EventKind.MEETING)
    assert meeting.place is None


def test_a_meeting_needs_two_parties_and_a_visit_a_place() -> None:
    facts = facts_of("The meeting lasted two hours. Mary Barra's visit was cut short.")
    assert facts.events == ()


def test_the_same_meeting_in_two_sentences_agrees_on_its_parts() -> None:
    text = (
        "Angela Merkel met Emmanuel Macron in Berlin on May 3. "
        "The meeting between Merkel and Macron lasted two hours."
    )
    facts = facts_of(text, date(2021, 5, 5))
    first, second = events(facts, EventKind.MEETING)
    for meeting in (first, second):
        assert meeting.place is not None and meeting.place.name == "Berlin"
        assert (meeting.start_date, meeting.end_date) == (date(2021, 5, 3), date(2021, 5, 3))
    assert second.extractor.endswith("+same-event")


def test_touring_a_place_in_a_district_with_someone_is_a_meeting() -> None:
    text = "Lars Holm inspected the pumping station in the Kibera district with Ana Ruiz."
    assert ("Lars Holm", "tk:metWith", "Ana Ruiz") in triples(facts_of(text))


def test_joining_people_for_an_occasion_is_meeting_them() -> None:
    text = "Peter Quist travelled to Perth and joined Ana Ruiz and Tomas Berg for the tasting."
    found = triples(facts_of(text))
    assert ("Peter Quist", "tk:metWith", "Ana Ruiz") in found
    assert ("Peter Quist", "tk:metWith", "Tomas Berg") in found
    for text in (
        "Peter Quist joined Ana Ruiz in condemning the attack.",
        "Peter Quist plans to join Ana Ruiz for dinner.",
        "Peter Quist joined Ana Ruiz for the first time in a final.",
    ):
        assert not any(p == "tk:metWith" for _, p, _ in triples(facts_of(text)))


def test_a_team_headed_by_someone_meets_through_its_head() -> None:
    text = (
        "A team of African Union observers headed by Mara Lind of Sweden met Tomas Berg and, "
        "separately, Ana Ruiz on Tuesday."
    )
    assert ("Mara Lind", "tk:metWith", "Tomas Berg") in triples(facts_of(text))


def test_a_ceremony_done_with_someone_is_a_meeting() -> None:
    text = "The health minister, Teresa Mbala, opened the plant with its chairman, Venkat Rao."
    assert ("Teresa Mbala", "tk:metWith", "Venkat Rao") in triples(facts_of(text))
    for text in (
        "Teresa Mbala cut ties with Venkat Rao last year.",
        "Teresa Mbala opened fire with Venkat Rao at the range.",
    ):
        assert not any(p == "tk:metWith" for _, p, _ in triples(facts_of(text)))


def test_joined_at_the_talks_by_someone_adds_them_to_the_talks() -> None:
    text = (
        "Ana Ruiz held talks with Tomas Berg on Monday. He was joined at the talks by the "
        "district commissioner, Grace Mweemba."
    )
    found = triples(facts_of(text))
    assert ("Ana Ruiz", "tk:metWith", "Grace Mweemba") in found
    assert ("Tomas Berg", "tk:metWith", "Grace Mweemba") in found
    text = text.replace("at the talks by the district commissioner", "at the airport by his wife")
    assert not any("Grace Mweemba" in t and t[1] == "tk:metWith" for t in triples(facts_of(text)))


def test_days_spent_in_a_place_before_the_news_are_a_visit() -> None:
    text = "Anneke Visser arrived in Monrovia on Sunday after three days in Sapo National Park."
    assert ("Anneke Visser", "tk:visited", "Sapo National Park") in triples(facts_of(text))
    text = "Anneke Visser will fly to Monrovia after three days in Sapo National Park."
    assert ("Anneke Visser", "tk:visited", "Sapo National Park") not in triples(facts_of(text))


@pytest.mark.parametrize(
    "second",
    [
        "The attorney general, Kerry Alleyne, took part in the talks.",
        "The transport minister, Kerry Alleyne, who was also at the meeting, said the route "
        "would reopen.",
    ],
)
def test_taking_part_in_or_being_at_the_meeting_reported_is_meeting_its_people(
    second: str,
) -> None:
    found = triples(facts_of("Ana Ruiz held talks with Tomas Berg on Monday. " + second))
    assert ("Ana Ruiz", "tk:metWith", "Kerry Alleyne") in found
    assert ("Tomas Berg", "tk:metWith", "Kerry Alleyne") in found


def test_taking_part_in_something_else_is_no_meeting() -> None:
    text = "Ana Ruiz held talks with Tomas Berg on Monday. Kerry Alleyne took part in the race."
    assert not any("Kerry Alleyne" in t for t in triples(facts_of(text)))


def test_joined_by_people_at_what_someone_did_is_a_meeting() -> None:
    found = triples(facts_of("Ana Ruiz opened the new bridge, joined by Tomas Berg."))
    assert ("Ana Ruiz", "tk:metWith", "Tomas Berg") in found
    found = triples(facts_of("Ana Ruiz will open the bridge, joined by Tomas Berg."))
    assert ("Ana Ruiz", "tk:metWith", "Tomas Berg") not in found
