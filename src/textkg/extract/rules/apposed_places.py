"""Where an organisation is, said by the noun apposed to it: "Harbourline Group, a haulier
from Leeds,", "X, the largest employer in Leeds," (any noun: the lexicon's kinds of body
are read by org-appositive-part), and what a sentence says of its seat in other words:
"X, with headquarters in Leeds", "X moved its headquarters to Leeds"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.rules.seat_owners import sole_seat
from textkg.extract.syntax import children, pobjs
from textkg.lexicon import VerbFrame
from textkg.namespaces import TK

_RULE = "org-appositive-part"


@rule("org-apposed-place")
def org_apposed_place(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X, a haulier from Leeds,", "X, the largest employer in Leeds,", "X, with
    headquarters in Leeds,": the place the apposed noun (or the seat) is in."""
    for span in doc.sentences:
        for org in doc.sentence_mentions(span.index):
            if org.etype is not ORG or org.derived:
                continue
            root = doc.doc[doc.root_of(org)]
            # (set off right after the name: not "X in Leeds, the largest city in Y", nor
            # an apposition the parser hung on a name further back)
            for noun in (a for a in children(root, "appos") if a.left_edge.i == org.end + 1):
                for place in _places_after(doc, noun, ("in", "from")):
                    yield RelationCandidate(org, TK.locatedIn, place, span.index, _RULE)
            for place in _seat_with(doc, root):
                yield RelationCandidate(org, TK.locatedIn, place, span.index, _RULE)


def _places_after(doc: DocView, noun: Token, preps: tuple[str, ...]) -> list[Ment]:
    """The places of a common noun's own "in"/"from" phrase (not a title's: "X, the mayor in
    Leeds" is a person's; nor a name's: "X, a unit of Y in Z" is Y's)."""
    if noun.pos_ != "NOUN" or doc.at[noun.i] is not None or noun.lower_ in doc.lex.titles:
        return []
    if noun.lemma_.lower() in doc.lex.unit_nouns | doc.lex.owner_nouns or pobjs(noun, ("of",)):
        return []  # (after "of": "the operator of a mine in Y", the mine's place, read apart)
    if noun.lemma_.lower() in doc.lex.sites.not_sited_nouns or pobjs(noun, ("to", "for")):
        return []  # "the largest investor in Y"; "a supplier to supermarkets in Y", theirs
    return [
        m
        for p in pobjs(noun, preps)
        for m in doc.referents(p, conjuncts=False)
        if m.etype.kind is PLACE and m.end <= noun.sent.end
    ]


def _seat_with(doc: DocView, root: Token) -> list[Ment]:
    """ "X, with headquarters in Leeds": the seat noun after "with" on the name."""
    seats = doc.lex.seat_nouns - doc.lex.sites.branch_seat_nouns
    return [
        m
        for noun in pobjs(root, ("with",))
        if (noun.lemma_.lower() in seats or noun.lower_ in seats) and sole_seat(doc, noun)
        for p in pobjs(noun, ("in",))
        for m in doc.referents(p, conjuncts=False)
        if m.etype.kind is PLACE
    ]


def branch_seat_moved(doc: DocView, verb: Token, frame: VerbFrame) -> bool:
    """ "X moved its European headquarters to Dublin": the seat of a part, not X's own."""
    seats = [c for c in children(verb, "dobj") if c.lower_ in frame.only_with]
    return frame.predicate == TK.locatedIn and any(not sole_seat(doc, c) for c in seats)
