"""Joint acts: who signed an instrument together in one room, or did together what is done
in one place, which is a meeting ("A and B signed the agreement in Malabo", "the deal was
signed on Monday by A, B and C", "A and B opened the terminal together", "A and B
discussed the plan over lunch")."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.document import PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.syntax import agent_past_a_place, children, pobjs
from textkg.lexicon import VerbFrame
from textkg.months import WEEKDAYS
from textkg.records import EventKind


def signatories(doc: DocView, verb: Token) -> list[Ment]:
    """ "signed by X's chief executive, A, the agency's director, B, and C, the bank's
    head": every person the "by" phrase lists, which the parser hangs in a chain of
    appositions (not those of a relative clause inside it)."""
    found: list[Ment] = []
    phrases = children(verb, "agent")
    if not phrases:
        # "signed at the power station by A, ..., and B, ..., with C as a witness": the
        # parser hangs "by" on the place's noun and the second signatory on the verb
        phrases = agent_past_a_place(verb)
        phrases += [c for c in children(verb, "conj") if phrases and c.pos_ == "PROPN"]
    for agent in phrases:
        inner = {t.i for t in agent.subtree if t.dep_ == "relcl" for t in t.subtree}
        for token in agent.subtree:
            ment = doc.at[token.i]
            if ment is not None and ment.etype is PERSON and token.i not in inner:
                found += [] if ment in found else [ment]
    # "signed by A, the bank's director, and B, with C as a witness": who was with a
    # signatory (with a name the parser hung the signing's "with" on) was in the room
    inner = {t.i for t in verb.subtree if t.dep_ == "relcl" for t in t.subtree}
    signers = [t for t in verb.subtree if t.i not in inner and _a_persons_name(doc, t)]
    for other in (p for t in signers for p in pobjs(t, ("with",))):
        found += [m for m in doc.referents(other) if m.etype is PERSON and m not in found]
    return found


def _a_persons_name(doc: DocView, token: Token) -> bool:
    ment = doc.at[token.i]
    return ment is not None and ment.etype is PERSON and token.i == ment.end - 1


#: Words that say an act was done by its subjects side by side.
_TOGETHER = frozenset({"together", "jointly"})
#: What is had together face to face: "discussed the plan over lunch".
_SHARED = frozenset({"dinner", "lunch", "breakfast", "coffee", "tea", "drinks", "supper"})


def said_apart(doc: DocView, verb: Token) -> bool:
    """ "A and B dined separately", "each opened a school", "at separate meetings": several
    subjects who did it one by one."""
    words = {t.lower_ for t in verb.subtree}
    return bool(words & doc.lex.apart_words) or ("each" in words and "other" not in words)


def done_together(doc: DocView, verb: Token, frame: VerbFrame) -> bool:
    """ "A and B signed the agreement in Malabo" (see ``signed_together``), "A and B opened
    the terminal together", "A and B laid the foundation stone on Monday", "A and B
    discussed the plan over lunch": a meeting verb whose several subjects did it in one
    place (a ceremony said where or when; anything said "together" or over a meal)."""
    if frame.event is not EventKind.MEETING:
        return False
    if signed_together(doc, verb, frame):
        return True
    if said_apart(doc, verb):
        return False  # "opened their pavilions separately", "each opened a school"
    if _several_places(doc, verb):
        return False  # "laid wreaths at memorials in Berlin and Paris"
    # ("together" hung on the phrase of time after it, too: "together on Monday")
    near = [verb, *children(verb, "prep", "npadvmod")]
    adverbs = {c.lower_ for t in near for c in children(t, "advmod")}
    shared = any(o.lemma_.lower() in _SHARED for o in pobjs(verb, ("over",)))
    # the thing a ceremony is of, the object itself ("opened the terminal"), not a word
    # further in ("unveiled plans for a new stadium")
    done = [o for o in children(verb, "dobj") if o.lemma_.lower() in frame.only_with]
    ceremony = frame.transitive and bool(done) and bool(_where(doc, verb, []))
    return bool(adverbs & _TOGETHER) or shared or ceremony


def _several_places(doc: DocView, verb: Token) -> bool:
    """ "in Berlin and Paris": places coordinated in what the verb is told with, done apart."""
    return any(
        (m := doc.at[t.i]) is not None
        and m.etype.kind is PLACE
        and any((c := doc.at[k.i]) is not None and c.etype.kind is PLACE for k in t.conjuncts)
        for p in children(verb, "prep")
        for t in p.subtree
    )


def _where(doc: DocView, verb: Token, things: list[Token]) -> list[Token]:
    """Where or when an act was done: a place named ("in Malabo") or a room ("at the
    register's offices"), not "in 2019", "in principle", "at a time of tension"; a day or an
    occasion the verb is told with ("on Wednesday", "after the lunch"), not a year, a month,
    nor its object's own words ("an agreement on Sunday trading")."""
    lex = doc.lex
    said = [p for t in [verb, *things] for p in children(t, "prep", "npadvmod")]
    rooms = lex.place_head_nouns | lex.building_nouns | lex.occasion_nouns | lex.org_head_nouns
    rooms = rooms | lex.site_nouns  # "at the power plant"
    where = [
        o
        for p in said
        if p.lower_ in ("in", "at")
        for o in children(p, "pobj")
        if ((m := doc.at[o.i]) is not None and m.etype.kind is PLACE)
        or (p.lower_ == "at" and doc.at[o.i] is None and o.lemma_.lower() in rooms)
    ]
    when = [
        t
        for p in children(verb, "prep", "npadvmod")
        for t in p.subtree
        if t.lower_ in WEEKDAYS or {t.lemma_.lower(), t.lower_} & lex.occasion_nouns
    ]
    return where + when


#: The prepositions that put a signing at an occasion: "after the talks", "at a ceremony".
_AT_OCCASIONS = ("at", "after", "during", "following")


def signed_together(doc: DocView, verb: Token, frame: VerbFrame) -> bool:
    """ "A and B signed the agreement in Malabo", "the deal was signed on Monday by A and B",
    "after the lunch A and B signed an agreement", "the lease was signed by A, B and C": an
    instrument of two parties signed where or when the text says, or by those one "by"
    lists, was signed in one room (the lexicon's joint_signing_verbs and joint_instruments);
    not "signed the letter", "signed separately", nor "by A in Oslo and by B in Vienna"."""
    lex = doc.lex
    if frame.event is not EventKind.MEETING or verb.lemma_.lower() not in lex.joint_signing_verbs:
        return False
    # one instrument ("signed contracts in Spain" are several, maybe apart)
    # (or a plural the lexicon lists as one instrument: "the transfer papers"; or several
    # signed at an occasion: "signed agreements on trade after the talks")
    occasions = lex.occasion_nouns
    occasion = any({o.lemma_.lower(), o.lower_} & occasions for o in pobjs(verb, _AT_OCCASIONS))
    signed = [
        t
        for t in children(verb, "dobj", "nsubjpass")
        if t.tag_ == "NN" or t.lower_ in lex.joint_instruments or (t.tag_ == "NNS" and occasion)
    ]
    # "the lease was signed by A, B and C": those its one "by" lists signed it together
    said_apart = {t.lower_ for t in verb.subtree} & lex.apart_words
    listed = len(children(verb, "agent")) == 1 and len(signatories(doc, verb)) >= 2
    listed = listed and not said_apart
    instrument = any({t.lemma_.lower(), t.lower_} & lex.joint_instruments for t in signed)
    return bool(_where(doc, verb, signed) or listed) and instrument and not said_apart
