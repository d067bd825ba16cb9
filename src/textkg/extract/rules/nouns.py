"""Event and relation nouns: "a meeting between A and B", "A's visit to P", "talks with B",
"the assassination of X by Y"."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Token

from textkg.extract.arguments import (
    agents,
    at_home,
    coordinated_people,
    event_place,
    governor,
    implicit_agents,
    people_by,
    subjects,
)
from textkg.extract.candidates import Candidate, EventCandidate, Findings, RelationCandidate
from textkg.extract.document import PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.occasions import joining_people
from textkg.extract.registry import rule
from textkg.extract.rules.gathered import (
    also_there,
    at_the_meeting,
    gathered_at,
    gathered_for,
    held_in_a_clause,
)
from textkg.extract.rules.verb_objects import owned_through
from textkg.extract.syntax import (
    by_remote_means,
    children,
    has_modal,
    is_passive,
    lemma_in,
    negated,
    pobjs,
    unreal,
)
from textkg.lexicon import Lexicon, NounFrame
from textkg.namespaces import TK
from textkg.records import EventKind


@rule("noun-frames")
def noun_frames(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """An event or relation noun of the lexicon with the parties its phrase names."""
    table, lex = doc.table, doc.lex
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            if table.pos[index] not in ("NOUN", "PROPN") or doc.at[index] is not None:
                continue
            if table.lemma[index] not in lex.nouns and table.lower[index] not in lex.nouns:
                continue
            noun = doc.doc[index]
            frame = _noun_frame(lex, noun)
            if frame is not None and not negated(noun):
                yield from _frame(doc, noun, frame, span.index)


def _noun_frame(lex: Lexicon, noun: Token) -> NounFrame | None:
    """The lexicon's frame of an event or relation noun, by lemma or as written."""
    return lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)


def _parties(
    doc: DocView, anchors: list[Token], frame: NounFrame
) -> tuple[list[Ment], bool, list[Ment]]:
    """The other parties ("talks with B", "a meeting between A and B"), whether the phrase
    was "between"/"among" (which names every party), and the parties a repeated preposition
    names ("talks with A, and with B": each talked with the holder, not said to each
    other)."""
    others: list[Ment] = []
    apart: list[Ment] = []
    between = False
    # "held talks at the base with X": the parser hangs "with" on the place
    anchors = anchors + [p for a in anchors for p in pobjs(a, ("at", "in", "on"))]
    # "joint talks with A and with B", "three-way talks ...": all at one table
    joint = any(c.lower_ in doc.lex.together_words for c in anchors[0].children)
    for anchor in anchors:
        if frame.event is EventKind.MEETING and anchor is anchors[0]:
            # "a meeting of A, B and C" (two or more people; of the noun itself, not "talks
            # in the absence of A and B")
            met = [m for p in pobjs(anchor, ("of",)) for m in doc.referents(p) if m.etype is PERSON]
            if len(met) >= 2:
                others.extend(met)
                between = True
            # "a meeting attended by A and B": those at it; "a meeting chaired by A": its
            # chair, a person (not "hosted by the ministry")
            others.extend(m for m in at_the_meeting(doc, anchor) if m not in others)
        for prep in anchor.children:
            # (a second "with" the parser coordinated with the verb: "..., and with B")
            coordinated = prep.dep_ == "conj" and prep.pos_ == "ADP"
            if (prep.dep_ != "prep" and not coordinated) or prep.lower_ not in frame.with_preps:
                continue
            if children(prep, "neg"):
                continue  # "held talks with A, and not with B"
            between = between or prep.lower_ in ("between", "among")
            # "with the mayor, A, and with B": a preposition coordinated with this one
            again = [
                p
                for c in children(prep, "conj")
                if c.lower_ == prep.lower_
                for p in children(c, "pobj")
            ]
            # (and "talks with A, and separately with B", the second "with" on the verb)
            second = bool(others) and prep.lower_ == "with" and anchor is not anchors[0]
            second = second and not joint
            for pobj in children(prep, "pobj") + again:
                named = doc.referents(pobj, with_leader=True) + coordinated_people(doc, pobj)
                if coordinated or pobj in again or second:
                    apart.extend(m for m in named if m not in others)
                others.extend(named)
                if prep.lower_ in ("between", "among"):
                    # "between members of A and staff of B": the parser often hangs the
                    # second party under the first one's "of" phrase
                    for nested in pobj.subtree:
                        if nested.dep_ == "conj" and nested.head.i != pobj.i:
                            others.extend(doc.referents(nested, conjuncts=False))
    return others, between, apart


def _frame(doc: DocView, noun: Token, frame: NounFrame, sentence: int) -> Iterator[Candidate]:
    lex = doc.lex
    verb = governor(doc, noun)
    if frame.verbs:
        # "won the leadership of Y", not "criticised the leadership of Y"
        verb = noun.head if noun.dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in frame.verbs:
            return
    # the light verb or any verb whose object the event is: "will hold talks", "did not sign
    # an agreement", "will chair a meeting with X": not held
    host = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" else None
    if any(v is not None and (negated(v) or unreal(v, lex.irrealis_verbs)) for v in (verb, host)):
        return
    clause = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if (
        clause is not None
        and clause.pos_ in ("VERB", "AUX")
        and (negated(clause) or has_modal(clause))
    ):
        return  # "will fly to Washington for his first meeting with X": not done yet
    if frame.event is EventKind.VISIT and children(noun, "compound") and noun.head.lower_ == "at":
        return  # "shot at a bus stop in Lyon": a place in a street, no stop on a trip
    if _not_in_person(doc, noun):
        return  # "a planned meeting", "cancelled his visit", "by phone", "a proposed takeover"
    anchors = [noun] + ([verb] if verb is not None else [])
    doers: list[Ment] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod") and child.i != noun.i:
            named = doc.referents(child, with_leader=True)
            if child.dep_ != "poss":  # "the G20 summit": a body names the event, not who met
                named = [m for m in named if m.etype is PERSON]
            doers.extend(named)
    held_verbs, holders = held_in_a_clause(doc, noun)  # "the talks X held with Y ended"
    anchors += held_verbs
    doers += [m for m in holders if m not in doers]
    if frame.agent_preps:
        for anchor in anchors:
            doers.extend(m for p in pobjs(anchor, frame.agent_preps) for m in doc.referents(p))
    if frame.event is EventKind.VISIT:
        # "a visit to Limassol by X": the parser often hangs "by X" on the place
        owners = [noun, *(p for p in pobjs(noun, frame.to_preps) if doc.at[p.i] is not None)]
        doers.extend(
            m
            for owner in owners
            for p in pobjs(owner, ("of", "by") if owner is noun else ("by",))
            for m in doc.referents(p, with_leader=True)
            if owner is noun or m.etype is PERSON
        )
    hosted = (
        frame.event is EventKind.VISIT
        and verb is not None
        and verb.lemma_.lower() in lex.host_verbs
    )
    # (nor "spared patients the trip to Y", "gave her a tour": a double object's trip is
    # the first object's, not the subject's)
    given = any(c.dep_ in ("dobj", "dative") and c.i < noun.i for c in noun.head.children)
    if verb is not None and noun.dep_ == "dobj" and not hosted and not given:
        doers.extend(subjects(doc, verb)[0])  # who hosts a visit does not make it
    if frame.agent_preps and "to" in frame.agent_preps:
        # "Norvia announced the sale of X to Y", "Norvia's sale of X to Y": who sells is no
        # buyer; only the party it went "to" is
        doers = [m for a in anchors for p in pobjs(a, frame.agent_preps) for m in doc.referents(p)]
    if frame.patient_preps:
        patients = [
            m
            for a in anchors
            for p in pobjs(a, frame.patient_preps)
            for o in _through_a_share(doc, frame, p)
            for m in doc.referents(o)
        ]
        if not doers and patients and "to" not in frame.agent_preps:
            doers = implicit_agents(doc, noun)  # "X was put in charge of Y"
        for doer in doers:
            for patient in patients:
                yield RelationCandidate(doer, frame.predicate, patient, sentence, "noun-possessive")
        return
    if frame.event is EventKind.VISIT or frame.to_preps:
        # "the first visit to Russia by a Malaysian leader"
        named_by = bool(pobjs(noun, ("by",))) or any(
            pobjs(p, ("by",)) for p in pobjs(noun, frame.to_preps)
        )
        if not doers and frame.event is EventKind.VISIT and not named_by and not given:
            doers = implicit_agents(doc, noun)  # "X was on a state visit to P"
        yield from _visit(doc, frame, anchors, agents(doers), sentence)
        return
    others, between, apart = _parties(doc, anchors, frame)
    if frame.event is EventKind.MEETING and not doers and not others:
        # "A and B were joined by C for a meeting", "A and B agreed at talks in Oslo"
        doers = gathered_for(doc, noun) or gathered_at(doc, noun)
        if doers:
            anchors.append(noun.head.head)
    rule_name = "noun-between" if between else "noun-with"
    confidence = lex.rule_confidence(rule_name)
    if not doers and not between and others:
        doers = implicit_agents(doc, noun)
        rule_name = "noun-with"
        confidence = lex.rule_confidence(rule_name) - 0.15
    parties = agents(doers + others) if frame.event else doers + others
    parties = list(dict.fromkeys(parties))
    for first, second in combinations(parties, 2):
        if (first in apart and second in others) or (second in apart and first in others):
            continue  # "with A, and with B": each with the holder
        yield RelationCandidate(first, frame.predicate, second, sentence, rule_name, confidence)
    if frame.event is EventKind.MEETING and len(parties) >= 2:
        held = anchors + [doc.doc[m.end - 1] for m in others]
        place = event_place(doc, *held, exclude=parties)
        yield EventCandidate(
            EventKind.MEETING,
            parties,
            place,
            sentence,
            rule_name,
            confidence,
            [a.i for a in anchors],
        )
        if place is not None and verb is not None and noun.dep_ == "dobj":
            yield from _talks_held_in(doc, verb, noun, place, sentence)


def _talks_held_in(
    doc: DocView, verb: Token, noun: Token, place: Ment, sentence: int
) -> Iterator[Candidate]:
    """ "X held talks in Accra with Y": who held them was in the town (a visit, as gold
    counts one who "was in" a place); the one they were held with may live there."""
    if verb.lemma_.lower() != "hold" or is_passive(verb):
        return
    named = [m for a in (verb, noun) for p in pobjs(a, ("in",)) for m in doc.referents(p)]
    if place not in named:
        return
    confidence = doc.lex.rule_confidence("talks-held-in")
    for holder in agents(subjects(doc, verb)[0]):
        if holder.etype is PERSON and not at_home(doc, holder, place):
            yield RelationCandidate(
                holder, TK.visited, place, sentence, "talks-held-in", confidence
            )


def _visit(
    doc: DocView, frame: NounFrame, anchors: list[Token], visitors: list[Ment], sentence: int
) -> Iterator[Candidate]:
    """ "A's visit to P", "a trip to P by A", "A's Brazil visit"."""
    named = [
        m for anchor in anchors for p in pobjs(anchor, frame.to_preps) for m in doc.referents(p)
    ]
    # "her Brazil visit"
    named += [m for c in children(anchors[0], "compound") for m in doc.referents(c, False)]
    places = [m for m in named if m.etype.kind is PLACE and m not in visitors]
    confidence = doc.lex.rule_confidence("noun-possessive")
    yield from _visit_to_people(doc, frame, anchors, visitors, sentence)
    for place in places:
        for visitor in visitors:
            yield RelationCandidate(visitor, frame.predicate, place, sentence, "noun-possessive")
        if frame.event is EventKind.VISIT and visitors:
            yield EventCandidate(
                EventKind.VISIT,
                visitors,
                place,
                sentence,
                "noun-possessive",
                confidence,
                [a.i for a in anchors],
            )


def _visit_to_people(
    doc: DocView,
    frame: NounFrame,
    anchors: list[Token],
    visitors: list[Ment],
    sentence: int,
) -> Iterator[Candidate]:
    """ "She paid a courtesy visit to the emir, X": a call on a person, who was met (a
    visit's only; not "a trip to X")."""
    if anchors[0].lemma_.lower() != "visit":
        return
    hosts = [
        m
        for anchor in anchors
        for p in pobjs(anchor, frame.to_preps)
        for m in doc.referents(p, with_leader=True)
        if m.etype is PERSON
    ]
    people = [m for m in visitors if m.etype is PERSON and m not in hosts]
    if not hosts or not people:
        return
    confidence = doc.lex.rule_confidence("noun-with")
    for visitor in people:
        for host in hosts:
            yield RelationCandidate(
                visitor, TK.metWith, host, sentence, "visit-to-person", confidence
            )
    parties = list(dict.fromkeys(people + hosts))
    indices = [a.i for a in anchors]
    yield EventCandidate(
        EventKind.MEETING, parties, None, sentence, "visit-to-person", confidence, indices
    )


def _joined_by(doc: DocView, verb: Token) -> list[Ment]:
    """ "They were joined by X", "the two were joined there by X", "he was joined at the
    talks by X": the people who joined the ones who met just before (in this sentence or
    the one before)."""
    subject = children(verb, "nsubjpass")
    occasions = _meetings_named(doc, pobjs(verb, ("at", "for")))
    if not subject or (subject[0].lower_ not in doc.lex.those_who_met and not occasions):
        return []
    found = people_by(doc, verb, with_leader=True)
    # the parser may hang the "by" on the occasion: "joined at the talks by X"
    found += [m for p in occasions for m in people_by(doc, p, with_leader=True) if m not in found]
    return found


def _meetings_named(doc: DocView, nouns: list[Token]) -> list[Token]:
    """The nouns that name a meeting ("the talks"), also through a stretch of one ("part of
    the talks", "the last hour of the meeting")."""
    portions = doc.lex.portion_nouns
    return [
        noun
        for p in nouns
        for noun in [p, *(pobjs(p, ("of",)) if p.lemma_.lower() in portions else [])]
        if (frame := _noun_frame(doc.lex, noun)) and frame.event is EventKind.MEETING
    ]


def _joined_people(
    doc: DocView, verb: Token, sentence: int, found: Findings
) -> Iterator[Candidate]:
    """ "X joined Y and Z for the viewing", "X joined her at the dinner": who joins people
    for or at an occasion meets them; "X joined them for the talks", "joined the three for
    lunch": the ones who met just before."""
    meetings = _meetings_named(doc, pobjs(verb, ("for",)))
    occasions = pobjs(verb, ("at",)) + [  # "joined Y at the crisis centre"
        p for p in pobjs(verb, ("for",)) if p.lemma_.lower() in doc.lex.occasion_nouns
    ]
    if is_passive(verb) or not occasions + meetings or unreal(verb, doc.lex.irrealis_verbs):
        return  # not "plans to join Y for dinner", "joined Y for the first time"
    joined = [m for c in children(verb, "dobj") for m in doc.referents(c) if m.etype is PERSON]
    # ("joined them for the talks", "joined the three for lunch")
    if not joined and _those_who_met(doc, children(verb, "dobj")):
        held = [
            e
            for e in found.events
            if e.kind is EventKind.MEETING and sentence - 1 <= e.sentence <= sentence
        ]
        joined = list(held[-1].participants) if held else []
    joining = agents([m for m in subjects(doc, verb)[0] if m.etype is PERSON])
    joined = [m for m in joined if all(m.name != j.name for j in joining)]
    if not joined or not joining:
        return
    pairs = [(newcomer, other) for newcomer in joining for other in joined]
    people = list(dict.fromkeys([*joining, *joined]))
    yield from _joined_meeting(doc, pairs, people, None, sentence, verb)


def _those_who_met(doc: DocView, objects: list[Token]) -> bool:
    """ "them", "the two", "both leaders": words for the people who met just before."""
    return any(
        o.lower_ == "them"
        or o.lower_ in doc.lex.those_who_met
        or (
            o.lemma_.lower() in doc.lex.people_nouns
            and any(c.lower_ in doc.lex.those_who_met for c in o.children)
        )
        for o in objects
    )


def _joined_by_participle(doc: DocView, verb: Token, sentence: int) -> Iterator[Candidate]:
    """ "X switched on the plant, joined by Y and Z": those who joined X at what X did were
    with X (and with each other)."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl") or children(verb, "nsubjpass"):
        return
    main = verb.head
    if main.pos_ not in ("VERB", "AUX") or negated(main) or unreal(main, doc.lex.irrealis_verbs):
        return
    joining = people_by(doc, verb, with_leader=True)
    hosts = [m for m in subjects(doc, main)[0] if m.etype is PERSON and m not in joining]
    people = list(dict.fromkeys([*hosts, *joining]))
    if not hosts or not joining:
        return
    pairs = list(combinations(people, 2))
    yield from _joined_meeting(doc, pairs, people, None, sentence, verb)


def _joined_meeting(
    doc: DocView,
    pairs: list[tuple[Ment, Ment]],
    people: list[Ment],
    place: Ment | None,
    sentence: int,
    trigger: Token,
    rule_name: str = "joined-meeting",
) -> Iterator[Candidate]:
    """The meetings who joined others make: each pair of two people (not one person named
    twice) met, and the meeting of them all."""
    for a, b in pairs:
        if a is not b and a.name != b.name:
            yield RelationCandidate(a, TK.metWith, b, sentence, rule_name)
    confidence = doc.lex.rule_confidence(rule_name)
    yield EventCandidate(
        EventKind.MEETING, people, place, sentence, rule_name, confidence, [trigger.i]
    )


def _not_in_person(doc: DocView, noun: Token) -> bool:
    """An event the sentence does not report as held in person: planned, cancelled or
    hoped for ("a planned meeting", "cancelled his visit") or held by phone or video."""
    lex = doc.lex
    if any(c.lower_ in lex.unreal_event_modifiers for c in noun.children):
        return True
    if any(c.lower_ in lex.remote_words for c in noun.children if c.dep_ in ("compound", "amod")):
        return True
    if by_remote_means(noun, lex.remote_words):
        return True
    if noun.dep_ == "dobj" and by_remote_means(noun.head, lex.remote_words):
        return True  # "held talks with X by phone": the means on the light verb
    head = noun.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    # (not "In a meeting with X, Y promised ...": a phrase set before the verb tells what was)
    fronted = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.i < head.i
    wished = lemma_in(head, lex.irrealis_verbs) and not fronted
    return head.pos_ in ("VERB", "AUX") and (wished or negated(head))


#: How many sentences back "the talks" someone joined can have been reported.
_TALKS_BACK = 3


@rule("joined-meeting")
def joined_meeting(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "General X later joined the talks", "Y sat in on the meeting", "Z took part in the
    talks", "W, who was also at the meeting": who joins a meeting the article reported
    before meets the ones who held it."""
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            verb = doc.doc[index]
            lemma = verb.lemma_.lower()
            rooms = doc.lex.joining_prepositions.get(lemma)
            if (lemma != "join" and rooms is None) or negated(verb):
                continue
            if unreal(verb, doc.lex.irrealis_verbs):
                continue  # "had planned to attend the meeting", "will join the talks"
            if by_remote_means(verb, doc.lex.remote_words):
                continue  # "joined the talks by video link"
            needed = doc.lex.joining_words.get(lemma, frozenset())
            if needed and not any(c.lower_ in needed for c in children(verb, "prt", "dobj")):
                continue  # "sat in on", "took part in"; not "sat on", "took a seat"
            sat_in = rooms is not None  # of a meeting of this sentence too
            attended = rooms == frozenset()  # "attended the signing": the meeting its object
            talks = [
                c
                for c in (pobjs(verb, tuple(rooms)) if rooms else children(verb, "dobj"))
                if any(d.lower_ == "the" for d in c.children)
                and (
                    ((frame := _noun_frame(doc.lex, c)) and frame.event is EventKind.MEETING)
                    # "and the minister attended the signing" just reported (not "the
                    # ceremony", "the concert": one can attend those without meeting anyone)
                    or (attended and c.lower_.removesuffix("ing") in doc.lex.joint_signing_verbs)
                )
            ]
            if not talks and lemma == "join":
                yield from _joined_people(doc, verb, span.index, found)
                yield from _joined_by_participle(doc, verb, span.index)
            if talks:  # a meeting reported not long before ("sat in on" it: in this one too)
                first = max(0, span.index - _TALKS_BACK)
                last = span.index if sat_in else span.index - 1
                if attended:  # the occasion of this sentence or the last
                    first = span.index - 1
                joining = joining_people(doc, verb)
            elif also_there(verb):  # "Z also attended", "Z was also present": the last one
                first = last = span.index - 1
                joining = joining_people(doc, verb)
            else:  # the one just reported
                first, last, joining = span.index - 1, span.index, _joined_by(doc, verb)
            earlier = [
                e
                for e in found.events
                if e.kind is EventKind.MEETING and first <= e.sentence <= last
            ]
            if not earlier or not joining:
                continue
            held = earlier[-1]
            pairs = [(newcomer, other) for newcomer in joining for other in held.participants]
            pairs += [p for p in combinations(joining, 2) if p not in pairs]  # "A and B joined"
            people = list(dict.fromkeys([*held.participants, *joining]))
            yield from _joined_meeting(doc, pairs, people, held.place, span.index, verb)


@rule("in-presence-of")
def in_presence_of(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X signed the deal with Y at the depot, in the presence of the governor, Z": who
    was present at a meeting the sentence reports met those who held it."""
    presence = doc.lex.presence_nouns
    for event in list(found.events):
        if event.kind is not EventKind.MEETING:
            continue
        for anchor in event.anchors:
            verb = doc.doc[anchor]
            present = [
                m
                for prep in verb.children
                if prep.dep_ == "prep"
                for noun in children(prep, "pobj")
                if prep.lower_ in presence.get(noun.lemma_.lower(), ())
                for of in pobjs(noun, ("of",))
                for m in doc.referents(of, with_leader=True) + coordinated_people(doc, of)
                if m.etype is PERSON and m not in event.participants
            ]
            if present:
                pairs = [(p, other) for p in present for other in event.participants]
                people = list(dict.fromkeys([*event.participants, *present]))
                yield from _joined_meeting(
                    doc, pairs, people, event.place, event.sentence, verb, "in-presence-of"
                )
                break


@rule("days-in-place")
def days_in_place(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X arrived in Oslo after two days in Bergen": who came from a stretch of days in a
    place was there (a visit, as "spent two days in Bergen" is)."""
    lex = doc.lex
    confidence = lex.rule_confidence("days-in-place")
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            stretch = doc.doc[index]
            before = stretch.head
            verb = before.head
            if (
                stretch.lemma_.lower() not in lex.stay_nouns
                or stretch.dep_ != "pobj"
                or before.lower_ not in lex.stay_prepositions
                # (two days, or "a week": not "the week in Bergen")
                or not any(c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in stretch.children)
                or verb.pos_ not in ("VERB", "AUX")
                or negated(verb)
                or unreal(verb, lex.irrealis_verbs)
            ):
                continue
            places = [
                m
                for p in pobjs(stretch, ("in",))
                for m in doc.referents(p)
                if m.etype.kind is PLACE
            ]
            people = [m for m in subjects(doc, verb)[0] if m.etype is PERSON] if places else []
            if not people:
                continue
            for person in people:
                yield RelationCandidate(
                    person, TK.visited, places[0], span.index, "days-in-place", confidence
                )
            yield EventCandidate(
                EventKind.VISIT,
                people,
                places[0],
                span.index,
                "days-in-place",
                confidence,
                [stretch.i],
            )


def _through_a_share(doc: DocView, frame: NounFrame, patient: Token) -> list[Token]:
    """ "its purchase of a 65% stake in X": X, if the share is most of it (as the verb's
    "bought a 65% stake in X"); a purchase of a minority stake buys no company."""
    if frame.predicate == TK.acquired and patient.lower_ in doc.lex.share_nouns:
        return owned_through(patient, doc.lex)
    return [patient]
