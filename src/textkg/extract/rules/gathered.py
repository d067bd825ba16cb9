"""The people a clause brings together at a meeting its noun names without a party of its
own: "A and B were joined by C for a meeting", "X hosted Y for talks", "A and B discussed
the crisis at a meeting in Oslo"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.arguments import agents, dateline_town, governor, subjects
from textkg.extract.candidates import Candidate, EventCandidate, RelationCandidate
from textkg.extract.document import COUNTED_PEOPLE, ORG, PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.rules.signings import said_apart
from textkg.extract.syntax import children, is_passive, negated, pobjs, unreal
from textkg.lexicon import VerbFrame
from textkg.namespaces import TK
from textkg.records import EntityType, EventKind


def gathered_for(doc: DocView, noun: Token) -> list[Ment]:
    """The people a verb brings together "for" an event noun: its subjects, its passive
    agent and its object ("A and B were joined by C for a meeting", "X hosted Y for
    talks"); none when fewer than two, or when the verb did not happen."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or verb.pos_ != "VERB":
        return []
    if negated(verb) or unreal(verb, doc.lex.irrealis_verbs):
        return []
    found = list(subjects(doc, verb, passive_subject=True)[0])
    found += [m for p in pobjs(verb, ("by",)) for m in doc.referents(p)]
    found += [m for c in children(verb, "dobj") for m in doc.referents(c)]
    people = agents(found)
    return people if len(people) >= 2 else []


def gathered_at(doc: DocView, noun: Token) -> list[Ment]:
    """Two or more people who did something together "at" or "during" a meeting ("A and B
    discussed the crisis at a meeting in Oslo", "At talks in Oslo, A and B agreed", "A told
    B at their meeting"): the active subjects of the verb the phrase hangs on, and the one
    told, people only; none when fewer than two, or when the verb did not happen."""
    prep = noun.head
    verb = prep.head
    # "A and B posed for photographs before their talks": any time of their own meeting
    theirs = any(c.lower_ == "their" for c in children(noun, "poss"))
    if noun.dep_ != "pobj" or verb.pos_ != "VERB":
        return []
    if prep.lower_ not in ("at", "during") and not (theirs and prep.dep_ == "prep"):
        return []
    small = doc.lex.meetings.small_meetings
    if noun.lemma_.lower() not in small and noun.lower_ not in small:
        return []
    if negated(verb) or unreal(verb, doc.lex.irrealis_verbs) or said_apart(doc, verb):
        return []  # (nor "A and B discussed it at separate meetings", "each ... at a meeting")
    people = [m for m in agents(subjects(doc, verb)[0]) if m.etype is PERSON]
    # "X told Y at their meeting", "X thanked Y during the talks": one spoken to face to face
    # (not "X criticised Y at a meeting", who need not have been there)
    if people and (theirs or verb.lemma_.lower() in doc.lex.meetings.face_to_face_verbs):
        told = [m for c in children(verb, "dobj", "dative") for m in doc.referents(c)]
        people += [m for m in told if m.etype is PERSON and m not in people]
    return people if len(people) >= 2 else []


def at_the_meeting(doc: DocView, noun: Token) -> list[Ment]:
    """Who a participle after a meeting noun puts at it ("a meeting attended by A and B",
    "the talks, chaired by A,", "a dinner hosted by A", "the meeting was attended by A"):
    people and bodies that attended, not a host's family; people only for a chair or a
    host (a body "hosts" a meeting from afar), and only at a meeting someone held or
    attended (not one another "criticised", "boycotted" or "watched on television")."""
    found: list[Ment] = []
    # (or a passive relative clause: "the meeting, which was attended by A and B")
    verbs = children(noun, "acl") + [v for v in children(noun, "relcl") if is_passive(v)]
    attended = noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() == "attend"
    if attended:
        verbs.append(noun.head)  # "the meeting was attended by A and B"
    held = attended or governor(doc, noun) is not None
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if (
            lemma not in doc.lex.meetings.at_meeting_participles
            or verb.tag_ != "VBN"
            or negated(verb)
        ):
            continue
        if lemma != "attend" and not held:
            continue
        named = agents(
            [m for p in pobjs(verb, ("by",)) for m in doc.referents(p, with_leader=True)]
        )
        bodies_too = lemma == "attend" and verb is not noun.head  # ("attended by" as before)
        found.extend(
            m for m in named if (bodies_too or m.etype is PERSON) and not _kin_of_another(doc, m)
        )
    return found


def _kin_of_another(doc: DocView, ment: Ment) -> bool:
    """ "hosted by X and his wife Y", "by X and Y, his wife": a host's family, whom news
    does not count among those who met."""
    kin = doc.lex.biography.kin_nouns
    token = doc.doc[ment.end - 1]
    if token.dep_ == "appos" and token.head.lemma_.lower() in kin:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in kin for c in token.children)


def welcomed_to(doc: DocView, verb: Token) -> Ment | None:
    """ "X welcomed Y to Boston": the place a host's "to" names, where the two met and where
    the guest came (not "welcomed Y to the talks", no place)."""
    return next(
        (m for p in pobjs(verb, ("to",)) for m in doc.referents(p) if m.etype.kind is PLACE),
        None,
    )


def welcomed_into(doc: DocView, verb: Token, frame: VerbFrame) -> bool:
    """ "X welcomed Y to the board", "to the party", "to Nordvik Energy": a welcome into a
    body one joins, said as often in a statement as face to face (no meeting)."""
    if verb.lemma_.lower() != "welcome" or frame.event is not EventKind.MEETING:
        return False
    joined = doc.lex.bodies.joined_nouns
    return any(
        p.lemma_.lower() in joined or any(m.etype is ORG for m in doc.referents(p))
        for p in pobjs(verb, ("to",))
    )


def held_in_a_clause(doc: DocView, noun: Token) -> tuple[list[Token], list[Ment]]:
    """ "The talks X held with Y in Osaka ended", "the meeting X had with Y": the light verb
    of a clause on the event noun (where "with Y" hangs) and who held it, its subject or
    the name the parser set beside the noun; none when the clause did not happen."""
    lex = doc.lex
    for verb in children(noun, "relcl", "acl"):
        if verb.lemma_.lower() not in ("hold", "have") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if negated(verb) or unreal(verb, lex.irrealis_verbs):
            return [], []
        found = subjects(doc, verb)[0]
        if not found:  # "The talks | Aiko Tanaka | held": the subject set beside the noun
            found = [m for c in children(noun, "appos") if c.i < verb.i for m in doc.referents(c)]
        return [verb], [m for m in found if m.etype is PERSON]
    return [], []


def also_there(verb: Token) -> bool:
    """ "Z, the city manager, also attended", "Z was also present": one who was at the
    meeting just reported, said with "also" or "too" and no occasion of its own."""
    # (or on "present" itself: "Also present were A and B")
    said = [verb, *children(verb, "acomp")]
    if not any(c.lower_ in ("also", "too") for t in said for c in children(t, "advmod")):
        return False
    if verb.lemma_.lower() == "attend":
        return not children(verb, "dobj", "prep")
    return verb.lemma_.lower() == "be" and any(
        c.lower_ == "present" for c in children(verb, "acomp")
    )


def guests_visit(
    doc: DocView, verb: Token, guests: list[Ment], place: Ment, sentence: int, confidence: float
) -> Iterator[Candidate]:
    """ "X welcomed Y at the palace in Paris": the guest visited the place, and the city or
    country the place is said to be in; the host did not (nor, after "welcomed the three",
    people counted back: locals may be among them)."""
    if any(c.lower_ in COUNTED_PEOPLE for c in children(verb, "dobj")):
        return
    places = [place]
    for pobj in pobjs(doc.doc[place.end - 1], ("in",)):
        places.extend(m for m in doc.referents(pobj, conjuncts=False) if m.etype.kind is PLACE)
    # the town is read at the site and the word before it
    span = (place.start - 1, place.end) if place.start else (place.start, place.end + 1)
    alone = place.etype is EntityType.PLACE and len(places) == 1
    town = dateline_town(doc, span, place.sentence) if alone else None
    if town is not None:
        places.append(town)  # "hosted X at the National Palace", datelined in its town
    visitors = [g for g in agents(guests) if g.etype is not EntityType.COUNTRY]
    if not visitors:
        return
    for where in places:
        for guest in visitors:
            yield RelationCandidate(guest, TK.visited, where, sentence, "verb-host")
    yield EventCandidate(
        EventKind.VISIT, visitors, places[-1], sentence, "verb-host", confidence, [verb.i]
    )
