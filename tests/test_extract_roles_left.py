"""Roles the text says are over give no position: a post retired from or stepped down from,
a dismissal, a retired worker's past employer (a learned model's guess included)."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples

LEFT = [
    (
        "Ines Duarte, who retired as chief executive of Tejo Foods in March, opened the fair.",
        "Tejo Foods",
    ),
    (
        "Ines Duarte, who stepped down as chair of Tejo Foods last year, opened the fair.",
        "Tejo Foods",
    ),
    (
        "Ines Duarte, who was dismissed as coach of the Braga Lions in March, opened the fair.",
        "Braga Lions",
    ),
    ("Ines Duarte, a retired engineer who worked for Tejo Foods, opened the fair.", "Tejo Foods"),
]


@pytest.mark.parametrize(("text", "body"), LEFT)
def test_a_post_left_gives_no_position(text: str, body: str) -> None:
    found = triples(facts_of(text))
    held = {p for s, p, o in found if s == "Ines Duarte" and o == body}
    assert not held & {"tk:worksFor", "tk:leaderOf", "tk:memberOf"}


def test_a_post_held_now_is_still_read() -> None:
    text = "Ines Duarte, an engineer who works for Tejo Foods, opened the fair."
    assert ("Ines Duarte", "tk:worksFor", "Tejo Foods") in triples(facts_of(text))
