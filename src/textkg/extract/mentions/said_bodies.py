"""A company whose name looks like a person's ("Océane Maritime", "Grace Holloway"): the
small NER tags it a person wherever nothing around it says otherwise, so a sentence that
says what it is ("X, a shipping group that ...") is outvoted by the bare tags of the others.
What an apposition says the name is holds over those tags: it outweighs all of them."""

from __future__ import annotations

from collections import Counter, defaultdict

from textkg.extract.mentions.kinds import classifier_apposition
from textkg.extract.mentions.model import Ment
from textkg.extract.mentions.spans import SpanReader
from textkg.records import EntityType


def bodies_said_by_apposition(reader: SpanReader, mentions: list[Ment]) -> None:
    """Give a name's organisation mention whose apposition names a kind of organisation ("X,
    a shipping group") one vote more than the person votes the name has in the article."""
    person_votes: Counter[str] = Counter()
    said: dict[str, list[Ment]] = defaultdict(list)
    for ment in mentions:
        if ment.derived:
            continue
        person_votes[ment.name] += ment.votes[EntityType.PERSON]
        if ment.etype is EntityType.ORGANIZATION and classifier_apposition(
            reader, ment.start, ment.end, kind_only=True
        ):
            said[ment.name].append(ment)
    for name, ments in said.items():
        if not person_votes[name]:
            continue
        others = sum(m.votes[EntityType.ORGANIZATION] for m in ments)
        ments[0].votes[EntityType.ORGANIZATION] += max(0, person_votes[name] + 1 - others)
