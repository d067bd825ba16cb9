"""What extraction rules return: candidate relations and candidate events, kept apart, and
the collection that checks each candidate against the vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from rdflib import URIRef

from textkg.extract.mentions import Ment
from textkg.namespaces import TK
from textkg.records import DatePrecision, EntityType, EventKind
from textkg.vocabulary import WEAKER_ROLES, vocabulary

PLACE = EntityType.PLACE

#: The ranks of places, smallest first: a place lies in a place of higher rank.
PLACE_RANK = {
    EntityType.PLACE: 0,
    EntityType.CITY: 1,
    EntityType.ADMINISTRATIVE_AREA: 2,
    EntityType.COUNTRY: 3,
}


@dataclass
class RelationCandidate:
    """A relation a rule read in one sentence, with the rule's name and confidence (None:
    the rule's prior from the lexicon)."""

    subject: Ment
    predicate: URIRef
    object: Ment
    sentence: int
    rule: str
    confidence: float | None = None


@dataclass
class EventCandidate:
    """A meeting or visit a rule read in one sentence; ``anchors`` are the trigger tokens
    (dates attach to them)."""

    kind: EventKind
    participants: list[Ment]
    place: Ment | None
    sentence: int
    rule: str
    confidence: float
    anchors: list[int] = field(default_factory=list)


@dataclass
class DateCandidate:
    """A date a rule read for a mention (born, died, founded): the words as written, the
    date as far as they state it, and the rule's name and confidence (None: its prior)."""

    subject: Ment
    predicate: URIRef
    text: str
    value: date
    precision: DatePrecision
    sentence: int
    rule: str
    confidence: float | None = None


Candidate = RelationCandidate | EventCandidate | DateCandidate

RelationKey = tuple[tuple[int, int, str], URIRef, tuple[int, int, str], int]


@dataclass
class Relation:
    """A relation accepted into the article's findings (the best-scored copy of it)."""

    subject: Ment
    predicate: URIRef
    object: Ment
    sentence: int
    rule: str
    confidence: float


class Findings:
    """The relations and events found so far in one article.

    Every candidate is checked here, once: the vocabulary's domain and range, no relation of
    a thing to itself, places only in places of higher rank; symmetric relations keep one
    direction, and of two copies of a fact the better-scored one stays.
    """

    def __init__(
        self,
        prior: dict[str, float],
        world_regions: frozenset[str] = frozenset(),
        island_words: frozenset[str] = frozenset(),
        site_words: frozenset[str] = frozenset(),
    ) -> None:
        self._prior = prior
        self._regions = world_regions
        self._islands = island_words
        self._sites = site_words
        self.relations: dict[RelationKey, Relation] = {}
        self.events: list[EventCandidate] = []
        #: (subject, predicate, date, precision, sentence) → the best-scored copy
        self.dates: dict[tuple[tuple[int, int, str], URIRef, str, int], DateCandidate] = {}

    def add_all(self, candidates: Iterable[Candidate]) -> None:
        for candidate in candidates:
            if isinstance(candidate, EventCandidate):
                self.events.append(candidate)
            elif isinstance(candidate, DateCandidate):
                self.add_date(candidate)
            else:
                self.add(candidate)

    def add_date(self, candidate: DateCandidate) -> bool:
        """Keep a date whose property the vocabulary allows for the subject's type."""
        if not vocabulary().allows_attribute(candidate.predicate, candidate.subject.etype):
            return False
        if candidate.confidence is None:
            candidate.confidence = float(self._prior.get(candidate.rule, 0.5))
        iso = candidate.value.isoformat() + "/" + candidate.precision.value
        key = (candidate.subject.key, candidate.predicate, iso, candidate.sentence)
        old = self.dates.get(key)
        if old is None or (old.confidence or 0.0) < candidate.confidence:
            self.dates[key] = candidate
        return True

    def add(self, candidate: RelationCandidate) -> bool:
        subject, obj, predicate = candidate.subject, candidate.object, candidate.predicate
        if subject is obj or (subject.name == obj.name and subject.etype.kind is obj.etype.kind):
            return False
        vocab = vocabulary()
        if not vocab.allows(predicate, subject.etype, obj.etype):
            return False
        if predicate in (TK.locatedIn, TK.partOf) and self._is_region(subject):
            if self._is_region(obj) or obj.etype.kind is not PLACE:
                return False
            # "East Asia" is in no country: the pair was read the wrong way round
            subject, obj, predicate = obj, subject, TK.locatedIn
            candidate = RelationCandidate(
                subject, predicate, obj, candidate.sentence, candidate.rule, candidate.confidence
            )
        if predicate == TK.locatedIn and subject.etype.kind is PLACE and not self._is_region(obj):
            rank, other = PLACE_RANK[subject.etype], PLACE_RANK[obj.etype]
            # a county is in a state; "Betio, a town in South Tarawa" says so of two towns
            nested = subject.etype is obj.etype is EntityType.ADMINISTRATIVE_AREA or (
                candidate.rule == "place-apposition" and subject.etype is not EntityType.COUNTRY
            )
            # "Istanbul's Kadıköy district": the text says the area is the town's
            district = candidate.rule == "district-of-town"
            # "a town on Mbanika Island", "Archanes, a village in Crete", "Honiara, on the
            # island of Guadalcanal": an island or an area the text puts a town in holds it
            on_island = subject.etype is EntityType.CITY and (
                self._an_island(obj)
                # (not "Ranomafana National Park": a site, which holds no town)
                or (
                    candidate.rule in ("place-apposition", "place-comma-place")
                    and not self._a_site(obj)
                )
            )
            # "Kaustinen, a municipality in Central Ostrobothnia": the text puts an area in a
            # place of no known kind, which is then a larger area
            area_in = (
                candidate.rule == "place-apposition"
                and obj.etype is EntityType.PLACE
                and subject.etype is EntityType.ADMINISTRATIVE_AREA
                and not self._a_site(obj)
            )
            if (rank > other and not (on_island or area_in or district)) or (
                rank == other and rank > 0 and not (nested or district)
            ):
                return False  # a country is in no country; a city in no city
        if predicate in vocab.symmetric and (obj.start, obj.end) < (subject.start, subject.end):
            subject, obj = obj, subject
        score = candidate.confidence
        if score is None:
            score = float(self._prior.get(candidate.rule, 0.5))
        key = (subject.key, predicate, obj.key, candidate.sentence)
        old = self.relations.get(key)
        if old is None or old.confidence < score:
            self.relations[key] = Relation(
                subject, predicate, obj, candidate.sentence, candidate.rule, score
            )
        return True

    def _an_island(self, ment: Ment) -> bool:
        words = ment.name.lower().split()
        return ment.etype is EntityType.PLACE and bool(words) and words[-1] in self._islands

    def _a_site(self, ment: Ment) -> bool:
        words = ment.name.lower().split()
        return len(words) > 1 and words[-1] in self._sites

    def _is_region(self, ment: Ment) -> bool:
        return ment.etype.kind is PLACE and ment.name.lower() in self._regions

    def _visited(self) -> set[tuple[str, str]]:
        """(visitor, country) for every visit to a country found."""
        pairs = [
            (r.subject, r.object) for r in self.relations.values() if r.predicate == TK.visited
        ]
        pairs += [
            (who, e.place)
            for e in self.events
            if e.kind is EventKind.VISIT and e.place is not None
            for who in e.participants
        ]
        # a country visited: a leader touring a town of their own country is still its leader
        return {(who.name, place.name) for who, place in pairs if place.etype is EntityType.COUNTRY}

    def __iter__(self) -> Iterator[Relation]:
        """The relations; a sentence that makes someone the leader of an organisation says
        no more by also giving them a staff or member role there ("appointed X, its chief
        operating officer, as interim chief executive"): that weaker role is left out; so
        is an office read from the context's country that the holder visits."""

        def pair(r: Relation) -> tuple[str, str, int]:
            return r.subject.name, r.object.name, r.sentence  # "its" and "the chain" alike

        led = {pair(r) for r in self.relations.values() if r.predicate == TK.leaderOf}
        # "the Board of X, headed by president Y": the office the sentence gives, not the
        # country a bare "president" would be read from
        leads_here = {
            (r.subject.name, r.sentence)
            for r in self.relations.values()
            if r.predicate == TK.leaderOf and not r.rule.startswith("title-context")
        }
        visited = self._visited()
        led_by = {
            (r.object.name, r.sentence): r.subject.name
            for r in self.relations.values()
            if r.predicate == TK.leaderOf and r.rule.startswith("title-context")
        }
        return iter(
            [
                r
                for r in self.relations.values()
                if (r.predicate not in WEAKER_ROLES or pair(r) not in led)
                and not _visitors_office(r, visited, led_by)
                and not (
                    r.rule.startswith("title-context")
                    and r.predicate == TK.leaderOf
                    and (r.subject.name, r.sentence) in leads_here
                )
            ]
        )


def _visitors_office(
    relation: Relation, visited: set[tuple[str, str]], led_by: dict[tuple[str, int], str]
) -> bool:
    """ "Queen X arrived for a state visit to Kenya", datelined in Nairobi: an office read
    from the context's country is not held by someone the article has visit that country,
    nor is the ministry their title made that country's ("flew to Nairobi with Trade
    Minister Y")."""
    if not relation.rule.startswith("title-context"):
        return False
    who, whole = relation.subject.name, relation.object
    if relation.predicate == TK.partOf:
        who = led_by.get((who, relation.sentence), who)
    country = whole.name if whole.etype is EntityType.COUNTRY else whole.qualifier
    return (who, country) in visited
