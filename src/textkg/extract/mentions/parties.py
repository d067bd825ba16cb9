"""A party named by its members' adjective: "X was a Republican member of the House", "was
elected as a Whig to the Congress". The NER tags the adjective a group of people (NORP); the
words around it say it stands for the party, which reference pages name no other way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

if TYPE_CHECKING:
    from textkg.extract.document import DocView


def party_adjective(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """The party a one-word group's adjective names before a member's noun in lower case
    ("a Republican member", "the Democratic nomination") or after "as a" ("elected as a Whig
    to ..."); not "Republican voters" nor "Senate Republican leader X"."""
    if ent.label_ != "NORP" or ent.end - ent.start != 1:
        return None
    if table.lower[ent.start] not in lex.biography.party_adjectives:
        return None
    return (ent.start, ent.end, "ORG") if _member_words_around(table, lex, ent.start) else None


def said_of_a_member(doc: DocView, i: int) -> bool:
    """Whether the party word at ``i`` stands where a member is said to be one."""
    return _member_words_around(doc.table, doc.lex, i)


def _member_words_around(table: TokenTable, lex: Lexicon, i: int) -> bool:
    after = table.text[i + 1] if i + 1 < len(table) else ""
    if after.islower() and after in lex.biography.party_member_nouns:
        return True
    # "Conservative leader X" (not "Senate Republican leader X": a chamber's caucus)
    before = table.text[i - 1] if i > 0 else ""
    if after.islower() and after in lex.biography.party_leader_nouns:
        return not (before[:1].isupper() and before.isalpha())
    as_a = i >= 2 and table.lower[i - 2 : i] in (["as", "a"], ["as", "an"])
    return as_a and after in ("to", "in", "from", ",")
