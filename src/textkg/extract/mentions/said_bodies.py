"""What the article says a name is, over what the tags of its other sentences say.

A company whose name looks like a person's ("Mathilde Logistique"): the small NER tags it a
person wherever nothing around it says otherwise, so a sentence that says what it is ("X, a
shipping group that ...") is outvoted by the bare tags of the others. A town that is also a
district the gazetteers list ("Olomouc", "Daugavpils", under the size that makes a name a
city first): typed a region in every sentence but the one that says "X, a city in ..." or
"X is the main city of ...". What an apposition or a copula says holds over those tags."""

from __future__ import annotations

from collections import Counter, defaultdict

from textkg.extract.gazetteers import city_population
from textkg.extract.mentions.kinds import classifier_apposition
from textkg.extract.mentions.model import Ment
from textkg.extract.mentions.place_clues import kind_by_copula, kind_in_apposition
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


def towns_said_to_be_towns(reader: SpanReader, mentions: list[Ment]) -> None:
    """A name typed a region that the gazetteers know as a town too is the town wherever the
    article says it is one ("X, a city in central Moravia", "X is the main city of Y")."""
    area = EntityType.ADMINISTRATIVE_AREA
    said = {
        m.name
        for m in mentions
        if m.etype.kind is EntityType.PLACE
        and city_population(m.name) > 0
        and EntityType.CITY
        in (kind_in_apposition(reader, m.start, m.end), kind_by_copula(reader, m.start, m.end))
    }
    for ment in mentions:
        if ment.name in said and ment.etype is area:
            ment.etype = EntityType.CITY
