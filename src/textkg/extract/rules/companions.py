"""Who went along or was sent: "He was accompanied by X" after a trip: X made the trip too;
"Uzbekistan sent its minister, X, to Bishkek": X went there; "she was joined by X at the
mill": they met there."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Token

from textkg.extract.arguments import at_home, event_place, one_occasion, people_by, subjects
from textkg.extract.candidates import Candidate, EventCandidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.occasions import clause_verb
from textkg.extract.registry import rule
from textkg.extract.syntax import (
    by_remote_means,
    children,
    done_in_the_active,
    has_modal,
    is_passive,
    negated,
    pobjs,
    unreal,
)
from textkg.names import written_short
from textkg.namespaces import TK
from textkg.records import EntityType, EventKind

#: Sentences back a trip can be that a companion is said to have joined.
_REACH = 2
#: Where an envoy is sent: a town, a region or a country (not a prison or a parliament).
_TOWNS = (EntityType.CITY, EntityType.ADMINISTRATIVE_AREA, EntityType.COUNTRY)


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
            earlier = [
                e
                for e in found.events
                if e.kind is EventKind.VISIT and e.sentence <= span.index and e.place is not None
            ]
            recent = [e for e in earlier if span.index - _REACH <= e.sentence]
            if not travellers and subject:
                travellers = _titled(subject[0], recent)  # "The minister was joined by X"
            along = [m for m in people_by(doc, verb) if m.name not in travellers]
            # further back only when the sentence names no place of its own ("At last
            # year's summit in Bali she was accompanied by X": that trip, not this one)
            placed = any(
                m.etype.kind is PLACE and not m.derived and _said_of(doc, m, verb)
                for m in doc.sentence_mentions(span.index)
            )
            far = [] if placed else _the_one_trip(travellers, earlier)
            trips = _trips_of(travellers, recent) or far
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


def _elsewhere_or_later(verb: Token) -> bool:
    """Whether a verb of company is told of another act, place or time: "in calling for a
    ceasefire", "to Mombasa", "two days later"."""
    acts = [p for p in children(verb, "prep") if p.lower_ in ("in", "to", "into")]
    later = any(t.lower_ in ("later", "after", "afterwards", "next") for t in verb.subtree)
    return bool(acts) or later


def _said_of(doc: DocView, place: Ment, verb: Token) -> bool:
    """Whether a place is the verb's own ("At the summit in Bali she was accompanied"),
    not one a relative clause or an apposition says of someone ("X, whose firm is based in
    Aqaba")."""
    token = doc.doc[doc.root_of(place)]
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "appos"):
            return False
        token = token.head
    return token.i == verb.i


def _trips_of(travellers: set[str], visits: list[EventCandidate]) -> list[EventCandidate]:
    return [
        e
        for e in visits
        if any(written_short(t, p.name) for t in travellers for p in e.participants)
    ]


def _the_one_trip(travellers: set[str], visits: list[EventCandidate]) -> list[EventCandidate]:
    """ "X arrived in Maputo on Wednesday ... (two sentences of talks) ... He was accompanied
    by Y": further back, the travellers' trip if the article gave them only one place."""
    trips = _trips_of(travellers, visits)
    places = {e.place.name for e in trips if e.place is not None}
    return trips if len(places) == 1 else []


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


@rule("sent-to")
def sent_to(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Uzbekistan sent its deputy energy minister, X, to Bishkek": who a country or a body
    sent to a town or a country went there (not "the court sent X to Kamiti Prison", "voters
    sent X to Brussels")."""
    lex = doc.lex
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            verb = doc.doc[index]
            if verb.lemma_.lower() not in lex.sending_verbs or verb.pos_ != "VERB":
                continue
            if negated(verb) or unreal(verb, lex.irrealis_verbs):
                continue
            senders = [m for c in children(verb, "nsubj") for m in doc.referents(c)]
            if not senders or any(m.etype not in (ORG, EntityType.COUNTRY) for m in senders):
                continue
            envoys: list[Ment] = []
            for noun in children(verb, "dobj"):
                for named in (noun, *children(noun, "appos")):  # "its minister, X"
                    envoys += [
                        m for m in doc.referents(named) if m.etype is PERSON and m not in envoys
                    ]
            places = [
                m for p in pobjs(verb, ("to",)) for m in doc.referents(p) if m.etype in _TOWNS
            ]
            for place in places[:1]:
                for envoy in envoys:
                    yield RelationCandidate(envoy, TK.visited, place, span.index, "sent-to")
                if envoys:
                    yield EventCandidate(
                        EventKind.VISIT,
                        envoys,
                        place,
                        span.index,
                        "sent-to",
                        lex.rule_confidence("sent-to"),
                        [verb.i],
                    )


@rule("joined-at")
def joined_at(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "On Tuesday she was joined by X and Y at the mill": who joined a person at a place
    was there with them: they met (not "was joined by X on the flight", a trip's company,
    nor "will be joined by", nor by one's family)."""
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            verb = doc.doc[index]
            if verb.lemma_.lower() != "join" or negated(verb):
                continue
            # "met traders at the market on Monday, where he was joined by X": the site and the
            # day the clause is of
            where = verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children)
            day = one_occasion(doc, verb) or (where and one_occasion(doc, clause_verb(verb.head)))
            if unreal(verb, doc.lex.irrealis_verbs) or not day:
                continue  # "will be joined by"; "in 2015 X was joined by Y at the institute"
            sites = [p for p in pobjs(verb, ("at",)) if doc.at[p.i] is None or p.pos_ == "NOUN"]
            sites += [verb.head] if where and not sites else []
            subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not sites or not subject:
                continue
            joined = [m for c in subject for m in doc.referents(c) if m.etype is PERSON]
            kin = doc.lex.biography.kin_nouns
            if any(t.lemma_.lower() in kin for a in children(verb, "agent") for t in a.subtree):
                continue  # "was joined at the airport by his wife": company kept
            along = [m for m in people_by(doc, verb) if m not in joined]
            if not joined or not along:
                continue
            rule_name = "joined-at"
            for first, second in combinations([*joined, *along], 2):
                yield RelationCandidate(first, TK.metWith, second, span.index, rule_name)
            place = event_place(doc, verb, *sites, exclude=[*joined, *along])
            yield EventCandidate(
                EventKind.MEETING,
                [*joined, *along],
                place,
                span.index,
                rule_name,
                doc.lex.rule_confidence(rule_name),
                [verb.i],
            )


@rule("met-people-in")
def met_people_in(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X met investors in London and Dubai", "met flood victims in Kandy": who met people
    the text does not name in a town was there (not one at home in the town's country)."""
    for sentence, verb in done_in_the_active(doc, "meet"):
        if by_remote_means(verb, doc.lex.remote_words):
            continue  # "met investors in London by video link"
        met = children(verb, "dobj")
        if len(met) != 1 or met[0].tag_ != "NNS" or doc.referents(met[0]):
            continue  # named people met: the meeting rules say who met whom
        places = [
            m
            for anchor in (verb, met[0])
            for p in pobjs(anchor, ("in",))
            for m in doc.referents(p)
            if m.etype in _TOWNS
        ]
        for person in subjects(doc, verb)[0]:
            if person.etype is not PERSON:
                continue
            for place in places:
                if not at_home(doc, person, place):
                    yield RelationCandidate(
                        person, TK.visited, place, sentence, "met-people-in", 0.6
                    )


@rule("accompanied-meeting")
def accompanied_meeting(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X paid a courtesy call on Y. She was accompanied by Z": who accompanied or joined
    one of those who met in the sentence before was at the meeting too (not one's family,
    nor "will be accompanied by"; after a trip and a meeting, "flew to P and met Y. He was
    accompanied by Z", Z made the trip: joined-visit)."""
    kin = doc.lex.biography.kin_nouns
    for span in doc.sentences:
        before = [e for e in found.events if e.sentence == span.index - 1]
        held = [e for e in before if e.kind is EventKind.MEETING]
        if not held or any(e.kind is EventKind.VISIT for e in before):
            continue
        meeting = held[-1]
        for index in range(span.start_token, span.end_token):
            verb = doc.doc[index]
            if verb.lemma_.lower() not in doc.lex.companion_verbs or not is_passive(verb):
                continue
            if negated(verb) or has_modal(verb) or unreal(verb, doc.lex.irrealis_verbs):
                continue
            if pobjs(verb, ("at", "for", "on")):
                continue  # "joined at the mill", "for the talks", "on the flight": other rules
            if _elsewhere_or_later(verb):
                continue  # "joined by X in calling for ...", "accompanied by X to Mombasa"
            met = {m.name for m in meeting.participants}
            subject = [m for c in children(verb, "nsubjpass") for m in doc.referents(c)]
            if not subject or not all(m.name in met for m in subject):
                continue
            if any(t.lemma_.lower() in kin for a in children(verb, "agent") for t in a.subtree):
                continue  # "was accompanied by his wife": company kept
            along = [m for m in people_by(doc, verb) if m.name not in met]
            if not along:
                continue
            rule_name = "accompanied-meeting"
            for companion in along:
                for other in meeting.participants:
                    if other.etype is PERSON and other.name != companion.name:
                        yield RelationCandidate(companion, TK.metWith, other, span.index, rule_name)
            yield EventCandidate(
                EventKind.MEETING,
                [*meeting.participants, *along],
                meeting.place,
                span.index,
                rule_name,
                doc.lex.rule_confidence(rule_name),
                [verb.i],
            )
