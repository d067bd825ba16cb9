"""A site and its town tagged as one name: "at | the Central Stadium in Karaganda |". The
small NER sometimes runs a site's name on over "in" and the town after it, so the site
gets a name no other sentence uses and loses its town. A name whose word before "in" is a
site's head ("Stadium", "Square", "Airport"), followed by a town or region the gazetteers
know and nothing else, is the site, then the place."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.extract.mentions.particles import cut_before_places
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

#: Words of the town's name after "in", at most ("Port Moresby", "Rio de Janeiro").
_PLACE_WORDS = 3


def split_sites_in_towns(table: TokenTable, lex: Lexicon) -> None:
    """Cut each "SITE in TOWN" place into the site (FAC) and the town (GPE)."""

    def cut(ent: Span) -> int | None:
        in_a_site = ent.label_ in ("LOC", "FAC")
        return _in_before_a_town(table, lex, ent.start, ent.end) if in_a_site else None

    cut_before_places(table, cut, "FAC")


def _in_before_a_town(table: TokenTable, lex: Lexicon, start: int, end: int) -> int | None:
    """The index of the "in" between a site's head and a known town ending the span."""
    for k in range(start + 1, end - 1):
        if table.lower[k] != "in":
            continue
        town = " ".join(table.text[k + 1 : end])
        if (
            end - k - 1 <= _PLACE_WORDS
            and table.lower[k - 1] in lex.place_head_nouns
            and table.text[k - 1][:1].isupper()
            and known_place(town) is not None
        ):
            return k
    return None
