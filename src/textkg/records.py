"""The small typed records that flow between pipeline stages.

ingest → nlp → extract → resolve → graph: each stage takes and returns these frozen
dataclasses, so no spaCy object or loose dict crosses a stage boundary.
"""

from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property

from rdflib import URIRef

# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class ArticleMeta:
    """Document metadata, from the file itself, its front matter, or the command line."""

    headline: str | None = None
    date_published: date | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    keywords: tuple[str, ...] = ()
    url: str | None = None
    translators: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    language: str | None = None
    #: The place a wire dateline names ("SEOUL", "SAINT-DENIS, France"), lifted off the text.
    dateline: str | None = None

    @property
    def dateline_places(self) -> list[str]:
        """The places the dateline names, town first ("SAINT-DENIS, France" → ["Saint-Denis",
        "France"]); none without a dateline. Extraction and resolution both read it."""
        parts = [p.strip() for p in (self.dateline or "").split(",") if p.strip()]
        if parts and parts[0].isupper():
            parts[0] = parts[0].title()
        return parts

    @property
    def bylines(self) -> tuple[str, ...]:
        """Every name the byline gives: authors, then translators, then editors."""
        return (*self.authors, *self.translators, *self.editors)


@dataclass(frozen=True)
class ArticleText:
    """One article, reduced to its own text (page clutter removed) plus metadata.

    ``source`` names where it came from as a user would recognise it (a path, or
    ``path:line`` for a JSON Lines record); it must be stable across runs.
    """

    source: str
    text: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the text, computed once (IRIs, provenance and --update all use it)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SkippedInput:
    """An input that could not be read, and why (shown to the user, one line)."""

    source: str
    reason: str


# --------------------------------------------------------------------------- extract


class EntityType(StrEnum):
    """Entity classes; the value is the schema.org class name."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    COUNTRY = "Country"
    CITY = "City"
    ADMINISTRATIVE_AREA = "AdministrativeArea"
    EVENT = "Event"

    @property
    def kind(self) -> EntityType:
        """The coarse kind: two entities of different kinds are never the same thing."""
        if self in _PLACE_TYPES:
            return EntityType.PLACE
        return self


_PLACE_TYPES = frozenset(
    {EntityType.PLACE, EntityType.COUNTRY, EntityType.CITY, EntityType.ADMINISTRATIVE_AREA}
)


class EventKind(StrEnum):
    """Event classes; the value is the tk: class name."""

    MEETING = "Meeting"
    VISIT = "Visit"


@dataclass(frozen=True)
class Sentence:
    """A sentence as written, with its character offsets in ``ArticleText.text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)  # resolution holds every mention of a build at once
class Mention:
    """One occurrence of a named entity in an article.

    ``text`` is the span as written; ``name`` is the cleaned proper name (no leading
    "the", possessive, honorific or title). ``titles`` holds roles written next to a
    person's name ("Director", "Minister of State Security"). The other fields carry what
    the text says around the name, so that resolution reads records, never the text.
    """

    text: str
    name: str
    entity_type: EntityType
    start: int
    end: int
    sentence: int
    titles: tuple[str, ...] = ()
    #: The country a state body is named with ("North Korean X", "the DPRK's X", "X of
    #: Japan"), as that country's name; "" when none. Organisations of one name in two
    #: countries are two organisations.
    qualifier: str = ""
    #: The name with its country as written ("North Korean Ministry of State Security").
    qualified_text: str = ""
    #: Another name the text gives this one in brackets right after it: the acronym of a
    #: long name ("Foreign Intelligence Service (SVR)") or the long name of an acronym.
    defines: str = ""
    #: Nouns the text uses for what the thing is ("newspaper" in "the newspaper X" or
    #: "X, the official newspaper of ..."), for "the newspaper" later in the article.
    kinds: tuple[str, ...] = ()
    #: Words that stand for a named thing without naming it: "pronoun" ("He" for the
    #: person named before), "description" ("the ministry"), "synthesized" (the ministry a
    #: "Finance Minister" heads); ``name`` is then what they stand for. "" for a name.
    reference: str = ""


@dataclass(frozen=True)
class RelationFact:
    """A relation between two mentions, found in one sentence by one rule.

    ``predicate`` is a typed relation of the vocabulary (``TK.leaderOf``) or an open one
    (``REL["sign"]``).
    """

    subject: Mention
    predicate: URIRef
    object: Mention
    sentence: int
    extractor: str
    confidence: float


@dataclass(frozen=True)
class EventFact:
    """A meeting or visit: who took part, where, and when (resolved or as written)."""

    kind: EventKind
    participants: tuple[Mention, ...]
    place: Mention | None
    sentence: int
    extractor: str
    confidence: float
    start_date: date | None = None
    end_date: date | None = None
    date_text: str | None = None


class DatePrecision(StrEnum):
    """How much of a date the text states: "4 May 1961", "May 1961" or "1961"."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class DateFact:
    """A literal-valued fact: the date a person was born or died, or an organisation was
    founded (``predicate``: ``SDO.birthDate``, ...), as written and as far as it is stated.

    ``value`` holds the stated parts (day and month are 1 where the text leaves them out);
    ``precision`` says which parts those are.
    """

    subject: Mention
    predicate: URIRef
    text: str
    value: date
    precision: DatePrecision
    sentence: int
    extractor: str
    confidence: float

    @property
    def iso(self) -> str:
        """The date to the precision stated: "1961-05-04", "1961-05" or "1961"."""
        full = self.value.isoformat()
        return full[
            : {DatePrecision.DAY: 10, DatePrecision.MONTH: 7, DatePrecision.YEAR: 4}[self.precision]
        ]


@dataclass(frozen=True)
class QuoteFact:
    """Reported speech: who said what (an extra for users who query quotes)."""

    speaker: Mention
    verb: str
    quote: str
    sentence: int


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extraction found in one article; the unit passed on to resolution."""

    article: ArticleText
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[RelationFact, ...] = ()
    events: tuple[EventFact, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    dates: tuple[DateFact, ...] = ()


# --------------------------------------------------------------------------- resolve


@dataclass(frozen=True)
class Entity:
    """One real-world thing after merging: the node the graph writes.

    ``key`` is stable for the same inputs and is what the entity's IRI is made from.
    """

    key: str
    entity_type: EntityType
    label: str
    alt_labels: tuple[str, ...] = ()
    job_titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)  # a build makes one for each name of each entity
class MergeDecision:
    """Why a surface form was attached to an entity (for `textkg explain` and the merge log)."""

    entity_key: str
    surface: str
    rule: str
    source: str
    #: The evidence in words ("the text defines 'SVR' as the acronym of ...").
    detail: str = ""


@dataclass(frozen=True)
class Resolution:
    """The result of resolution: entities, and which entity each mention denotes.

    ``entity_of`` maps (article source, mention start, mention end) to an entity key.
    """

    entities: tuple[Entity, ...]
    entity_of: Mapping[tuple[str, int, int], str]
    #: In order (a build's is a compact :class:`textkg.resolve.mergelog.MergeLog`).
    merges: Sequence[MergeDecision] = ()

    def entity_key(self, article: ArticleText, mention: Mention) -> str | None:
        return self.entity_of.get((article.source, mention.start, mention.end))


_SPAN_BITS = 32


class MentionEntities(Mapping[tuple[str, int, int], str]):
    """A resolution's ``entity_of`` for a whole build, kept compact: per article, its
    mentions' spans packed in one sorted array and their entity keys in a list beside it
    (some 16 bytes a mention, against ~150 for a dict of tuples)."""

    def __init__(self, items: Iterable[tuple[tuple[str, int, int], str]] = ()) -> None:
        given: dict[str, tuple[array[int], list[str]]] = {}
        for (source, start, end), key in items:
            spans, keys = given.get(source) or given.setdefault(source, (array("q"), []))
            spans.append(start << _SPAN_BITS | end)
            keys.append(key)
        self._by_source: dict[str, tuple[array[int], list[str]]] = {}
        self._len = 0
        for source, (spans, keys) in given.items():
            order = sorted(range(len(spans)), key=spans.__getitem__)  # stable
            # a span given twice keeps its last key, as a dict would
            last = [
                i
                for n, i in enumerate(order)
                if n + 1 == len(order) or spans[order[n + 1]] != spans[i]
            ]
            self._by_source[source] = (
                array("q", (spans[i] for i in last)),
                [keys[i] for i in last],
            )
            self._len += len(last)

    def get(self, mention: tuple[str, int, int], default: str | None = None) -> str | None:  # type: ignore[override]
        found = self._by_source.get(mention[0])
        if found is None:
            return default
        spans, keys = found
        span = mention[1] << _SPAN_BITS | mention[2]
        at = bisect_left(spans, span)
        if at < len(spans) and spans[at] == span:
            return keys[at]
        return default

    def of_source(self, source: str) -> tuple[bytes, list[str]]:
        """An article's mentions' spans (packed) and their entity keys, in span order."""
        spans, keys = self._by_source.get(source) or (array("q"), [])
        return spans.tobytes(), keys

    def __getitem__(self, mention: tuple[str, int, int]) -> str:
        key = self.get(mention)
        if key is None:
            raise KeyError(mention)
        return key

    def __iter__(self) -> Iterator[tuple[str, int, int]]:
        mask = (1 << _SPAN_BITS) - 1
        for source, (spans, _) in self._by_source.items():
            for span in spans:
                yield source, span >> _SPAN_BITS, span & mask

    def __len__(self) -> int:
        return self._len
