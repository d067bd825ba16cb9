"""CoNLL04's span conventions, so that our mentions are scored the way the corpus counts them.

CoNLL04 is scored on its own tokens: a system is right when it picks the same tokens as the
gold span. Two of those conventions differ from textkg's character spans:

- the corpus's tokeniser glued some full stops to the word before ("Ethiopia." is one token),
  so our "Ethiopia" covers part of a token; it is the same token, and counts as it;
- person spans include some titles ("President Lincoln", "Mr. Lee") and not others ("Judge
  Ito"); textkg keeps titles apart (schema:jobTitle). Which titles the corpus puts inside is
  learned from the train and dev splits (``titles_inside``), never from the split scored.

Used by ``bench/relations.py`` to score and by ``training.relation_classifier`` to label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from textkg.lexicon import Lexicon, default_lexicon

_QUOTE_RUN = re.compile(r"\s*([`'\"]+)")
_QUOTE_CHARS = frozenset("`'\"")
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")

Offsets = list[tuple[int, int]]


def token_offsets(text: str, tokens: Sequence[str]) -> Offsets:
    """Character offsets of the corpus tokens in ``text`` (the detokenised text writes the
    corpus's ``` `` ``` and ``''`` quote tokens as plain quotes)."""
    pos = 0
    offsets: Offsets = []
    for token in tokens:
        if set(token) <= _QUOTE_CHARS:
            match = _QUOTE_RUN.match(text, pos)
            if match:
                pos = match.end(1)
                offsets.append((match.start(1), pos))
            else:
                offsets.append((pos, pos))
            continue
        found = text.find(token, pos)
        if found < 0 or text[pos:found].strip():
            raise ValueError(f"token {token!r} not found at offset {pos} of {text[:40]!r}")
        pos = found + len(token)
        offsets.append((found, pos))
    return offsets


def snap_to_tokens(start: int, end: int, offsets: Offsets) -> tuple[int, int]:
    """The span of the corpus tokens that a character span overlaps."""
    covered = [(s, e) for s, e in offsets if s < end and e > start and s < e]
    if not covered:
        return start, end
    return covered[0][0], covered[-1][1]


def titles_inside(rows: Iterable[dict[str, Any]], lexicon: Lexicon | None = None) -> frozenset[str]:
    """Titles and honorifics of our lexicon that open a person span in the corpus much more
    often than they stand just before one: the titles it counts as part of a name."""
    lex = lexicon or default_lexicon()
    known = lex.titles | lex.honorifics
    inside: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for row in rows:
        tokens = row["tokens"]
        for entity in row["entities"]:
            if entity["type"] != "Peop":
                continue
            first, last = entity["token_start"], entity["token_end"]
            if last - first > 1 and tokens[first].lower() in known:
                inside[tokens[first]] += 1
            if first > 0 and tokens[first - 1].lower() in known:
                before[tokens[first - 1]] += 1
    return frozenset(w for w, n in inside.items() if n >= 3 and n > 2 * before[w])


@dataclass(frozen=True)
class CorpusSentence:
    """One CoNLL04 sentence's text and tokens: where our spans fall in the corpus's terms.

    Titles are matched as the corpus writes them ("President", not "PRESIDENT" or a title
    with a quote glued on)."""

    text: str
    offsets: Offsets
    titles: frozenset[str]

    @classmethod
    def of(cls, row: dict[str, Any], titles: frozenset[str]) -> CorpusSentence:
        text = str(row["text"])
        return cls(text, token_offsets(text, row["tokens"]), titles)

    def span(self, start: int, end: int, person: bool, birthplace: bool = False) -> tuple[int, int]:
        """A mention's span as CoNLL04 would write it: on its tokens, with the title it
        includes; without the sentence's full stop after a person's name ("King Jr .") or a
        ``birthplace`` with its state ("Amherst, Mass ."), which the corpus leaves out
        (though it keeps it in "MIDDLETOWN, N.Y ." heading a story)."""
        if person:
            match = _WORD_BEFORE.search(self.text, 0, start)
            if match and match.group(1) in self.titles:
                start = match.start(1)
        start, end = snap_to_tokens(start, end, self.offsets)
        stop = end - 1 > start and (end - 1, end) in self.offsets and self.text[end - 1] == "."
        if stop and (person or birthplace):
            end = len(self.text[: end - 1].rstrip())
        return start, end


def birthplaces_with_state(
    places: Iterable[tuple[int, int]],
    births: Iterable[tuple[int, int]],
    comma_between: Callable[[int, int], bool],
) -> dict[tuple[int, int], tuple[int, int]]:
    """CoNLL04 writes a birthplace and the state or country after it as one place ("born in
    Lubbock, Texas": some 68 of the train and dev splits' birthplaces so written, none
    apart), where textkg has two: each of the two spans (in any unit) → the span of both,
    for the birthplaces ``births`` that a comma and another of ``places`` follow."""
    following = {a: b for a, b in pairwise(sorted(set(places))) if comma_between(a[1], b[0])}
    merged: dict[tuple[int, int], tuple[int, int]] = {}
    for town in births:
        state = following.get(town)
        if state is not None:
            merged[town] = merged[state] = (town[0], state[1])
    return merged
