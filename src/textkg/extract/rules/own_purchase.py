"""A company's own purchase, named by a possessive: "X, a subsidiary of Y since its
acquisition in 2041", "X has been part of Y since its takeover by the group": the body
"its" stands for was bought, by the one named with "by" or, without one, by the owner
the same phrase names."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.syntax import children, negated, pobjs
from textkg.lexicon import Lexicon
from textkg.namespaces import TK


@rule("its-purchase")
def its_purchase(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "since its acquisition by Y", "a subsidiary of Y since its purchase in 2041": a noun
    of buying whose possessive is the thing bought (no "of" names another), and its buyer."""
    lex = doc.lex
    confidence = lex.rule_confidence("its-purchase")
    for noun in doc.doc:
        frame = lex.nouns.get(noun.lemma_.lower())
        if frame is None or frame.predicate != TK.acquired or "of" not in frame.patient_preps:
            continue
        owners = children(noun, "poss")
        if not owners or pobjs(noun, ("of",)) or _not_done(noun, lex):
            continue
        bought = [m for o in owners for m in doc.referents(o) if m.etype is ORG]
        buyers = [m for p in pobjs(noun, ("by",)) for m in doc.referents(p) if m.etype is ORG]
        buyers = buyers or _owner_beside(doc, noun)
        for buyer in buyers:
            for thing in bought:
                if buyer.name != thing.name:
                    yield RelationCandidate(
                        buyer, TK.acquired, thing, doc.owner[noun.i], "its-purchase", confidence
                    )


def _not_done(noun: Token, lex: Lexicon) -> bool:
    """A purchase not told as made: only one dated from ("since its acquisition", "after
    its takeover") or completed ("completed its purchase") counts (not "opposed its
    takeover", "its planned acquisition")."""
    if any(c.lower_ in lex.unreal_event_modifiers for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj":
        return head.lower_ not in _FROM_THEN
    done = noun.dep_ == "dobj" and head.lemma_.lower() in lex.completion_verbs
    return not done or negated(head) or head.lemma_.lower() in lex.irrealis_verbs


#: What a purchase made is dated from: "since its acquisition", "after its takeover".
_FROM_THEN = frozenset({"since", "after", "following"})


def _owner_beside(doc: DocView, noun: Token) -> list[Ment]:
    """ "a subsidiary of Y since its acquisition", "has been part of Y since its takeover",
    "owned by Y since its purchase", "has belonged to Y since": the owner the phrase the
    "since" hangs on names."""
    since = noun.head
    if noun.dep_ != "pobj" or since.lower_ != "since":
        return []
    head = since.head
    heads = [head, *children(head, "attr")]
    found = [p for h in heads for p in pobjs(h, ("of",))]
    found += pobjs(head, ("by", "to"))
    return [m for p in found for m in doc.referents(p) if m.etype is ORG]
