"""Sentences as a reader would cut them, from spaCy's parse-based boundaries.

The small model's parser sometimes cuts a sentence in the middle of a name ("... Minister of
State | Security Ri ...") and never cuts at a blank line between a headline and a paragraph.
Both are repaired here from the text's own layout: a cut with no sentence-final punctuation
and no line break before it is undone; blank lines and short unpunctuated lines always end a
sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textkg.extract.tokens import TokenTable
from textkg.records import Sentence

_TERMINAL = frozenset(".!?…")
_CLOSERS = frozenset("\"'”’)]»")
#: A line this short that ends without punctuation is a headline or a byline, not a wrap.
_SHORT_LINE = 70
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence with its token range and paragraph number, for the rules."""

    index: int
    start_token: int
    end_token: int
    start: int
    end: int
    paragraph: int


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip()
    while stripped and stripped[-1] in _CLOSERS:
        stripped = stripped[:-1]
    return bool(stripped) and stripped[-1] in _TERMINAL


def _line_break_ends_sentence(table: TokenTable, space_index: int, line_start: int) -> bool:
    """Whether a single line break (token ``space_index``) ends a sentence."""
    before = table.source[line_start : table.idx[space_index]].rstrip()
    if not before:
        return False
    if _ends_sentence(before) or before[-1] in ":":
        return True
    after_index = space_index + 1
    if after_index >= len(table):
        return True
    following = table.text[after_index]
    return len(before) < _SHORT_LINE and (following[:1].isupper() or following[:1] in "•*-–")


def parser_sentences(table: TokenTable) -> list[tuple[int, int]]:
    """The parser's sentences as (start, end) token bounds (none in an empty text)."""
    starts = [i for i, flag in enumerate(table.sent_start) if flag == 1 or i == 0]
    bounds = [*starts, len(table)]
    return [(bounds[k], bounds[k + 1]) for k in range(len(starts)) if bounds[k] < bounds[k + 1]]


def split_sentences(table: TokenTable) -> list[SentenceSpan]:
    """Cut the document into sentences, repairing the parser's cuts with the text's layout."""
    pieces: list[tuple[int, int, bool]] = []  # (start token, end token, break before)
    line_start = 0
    text, words, idx = table.source, table.text, table.idx
    for sent_start, sent_end in parser_sentences(table):
        piece_start = sent_start
        for i in range(sent_start, sent_end):
            if not table.is_space[i] or "\n" not in words[i]:
                continue
            blank = words[i].count("\n") >= 2 or "\n\n" in words[i].replace(" ", "")
            if blank or _line_break_ends_sentence(table, i, line_start):
                if piece_start < i:
                    pieces.append((piece_start, i, True))
                piece_start = i + 1
            line_start = idx[i] + words[i].rfind("\n") + 1
        if piece_start < sent_end:
            pieces.append((piece_start, sent_end, False))
    # a piece that does not end a sentence and has no line break after it is glued to the next
    merged: list[list[int]] = []
    paragraphs: list[int] = []
    paragraph = 0
    previous_breaks = True
    previous_end_char = 0
    for start, end, breaks_after in pieces:
        gap = text[previous_end_char : idx[start]]
        if merged and _BLANK_LINE.search(gap):
            paragraph += 1
        last_text = text[idx[merged[-1][0]] : table.end_char(merged[-1][1] - 1)] if merged else ""
        if merged and not previous_breaks and "\n" not in gap and not _ends_sentence(last_text):
            merged[-1][1] = end
        else:
            merged.append([start, end])
            paragraphs.append(paragraph)
        previous_breaks = breaks_after
        previous_end_char = table.end_char(end - 1)
    spans: list[SentenceSpan] = []
    for (start, end), para in zip(merged, paragraphs, strict=True):
        while start < end and table.is_space[start]:
            start += 1
        while end > start and table.is_space[end - 1]:
            end -= 1
        if start >= end:
            continue
        spans.append(
            SentenceSpan(
                index=len(spans),
                start_token=start,
                end_token=end,
                start=idx[start],
                end=table.end_char(end - 1),
                paragraph=para,
            )
        )
    return spans


def sentence_records(text: str, spans: list[SentenceSpan]) -> tuple[Sentence, ...]:
    return tuple(Sentence(text[s.start : s.end], s.start, s.end) for s in spans)


def token_sentences(table: TokenTable, spans: list[SentenceSpan]) -> list[int]:
    """For each token, the index of its sentence (-1 for whitespace between sentences)."""
    owner = [-1] * len(table)
    for span in spans:
        for i in range(span.start_token, span.end_token):
            owner[i] = span.index
    return owner
