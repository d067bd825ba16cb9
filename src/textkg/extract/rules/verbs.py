"""Trigger verbs and their arguments ("X met Y", "X was killed by Y", "a company based in Z"),
and open subject–verb–object facts for the verbs the lexicon does not know."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Token

from textkg.extract.arguments import (
    agents,
    coordinated_people,
    dateline_town,
    event_place,
    misparsed_main_verb,
    one_occasion,
    opening_day_subject,
    person_apposed_to_place,
    seated_body,
    subjects,
)
from textkg.extract.candidates import Candidate, EventCandidate, Findings, RelationCandidate
from textkg.extract.dateline_patients import past_a_dateline
from textkg.extract.docmodel import tells_a_life
from textkg.extract.document import ORG, PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.occasions import among_those, meeting_agents, one_meeting, travelling_party
from textkg.extract.registry import rule
from textkg.extract.rules.apposed_places import branch_seat_moved
from textkg.extract.rules.calls import call_elsewhere
from textkg.extract.rules.gathered import guests_visit, welcomed_into, welcomed_to
from textkg.extract.rules.signings import done_together, said_apart, signatories
from textkg.extract.rules.verb_objects import (
    and_a_person_after,
    appointed,
    named_after,
    named_after_people_counted,
    occasion_too_far,
    owned_through,
    passive_clause_noun,
    person_from_a_place,
)
from textkg.extract.syntax import (
    RELATIVE_PRONOUNS,
    before_the_story,
    by_remote_means,
    children,
    contact_clause_object,
    copula_subject,
    first_conjunct,
    held_between_dates,
    is_passive,
    main_subject,
    negated,
    object_read_as_apposition,
    object_read_as_head,
    objects_read_as_conjuncts,
    objects_read_as_subjects,
    participle_joined_across,
    passive_subjects,
    pobjs,
    put_in_the_past,
    second_attribute_apposed,
    unreal,
    verb_pobjs,
    with_pobjs,
)
from textkg.lexicon import VerbFrame
from textkg.months import MONTHS
from textkg.namespaces import REL, TK
from textkg.records import EntityType, EventKind

_OPEN_NAME = re.compile(r"[^a-z]+")
#: Relations that hold for a time (a role, a job, a membership), which a past frame ends.
_HELD = (TK.leaderOf, TK.worksFor, TK.memberOf)


def _verbs(doc: DocView, open_only: bool) -> Iterator[tuple[Token, VerbFrame | None]]:
    """Every verb that happened (not denied, planned or only wished), with its frame."""
    table, lex = doc.table, doc.lex
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            if table.pos[index] not in ("VERB", "AUX"):
                continue
            lemma = table.lemma[index]
            if lemma not in lex.verbs and (lemma in lex.open_stop or table.pos[index] != "VERB"):
                continue
            verb = doc.doc[index]
            if negated(verb) or (unreal(verb, lex.irrealis_verbs) and not appointed(verb, lex)):
                continue
            frame = lex.verbs.get(verb.lemma_.lower())
            if not open_only:
                for sense in lex.verb_senses(verb.lemma_.lower()):
                    yield verb, sense
            if not open_only and (frame is None or frame.event is None) and _in_person(verb):
                yield verb, _IN_PERSON
            elif (
                frame is None
                and open_only
                and lemma not in lex.open_stop
                and lemma not in lex.role_verbs_object
            ):
                yield verb, None  # naming verbs give roles (textkg.extract.titles)


#: Whatever one person did to or with another "in person" is a meeting: "handed her letter
#: to the prime minister in person".
_IN_PERSON = VerbFrame(
    predicate=TK.metWith,
    objects=("dobj", "to", "with"),
    event=EventKind.MEETING,
    subject_types=frozenset({PERSON}),
    object_types=frozenset({PERSON}),
)


def _over(doc: DocView, verb: Token, lead: bool) -> bool:
    past = put_in_the_past(verb, doc.lex.past_adverbs) or (
        before_the_story(verb) and not _reported_news(doc, verb)
    )
    if tells_a_life(doc):  # a profile's past memberships are its life's, not a past lead
        return past and lead
    return past or held_between_dates(verb)


def _reported_news(doc: DocView, verb: Token) -> bool:
    """ "Kestrel Rovers said it had signed X": news in reported speech, no state before it."""
    said = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in doc.lex.speech_verbs
    if not said or verb.lemma_.lower() not in doc.lex.bodies.taking_on_verbs:
        return False
    # a body speaking (not "X said he had signed for Y as a boy"), of no other time ("had
    # signed X in 2009", "as a 15-year-old")
    speakers = [m for c in children(verb.head, "nsubj") for m in doc.referents(c)]
    year = [t for t in verb.subtree if t.ent_type_ == "DATE" and (t.like_num or t.lower_ in MONTHS)]
    dated = bool(year) or any(t.lower_ in ("as", "before") for t in verb.subtree)  # not "Monday"
    return bool(speakers) and all(m.etype is ORG for m in speakers) and not dated


def _in_person(verb: Token) -> bool:
    return any(
        prep.lower_ == "in" and any(p.lower_ == "person" for p in children(prep, "pobj"))
        for prep in children(verb, "prep")
    )


@rule("verb-frames")
def verb_frames(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """A trigger verb of the lexicon with its subject and object entities."""
    for verb, frame in _verbs(doc, open_only=False):
        assert frame is not None
        yield from _frame(doc, verb, frame, doc.owner[verb.i])


def _frame(doc: DocView, verb: Token, frame: VerbFrame, sentence: int) -> Iterator[Candidate]:
    if frame.only_with and not any(t.lower_ in frame.only_with for t in verb.subtree):
        return
    if (
        occasion_too_far(verb, frame)
        or call_elsewhere(verb, frame)
        or branch_seat_moved(doc, verb, frame)
        or welcomed_into(doc, verb, frame)  # "welcomed Y to the board"
    ):
        return  # "joined X in calling for a ceasefire", "moved its European headquarters to Y"
    if frame.present_only and verb.tag_ in ("VBD", "VBN") and not tells_a_life(doc):
        # "X played for Y": a club of the past, which a news report's graph leaves out; a
        # profile tells a career, and its past clubs are its subject's
        return
    if frame.intransitive and children(verb, "dobj"):
        return  # "X moved the head office to Y": the office moved, not X
    if frame.event is EventKind.VISIT and verb.lemma_ == "be" and children(verb, "attr"):
        return  # "X was a politician in Alberta": where one worked, no trip
    fors = [p for p in pobjs(verb, ("for",)) if p.ent_type_ not in ("DATE", "TIME", "MONEY")]
    areas = [o for o in children(verb, "dobj") if (m := doc.at[o.i]) and m.etype.kind is PLACE]
    if frame.predicate == TK.leaderOf and fors and areas:
        return  # "runs Florida for the Ortiz campaign": another's regional post, no governor
    if frame.transitive and not children(verb, "dobj", "dative"):
        return  # "X handed over to his deputy", "power was handed to X by Y": an office
    if frame.event is not None and by_remote_means(verb, doc.lex.remote_words):
        return  # "X and Y met by video link", "attended the summit by video link"
    if frame.predicate in _HELD and _over(doc, verb, frame.predicate == TK.leaderOf):
        # "X, who ran NASA from 1961 to 1968", "previously worked at Y": held no more (a
        # reference page's "previously played for Y", "had taught at Y" are its life's)
        return
    groups = doc.references.groups
    passive = is_passive(verb) or (
        verb.tag_ == "VBN"
        # "headed by X" as a participle, or joined to a passive ("based in Y and headed by X"),
        # or after a copula ("is majority-owned by Y")
        and (
            (verb.dep_ == "acl" and not misparsed_main_verb(verb))
            or (verb.dep_ in ("conj", "acomp", "advcl") and bool(children(verb, "agent")))
        )
    )
    objects: list[Ment] = []
    if passive and not frame.passive_subject:
        # "X was killed by Y": the passive subject is the object, the agent the subject
        found = [m for p in pobjs(verb, ("by",)) for m in doc.referents(p, with_leader=True)]
        if frame.event is EventKind.MEETING:  # "by the governor, A, and the mayor, B"
            more = meeting_agents(doc, verb)
            found += [m for m in more if m not in found]
        if verb.lemma_.lower() in doc.lex.joint_signing_verbs:
            found += [m for m in signatories(doc, verb) if m not in found]
        rule_name = "verb-passive"
        patient = passive_subjects(verb)
        joined = participle_joined_across(verb)  # "a squad based in A and managed by X"
        if not patient and verb.dep_ in ("conj", "acomp", "advcl") and joined is None:
            # "X flew in and was greeted by Y": the first verb's subject; "X is
            # majority-owned by Y": the copula's
            patient = children(verb.head, "nsubj", "nsubjpass")
        if not patient and verb.dep_ == "ROOT":
            # "On Tuesday A and B were received by C": taken into the opening phrase of time
            patient = [p for p in [opening_day_subject(doc, verb)] if p is not None]
        acl = person_from_a_place(doc, verb.head) if verb.dep_ == "acl" else None
        target = patient[0] if patient else acl
        if target is not None and target.dep_ == "attr" and target.lower_ in doc.lex.majority_words:
            # "X is majority owned by Y": the parser makes "majority" the copula's attribute
            target = next(iter(children(target.head, "nsubj")), None)
        if target is None and verb.dep_ == "conj" and (joined or verb.head).dep_ == "acl":
            target = (joined or verb.head).head  # "a firm founded and run by X": the firm
        if (
            target is not None
            and target.dep_ == "appos"
            and doc.at[target.head.i] is not None
            # (not "On arrival in Oslo, X was greeted by Y": no person is a place's apposition)
            and not person_apposed_to_place(doc, target)
            # not "Y, a trade delegation led by X": a group sent, not a kind of organisation
            and target.lemma_.lower() not in doc.lex.group_nouns - doc.lex.classifier_nouns
        ):
            target = target.head  # "Civic Forum, the party led by X": the name described
        elif target is not None and verb.dep_ == "acl" and target.dep_ == "attr":
            # "Arvo Mining is a Finnish company led by X": the copula's subject is described
            apposed = second_attribute_apposed(target)  # "a unit of Y, the group led by X": Y
            target = apposed or copula_subject(target, doc.lex.unit_copulas)
        if target is not None and target.lower_ in RELATIVE_PRONOUNS:
            target, patient = passive_clause_noun(doc, target), []
        if target is not None and not (frame.predicate == TK.leaderOf and target.i in groups):
            meets = frame.event is EventKind.MEETING  # "the delegation was received by X"
            objects = past_a_dateline(doc, target, verb, bool(patient), meets)
            if not patient and (not objects or all(m.etype.kind is PLACE for m in objects)):
                objects = seated_body(doc, target, verb) or objects
    else:
        found, rule_name = subjects(doc, verb, frame.passive_subject)
        found = found or among_those(doc, verb, frame)  # "X was among those who met Y"
        if "dobj" in frame.objects:
            # "X hosted a delegation led by Y": X met Y
            meets = frame.event is EventKind.MEETING
            placing = ("at", *sorted(doc.lex.locative_prepositions))  # where a site is
            for child in (
                children(verb, "dobj", "attr")
                + objects_read_as_subjects(verb)
                + contact_clause_object(verb)
                + object_read_as_apposition(verb)
                + (objects_read_as_conjuncts(verb) + object_read_as_head(verb) if meets else [])
            ):
                if frame.predicate == TK.leaderOf and child.i in groups:
                    continue  # leading a delegation is not leading who sent it
                if child.lower_ == "it" and verb.dep_ == "relcl":
                    # "X is owned by Y, which bought it in 2030": the clause's "it" is the
                    # sentence's subject, which the clause's noun is of
                    child = main_subject(verb) or child
                if child.lower_ in ("which", "that", "whom") and verb.dep_ == "relcl":
                    # "the ministry, which X has led since March": what the clause is of
                    child = verb.head
                    if doc.at[child.i] is None and child.dep_ == "appos":
                        child = child.head  # "X, the subsidiary that Y bought": X
                if frame.predicate == TK.acquired and child.lower_ in doc.lex.share_nouns:
                    # "bought 70% of X", "took a 60% stake in X": X, if the share is most
                    objects.extend(
                        m for o in owned_through(child, doc.lex) for m in doc.referents(o)
                    )
                    continue
                if meets and child.lemma_.lower() in doc.lex.occasion_nouns:
                    # "hosted a dinner for both captains, A and B": the guests
                    for guest in pobjs(child, ("for",)) or pobjs(verb, ("for",)):
                        objects.extend(
                            doc.referents(guest, with_leader=True) or named_after(doc, guest)
                        )
                    continue
                if (
                    frame.event is EventKind.VISIT
                    and child.lemma_.lower() in doc.lex.occasion_nouns
                ):
                    # "attended a welcome ceremony at X": where the occasion was held
                    objects.extend(m for p in pobjs(child, placing) for m in doc.referents(p))
                    continue
                if frame.event is EventKind.VISIT and frame.only_with:
                    continue  # "attended Harvard" (before the funeral): only an occasion's place
                found_objects = doc.referents(child, with_leader=meets)
                if meets and named_after_people_counted(verb, child):
                    # "met two executives at the plant, Kestrel Textiles": the plant's name
                    found_objects = [m for m in found_objects if m.etype is PERSON]
                if (
                    not found_objects
                    and frame.event is EventKind.VISIT
                    and not verb_pobjs(verb, placing)
                    and not pobjs(child, placing)
                ):
                    # "toured the new wing of X": where it is (not "visited the headquarters
                    # of X in Y", "toured the factory of X at Tema": the town)
                    found_objects = [
                        m for p in pobjs(child, ("of", "at")) for m in doc.referents(p)
                    ]
                objects.extend(found_objects)
                if meets and found_objects:
                    # "hosted Solberg and Tremblay", the second name parsed as a verb
                    objects.extend(and_a_person_after(doc, found_objects[-1]))
        if "dative" in frame.objects:  # "handed the minister her medal"
            dobjs = children(verb, "dobj")  # the parser often makes both objects direct
            for child in children(verb, "dative") or dobjs[:-1]:
                objects.extend(doc.referents(child))
    preps = tuple(p for p in frame.objects if p not in ("dobj", "dative"))
    for pobj in verb_pobjs(verb, preps) + _with_on_the_thing(doc, verb, frame):
        objects.extend(doc.referents(pobj))
        if frame.event is EventKind.MEETING:
            objects.extend(coordinated_people(doc, pobj))
    trip = frame.event is EventKind.VISIT and verb.lemma_.lower() in doc.lex.companion_trip_verbs
    if trip and found and not passive:
        # "travelled to Gisborne with Tama Ngata": who went with the traveller went too (not
        # "toured the plots with a grower", one who lives there)
        # (the parser may hang "with" on the place: "to Gisborne | with X")
        # (or on the flight: "flew to Apia on the first flight with X")
        hung = [w for d in verb_pobjs(verb, (*preps, "on")) for w in pobjs(d, ("with",))]
        found += [
            m
            for p in verb_pobjs(verb, ("with",)) + hung
            for m in doc.referents(p)
            if m.etype is PERSON and m not in found
        ]
    # the types are the sentence's subject's and object's ("Norvia hired X": an organisation
    # and a person), before an inverse frame turns them round (X worksFor Norvia)
    found = [s for s in found if not frame.subject_types or s.etype in frame.subject_types]
    objects = [o for o in objects if not frame.object_types or o.etype in frame.object_types]
    if frame.inverse:
        found, objects = objects, found
    people = agents(found)
    if (
        verb.dep_ == "relcl"
        and verb.head.dep_ == "conj"
        and _reciprocal(doc, verb, frame, [], False)
    ):
        people = agents(doc.referents(first_conjunct(verb.head))) or people  # "A and B, who met"
    joint = _reciprocal(doc, verb, frame, objects, passive) or done_together(doc, verb, frame)
    if joint and not objects and len(people) >= 2:
        # "A and B met in Geneva": the text says they met each other
        pairs = list(combinations(people, 2))
        found, objects = people[:1], people[1:]
    else:
        pairs = [(subject, obj) for subject in found for obj in objects]
        if frame.event is EventKind.MEETING and objects and (joint or one_meeting(doc, verb)):
            # "A and B met C on Monday", "X hosted A and B for dinner": all of them at one
            # meeting (not "met A and, separately, B", "has met A and B during his papacy")
            together = agents(found) + [o for o in agents(objects) if o not in found]
            # (a party told of before, "they were greeted by A and B": each met its hosts)
            party = not (joint or one_occasion(doc, verb)) and travelling_party(doc, verb)
            pairs += [
                pair
                for pair in combinations(together, 2)
                if pair not in pairs and (pair[1], pair[0]) not in pairs and not party
            ]
    for subject, obj in pairs:
        predicate = frame.predicate
        if frame.person_predicate is not None and subject.etype is PERSON:
            predicate = frame.person_predicate  # "X also belongs to the PAP"
        yield RelationCandidate(subject, predicate, obj, sentence, rule_name)
    confidence = doc.lex.rule_confidence(rule_name)
    if frame.event is EventKind.MEETING and found and objects:
        people = agents(found + objects)
        held = [verb] + [doc.doc[m.end - 1] for m in objects]
        if joint:
            held += children(verb, "dobj", "nsubjpass")  # "signed the agreement in Durban"
        place = event_place(doc, *held, exclude=people)
        if place is None and verb.lemma_.lower() in doc.lex.host_verbs:
            place = welcomed_to(doc, verb)  # "welcomed X to Boston"
        yield EventCandidate(
            EventKind.MEETING, people, place, sentence, rule_name, confidence, [verb.i]
        )
        if place is not None and verb.lemma_.lower() in doc.lex.host_verbs and not passive:
            yield from guests_visit(doc, verb, objects, place, sentence, confidence)
    elif frame.event is EventKind.VISIT and found:
        together = [m for m in agents(found) if m.etype is PERSON]
        if len(together) >= 2 and any(c.lower_ == "together" for c in children(verb, "advmod")):
            # "A and B travelled to Bokhtar and toured the barrage together": they met
            for first, second in combinations(together, 2):
                yield RelationCandidate(first, TK.metWith, second, sentence, rule_name)
            place = event_place(doc, verb, exclude=together)
            yield EventCandidate(
                EventKind.MEETING, together, place, sentence, rule_name, confidence, [verb.i]
            )
        if not objects:
            objects = _unnamed_destination(doc, verb, frame, sentence)
            for where in objects:
                for subject in agents(found):
                    yield RelationCandidate(subject, TK.visited, where, sentence, rule_name)
        places = [o for o in objects if o.etype.kind is PLACE]
        # "visited Arusha with Germany's ambassador, X": who came along visited it too (not
        # "toured the plant with its director", the host)
        along = _companions(doc, verb, frame) if places else []
        for place in places:
            for companion in along:
                yield RelationCandidate(companion, TK.visited, place, sentence, rule_name)
            yield EventCandidate(
                EventKind.VISIT,
                agents(found) + along,
                place,
                sentence,
                rule_name,
                confidence,
                [verb.i],
            )


def _with_on_the_thing(doc: DocView, verb: Token, frame: VerbFrame) -> list[Token]:
    """ "signed the agreement with X", "toured the plant with X", "signed it at the offices
    with X", "toured the plant in Tema with X", "handed the crate to X": the parser hangs a
    meeting's "with" (or "to") on the thing, a named site, the room or its place, not the
    verb; and a career's on the word the frame needs ("began his career with X")."""
    if frame.event is None and frame.only_with:
        needed = [c for c in children(verb, "dobj") if c.lemma_.lower() in frame.only_with]
        # (not "took control of Y's board": a thing of the body's, not the body)
        owned = frame.predicate == TK.acquired
        got = [p for c in needed for p in pobjs(c, frame.objects)]
        return [p for p in got if not (owned and doc.at[p.i] is None and children(p, "poss"))]
    if frame.event is EventKind.VISIT and "to" in frame.objects:
        # "rode the first bus to X", "caught a train to X": the trip's, on the vehicle
        rides = [c for c in children(verb, "dobj") if c.lemma_.lower() in doc.lex.sites.conveyances]
        return [p for c in rides for p in pobjs(c, ("to",))]
    if frame.event is not EventKind.MEETING:
        return []
    things = [c for c in children(verb, "dobj") if (m := doc.at[c.i]) is None or m.etype is PLACE]
    if "with" not in frame.objects:
        # "handed the first crate to X": the thing's "to" (a frame of "to" only)
        return (
            [pobj for thing in things for pobj in pobjs(thing, ("to",))]
            if "to" in frame.objects
            else []
        )
    things += [p for p in pobjs(verb, ("at", "in", "by")) if doc.at[p.i] is None]  # "by boat"
    things += pobjs(verb, ("with",))  # "with X's head, A, in its hall, with B as a witness"
    # "inspected the workshop in the Tiravolo district with X": on the thing's place
    things += [p for thing in things for p in pobjs(thing, ("at", "in"))]
    return [pobj for thing in things for pobj in pobjs(thing, ("with",))]


def _unnamed_destination(doc: DocView, verb: Token, frame: VerbFrame, sentence: int) -> list[Ment]:
    """Where a visit whose verb names no place went: the town or named site of an unnamed
    one ("visited a factory in Zhengzhou", "farms around X", "toured a centre at Kamuzu
    Central Hospital"), the place a "where" clause is of ("taken to the General Hospital,
    where X visited them"), or the dateline's town for an arrival ("X, who flew in from
    Tokyo on Thursday", datelined in Seoul)."""
    if "dobj" in frame.objects and (
        not frame.object_types or EntityType.PLACE in frame.object_types
    ):  # not "reached an agreement in Geneva": a verb whose object is a town, not a site
        sites = [c for c in children(verb, "dobj") if doc.at[c.i] is None]
        towns = [w for site in sites for w in pobjs(site, ("in", "around", "across"))]
        towns += [c for site in sites for c in site.children if c.dep_ == "compound"]
        at = [w for site in sites for w in pobjs(site, ("at",))]
        if sites:  # the parser's other attachment
            towns += pobjs(verb, ("in", "around", "across"))
            at += pobjs(verb, ("at",))
        found = [m for w in towns for m in doc.referents(w) if m.etype.kind is PLACE]
        found += [
            m
            for w in at
            for m in doc.referents(w, conjuncts=False)
            if m.etype.kind is PLACE or m.etype is ORG
        ]
        if found:
            return found
    if verb.dep_ == "relcl" and "where" in (c.lower_ for c in verb.children):
        found = [
            _town_of_a_pair(doc, m)
            for m in doc.referents(verb.head, conjuncts=False)
            if m.etype is not PERSON
        ]
        if found:
            return found
    if _arrived_here(verb):
        town = dateline_town(doc, (verb.i, verb.i + 1), sentence)
        return [town] if town is not None else []
    return []


def _companions(doc: DocView, verb: Token, frame: VerbFrame) -> list[Ment]:
    """People who travelled with the subject: "with Y" on a verb of travel whose frame does
    not read "with" itself, or "accompanied by Y"."""
    frames = (frame, *doc.lex.more_verb_frames.get(verb.lemma_.lower(), ()))
    # "toured the plots with X": X a host; "visited the dam with X": X went too (a trip's verb)
    trip = verb.lemma_.lower() in doc.lex.companion_trip_verbs
    with_ = [] if any("with" in f.objects for f in frames) and not trip else with_pobjs(verb)
    by = [
        p
        for c in verb.children
        if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in doc.lex.companion_verbs
        for p in pobjs(c, ("by",))
    ]
    return [m for p in with_ + by for m in doc.referents(p) if m.etype is PERSON]


def _town_of_a_pair(doc: DocView, place: Ment) -> Ment:
    """ "in Abidjan, Ivory Coast, where ...": the town the country is written after."""
    k = place.start - 1
    town = doc.mention_ending(k) if k > 0 and doc.table.text[k] == "," else None
    if place.etype is EntityType.COUNTRY and town is not None and town.etype is EntityType.CITY:
        return town
    return place


def _arrived_here(verb: Token) -> bool:
    """ "arrived on Thursday", "flew in from Tokyo": a coming with no place of its own (not
    "arrived back" or "home", nor "flew to X")."""
    lemma = verb.lemma_.lower()
    particle = any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    elsewhere = any(
        c.lower_ in ("back", "home", "to", "into", "in", "at") and c.dep_ in ("advmod", "prep")
        for c in verb.children
    )
    # said in the past and in a main or relative clause: "until he arrives" is to come
    told = verb.tag_ == "VBD" and not any(c.dep_ == "mark" for c in verb.children)
    return (lemma == "arrive" or (lemma in ("fly", "come") and particle)) and not elsewhere and told


def _reciprocal(
    doc: DocView, verb: Token, frame: VerbFrame, objects: list[Ment], passive: bool
) -> bool:
    """A meeting verb with no object, whose subjects met one another ("A and B met")."""
    return (
        frame.event is EventKind.MEETING
        and not objects
        and not passive
        and verb.lemma_.lower() in doc.lex.reciprocal_verbs
        # "A and B met the minister": they met someone the text does not name, not each other
        # (but "A and B shook hands": the object the frame needs)
        and all(c.lower_ in frame.only_with for c in children(verb, "dobj"))
        and not pobjs(verb, ("with", "to"))  # (nor "A and B talked to reporters")
        and not said_apart(doc, verb)  # (nor "A and B dined separately")
    )


@rule("open-svo")
def open_relations(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """A clear subject–verb–object between two entities that no typed rule covers:
    rel:<verb lemma>."""
    bio = doc.lex.biography
    typed_elsewhere = bio.founding_verbs | bio.marriage_verbs  # the biography rules' verbs
    for verb, _frame in _verbs(doc, open_only=True):
        if verb.pos_ != "VERB" or verb.lemma_.lower() in typed_elsewhere:
            continue
        if is_passive(verb):
            subjects_ = [m for p in pobjs(verb, ("by",)) for m in doc.referents(p)]
            objects = [m for c in children(verb, "nsubjpass") for m in doc.referents(c)]
        else:
            subjects_ = [m for c in children(verb, "nsubj") for m in doc.referents(c)]
            # not "held talks with X and Y": an event's noun is no one the verb acts on
            dobjs = children(verb, "dobj")
            if any(c.lemma_.lower() in doc.lex.nouns for c in dobjs):
                continue  # (nor "held talks with A, and B", the parser's second object)
            objects = [m for c in dobjs for m in doc.referents(c)]
        if not subjects_ or not objects:
            continue
        particle = "".join("_" + c.lower_ for c in verb.children if c.dep_ == "prt")
        name = _OPEN_NAME.sub("", verb.lemma_.lower()) + _OPEN_NAME.sub("_", particle).rstrip("_")
        if len(name) < 2 or name.replace("_", " ") in typed_elsewhere:
            continue  # "set up": a phrasal verb the biography rules type
        sentence = doc.owner[verb.i]
        for subject in subjects_:
            for obj in objects:
                if subject.derived and obj.derived:
                    continue
                yield RelationCandidate(subject, REL[name], obj, sentence, "open-svo")
