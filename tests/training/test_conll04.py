"""CoNLL04's span conventions: our character spans written on the corpus's tokens."""

from __future__ import annotations

from typing import Any

import pytest
from training.conll04 import (
    CorpusSentence,
    birthplaces_with_state,
    snap_to_tokens,
    titles_inside,
    token_offsets,
)


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


def test_a_quote_written_as_two_corpus_tokens_is_one_character() -> None:
    text = 'He said "no" to Ada Brook.'
    tokens = ["He", "said", "`", "`", "no", "'", "'", "to", "Ada", "Brook", "."]
    offsets = token_offsets(text, tokens)
    assert [text[s:e] for s, e in offsets] == [
        "He",
        "said",
        '"',
        "",
        "no",
        '"',
        "",
        "to",
        "Ada",
        "Brook",
        ".",
    ]
    # an empty token never widens a span
    start = text.index("Ada")
    assert snap_to_tokens(start, start + 9, offsets) == (start, start + 9)


def test_titles_inside_are_learned_from_the_corpus_and_limited_to_known_titles() -> None:
    rows = [
        _row(["President", "Ada", "Brook", "spoke"], [(0, 3)]),
        _row(["President", "Tom", "Hale", "left"], [(0, 3)]),
        _row(["President", "Lee", "Moss", "came"], [(0, 3)]),
        _row(["Judge", "Ann", "Ray", "ruled"], [(0, 3)]),
        _row(["Judge", "Bo", "Diaz", "ruled"], [(0, 3)]),
        _row(["Judge", "Cy", "Ott", "ruled"], [(0, 3)]),
        _row(["Judge", "Di", "Orr", "ruled"], [(0, 3)]),
        _row(["Judge", "Ed", "Ash", "ruled"], [(0, 3)]),
        *[_row(["Judge", "Al", f"Roe{n}", "ruled"], [(1, 3)]) for n in range(2)],
        _row(["John", "Ford", "won"], [(0, 2)]),
        _row(["John", "Fox", "won"], [(0, 2)]),
        _row(["John", "Day", "won"], [(0, 2)]),
    ]
    assert {"President", "Judge"} <= titles_inside(rows)  # inside five times, outside twice
    more = rows + [_row(["Judge", "Al", f"Doe{n}", "ruled"], [(1, 3)]) for n in range(5)]
    learned = titles_inside(more)
    assert "President" in learned  # opens the span every time
    assert "Judge" not in learned  # now mostly stands before it
    assert "John" not in learned  # a first name, not a title


def test_a_person_span_takes_the_title_the_corpus_includes() -> None:
    text = "President Ada Brook met Judge Tom Hale."
    tokens = ["President", "Ada", "Brook", "met", "Judge", "Tom", "Hale."]
    corpus = CorpusSentence(text, token_offsets(text, tokens), frozenset({"President"}))
    ada = text.index("Ada")
    tom = text.index("Tom")
    assert corpus.span(ada, ada + 9, True) == (0, ada + 9)
    assert corpus.span(tom, tom + 8, True) == (tom, len(text))
    # an organisation keeps its span: titles belong to people
    assert corpus.span(ada, ada + 9, False) == (ada, ada + 9)


def test_a_birthplace_and_the_place_after_its_comma_are_one_span() -> None:
    """ "born in Lubbock, Texas" (tokens 3 and 5, a comma at 4): both are the span of the two;
    a place after no comma, or a place no one was born in, stays apart."""
    places = [(3, 4), (5, 6), (9, 10)]
    merged = birthplaces_with_state(places, [(3, 4)], lambda end, nxt: nxt == end + 1)
    assert merged == {(3, 4): (3, 6), (5, 6): (3, 6)}
    assert birthplaces_with_state(places, [(5, 6)], lambda end, nxt: nxt == end + 1) == {}
