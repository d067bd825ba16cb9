"""A town's district written with the town in the possessive (rules/districts.py); our own
sentences."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples


@pytest.mark.parametrize(
    "text, district, town",
    [
        ("The church stands in Kraków's southern district of Podgórze.", "Podgórze", "Kraków"),
        ("Protesters gathered in Istanbul's Kadıköy district on Sunday.", "Kadıköy", "Istanbul"),
    ],
)
def test_a_towns_district_lies_in_the_town(text: str, district: str, town: str) -> None:
    found = triples(facts_of(text))
    assert (district, "tk:locatedIn", town) in found, sorted(found)


def test_a_towns_mayor_is_no_district_of_it() -> None:
    found = triples(facts_of("Lyon's mayor visited Grenoble on Monday."))
    assert ("Grenoble", "tk:locatedIn", "Lyon") not in found, sorted(found)
