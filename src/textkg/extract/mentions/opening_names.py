"""Given names the NER left out of a person's name: a hyphenated one written after the
family name ("Kim | So-yeon"), and one that opens a sentence ("Marloes | Janssen, the judge
who ..."): a capital at a sentence's start says nothing to the small model, so an unusual
given name there is read as a word of its own, though the parser still joins it to the
surname as one proper noun's compound."""

from __future__ import annotations

from spacy.tokens import Span

from textkg.countries import packaged_country_index
from textkg.extract.gazetteers import city_population
from textkg.extract.mentions.model import name_letters
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

#: What a true sentence's opening word follows (besides a line break).
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "’", "'", ":", ";", "-", "–", "—"})


def given_name_opening_a_sentence(
    table: TokenTable, ent: Span, lex: Lexicon
) -> tuple[int, int, str] | None:
    """The person's whole name, from an untagged proper noun that opens the sentence and
    that the parser made a compound of the person's name (not a title, a nationality, a
    place or a country: "Minister Okafor", "Kenyan Otieno", "Lagos Okafor"), where a
    comma or a verb follows the name, as a person's does ("Marloes Janssen, the judge",
    "Marloes Janssen said")."""
    k = ent.start - 1
    if ent.label_ != "PERSON" or k < 0 or not table.sent_start[k] or table.ent_type[k]:
        return None
    if k > 0 and not (table.text[k - 1] in _SENTENCE_ENDS or table.text[k - 1].isspace()):
        return None  # a start the model put inside a title ("Minister of State | Security Ri")
    word = table.text[k]
    if not (
        table.pos[k] == "PROPN"
        and table.dep[k] == "compound"
        and ent.start <= table.head[k] < ent.end
        and word[:1].isupper()
        and not word.isupper()
        and name_letters(word)
    ):
        return None
    after = ent.end
    if after >= len(table) or not (table.text[after] == "," or table.pos[after] in ("VERB", "AUX")):
        return None  # "Léman | Soins' chairman": a company's name may open a sentence too
    lower = table.lower[k]
    if lower in lex.titles | lex.honorifics | lex.biography.address_forms:
        return None  # "Father | Marek Lis"
    first = table.lower[ent.start]
    if first in lex.titles | lex.honorifics or known_place(word) is not None:
        return None  # "Auxiliary | Bishop Piotr Nowicki": a word of the title before a name
    index = packaged_country_index()
    if index.code_for_name(word) or index.code_for_adjective(word) or city_population(word):
        return None
    return k, ent.end, "PERSON"


def hyphenated_given_name(
    table: TokenTable, ent: Span, lex: Lexicon
) -> tuple[int, int, str] | None:
    """ "Kim | So-yeon", "Moon | Jae-in": the hyphenated given name written after a family
    name, that the NER left out of the person's name."""
    k = ent.end
    if (
        ent.label_ != "PERSON"
        or k + 2 >= len(table)
        or any(table.ent_type[j] for j in range(k, k + 3))
        or table.ws[ent.end - 1] != " "
        or table.text[k + 1] != "-"
        or table.ws[k] != ""
        or table.ws[k + 1] != ""
    ):
        return None
    first, second = table.text[k], table.text[k + 2]
    if first[:1].isupper() and first.isalpha() and second.isalpha() and second.islower():
        return ent.start, k + 3, "PERSON"
    return None
