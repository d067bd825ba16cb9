"""Places' names the small NER cut at a hyphen ("Moravian | - | Silesian Region", "Aetolia |
- | Acarnania"), as reference pages write regions of two names; joined by mentions/joins.py
before any rule reads its entities."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.countries import packaged_country_index
from textkg.extract.mentions.particles import tagged
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon


def hyphened_place_start(table: TokenTable, ent: Span) -> int:
    """Where a place's name starts that the NER cut at a hyphen ("Moravian - Silesian
    Region", "Aetolia-Acarnania", "Ivano - Frankivsk"): a capitalised word, or a name the
    NER tagged apart, before a hyphen spaced alike on both sides. Not two places the
    gazetteers know each ("the Kenya - Uganda border", "Lagos-Ibadan"): a span between."""
    k = ent.start - 1
    if ent.label_ not in ("GPE", "LOC") or k < 1 or table.text[k] != "-":
        return ent.start
    doc = table.doc
    if bool(doc[k - 1].whitespace_) != bool(doc[k].whitespace_):
        return ent.start  # "Kessel -Marbach", a dash of a list
    word = table.text[k - 1]
    if not (word[:1].isupper() and word.isalpha()):
        return ent.start
    start = k - 1
    if table.ent_type[k - 1]:
        before = next((e for e in table.ents if e.start <= k - 1 < e.end), None)
        if before is None or before.end != k or before.label_ not in ("GPE", "LOC", "NORP"):
            return ent.start
        start = before.start
    if _a_known_place(doc[start:k].text) and _a_known_place(ent.text):
        return ent.start
    return start


def _a_known_place(name: str) -> bool:
    return known_place(name) is not None or bool(packaged_country_index().code_for_name(name))


def hyphened_area_end(table: TokenTable, ent: Span, lex: Lexicon) -> int:
    """Where "Moravian - Silesian Region" ends when the NER tagged only "Moravian": an
    untagged capitalised run after the hyphen that ends with a kind of area."""
    k = ent.end
    if ent.label_ not in ("GPE", "LOC", "NORP") or k + 1 >= len(table) or table.text[k] != "-":
        return ent.end
    doc = table.doc
    if bool(doc[k - 1].whitespace_) != bool(doc[k].whitespace_):
        return ent.end
    for end in range(k + 2, min(len(table), k + 5) + 1):
        if table.ent_type[end - 1] or not _proper(table, end - 1):
            break
        if table.lower[end - 1] in lex.admin_words:
            return end
    return ent.end


def employers_hyphened_name(table: TokenTable, lex: Lexicon) -> None:
    """ "a forecaster at Météo-France": a hyphened name joined as a place, no place the
    lists know, right after a role or an occupation and "at" is where the person works, an
    organisation (rules/occupations.py reads the shape)."""
    ents = []
    for ent in table.ents:
        hyphened = "-" in table.text[ent.start : ent.end]
        if (
            ent.label_ in ("GPE", "LOC")
            and hyphened
            and ent.start >= 2
            and table.lower[ent.start - 1] == "at"
            and (table.lemma[ent.start - 2] in lex.titles or _occupation(table, ent.start - 2))
            and not _a_known_place(ent.text)
        ):
            ent = tagged(table, ent.start, ent.end, "ORG")
        ents.append(ent)
    table.ents = ents


def _occupation(table: TokenTable, k: int) -> bool:
    """ "a forecaster | at": one of a kind of worker, in lower case after "a" or "an"."""
    return k >= 1 and table.pos[k] == "NOUN" and table.lower[k - 1] in ("a", "an")


def _proper(table: TokenTable, k: int) -> bool:
    word = table.text[k]
    return word[:1].isupper() and word.replace("-", "").isalpha() and table.pos[k] == "PROPN"
