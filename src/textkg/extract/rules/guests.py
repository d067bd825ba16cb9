"""A host's guests at one occasion: "X was the guest of Y at a dinner", "a dinner at which A
and B were guests of the mayor, C": guests and host were in one room, so they met."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Token

from textkg.extract.arguments import agents, event_place
from textkg.extract.candidates import Candidate, EventCandidate, Findings, RelationCandidate
from textkg.extract.document import PERSON, DocView
from textkg.extract.registry import rule
from textkg.extract.syntax import children, negated, pobjs, unreal
from textkg.namespaces import TK
from textkg.records import EventKind

#: Words that make a guest one of many times, no one occasion ("a frequent guest of Y").
_HABIT = frozenset({"frequent", "regular", "occasional", "permanent", "longtime", "former"})


@rule("guest-of")
def guests_of(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X was the guest of Y at a dinner in Z": who the copula makes a person's guest at an
    occasion or a building met that host (not "a frequent guest of Y", "a guest of the
    Nobel Foundation", nor one who will be a guest)."""
    lex = doc.lex
    confidence = lex.rule_confidence("guest-of")
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            noun = doc.doc[index]
            if noun.lemma_.lower() != "guest" or noun.dep_ != "attr" or noun.pos_ != "NOUN":
                continue
            copula = noun.head
            if negated(copula) or unreal(copula, lex.irrealis_verbs):
                continue
            if any(c.lower_ in _HABIT for c in noun.children):
                continue
            if not _at_an_occasion(doc, copula):
                continue
            hosts = [
                m
                for p in pobjs(noun, ("of",))
                for m in doc.referents(p, with_leader=True)
                if m.etype is PERSON
            ]
            guests = [
                m
                for s in children(copula, "nsubj")
                for m in doc.referents(s)
                if m.etype is PERSON and m not in hosts
            ]
            people = agents(guests + hosts)
            if not hosts or not guests:
                continue
            for first, second in combinations(people, 2):
                yield RelationCandidate(first, TK.metWith, second, span.index, "guest-of")
            place = event_place(doc, copula, noun, exclude=people)
            yield EventCandidate(
                EventKind.MEETING, people, place, span.index, "guest-of", confidence, [noun.i]
            )


def _at_an_occasion(doc: DocView, copula: Token) -> bool:
    """An occasion or a building the guests were at: said in the copula's clause ("at a
    dinner", "at his residence"), or the noun a relative clause is of ("a dinner at which")."""
    lex = doc.lex
    words = lex.occasion_nouns | lex.meetings.meeting_sites
    said = list(copula.subtree)
    if {t.lower_ for t in said} & (lex.apart_words | lex.meetings.habit_words):
        return False
    nouns = [t for t in said if t.dep_ == "pobj" and t.pos_ == "NOUN"]
    if copula.dep_ == "relcl":
        nouns.append(copula.head)
    return any({t.lemma_.lower(), t.lower_} & words for t in nouns)
