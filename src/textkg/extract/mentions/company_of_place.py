"""A company named with where it is from: "owned by Straits Commodities of Singapore",
"supplied by Harlow Foods of Leeds". The small NER sometimes tags the whole run as one
organisation (or the mentions grow the company over "of" as they would "the National
Observatory of Japan"), so the company gets a name no other sentence uses and loses its
place. A name of two words or more whose last before "of" is a company's plural head
("Commodities", "Foods", "Industries") or a business's short-form head ("Mining", "Steel"),
followed by a known country or town and nothing else, is the company, then the place."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from textkg.extract.gazetteers import country_or_town
from textkg.extract.mentions.particles import cut_before_places
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

#: Words of the place's name after "of", at most ("Port Moresby", "Rio de Janeiro").
_PLACE_WORDS = 3
#: Words between the comma after the name and a unit's kind ("a Toronto-based | unit").
_BEFORE_THE_UNIT = 4


def split_companies_of_places(table: TokenTable, lex: Lexicon) -> None:
    """Cut each "COMPANY of PLACE" organisation into the company and the place (GPE)."""

    def cut(ent: Span) -> int | None:
        return _of_before_a_place(table, lex, ent.start, ent.end) if ent.label_ == "ORG" else None

    cut_before_places(table, cut, "ORG")


def company_head(lex: Lexicon, word: str, tag: str) -> bool:
    """Whether a name's last word is a company's head ("Commodities", "Engineering"), not a
    public body's ("Bank", "Archives", "University"), which "of PLACE" completes."""
    head = word.lower()
    bodies = lex.bodies.not_businesses
    if head in bodies or head.removesuffix("s") in bodies or head in ("bank", "corporation"):
        # "National Archives of Australia", "Royal Bank of Canada", "Airports Corporation of
        # Vietnam": bodies (a state's corporations are named so)
        return False
    plural = tag in ("NNS", "NNPS") and head.endswith("s") and not head.endswith("ss")
    return plural or head in lex.short_form_heads


def company_then_town(doc: Doc, lex: Lexicon, start: int, end: int) -> bool:
    """Whether the company named [start, end) is followed by "of" and a known place alone:
    its town, not the rest of its name (the mentions do not grow it over them)."""
    j = end + 1
    if end - start < 2 or j >= len(doc) or doc[end].lower_ != "of":
        return False
    k = j
    while k < len(doc) and k - j < _PLACE_WORDS and doc[k].text[:1].isupper():
        k += 1
    lower = [t.lower_ for t in doc[k : k + 2 + _BEFORE_THE_UNIT]]
    return (
        k > j
        and company_head(lex, doc[end - 1].text, doc[end - 1].tag_)
        and country_or_town(doc[j:k].text)
        and not called_a_unit(lower, 0, lex)
    )


def called_a_unit(lower: list[str], end: int, lex: Lexicon) -> bool:
    """ "Norvia Insurance of Canada, a unit of ...": a group's national unit, whose name holds
    its country (the apposition describes the whole name)."""
    if end >= len(lower) or lower[end] != ",":
        return False
    for word in lower[end + 1 : end + 1 + _BEFORE_THE_UNIT]:
        if word in lex.body_parts:
            return True
        if word in (",", ".", ";", "of"):
            return False
    return False


def _of_before_a_place(table: TokenTable, lex: Lexicon, start: int, end: int) -> int | None:
    """The index of the "of" between a company's name and a known place ending the span."""
    words = table.lower[start:end]
    if words.count("of") != 1 or "the" in words:
        return None
    k = start + words.index("of")
    if k - start < 2 or not 1 <= end - k - 1 <= _PLACE_WORDS:
        return None  # "Bank of Ghana": a body's kind alone before "of" names no company
    if not all(table.text[i][:1].isupper() for i in (*range(start, k), *range(k + 1, end))):
        return None
    if not company_head(lex, table.text[k - 1], table.tag[k - 1]):
        return None
    if called_a_unit(table.lower, end, lex):
        return None
    return k if country_or_town(table.doc[k + 1 : end].text) else None
