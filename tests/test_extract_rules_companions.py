"""Who was sent somewhere went there (rules/companions.py, sent-to), who met people in a town
was there (met-people-in); our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from fixtures.extract.support import facts_of, met, triples

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def test_who_a_government_sent_somewhere_went_there() -> None:
    found = triples(
        facts_of(
            "Uzbekistan sent its deputy energy minister, Sherzod Aliyev, to Bishkek for the "
            "signing.",
            PUBLISHED,
        )
    )
    assert ("Sherzod Aliyev", "tk:visited", "Bishkek") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya will send its foreign minister, Ruth Wambui, to Addis Ababa.",
        "Kenya plans to send its foreign minister, Ruth Wambui, to Addis Ababa.",
        "Kenya refused to send its foreign minister, Ruth Wambui, to Addis Ababa.",
        # sent by a court or by voters: no trip of an envoy
        "The court sent the former minister, Ruth Wambui, to Kamiti Prison for ten years.",
        "Voters sent Ruth Wambui to Addis Ababa as their member of parliament.",
    ],
)
def test_who_was_not_sent_on_a_trip_has_not_gone(text: str) -> None:
    found = triples(facts_of(text, PUBLISHED))
    assert not {t for t in found if t[1] == "tk:visited"}, found


def test_who_flew_on_the_flight_with_a_traveller_went_too() -> None:
    found = triples(
        facts_of(
            "Premier Ana Tui flew to Auckland on the first flight with the airline's boss, "
            "Sefo Lam."
        )
    )
    assert ("Sefo Lam", "tk:visited", "Auckland") in found


def test_who_met_unnamed_people_in_towns_was_there() -> None:
    found = triples(
        facts_of(
            "Oskar Teller and the company's finance director, Helga Brunsvik, met investors "
            "in Vienna and Zurich last month."
        )
    )
    for person in ("Oskar Teller", "Helga Brunsvik"):
        for town in ("Vienna", "Zurich"):
            assert (person, "tk:visited", town) in found


@pytest.mark.parametrize(
    "text",
    [
        "Austria's economy minister, Helga Brunsvik, met investors in Vienna on Monday.",
        "Helga Brunsvik will meet investors in Vienna next week.",
    ],
)
def test_no_visit_at_home_or_before_the_meeting(text: str) -> None:
    assert ("Helga Brunsvik", "tk:visited", "Vienna") not in triples(facts_of(text))


def test_who_accompanied_a_traveller_some_sentences_after_the_one_trip_went_too() -> None:
    found = triples(
        facts_of(
            "Prime Minister Oren Dahl arrived in Tarsk on Tuesday for three days of talks. "
            "Dahl was received on Wednesday by President Ilse Lindfors at her office. "
            "The two leaders signed a treaty on fishing rights. They also agreed to open a "
            "ferry route. Dahl was accompanied by his finance minister, Soren Aalto, and by "
            "Petra Lund, who heads the Velmora Port Authority."
        )
    )
    assert ("Soren Aalto", "tk:visited", "Tarsk") in found
    assert ("Petra Lund", "tk:visited", "Tarsk") in found


def test_far_from_two_trips_a_companion_goes_to_neither() -> None:
    # near miss: the traveller went to two places; which one the company joined is unsaid
    found = triples(
        facts_of(
            "Prime Minister Oren Dahl arrived in Tarsk on Tuesday for talks. On Thursday he "
            "flew on to Halvik. The two leaders signed a treaty on fishing rights. They also "
            "agreed to open a ferry route. Dahl was accompanied by his finance minister, "
            "Soren Aalto."
        )
    )
    assert ("Soren Aalto", "tk:visited", "Tarsk") not in found
    assert ("Soren Aalto", "tk:visited", "Halvik") not in found


def test_a_companions_employers_seat_does_not_stop_the_trip_being_shared() -> None:
    found = triples(
        facts_of(
            "Prime Minister Ana Nakamura flew to Honiara on Tuesday. She met the governor. "
            "They discussed fishing. Nakamura was accompanied by Jean Kalo, chief executive of "
            "the Port Authority, which is headquartered in Aqaba."
        )
    )
    assert ("Jean Kalo", "tk:visited", "Honiara") in found


_CALL = "On Monday Marit Dahle paid a courtesy call on the governor of Finnmark, Jonas Eide. "


def test_who_accompanied_one_of_those_who_just_met_was_at_the_meeting() -> None:
    found = triples(
        facts_of(_CALL + "She was accompanied by her chief of staff, Sigrun Vik.", PUBLISHED)
    )
    assert met(found, "Sigrun Vik", "Jonas Eide")
    assert met(found, "Sigrun Vik", "Marit Dahle")


@pytest.mark.parametrize(
    "company",
    [
        "She was accompanied by her husband, Arne Holt.",
        "She will be accompanied by her chief of staff, Arne Holt, on Friday.",
    ],
)
def test_family_or_a_companion_still_to_come_met_no_one(company: str) -> None:
    found = triples(facts_of(_CALL + company, PUBLISHED))
    assert not met(found, "Arne Holt", "Jonas Eide")


def test_who_accompanied_a_traveller_who_also_met_someone_made_the_trip() -> None:
    found = triples(
        facts_of(
            "Marit Dahle flew to Alta on Monday and toured the harbour with its director, Jonas "
            "Eide. She was accompanied by her chief of staff, Sigrun Vik.",
            PUBLISHED,
        )
    )
    assert ("Sigrun Vik", "tk:visited", "Alta") in found
    assert not met(found, "Sigrun Vik", "Jonas Eide")


def test_who_walks_a_route_with_someone_meets_them() -> None:
    found = triples(
        facts_of("On Friday Mayor Ilona Varga walked the new cycle lane with Bence Toth.")
    )
    assert ("Ilona Varga", "tk:metWith", "Bence Toth") in found or (
        "Bence Toth",
        "tk:metWith",
        "Ilona Varga",
    ) in found
