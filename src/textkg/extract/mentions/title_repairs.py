"""Repairs of names the small NER runs together with a ruler's title: "King of Norway" tagged
as one place, "King Ferdinand III" tagged as an organisation. Run in repairs.REPAIRS' order
like the others there."""

from __future__ import annotations

import re

from spacy.tokens import Span

from textkg.countries import packaged_country_index
from textkg.extract.gazetteers import LARGE_TOWN, city_population, is_given_name, is_subdivision
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

#: A monarch's number after the name ("III", "XIV").
_REGNAL_NUMBER = re.compile(r"^[IVXL]+$")


def place_of_a_ruler(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "was King of Norway", "Governor of Texas": a title of whom heads a place, then "of"
    and a country, region or town the gazetteers know, tagged as one name, is the place alone
    (the title stays a title, for the rules that read who holds it)."""
    words = table.lower[ent.start : ent.end]
    if ent.label_ not in ("GPE", "LOC", "ORG", "PERSON") or "of" not in words[1:4]:
        return None
    k = ent.start + words.index("of")
    if " ".join(words[: k - ent.start]) not in lex.head_of_state_titles or k + 1 >= ent.end:
        return None
    place = table.doc[k + 1 : ent.end].text
    if packaged_country_index().code_for_name(place) or is_subdivision(place):
        return k + 1, ent.end, "GPE"
    if city_population(place) >= LARGE_TOWN:
        return k + 1, ent.end, "GPE"
    return None


def regnal_name(table: TokenTable, ent: Span, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "son of King Ferdinand III of Bulgaria": a monarch's title, a given name and the
    monarch's number, tagged as an organisation or a place, name a person."""
    words = table.text[ent.start : ent.end]
    if (
        ent.label_ in ("ORG", "GPE", "LOC")
        and len(words) == 3
        and words[0].lower() in lex.regnal_titles
        and words[0][:1].isupper()
        and is_given_name(words[1])
        and _REGNAL_NUMBER.match(words[2])
    ):
        return ent.start, ent.end, "PERSON"
    return None
