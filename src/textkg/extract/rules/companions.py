"""Companions: "He was accompanied by X" after a trip: X made the trip too."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.arguments import people_by
from textkg.extract.candidates import Candidate, EventCandidate, Findings, RelationCandidate
from textkg.extract.document import PERSON, DocView
from textkg.extract.registry import rule
from textkg.extract.syntax import has_modal, negated
from textkg.names import written_short
from textkg.namespaces import TK
from textkg.records import EventKind

#: Sentences back a trip can be that a companion is said to have joined.
_REACH = 2


@rule("joined-visit")
def joined_visit(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "The minister flew to Sohar. He was accompanied by X": who accompanied or joined a
    traveller, in the sentence of the trip or one of the two after it, went there too."""
    companion_verbs = doc.lex.companion_verbs
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            verb = doc.doc[index]
            if verb.lemma_.lower() not in companion_verbs or negated(verb) or has_modal(verb):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
                continue  # "were joined by X for a three-way meeting": a meeting joined
            subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
            travellers = {m.name for c in subject for m in doc.referents(c) if m.etype is PERSON}
            recent = [
                e
                for e in found.events
                if e.kind is EventKind.VISIT
                and span.index - _REACH <= e.sentence <= span.index
                and e.place is not None
            ]
            if not travellers and subject:
                travellers = _titled(subject[0], recent)  # "The minister was joined by X"
            along = [m for m in people_by(doc, verb) if m.name not in travellers]
            trips = [
                e
                for e in recent
                if any(written_short(t, p.name) for t in travellers for p in e.participants)
            ]
            if not along or not trips:
                continue
            trip = trips[-1]
            place = trip.place
            if place is None:
                continue
            for companion in along:
                yield RelationCandidate(companion, TK.visited, place, span.index, "joined-visit")
            yield EventCandidate(
                EventKind.VISIT,
                [*trip.participants, *along],
                place,
                span.index,
                "joined-visit",
                doc.lex.rule_confidence("joined-visit"),
                [verb.i],
            )


def _titled(noun: Token, trips: list[EventCandidate]) -> set[str]:
    """The travellers "the minister" can be: those whose title ends in that noun."""
    if noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in noun.children):
        return set()
    word = noun.lower_
    return {
        p.name
        for e in trips
        for p in e.participants
        if any(t.lower().split()[-1:] == [word] for t in p.titles)
    }
