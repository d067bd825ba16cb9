"""Step 1 of resolution for a large build, shared with a second process.

Decoding each article's facts and classifying its mentions (:mod:`.prepare`) is a quarter
of a large build's resolution and depends on one article at a time, so when a core is free
a forked child prepares the second half of the articles while this process prepares the
first. The child sends back plain tuples, each classification once (most wordings recur),
and this process makes the same :class:`Prepared` records from them that it would have made
itself: what a mention becomes depends only on its words, never on which process read it.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from textkg.countries import CountryIndex
from textkg.forked import can_fork, spare_core, start_forked
from textkg.records import ArticleFacts, Mention
from textkg.resolve.model import Prepared
from textkg.resolve.prepare import Preparer
from textkg.resolve.prepare import _classified as classified_fields

#: Builds of more articles than this prepare some of them in a forked child when a core is
#: free (below, forking and sending the result back cost more than the child saves).
SPLIT_PREPARE_ARTICLES = 2_000
#: The share of the articles the child prepares: it also packs and pickles what it made
#: (~0.2 s at 10,000 articles), so a little less than half ends both parts together.
CHILD_SHARE = 0.45

#: One classification sent back: the mention's words as a tuple, then what was derived.
_Classified = tuple[Any, ...]
#: One mention sent back: start, end, sentence, defines, its classification's row.
_Placed = tuple[int, int, int, str, int]

_MENTION_FIELDS = attrgetter(*Mention.__dataclass_fields__)


def prepare_articles(
    countries: CountryIndex, facts: Sequence[ArticleFacts], *, split: bool | None = None
) -> list[list[Prepared]]:
    """Every article's prepared mentions, in order; with ``split`` (None: for a large build,
    where the system can fork and a core is free) a forked child prepares the last ones."""
    if split is None:
        split = len(facts) > SPLIT_PREPARE_ARTICLES and can_fork() and spare_core()
    preparer = Preparer(countries)
    if not split:
        prepared = [preparer.article(index, f) for index, f in enumerate(facts)]
        preparer.done()
        return prepared
    cut = len(facts) - int(len(facts) * CHILD_SHARE)
    with start_forked("preparing mentions", _prepared_part, countries, facts, cut) as child:
        first = [preparer.article(index, facts[index]) for index in range(cut)]
        preparer.done()
        return first + _unpacked(cut, *child.result())


def _prepared_part(
    countries: CountryIndex, facts: Sequence[ArticleFacts], start: int
) -> tuple[list[_Classified], list[str], list[list[_Placed]]]:
    """The child's work: the articles from ``start`` on, each classification once."""
    preparer = Preparer(countries)
    rows: dict[int, int] = {}  # the words object of a classification → its row
    table: list[_Classified] = []
    sources: list[str] = []
    placed: list[list[_Placed]] = []
    for index in range(start, len(facts)):
        article = facts[index]  # (a build's facts decode at each reading: read once)
        sources.append(article.article.source)
        mentions: list[_Placed] = []
        for p in preparer.article(index, article):
            # the mentions of one wording share their words object (Preparer._prepare)
            row = rows.get(id(p.words))
            if row is None:
                row = rows[id(p.words)] = len(table)
                classified = classified_fields(p)
                table.append((_MENTION_FIELDS(classified[0]), *classified[1:]))
            mentions.append((p.start, p.end, p.sentence, p.defines, row))
        placed.append(mentions)
    return table, sources, placed


def _unpacked(
    start: int, table: list[_Classified], sources: list[str], placed: list[list[_Placed]]
) -> list[list[Prepared]]:
    classifications = [(Mention(*words), *rest) for words, *rest in table]
    return [
        [
            Prepared(source, index, s, e, sentence, defines, *classifications[row])
            for s, e, sentence, defines, row in mentions
        ]
        for index, source, mentions in zip(
            range(start, start + len(sources)), sources, placed, strict=True
        )
    ]
