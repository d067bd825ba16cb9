"""Where a thing lies beside a landmark: "Lake Ava is located just north of Lake Bel in
Tarnby" (both lie in Tarnby), "The Holm Dam is situated on the Elk River in Ostby County"
(the dam and the river lie in the county). The verb frames read only the verb's own "in";
reference pages place a thing by a landmark first and name the town after it."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.syntax import children, negated, pobjs
from textkg.namespaces import TK

#: The prepositions that place a thing by a landmark it is on or beside (not "near": what
#: is near a town is not in it).
_BESIDE = ("on", "along", "at", "beside", "alongside")


@rule("located-beside")
def located_beside(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X is located (just north of | on) Y in Z": X and Y lie in Z."""
    verbs = doc.lex.seat_verbs | {"situate"}
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            verb = doc.doc[i]
            if verb.lemma_ not in verbs or verb.pos_ != "VERB":
                continue
            things = [
                m
                for c in children(verb, "nsubjpass")
                for m in doc.referents(c, conjuncts=False)
                if m.etype is not PERSON
            ]
            if not things:
                continue
            for landmark in _landmarks(doc, verb):
                for pobj in pobjs(landmark, ("in", "within")):
                    for place in doc.referents(pobj, conjuncts=False):
                        if place.etype.kind is not PLACE:
                            continue
                        for thing in things + _places(doc, landmark):
                            if thing is not place:
                                yield RelationCandidate(
                                    thing, TK.locatedIn, place, span.index, "located-beside"
                                )


def _landmarks(doc: DocView, verb: Token) -> list[Token]:
    """What the verb places its subject by: "on the Elk River", "north of Lake Bel", "to
    the east of Y"."""
    compass = doc.lex.compass_words
    found = pobjs(verb, _BESIDE)
    sides = [c for c in children(verb, "advmod", "npadvmod") if c.lower_ in compass]
    sides += [p for p in pobjs(verb, ("to",)) if p.lower_ in compass]
    for side in sides:
        found.extend(pobjs(side, ("of",)))
    return found


def _places(doc: DocView, landmark: Token) -> list[Ment]:
    return [m for m in doc.referents(landmark, conjuncts=False) if m.etype.kind is PLACE]


@rule("place-part-of")
def place_part_of(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "The Varna Range is part of the Baltic Highlands", "It forms part of Rapla Parish":
    a place the copula (or "form") makes part of another place lies in it."""
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            part = doc.doc[i]
            if part.lower_ != "part" or part.dep_ not in ("attr", "dobj"):
                continue
            verb = part.head
            if verb.lemma_ not in ("be", "become", "remain", "form") or negated(verb):
                continue
            wholes = [m for p in pobjs(part, ("of",)) for m in _places(doc, p)]
            for subject in children(verb, "nsubj"):
                places = doc.referents(subject, conjuncts=False)
                if not places and subject.lower_ == "it":
                    places = [m for m in doc.mentions if m.defined][:1]  # the page's place
                for place in places:
                    if place.etype.kind is not PLACE:
                        continue
                    for whole in wholes:
                        if whole is not place:
                            yield RelationCandidate(
                                place, TK.locatedIn, whole, span.index, "place-part-of"
                            )
