"""The short forms a name of the article goes by later: a person's surname ("Daniel Hughes
... Hughes"), a company's name without its kind ("Harlow Foods ... Harlow") or its town
("the Saskatoon Prairie Kings ... The Prairie Kings")."""

from __future__ import annotations

import re
from collections import defaultdict

from textkg.extract.gazetteers import city_population, is_given_name
from textkg.extract.mentions.company_of_place import company_head
from textkg.extract.mentions.model import Ment
from textkg.extract.mentions.place_clues import known_place
from textkg.extract.mentions.spans import SpanReader
from textkg.extract.places import country_name
from textkg.months import MONTHS, WEEKDAYS
from textkg.records import EntityType


def stands_alone(reader: SpanReader, start: int, end: int) -> bool:
    """A company's short form as a name of its own ("Norlake chairman X", which the parser
    may call a noun): not tagged as something else, not a verb, and not the start of a
    longer name ("the Duke of Sussex", "Duke Ellington")."""
    # (a product's tag does not count: "bought Mayombe", tagged so, is the company; nor a
    # people's tag on a word no country's people are called: "Helix acquired X")
    table = reader.table
    people = "NORP" if country_name(reader.doc[start:end].text, reader.lex) is None else ""
    tags = table.ent_type[start:end]
    if table.pos[start] == "VERB" or any(t not in ("", "PRODUCT", people) for t in tags):
        return False
    following = table.text[end] if end < len(table) else ""
    return following != "of" and not following[:1].isupper()


def person_short_forms(words: list[str], surface: str = "") -> list[str]:
    """The words a person's name is shortened to: the surname ("Daniel Hughes ... Hughes"),
    and a family name written first in a name of three words ("Choe Son Hui ... Choe")."""
    forms = []
    last, first = words[-1], words[0]
    calendar = last.lower() in MONTHS or last.lower() in WEEKDAYS
    if len(words) >= 2 and _name_like(last, 3) and not calendar:
        forms.append(last)
    first_calendar = first.lower() in MONTHS or first.lower() in WEEKDAYS  # "Jun Young-hyun"
    # "Ha Jin-woo": a Korean given name (hyphened, lower case after the hyphen) after the
    # family name
    korean = re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+", surface) is not None
    if (
        ((len(words) >= 3 and not is_given_name(first)) or korean)
        and _name_like(first, 2)
        and not first_calendar
    ):
        forms.append(first)
    return forms


def _name_like(word: str, shortest: int) -> bool:
    return word.isalpha() and word[:1].isupper() and len(word) >= shortest


def company_short_names(
    reader: SpanReader, mentions: list[Ment], known: dict[str, tuple[EntityType, str]]
) -> set[str]:
    """ "Harlow Foods ... Harlow also named ...": a company's name without its last word,
    when that word says what kind of company it is, stands for the company later on (where
    the parser calls it a proper noun and the NER gave it nothing), as a one-word name the
    NER tagged once does. A town or country is never one ("Kenya Airways" leaves "Kenya"
    the country)."""
    table, lex = reader.table, reader.lex
    shorts: set[str] = set()
    title_words = lex.titles | lex.honorifics | lex.title_modifiers
    for ment in mentions:
        if ment.etype is not EntityType.ORGANIZATION or ment.derived:
            continue
        first, last = ment.start, ment.end - 1
        if ment.end - ment.start == 1:
            last = ment.end  # "Norlake ... Norlake chairman X": a one-word name, again
        elif not company_head(lex, table.text[ment.end - 1], table.tag[ment.end - 1]):
            continue  # (a kind: "Foods", "Mining", or a plural: "Halvdan Shoes")
        if table.lower[first] in ("the", "a", "an"):
            first += 1
        words = table.text[first:last]
        short = " ".join(words)
        if (
            not words
            or any(
                table.pos[k] != "PROPN" or not table.text[k][:1].isupper()
                for k in range(first, last)
            )
            or len(short) < 3
            or country_name(short, lex) is not None
            or known_place(short) is not None
            or short.lower() in title_words
        ):
            continue  # "General Motors" never makes "General" the company
        if short not in known:
            known[short] = (EntityType.ORGANIZATION, ment.name)
            shorts.add(short)
    # "the Saskatoon Prairie Kings ... The Prairie Kings": a body's name after its town's
    # (of one body only: not "Health Authority" where two towns have one)
    after_towns: dict[str, set[str]] = defaultdict(set)
    kinds = lex.short_form_heads | lex.org_head_nouns | lex.classifier_nouns
    for ment in mentions:
        words = ment.name.split()
        rest = after_its_town(words, kinds)
        if ment.etype is EntityType.ORGANIZATION and rest and not ment.derived:
            after_towns[rest].add(ment.name)
    for rest, bodies in sorted(after_towns.items()):
        if len(bodies) == 1 and rest not in known:
            known[rest] = (EntityType.ORGANIZATION, next(iter(bodies)))
            shorts.add(rest)
    return shorts


def after_its_town(words: list[str], kinds: frozenset[str] = frozenset()) -> str | None:
    """ "Saskatoon Prairie Kings" → "Prairie Kings", "Oklahoma City Thunder" → "Thunder": a
    name of three words or more without the town it opens with (the longer town first); a
    team's of two, "Dunedin Falcons" → "Falcons", with ``kinds`` the kinds of business it is
    not ("Kenya Airways", "Tema Holdings")."""
    if len(words) == 2 and kinds and _a_teams_plural(words[1], kinds):
        town = words[0]
        return words[1] if known_place(town) is not None or city_population(town) > 0 else None
    if len(words) < 3:
        return None
    for k in (2, 1):
        town = " ".join(words[:k])
        if known_place(town) is not None or city_population(town) > 0:
            return " ".join(words[k:]) if all(w[:1].isupper() for w in words[k:]) else None
    return None


def _a_teams_plural(word: str, kinds: frozenset[str]) -> bool:
    """A capitalised plural that is no kind of business: "Falcons", "Giants" (not "Foods")."""
    lower = word.lower()
    return (
        word.isalpha()
        and word[:1].isupper()
        and len(word) > 4
        and lower.endswith("s")
        and not lower.endswith("ss")
        and lower not in kinds
        and lower.removesuffix("s") not in kinds
    )
