"""Sites named after people: "the Jorge Chávez airport", "the Fiera Roma exhibition centre",
which the small NER reads as a person because the name before the kind word looks like one."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

#: Lower-case nouns between the name and the site's kind word ("exhibition | centre").
_MODIFIERS_BEFORE_THE_KIND = 2


def person_named_site(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "the Carla Venn stadium": a name read as a person's, after "the" and before a site's
    kind word in lower case (past a modifier or two, "the X exhibition centre"), is the
    site's name; a person is never "the X" followed by the place they name."""
    if ent.label_ != "PERSON" or ent.start == 0 or table.lower[ent.start - 1] != "the":
        return None
    kinds = lex.site_nouns | lex.venue_nouns | lex.building_nouns  # built, not rivers
    k = ent.end
    while k < len(table) and k - ent.end <= _MODIFIERS_BEFORE_THE_KIND:
        word = table.text[k]
        if not word.isalpha() or not word.islower() or table.pos[k] != "NOUN":
            return None
        if table.lower[k] in kinds and (k + 1 == len(table) or table.pos[k + 1] != "NOUN"):
            return ent.start, ent.end, "FAC"
        k += 1
    return None
