"""Whose seat a possessive before "headquarters" names ("its", "whose", a name's)."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.document import ORG, DocView
from textkg.extract.mentions import Ment


def seat_owner(doc: DocView, owner: Token) -> list[Ment]:
    """What a possessive stands for; "its" in a relative clause is what the clause is about
    ("the coffee chain, which has its headquarters in Seattle")."""
    clause = owner.head.head
    if (
        owner.lower_ in ("its", "their")
        and clause.dep_ == "relcl"
        and any(c.lower_ in ("which", "that") for c in clause.children)
    ):
        # what the clause is about, or nothing: not the pronoun's last-named organisation
        return [m for m in doc.referents(clause.head, conjuncts=False) if m.etype is ORG]
    if owner.lower_ == "whose" and clause.dep_ == "relcl":
        # "the EPO, whose headquarters are in Munich": the name the clause is of ("X, a
        # software company whose headquarters are in Y": the name the apposition is of)
        named = doc.referents(clause.head, conjuncts=False)
        if not named and clause.head.dep_ == "appos" and doc.at[clause.head.i] is None:
            named = doc.referents(clause.head.head, conjuncts=False)
        return named
    return doc.referents(owner, conjuncts=False)


def sole_seat(doc: DocView, noun: Token) -> bool:
    """Not a seat of a part of the world only: "its European headquarters", "regional
    headquarters", "its US headquarters"."""
    words = doc.lex.sites.branch_seat_words
    return not any(c.lower_ in words for c in noun.children if c.dep_ in ("amod", "compound"))
