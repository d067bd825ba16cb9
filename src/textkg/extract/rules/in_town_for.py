"""A person set "in" a town "for" an occasion, without a verb of going: "X, in Dublin for
talks, met the mayor", "Y, in Tokyo for the summit, said"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.arguments import at_home
from textkg.extract.candidates import Candidate, EventCandidate, Findings, RelationCandidate
from textkg.extract.document import PERSON, DocView
from textkg.extract.registry import rule
from textkg.extract.syntax import children
from textkg.namespaces import TK
from textkg.records import EntityType, EventKind

_TOWNS = (EntityType.CITY, EntityType.COUNTRY, EntityType.ADMINISTRATIVE_AREA)


@rule("in-town-for")
def in_town_for(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X, in Dublin for talks, met the mayor": a phrase set between a person and their verb
    that puts them in a town for an occasion the lexicon knows (talks, a summit, a visit)
    tells of a trip there (not "X in Dublin", a name's place; nor one at home in the town)."""
    lex = doc.lex
    confidence = lex.rule_confidence("in-town-for")
    for span in doc.sentences:
        for index in range(span.start_token, span.end_token):
            token = doc.doc[index]
            verb = token.head
            if token.dep_ not in ("nsubj", "nsubjpass") or verb.i <= token.i + 3:
                continue
            people = [m for m in doc.referents(token, conjuncts=False) if m.etype is PERSON]
            between = doc.doc[token.i + 1 : verb.i]
            if not people or between[0].text != "," or between[-1].text != ",":
                continue
            if not any(_for_an_occasion(lex.occasion_nouns, t) for t in between):
                continue
            places = [
                m
                for t in between
                if t.dep_ == "prep" and t.lower_ == "in" and t.head.i in (token.i, verb.i)
                for p in children(t, "pobj")
                for m in doc.referents(p)
            ]
            for place in places:
                if place.etype not in _TOWNS or at_home(doc, people[0], place):
                    continue
                yield RelationCandidate(
                    people[0], TK.visited, place, span.index, "in-town-for", confidence
                )
                yield EventCandidate(
                    EventKind.VISIT, people, place, span.index, "in-town-for", confidence, [index]
                )


def _for_an_occasion(occasions: frozenset[str], token: Token) -> bool:
    """ "for talks", "for the summit": an occasion noun after "for"."""
    named = token.lemma_.lower() in occasions or token.lower_ in occasions
    return named and token.dep_ == "pobj" and token.head.lower_ == "for"
