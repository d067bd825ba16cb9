"""Words of a title's domain that the tagger joins oddly, read as part of the title."""

from __future__ import annotations

from spacy.tokens import Token


def joined_domain_word(token: Token) -> bool:
    """ "the economy and transport minister": the second domain word, which the tagger hangs
    on the first as a conjunct (not "on Monday and met President X", a verb)."""
    i = token.i
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "conj"
        and i >= 2
        and token.head.i == i - 2
        and token.doc[i - 1].lower_ in ("and", "&")
    )
