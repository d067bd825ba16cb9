"""Roles a verb gives in a reference page (extract/titles.py), and a title's place the NER
tagged with the title (extract/mentions/__init__.py); our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_reign_a_reference_page_bounds_by_dates_is_its_subjects() -> None:
    found = triples(
        facts_of(
            "Radu IV (15 October 1893 - 4 April 1953) reigned as King of Moldova from 8 "
            "June 1930 until his abdication in 1940."
        )
    )
    assert ("Radu IV", "tk:leaderOf", "Moldova") in found


def test_a_post_a_news_report_puts_in_the_past_is_no_current_role() -> None:
    # guard: a news story's "previously served as"
    found = triples(
        facts_of(
            "Stefan Dorin, who previously served as Prime Minister of Moldova, arrived in Kyiv "
            "on Monday."
        )
    )
    assert ("Stefan Dorin", "tk:leaderOf", "Moldova") not in found
