"""A person's home place said with a possessive (extract.rules.homes), our own sentences."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of
from textkg.namespaces import curie


def _homes(text: str) -> set[tuple[str, str]]:
    return {
        (r.subject.name, r.object.name)
        for r in facts_of(text).relations
        if curie(r.predicate) == "tk:residesIn"
    }


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        # a scientist's death at home, a singer's return, a politician's campaign, a
        # footballer's journey, a skier's town
        (
            "The chemist Ruth Adler died on Friday at her home in Haifa, her son said.",
            "Ruth Adler",
            "Haifa",
        ),
        ("The singer Ama Owusu returned to her native Ghana last week.", "Ama Owusu", "Ghana"),
        ("Jesse Moor campaigned in his native Ohio on Sunday.", "Jesse Moor", "Ohio"),
        (
            "The striker Tomas Varga flew back to his Debrecen home after the match.",
            "Tomas Varga",
            "Debrecen",
        ),
        ("Near Lena Berg's hometown of Kiruna, the river froze early.", "Lena Berg", "Kiruna"),
    ],
)
def test_a_possessors_home_place_is_where_they_live(text: str, person: str, place: str) -> None:
    assert (person, place) in _homes(text)


def test_a_bodys_home_is_no_ones_residence() -> None:
    # the company's home, not the chief executive's
    text = "Lisa Wong, whose company has its home in Vancouver, spoke first."
    assert ("Lisa Wong", "Vancouver") not in _homes(text)


def test_a_home_is_read_of_a_possessor_the_sentence_names() -> None:
    # "his" is the singer's, whom the sentence does not name: not the mayor's before
    text = (
        "Erik Falk was sworn in as mayor of Tromso on Monday. "
        "A singer was found dead at his home in Bergen."
    )
    assert not any(place == "Bergen" for _, place in _homes(text))
