"""A region written after its country's possessive: "in Ethiopia's Tigray region", "an
estate in Romania's Dealu Mare wine region". The small NER often leaves such a name
untagged, or takes it for an organisation ("Ribera del Duero"); a capitalised name between
a country's possessive and a kind of area in lower case is the region, in the country."""

from __future__ import annotations

from textkg.countries import packaged_country_index
from textkg.extract.mentions.particles import tagged
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

#: Words of a name at most, and lower-case words between the name and the kind of area.
_NAME_WORDS = 4
_KIND_MODIFIERS = 2


def tag_regions_of_countries(table: TokenTable, lex: Lexicon) -> None:
    """Tag each "COUNTRY's NAME [modifier] region" name a region (GPE), in place of what
    the NER tagged inside it."""
    index = packaged_country_index()
    for ent in list(table.ents):
        if ent.label_ != "GPE" or not index.code_for_name(ent.text):
            continue
        bounds = _region_after(table, lex, ent.end)
        if bounds is None:
            continue
        start, end = bounds
        inside = [e for e in table.ents if e.start < end and e.end > start]
        if any(e.start < start or e.end > end for e in inside):
            continue  # a name the NER ran on over it ("Tigray Regional State")
        for e in inside:
            for k in range(e.start, e.end):
                table.ent_type[k] = ""
        kept = [e for e in table.ents if e not in inside]
        table.ents = sorted([*kept, tagged(table, start, end, "GPE")], key=lambda e: e.start)


def _region_after(table: TokenTable, lex: Lexicon, k: int) -> tuple[int, int] | None:
    """The bounds of the region's name after a country ending at ``k``, if its possessive,
    a capitalised name and a kind of area follow."""
    if k >= len(table) or table.lower[k] not in ("'s", "’s"):
        return None
    start = end = k + 1
    while end < len(table) and end - start < _NAME_WORDS:
        word = table.text[end]
        capitalised = word[:1].isupper() and word.replace("-", "").isalpha()
        if not (capitalised or (end > start and table.lower[end] in lex.name_particles)):
            break
        end += 1
    while end > start and not table.text[end - 1][:1].isupper():
        end -= 1  # not a particle ending it
    kind = end
    while (
        kind < len(table)
        and kind - end < _KIND_MODIFIERS
        and table.text[kind].islower()
        and table.lower[kind] not in lex.admin_words
        and table.pos[kind] in ("NOUN", "ADJ")
    ):
        kind += 1
    if end == start or kind >= len(table) or table.lower[kind] not in lex.admin_words:
        return None
    if table.dep[kind] in ("compound", "amod") and table.head[kind] > kind:
        return None  # "Pemex state oil company", "MTN district offices": no region's kind
    if table.text[start].isupper() and end - start == 1:
        return None  # "Ghana's MTN": an acronym, a body's
    if table.lower[start] in lex.admin_words or table.lower[start] in lex.titles:
        return None  # "Kenya's Regional Commissioner": a title's words, no name
    return start, end
