"""Things placed by a landmark (rules/located.py): "X is located just north of Y in Z", with
sentences of our own."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples


@pytest.mark.parametrize(
    ("text", "thing", "landmark", "place"),
    [
        (
            "Lake Wendell is located just north of Lake Arbor in Duluth, Minnesota.",
            "Lake Wendell",
            "Lake Arbor",
            "Duluth",
        ),
        (
            "The Harlan Dam is situated on the Wabash River in Cass County, Indiana.",
            "Harlan Dam",
            "Wabash River",
            "Cass County",
        ),
        (
            "Mount Tarrow is located to the east of Lake Arbor in Duluth.",
            "Mount Tarrow",
            "Lake Arbor",
            "Duluth",
        ),
    ],
)
def test_a_thing_beside_a_landmark_lies_where_the_landmark_does(
    text: str, thing: str, landmark: str, place: str
) -> None:
    found = triples(facts_of(text))
    assert (thing, "tk:locatedIn", place) in found
    assert (landmark, "tk:locatedIn", place) in found


def test_a_lake_or_a_mountain_the_ner_took_for_a_person_is_a_place() -> None:
    found = triples(facts_of("Lake Wendell is located in Duluth."))
    assert ("Lake Wendell", "tk:locatedIn", "Duluth") in found


def test_a_place_a_copula_makes_part_of_another_lies_in_it() -> None:
    found = triples(
        facts_of(
            "Kallio is a village in Estonia. It is part of Rapla Parish. The Varna Range is "
            "part of the Baltic Highlands."
        )
    )
    assert ("Kallio", "tk:locatedIn", "Rapla Parish") in found
    assert ("Varna Range", "tk:locatedIn", "Baltic Highlands") in found


def test_a_place_said_to_be_no_part_of_another_does_not_lie_in_it() -> None:
    # guard: the copula denied
    found = triples(facts_of("Kallio is a village in Estonia. It is not part of Rapla Parish."))
    assert ("Kallio", "tk:locatedIn", "Rapla Parish") not in found
