"""A company sold by one owner to another: "Nordvik Energy sold Kestrel Logistics to
Harbourline Group in May": the buyer acquired it (the seller's own part in it is over)."""

from __future__ import annotations

from collections.abc import Iterator

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, DocView
from textkg.extract.registry import rule
from textkg.extract.syntax import children, done_in_the_active, pobjs
from textkg.namespaces import TK


@rule("sold-to")
def sold_to(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "X sold Y to Z": Z acquired Y, a company named as the object (not "sold its shares to
    Z", "sold 100 buses to Z", nor a sale planned or denied)."""
    confidence = doc.lex.rule_confidence("sold-to")
    for sentence, verb in done_in_the_active(doc, "sell"):
        sold = [
            m
            for o in children(verb, "dobj")
            if o.pos_ == "PROPN"
            for m in doc.referents(o, conjuncts=False)
            if m.etype is ORG
        ]
        buyers = [m for p in pobjs(verb, ("to",)) for m in doc.referents(p) if m.etype is ORG]
        for company in sold:
            for buyer in (b for b in buyers if b.name != company.name):
                yield RelationCandidate(
                    buyer, TK.acquired, company, sentence, "sold-to", confidence
                )
