"""CoNLL04's span conventions: our character spans written on the corpus's tokens."""

from __future__ import annotations

from typing import Any

import pytest

from textkg.extract.conll04 import conll_span, snap_to_tokens, titles_inside, token_offsets


def _row(tokens: list[str], people: list[tuple[int, int]]) -> dict[str, Any]:
    return {
        "tokens": tokens,
        "entities": [{"type": "Peop", "token_start": s, "token_end": e} for s, e in people],
    }


def test_token_offsets_follow_detokenised_quotes() -> None:
    text = '"We won," said Ada Brook of Leeds.'
    tokens = ["``", "We", "won", ",", "''", "said", "Ada", "Brook", "of", "Leeds."]
    offsets = token_offsets(text, tokens)
    assert [text[s:e] for s, e in offsets] == [
        '"',
        "We",
        "won",
        ",",
        '"',
        "said",
        "Ada",
        "Brook",
        "of",
        "Leeds.",
    ]


def test_token_offsets_name_the_token_that_is_not_there() -> None:
    with pytest.raises(ValueError, match="'Paris'"):
        token_offsets("He left London.", ["He", "left", "Paris"])


def test_a_name_inside_a_glued_token_is_that_token() -> None:
    text = "She moved to Leeds."
    offsets = token_offsets(text, ["She", "moved", "to", "Leeds."])
    start = text.index("Leeds")
    assert snap_to_tokens(start, start + len("Leeds"), offsets) == (start, len(text))


def test_titles_inside_are_learned_from_the_corpus_and_limited_to_known_titles() -> None:
    rows = [
        _row(["President", "Ada", "Brook", "spoke"], [(0, 3)]),
        _row(["President", "Tom", "Hale", "left"], [(0, 3)]),
        _row(["President", "Lee", "Moss", "came"], [(0, 3)]),
        _row(["Judge", "Ann", "Ray", "ruled"], [(1, 3)]),
        _row(["Judge", "Bo", "Diaz", "ruled"], [(1, 3)]),
        _row(["Judge", "Cy", "Ott", "ruled"], [(0, 3)]),
        _row(["John", "Ford", "won"], [(0, 2)]),
        _row(["John", "Fox", "won"], [(0, 2)]),
        _row(["John", "Day", "won"], [(0, 2)]),
    ]
    learned = titles_inside(rows)
    assert "President" in learned  # opens the span every time
    assert "Judge" not in learned  # mostly stands before it
    assert "John" not in learned  # a first name, not a title


def test_a_person_span_takes_the_title_the_corpus_includes() -> None:
    text = "President Ada Brook met Judge Tom Hale."
    tokens = ["President", "Ada", "Brook", "met", "Judge", "Tom", "Hale."]
    offsets = token_offsets(text, tokens)
    titles = frozenset({"President"})
    ada = text.index("Ada")
    tom = text.index("Tom")
    assert conll_span(text, ada, ada + 9, True, offsets, titles) == (0, ada + 9)
    assert conll_span(text, tom, tom + 8, True, offsets, titles) == (tom, len(text))
    # an organisation keeps its span: titles belong to people
    assert conll_span(text, ada, ada + 9, False, offsets, titles) == (ada, ada + 9)
