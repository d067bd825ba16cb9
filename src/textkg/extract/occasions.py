"""Whether the people a meeting verb names were all at one occasion, beyond the marks
:func:`~textkg.extract.arguments.one_occasion` reads (a meal, "together", a day): a reception
("was greeted by A and B", "hosted A and B") or one building ("met A and B at the ministry")
puts them in one room, so every pair of them met."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.arguments import agents, coordinated_people, one_occasion, subjects
from textkg.extract.document import PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.syntax import agent_past_a_place, children, is_passive, negated, pobjs
from textkg.lexicon import VerbFrame
from textkg.records import EventKind


def one_meeting(doc: DocView, verb: Token) -> bool:
    """One occasion for all the verb's people: :func:`one_occasion`'s marks, a host's
    reception, or a single site (not "met A and B at his office many times", a habit)."""
    if one_occasion(doc, verb):
        return True
    said = list(verb.subtree)
    words = {t.lower_ for t in said} | {t.lemma_.lower() for t in said}
    if words & (doc.lex.apart_words | doc.lex.meetings.habit_words):
        return False
    if any(a.lower_ in ("has", "have", "had") for a in children(verb, "aux")):
        return False  # "has received A and B": over a time, perhaps one by one
    if verb.lemma_.lower() in doc.lex.meetings.one_table_verbs:
        return True  # "sat down with A and B": one table
    if verb.lemma_.lower() in doc.lex.host_verbs or is_passive(verb):
        # "was greeted by A and B", "hosted A and B": one reception; "was shown round by A
        # and B": one guest, whom they all took round
        return True
    return len(_sites(doc, said)) == 1


def _sites(doc: DocView, said: list[Token]) -> set[str]:
    """The buildings and sites the words name after "at" ("at the ministry", "at his
    residence"): one of them is one room; two ("at the ministry and at the palace") are two."""
    sites = doc.lex.meetings.meeting_sites
    return {
        noun.lemma_.lower()
        for prep in said
        if prep.dep_ == "prep" and prep.lower_ in ("at", "inside")
        for noun in children(prep, "pobj")
        if noun.lemma_.lower() in sites and noun.pos_ == "NOUN"
    }


def meeting_agents(doc: DocView, verb: Token) -> list[Ment]:
    """The people a passive meeting verb names besides its first "by"'s: coordinated after it
    ("by the governor, A, and the mayor, B"), after a "by" the parser hung on the place before
    it ("shown round the plant by X"), and after a second "by" ("was received at the station
    by A, the manager, and by the governor, B")."""
    found = [m for p in pobjs(verb, ("by",)) for m in coordinated_people(doc, p)]
    if not pobjs(verb, ("by",)):  # "shown round the plant by X": hung on the place
        found = [
            m
            for p in agent_past_a_place(verb)
            for m in doc.referents(p) + coordinated_people(doc, p)
            if m.etype is PERSON and m not in found
        ]
    for again in verb.subtree:
        if again.lower_ != "by" or again.dep_ != "conj" or again.head.dep_ not in _PREPS:
            continue
        if clause_verb(again).i != verb.i:
            continue  # a "by" of a clause inside the verb's ("who was hired by B")
        for noun in children(again, "pobj"):
            named = [noun] + [a for a in noun.subtree if a.dep_ == "appos"]
            found += [
                m
                for word in named
                for m in doc.referents(word, with_leader=True)
                if m.etype is PERSON and m not in found
            ]
    return found


_PREPS = ("prep", "agent")


def clause_verb(word: Token) -> Token:
    """The verb whose clause a word is in: its nearest verbal ancestor."""
    head = word.head
    while head.pos_ not in ("VERB", "AUX") and head.head is not head:
        head = head.head
    return head


def joining_people(doc: DocView, verb: Token) -> list[Ment]:
    """The people who come into a meeting by ``verb``: its subjects ("X was also at the
    meeting"), or, with the place put first, the copula's attribute ("Also at the meeting was
    X's deputy, Y")."""
    found = [m for m in subjects(doc, verb)[0] if m.etype is PERSON]
    if (
        not found
        and verb.lemma_ == "be"
        and any(c.dep_ == "prep" and c.i < verb.i for c in verb.children)
    ):
        found = [m for a in children(verb, "attr") for m in doc.referents(a) if m.etype is PERSON]
    return agents(found)


def travelling_party(doc: DocView, verb: Token) -> bool:
    """Whether a host's verb takes as its guests a plural already told of ("they were greeted
    by A and B", "X received both men"): a party that came together, each of whom met the
    hosts (not said to have met each other there, nor the hosts each other)."""
    taken = children(verb, "nsubjpass") if is_passive(verb) else children(verb, "dobj")
    told = doc.references.plural_pronouns
    return any(
        t.i in told or {t.lower_, *(c.lower_ for c in t.children)} & doc.lex.those_who_met
        for t in taken
    )


def among_those(doc: DocView, verb: Token, frame: VerbFrame) -> list[Ment]:
    """ "X was among the officials who met Y", "X was among those who welcomed Y": the
    copula's subject is one of those a meeting verb's relative clause tells of."""
    head = verb.head
    if frame.event is not EventKind.MEETING or verb.dep_ != "relcl" or head.dep_ != "pobj":
        return []
    copula = head.head.head
    if head.head.lower_ != "among" or copula.lemma_ != "be" or negated(copula):
        return []
    return [m for s in children(copula, "nsubj") for m in doc.referents(s) if m.etype is PERSON]
