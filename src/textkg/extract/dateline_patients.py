"""The name a story opens with after its dateline, where the parser made the dateline (or a
word of the name's description) the subject: "KURESSAARE, Estonia, May 4 - Vilsandi Kala, a
maker of smoked fish, has been bought by Y" is news of Vilsandi Kala, not of the town."""

from __future__ import annotations

from spacy.tokens import Token

from textkg.extract.document import PLACE, DocView
from textkg.extract.mentions import Ment

#: How far into a sentence a dateline's dash may stand ("JYVASKYLA, Finland, September 28 -").
_DATELINE_WORDS = 12
_DASHES = ("-", "--", "—", "–")


def past_a_dateline(
    doc: DocView, target: Token, verb: Token, conjuncts: bool, with_leader: bool
) -> list[Ment]:
    """What the verb's subject (or passive subject) ``target`` stands for; in a sentence that
    opens with a dateline, where ``target`` is the dateline's town or names nothing, the name
    right after the dateline's dash (if it comes before the verb)."""
    found = doc.referents(target, conjuncts=conjuncts, with_leader=with_leader)
    span = doc.sentences[doc.owner[target.i]]
    first = doc.doc[span.start_token]
    if not (first.text.isupper() and len(first.text) > 1 and first.is_alpha):
        return found
    if found and target.i != first.i and not all(m.etype.kind is PLACE for m in found):
        return found
    limit = min(span.end_token, span.start_token + _DATELINE_WORDS, verb.i)
    dash = next((i for i in range(span.start_token, limit) if doc.table.text[i] in _DASHES), None)
    opener = doc.at[first.i]
    placed = opener is not None and opener.etype.kind is PLACE
    # "KURESSAARE, Estonia, May 4 -", "OSLO -" (not "UNESCO - the UN's cultural agency -")
    if dash is None or not (placed or "," in doc.table.text[span.start_token : dash]):
        return found
    named = doc.mention_starting(dash + 1)
    return [named] if named is not None and named.end <= verb.i else found
