"""Repairs of place names the small NER cuts or runs on: a town whose name holds a
lower-case particle ("Dar es | Salaam"), a town and the country or person after its comma
tagged as one name. Run in repairs.REPAIRS' order like the others there."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.countries import packaged_country_index
from textkg.extract.gazetteers import (
    LARGE_TOWN,
    city_population,
    country_or_town,
    is_given_name,
    is_subdivision,
)
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

#: A town the gazetteers know well enough to take its longer name over the NER's cut.
_SOME_TOWN = 20_000


def town_cut_at_a_particle(
    table: TokenTable, ent: Span, lex: Lexicon
) -> tuple[int, int, str] | None:
    """ "Dar es | Salaam", "Rio de | Janeiro": a town whose name holds a lower-case particle,
    which the NER tagged from after it, is the whole town the gazetteers know."""
    if ent.label_ not in ("GPE", "LOC"):
        return None
    if table.text[ent.end - 1].islower():  # "Santa Cruz de la | Sierra"
        for end in range(ent.end + 1, min(len(table), ent.end + 2) + 1):
            if (
                not any(table.ent_type[j] for j in range(ent.end, end))
                and city_population(table.doc[ent.start : end].text) >= LARGE_TOWN
            ):
                return ent.start, end, "GPE"
    for k in range(ent.start - 2, max(-1, ent.start - 4), -1):
        between = range(k, ent.start)
        if any(table.ent_type[j] for j in between) or not table.text[k][:1].isupper():
            continue
        if not any(table.text[j].islower() for j in between):
            continue
        if city_population(table.doc[k : ent.end].text) >= LARGE_TOWN:
            return k, ent.end, "GPE"
    return None


def town_comma_country(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Abuja, Nigeria" tagged as one place: the town before the comma (the country after it
    is found on its own); so is "the mayor of Antalya, Murat Ekinci," (a person after it)."""
    if (
        ent.label_ not in ("GPE", "LOC", "ORG")
        or "," not in table.text[ent.start + 1 : ent.end - 1]
    ):
        return None
    k = table.text.index(",", ent.start + 1)
    rest = table.doc[k + 1 : ent.end].text
    # a given name and a surname set off by commas ("the mayor of Antalya, Murat Ekinci,"),
    # not a firm's partners ("Austin, Morgan & Lee LLP", "Chester, Logan & Sons")
    words = table.text[k + 1 : ent.end]
    person = len(words) in (2, 3) and all(w.istitle() and w.isalpha() for w in words)
    person = person and is_given_name(words[0]) and table.text[ent.end : ent.end + 1] == [","]
    if ent.label_ == "ORG":  # (not "Norvia, Inc.")
        town = city_population(table.doc[ent.start : k].text) > 0
        return (ent.start, k, "GPE") if person and town else None
    if packaged_country_index().code_for_name(rest) or is_subdivision(rest) or person:
        return ent.start, k, ent.label_
    return None


def town_one_is_in(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "the exhibition centre, which is in | Rho": a town's name the NER took for an
    organisation, right after "is in", is the town the gazetteers know (what one is in,
    said so, is a place)."""
    k = ent.start
    if ent.label_ != "ORG" or k < 2 or table.lower[k - 1] != "in" or table.lemma[k - 2] != "be":
        return None
    if ent.end < len(table) and table.lower[ent.end] in ("'s", "’s"):
        return None  # "is in Norvia's hands"
    name = table.doc[k : ent.end].text
    if country_or_town(name):
        return k, ent.end, "GPE"
    return None


def town_cut_before_its_kind(
    table: TokenTable, ent: Span, lex: Lexicon
) -> tuple[int, int, str] | None:
    """ "born in Orange Walk | Town", "Belmopan | City": a town's name the NER ended before
    the capitalised kind word that closes it (the parser's head of the name's words) is the
    whole name; not a country's ("the Kenya | Village project" names a site)."""
    k = ent.end
    if ent.label_ not in ("GPE", "LOC") or k >= len(table) or table.ent_type[k]:
        return None
    word, doc = table.text[k], table.doc
    kind = word.lower()
    if not (word.istitle() and kind in lex.town_name_endings and kind in lex.place_kind_nouns):
        return None
    if packaged_country_index().code_for_name(ent.text):
        return None
    if doc[k].pos_ != "PROPN" or doc[k - 1].head.i != k:
        return None
    if k + 1 < len(table) and doc[k + 1].pos_ == "PROPN" and doc[k].head.i == k + 1:
        return None  # "Orange Walk | Town Council": the town's body, not a longer name
    return ent.start, k + 1, ent.label_


def town_cut_before_its_last_word(
    table: TokenTable, ent: Span, lex: Lexicon
) -> tuple[int, int, str] | None:
    """ "a Palmerston | North-based club", "in Lower | Hutt": a town's name the NER ended a
    word short, when the gazetteers know the longer name as a town and no other name
    follows (not "the Paris | Club", not a country's "Kenya | Airways")."""
    k = ent.end
    if ent.label_ not in ("GPE", "LOC") or k >= len(table) or table.ent_type[k]:
        return None
    if not table.text[k].istitle() or table.doc[k].pos_ != "PROPN":
        return None
    if k + 1 < len(table) and table.doc[k + 1].pos_ == "PROPN" and table.text[k + 1] != "-":
        return None
    longer = f"{ent.text} {table.text[k]}"
    if city_population(longer) < _SOME_TOWN or packaged_country_index().code_for_name(ent.text):
        return None
    return ent.start, k + 1, ent.label_


def area_a_place_is_in(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "Yirrkala, a community in | Arnhem Land": a name the NER took for an organisation
    after "a KIND in", KIND a kind of place, is the area that place lies in."""
    k = ent.start
    if ent.label_ != "ORG" or k < 4 or table.lower[k - 1] != "in":
        return None
    if table.lemma[k - 2] not in lex.place_kind_nouns or table.pos[k - 2] != "NOUN":
        return None
    j = k - 3
    while j > 0 and k - 3 - j < 2 and table.lower[j] not in ("a", "an") and table.text[j].islower():
        j -= 1  # "a remote fishing community in"
    if table.lower[j] not in ("a", "an") or table.text[j - 1] != ",":
        return None
    if ent.end < len(table) and table.lower[ent.end] in ("'s", "’s"):
        return None
    return k, ent.end, "LOC"


_PLACES = ("GPE", "LOC")


def place_in_full_start(table: TokenTable, ent: Span, named: set[str]) -> int:
    """Where a place's name starts that the NER tagged without its first words, when the
    article names the place in full elsewhere ("Western | Australia")."""
    for start in range(ent.start - 1, max(-1, ent.start - 3), -1):
        if ent.label_ not in _PLACES or table.ent_type[start] or not table.text[start].istitle():
            break  # (a capitalised word, whatever its tag: "Lower" read as an adjective)
        if table.doc[start : ent.end].text in named:
            return start
    return ent.start
