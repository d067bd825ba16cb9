"""Small helpers of title phrases: "president since 2039", "the company" of the one
organisation an article has named."""

from __future__ import annotations

from spacy.tokens import Doc

from textkg.extract.document import ORG, DocView
from textkg.extract.mentions import Ment
from textkg.lexicon import Lexicon


def past_since(doc: Doc, k: int) -> int:
    """Past "since 2039" or "of eight years" after a title ("Its president since 2039, X":
    held from then on; not "until 2039", a past one); ``k`` itself when neither follows."""
    if k + 2 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].like_num:
        return k + 3 if doc[k + 2].lower_ in ("years", "months") else k
    if k + 1 >= len(doc) or doc[k].lower_ != "since":
        return k
    e = k + 1
    while e < len(doc) and (doc[e].ent_type_ == "DATE" or doc[e].like_num):
        e += 1
    return e if e > k + 1 else k


def sole_organisation(ctx: DocView, found: Ment, i: int) -> bool:
    """Whether ``found`` is the one organisation the article has named before token ``i``
    ("Tasman Dairy lost a contract. A spokesman for the company, X": Tasman Dairy's; not
    when another company was named too)."""
    named = {m.name for m in ctx.mentions if m.etype is ORG and not m.derived and m.end <= i}
    return named == {found.name}


def owner_unfound(
    lower: list[str], start: int, keyword_start: int, keyword: str, lex: Lexicon
) -> bool:
    """ "the yard's managing director" with no yard found: a title read with its modifier
    ("managing | director") after a possessive is of that owner, not the story's company."""
    if keyword in lex.bare_company_titles:
        return False
    return "'s" in lower[max(start - 2, 0) : keyword_start]
