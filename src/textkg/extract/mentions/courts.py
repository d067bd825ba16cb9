"""Courts named with their town: "the Regional Court in Kosice", "the District Court in
Brno" are names (one such court in each town), of which the NER tags only the level."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.extract.gazetteers import city_population, is_subdivision
from textkg.extract.places import country_name
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon


def court_in_town_end(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """Where "the Regional Court | in | Kosice" ends: past the town, when the court's name
    is only its level and its kind (not "the Supreme Court in Kyiv", a country's court)."""
    if ent.label_ != "ORG" or not a_local_court(table.lower[ent.start : ent.end], lex):
        return ent.end
    if ent.end + 1 >= len(table) or table.lower[ent.end] != "in":
        return ent.end
    town = next((e for e in table.ents if e.start == ent.end + 1), None)
    word = table.text[ent.end + 1]
    if town is None and word[:1].isupper() and word.isalpha() and city_population(word) > 0:
        return ent.end + 2  # a town the NER left untagged: "the Higher Court in | Celje"
    # (a town the NER may tag an organisation: "in | Kosice" read as a firm)
    # (a town, not a country or a region: "the Labour Court in Ireland" is Ireland's own)
    people = city_population(town.text) if town is not None else 0
    placed = (
        town is not None
        and (people > 0 or (town.label_ == "GPE" and not is_subdivision(town.text)))
        and country_name(town.text, lex) is None
    )
    return town.end if town is not None and placed else ent.end


def a_local_court(words: list[str], lex: Lexicon) -> bool:
    """ "the Regional Court", "District Court": a court named by its level alone."""
    words = [w for w in words if w != "the"]
    return (
        len(words) >= 2
        and words[-1] in lex.court_nouns
        and set(words[:-1]) <= lex.bodies.local_court_levels
    )
