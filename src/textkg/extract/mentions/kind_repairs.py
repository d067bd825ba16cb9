"""Repairs of a body's name the small NER ran together with the words before it that say
what kind of body it is: "the national seismology institute | INSIVUMEH" tagged as one
organisation. Run in repairs.REPAIRS' order like the others there."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

#: Words that open a description in lower case before the kind.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def name_after_its_kind(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "a volcanologist at the national seismology institute INSIVUMEH": the description
    in lower case and the name in capitals after it, tagged as one organisation, is the
    name alone (the kind stays a word of the sentence, which other rules read)."""
    if ent.label_ != "ORG":
        return None
    k = ent.start + (table.lower[ent.start] in _DETERMINERS)
    first = k
    while k < ent.end and table.text[k].islower() and table.text[k].isalpha():
        k += 1
    if k == first or k == ent.end or table.doc[k - 1].lemma_.lower() not in lex.classifier_nouns:
        return None
    if not all(word[:1].isupper() for word in table.text[k : ent.end]):
        return None
    return k, ent.end, "ORG"
