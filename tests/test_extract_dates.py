"""Date phrases as news writes them, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from textkg.extract.dates import resolve_date

PUBLISHED = date(2024, 4, 2)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Mar. 25-27", date(2024, 3, 25), date(2024, 3, 27)),
        ("from Mar. 25-27", date(2024, 3, 25), date(2024, 3, 27)),
        ("March 25 to 27", date(2024, 3, 25), date(2024, 3, 27)),
        ("Sept. 13 last year", date(2023, 9, 13), date(2023, 9, 13)),
        ("Sept. 13", date(2024, 9, 13), date(2024, 9, 13)),
        ("Jan. 4, 1988", date(1988, 1, 4), date(1988, 1, 4)),
        ("4 May 2011", date(2011, 5, 4), date(2011, 5, 4)),
        ("Dec. 30-Jan. 2", date(2023, 12, 30), date(2024, 1, 2)),
        ("the 25th to the 27th", date(2024, 3, 25), date(2024, 3, 27)),
        ("the 1st", date(2024, 4, 1), date(2024, 4, 1)),
        ("last Thursday", date(2024, 3, 28), date(2024, 3, 28)),
        ("Tuesday", date(2024, 4, 2), date(2024, 4, 2)),
        ("last Tuesday", date(2024, 3, 26), date(2024, 3, 26)),
        ("yesterday", date(2024, 4, 1), date(2024, 4, 1)),
    ],
)
def test_dates_resolve_against_the_publication_date(text: str, start: date, end: date) -> None:
    assert resolve_date(text, PUBLISHED) == (start, end)


def test_a_yearless_date_far_after_publication_was_last_year() -> None:
    assert resolve_date("Dec. 28", date(2024, 1, 10)) == (date(2023, 12, 28), date(2023, 12, 28))


@pytest.mark.parametrize("text", ["Mar. 25-27", "the 25th", "last Thursday", "Sept. 13 last year"])
def test_without_a_publication_date_only_stated_years_resolve(text: str) -> None:
    assert resolve_date(text, None) is None


def test_a_stated_year_needs_no_publication_date() -> None:
    assert resolve_date("March 3, 2021", None) == (date(2021, 3, 3), date(2021, 3, 3))


@pytest.mark.parametrize("text", ["May 2011", "13 years", "Feb. 30", "the 1990s", "spring"])
def test_what_is_no_day_stays_unresolved(text: str) -> None:
    assert resolve_date(text, PUBLISHED) is None
