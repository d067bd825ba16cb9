"""Sites named after people: "the Jorge Chávez airport", "the Fiera Roma exhibition centre",
"St Anne's Hospital", which the small NER reads as a person because the name before the kind
word looks like one."""

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
    kinds = lex.site_nouns | lex.sites.venue_nouns | lex.building_nouns  # built, not rivers
    k = ent.end
    while k < len(table) and k - ent.end <= _MODIFIERS_BEFORE_THE_KIND:
        word = table.text[k]
        if not word.isalpha() or not word.islower() or table.pos[k] != "NOUN":
            return None
        if table.lower[k] in kinds and (k + 1 == len(table) or table.pos[k + 1] != "NOUN"):
            return ent.start, ent.end, "FAC"
        k += 1
    return None


def saint_possessive_site(
    table: TokenTable, ent: Span, lex: Lexicon
) -> tuple[int, int, str] | None:
    """ "St Anne's | Hospital", "St Colm's | College": a saint's name the NER ended at its
    possessive runs on to the capitalised kind word after it; the hospital (or church) is
    named, not the saint (who is no person of the story)."""
    words = table.lower[ent.start : ent.end]
    if len(words) < 2 or words[0] not in lex.sites.saint_words:
        return None
    k = ent.end - 1 if words[-1] in ("'s", "’s") else ent.end
    if k >= len(table) or table.lower[k] not in ("'s", "’s"):
        return None
    bodies = lex.sited_bodies | lex.place_head_nouns | lex.building_nouns
    end = k + 1
    while end < len(table) and end - k <= _MODIFIERS_BEFORE_THE_KIND + 1:
        word = table.text[end]
        if not word[:1].isupper() or not word.isalpha() or (end > ent.end and table.ent_type[end]):
            return None
        end += 1
        if word.lower() in bodies:
            return ent.start, end, "ORG" if word.lower() in lex.sited_bodies else "FAC"
    return None
