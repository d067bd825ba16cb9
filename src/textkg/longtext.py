"""Articles too long to parse at once: read window by window, their facts joined back.

spaCy parses at most a million characters at a time, with memory in proportion, and the
extraction rules take time that grows faster than the text. An article longer than a window
(textkg.nlp.WINDOW_CHARS, cut at a paragraph break where there is one) is parsed and
extracted one window at a time, as if each were an article of its own; ``join_facts`` then
moves every offset and sentence number back into the whole article, so the facts read as if
it had been parsed in one piece: offsets index ``article.text`` exactly. What a window
boundary costs is a sentence's context across it (a title named in one window and used in the
next); the boundary falls between paragraphs wherever the text has them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from textkg.nlp import WINDOW_CHARS, text_windows
from textkg.records import ArticleFacts, ArticleText, Mention, Sentence


@dataclass(frozen=True)
class Window:
    """One piece of an article, read as an article of its own."""

    #: The window's text as an article (same source and metadata as the whole).
    article: ArticleText
    #: Where the window starts in the whole article's text.
    offset: int


def split_article(article: ArticleText, size: int = WINDOW_CHARS) -> list[Window]:
    """The article as windows of at most ``size`` characters (itself, when it fits)."""
    spans = text_windows(article.text, size)
    if len(spans) == 1:
        return [Window(article, 0)]
    return [Window(replace(article, text=article.text[start:end]), start) for start, end in spans]


def join_facts(article: ArticleText, parts: Sequence[tuple[int, ArticleFacts]]) -> ArticleFacts:
    """The facts of the whole ``article`` from the facts of its windows (offset, facts)."""
    if len(parts) == 1 and parts[0][1].article == article:
        return parts[0][1]
    sentences: list[Sentence] = []
    joined: list[ArticleFacts] = []
    for offset, facts in sorted(parts, key=lambda part: part[0]):
        shift = _Shift(offset, len(sentences))
        sentences.extend(
            Sentence(s.text, s.start + offset, s.end + offset) for s in facts.sentences
        )
        joined.append(shift.facts(facts))
    return ArticleFacts(
        article=article,
        sentences=tuple(sentences),
        mentions=tuple(m for f in joined for m in f.mentions),
        relations=tuple(r for f in joined for r in f.relations),
        events=tuple(e for f in joined for e in f.events),
        quotes=tuple(q for f in joined for q in f.quotes),
        dates=tuple(d for f in joined for d in f.dates),
    )


@dataclass(frozen=True)
class _Shift:
    """Moves a window's facts to their place in the whole article."""

    offset: int
    sentences: int

    def mention(self, mention: Mention) -> Mention:
        return replace(
            mention,
            start=mention.start + self.offset,
            end=mention.end + self.offset,
            sentence=mention.sentence + self.sentences,
        )

    def facts(self, facts: ArticleFacts) -> ArticleFacts:
        move = self.mention
        return replace(
            facts,
            mentions=tuple(move(m) for m in facts.mentions),
            relations=tuple(
                replace(
                    r,
                    subject=move(r.subject),
                    object=move(r.object),
                    sentence=r.sentence + self.sentences,
                )
                for r in facts.relations
            ),
            events=tuple(
                replace(
                    e,
                    participants=tuple(move(p) for p in e.participants),
                    place=move(e.place) if e.place else None,
                    sentence=e.sentence + self.sentences,
                )
                for e in facts.events
            ),
            quotes=tuple(
                replace(q, speaker=move(q.speaker), sentence=q.sentence + self.sentences)
                for q in facts.quotes
            ),
            dates=tuple(
                replace(d, subject=move(d.subject), sentence=d.sentence + self.sentences)
                for d in facts.dates
            ),
        )
