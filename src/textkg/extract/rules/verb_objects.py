"""Objects of a trigger verb the parse leaves out: a share's size ("a 60% stake"), the
person after a name and "and", the people a plural noun's comma introduces."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.document import PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.lexicon import Lexicon


def majority(share: Token, lex: Lexicon) -> bool:
    """Whether the share is more than half ("70%", "a 60% stake", "a majority stake"): a
    minority stake makes no owner."""
    words = [t for t in share.subtree if t.i <= share.i]
    if any(t.lower_ in lex.majority_words for t in words):
        return True
    numbers = [t.text.rstrip("%") for t in words if t.like_num]
    return any(n.replace(".", "", 1).isdigit() and float(n) > 50 for n in numbers)


def and_a_person_after(doc: DocView, ment: Ment) -> list[Ment]:
    """The person named right after a name and "and", whatever the parse made of it."""
    k = ment.end
    if k + 1 >= len(doc.doc) or doc.table.lower[k] != "and":
        return []
    other = doc.mention_starting(k + 1)
    if other is None or other.etype is not PERSON or other is ment:
        return []
    # not "hosted Ola Dahl and Kari Lund said ...": a name that acts starts a clause
    return [] if doc.doc[doc.root_of(other)].dep_ in ("nsubj", "nsubjpass") else [other]


def named_after(doc: DocView, noun: Token) -> list[Ment]:
    """ "for both captains, A and B": the people a plural noun's comma introduces, however
    the parser hung them."""
    k = noun.i + 1
    if noun.tag_ != "NNS" or k >= len(doc.doc) or doc.doc[k].text != ",":
        return []
    named: list[Ment] = []
    while (ment := doc.mention_starting(k + 1)) is not None and ment.etype is PERSON:
        named.append(ment)
        k = ment.end
        if k + 1 < len(doc.doc) and doc.doc[k].text == "," and doc.doc[k + 1].lower_ == "and":
            k += 1  # "A, B, and C"
        if k >= len(doc.doc) or doc.doc[k].lower_ not in (",", "and"):
            break
    # the list ends the phrase ("..., at a hotel", "....") and names no one who acts: not
    # "hosted a dinner for the victims' families, Ana Ruiz said"
    ends = k >= len(doc.doc) or doc.doc[k].pos_ in ("PUNCT", "ADP")
    if not ends or any(doc.doc[doc.root_of(m)].dep_ in ("nsubj", "nsubjpass") for m in named):
        return []
    return named
