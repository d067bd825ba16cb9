"""A place in "the country's southern Khatlon region", "the city's Kallio district": in the
country (or town) the article named last before, as with "Tajikistan's Khatlon region"."""

from __future__ import annotations

from collections.abc import Iterator

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import PLACE, DocView, place_named_before
from textkg.extract.registry import rule
from textkg.namespaces import TK


@rule("described-possessor-place")
def described_possessor_place(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "in the country's southern Khatlon region": the place whose noun (its own, or the
    area word its name modifies) "the country's" possesses lies in the country the article
    named last before it (not "Georgia's", a name: possessive-org reads that)."""
    lex = doc.lex
    for span in doc.sentences:
        for ment in doc.sentence_mentions(span.index):
            if ment.etype.kind is not PLACE or ment.derived:
                continue
            token = doc.doc[doc.root_of(ment)]
            noun = token.head if token.dep_ == "compound" else token
            if noun is not token and noun.lower_ not in lex.admin_words:
                continue
            for owner in noun.children:
                kind = lex.named_kinds.get(owner.lower_)
                if (
                    owner.dep_ != "poss"
                    or kind is None
                    or doc.at[owner.i] is not None
                    or not any(c.lower_ == "the" for c in owner.children)
                ):
                    continue
                whole = place_named_before(doc, owner.i, kind)
                if whole is not None and whole.name != ment.name:
                    yield RelationCandidate(
                        ment, TK.locatedIn, whole, span.index, "described-possessor-place"
                    )
