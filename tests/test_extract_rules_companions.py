"""Who was sent somewhere went there (rules/companions.py, sent-to); our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from fixtures.extract.support import facts_of, triples

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
