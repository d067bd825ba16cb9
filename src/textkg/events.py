"""Event coreference: one node per real-world meeting or visit, however often it is reported.

Two sightings are the same event when they are of one kind, at the same place (or both
without one), one's participants include the other's ("the SVR delegation visited" and
"the delegation led by Naryshkin visited"), and their dates agree: the same resolved dates,
or, when only the words are known, the same day numbers with no conflicting month
("Mar. 25-27" and "from the 25th to the 27th"). Resolution runs after entity merging, so
participants and places are compared as entities, and it sees every article of a build at
once, so the result does not depend on the order articles are read in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from textkg.months import MONTHS
from textkg.records import ArticleFacts, EventFact, EventKind, Resolution

_DAY = re.compile(r"(?<![\d/])(\d{1,2})(?:st|nd|rd|th)?(?![\d/])")
_MONTH_WORD = re.compile(r"[A-Za-z]+\.?")


@dataclass(frozen=True)
class EventDate:
    """What is known of an event's date: resolved dates, or month and days from its words."""

    start: date | None = None
    end: date | None = None
    month: int | None = None
    days: tuple[int, ...] = ()
    text: str | None = None

    @property
    def known(self) -> bool:
        return self.start is not None or bool(self.days) or bool(self.text)

    def agrees_with(self, other: EventDate) -> bool:
        if self.start and other.start:
            return (self.start, self.end) == (other.start, other.end)
        if not self.known and not other.known:
            return True
        if not self.days or not other.days:
            return bool(self.text) and _norm(self.text) == _norm(other.text)
        months_agree = self.month is None or other.month is None or self.month == other.month
        return months_agree and self.days == other.days


@dataclass(frozen=True)
class EventNode:
    """A merged event: what the graph writes once, whatever the number of sightings."""

    kind: EventKind
    participants: tuple[str, ...]
    place: str | None
    when: EventDate


@dataclass(frozen=True)
class Sighting:
    source: str
    index: int
    kind: EventKind
    participants: frozenset[str]
    place: str | None
    when: EventDate


def event_date(event: EventFact) -> EventDate:
    if event.start_date:
        end = event.end_date or event.start_date
        days = tuple(sorted({event.start_date.day, end.day}))
        return EventDate(event.start_date, end, event.start_date.month, days, event.date_text)
    text = event.date_text
    if not text:
        return EventDate()
    month = next(
        (
            MONTHS[w.lower().rstrip(".")]
            for w in _MONTH_WORD.findall(text)
            if w.lower().rstrip(".") in MONTHS
        ),
        None,
    )
    days = tuple(sorted({int(d) for d in _DAY.findall(text) if 1 <= int(d) <= 31}))
    return EventDate(month=month, days=days, text=text)


def merge_events(
    facts: Sequence[ArticleFacts], resolution: Resolution
) -> dict[tuple[str, int], EventNode]:
    """Map each (article source, event index) to the merged event it reports."""
    sightings = [s for item in facts for s in event_sightings(item, resolution)]
    return merge_sightings(sightings)


def event_sightings(facts: ArticleFacts, resolution: Resolution) -> list[Sighting]:
    """The events one article reports that have a resolved participant, in order."""
    article = facts.article
    sightings: list[Sighting] = []
    for index, event in enumerate(facts.events):
        keys = (resolution.entity_key(article, m) for m in event.participants)
        participants = frozenset(k for k in keys if k is not None)
        if not participants:
            continue
        place = resolution.entity_key(article, event.place) if event.place else None
        sightings.append(
            Sighting(article.source, index, event.kind, participants, place, event_date(event))
        )
    return sightings


def merge_sightings(sightings: Sequence[Sighting]) -> dict[tuple[str, int], EventNode]:
    """:func:`merge_events` of the sightings of all articles, in article order."""
    groups: dict[tuple[EventKind, str | None], list[int]] = defaultdict(list)
    for i, sighting in enumerate(sightings):
        groups[(sighting.kind, sighting.place)].append(i)
    parent = list(range(len(sightings)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in groups.values():
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1 :]:
                sa, sb = sightings[a], sightings[b]
                nested = sa.participants <= sb.participants or sb.participants <= sa.participants
                if nested and sa.when.agrees_with(sb.when):
                    ra, rb = find(a), find(b)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)

    clusters: dict[int, list[Sighting]] = defaultdict(list)
    for i, sighting in enumerate(sightings):
        clusters[find(i)].append(sighting)
    merged: dict[tuple[str, int], EventNode] = {}
    for cluster in clusters.values():
        node = _merged_node(cluster)
        for sighting in cluster:
            merged[(sighting.source, sighting.index)] = node
    return merged


def _merged_node(members: Sequence[Sighting]) -> EventNode:
    participants = sorted(set().union(*(m.participants for m in members)))
    # The most precise date any report gives: resolved dates, then words with a month.
    dates = sorted(
        (m.when for m in members),
        key=lambda d: (
            d.start is None,
            d.month is None,
            not d.days,
            d.text or "",
            d.start or date.min,
            d.end or date.min,
        ),
    )
    first = members[0]
    return EventNode(first.kind, tuple(participants), first.place, dates[0])


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())
