"""Names the NER missed or cut short: countries, found by exact match at token boundaries,
clubs cut to their town ("Real | Madrid"), bodies cut after a plural possessive
("Workers' | Party") and parties named by their members ("the Free Democrats")."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Span

from textkg.countries import packaged_country_index
from textkg.extract.gazetteers import city_population, is_given_name, is_surname
from textkg.extract.mentions.model import _APOSTROPHES
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

# ---------------------------------------------------------------------------- gazetteer


@lru_cache(maxsize=1)
def _long_country_names() -> tuple[tuple[str, str], ...]:
    """Multi-word country names as written ("Democratic People's Republic of Korea"), longest
    first, with the country's label (from the one country index)."""
    index = packaged_country_index()
    names = [
        (name.translate(_APOSTROPHES), index.label(code))
        for name, code in index.written.items()
        if " " in name and name[:1].isupper()
    ]
    names.sort(key=lambda item: (-len(item[0]), item[0]))
    return tuple(names)


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[str, str]]]:
    firsts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for alias, target in _long_country_names():
        firsts[alias.split()[0]].append((alias, target))
    return dict(firsts)


def _matches(table: TokenTable) -> list[tuple[int, int, str]]:
    """Every multi-word country name in the text, longest first at each token, as
    (first token, end token, country)."""
    firsts = _by_first_word()
    text = ""
    found = []
    ends: dict[int, int] | None = None
    for i, word in enumerate(table.text):
        candidates = firsts.get(word)
        if not candidates:
            continue
        if ends is None:
            ends = {table.end_char(k): k for k in range(len(table))}
            text = table.source.translate(_APOSTROPHES)
        for alias, target in candidates:
            if not text.startswith(alias, table.idx[i]):
                continue
            end_token = ends.get(table.idx[i] + len(alias))
            if end_token is not None:
                found.append((i, end_token + 1, target))
                break
    return found


def gazetteer_spans(table: TokenTable, taken: list[bool]) -> list[tuple[int, int, str]]:
    """Country names the NER missed, by exact (apostrophe-blind) match at token boundaries;
    a name inside a longer one ("Republic of Korea" in "Democratic People's Republic of
    Korea") is no match of its own."""
    found: list[tuple[int, int, str]] = []
    for i, end, target in _matches(table):
        if not any(taken[i:end]) and not (found and i < found[-1][1]):
            found.append((i, end, target))
    return found


def widen_cut_names(table: TokenTable) -> None:
    """A country's name the NER cut short or split ("French | Guiana" as a nationality and a
    person, "Democratic People's | Republic of Korea") becomes one place entity, before any
    rule reads the entities. An entity that runs on past the name ("Republic of Korea Navy")
    is left alone."""
    ents = table.ents
    for start, end, _country in _matches(table):
        inside = [e for e in ents if e.start < end and start < e.end]
        if not inside or any(e.start < start or e.end > end for e in inside):
            continue
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            continue
        ents = [e for e in ents if all(e is not x for x in inside)]
        ents.append(Span(table.doc, start, end, label="GPE"))
        for k in range(start, end):
            table.ent_type[k] = "GPE"
    table.ents = sorted(ents, key=lambda e: (e.start, e.end))


def widen_club_names(table: TokenTable, lex: Lexicon) -> None:
    """A town's name the NER took alone from a club's ("Real Madrid", "Leeds United") becomes
    the club's, an organisation, before any rule reads the entities. The club word must be
    written as a name ("Inter", "AC"), so "As Madrid ..." stays a town."""

    def club_word(i: int, words: frozenset[str]) -> bool:
        if not 0 <= i < len(table) or table.ent_type[i] or table.lower[i] not in words:
            return False
        word = table.text[i]
        return word.isupper() if len(word) <= 3 else word[:1].isupper()

    def club_inside(ent: Span) -> bool:
        """ "Atletico Madrid" read as a person's name: a club word and a known town."""
        words = table.text[ent.start : ent.end]
        if len(words) < 2:
            return False
        if table.lower[ent.start] in lex.club_prefixes:
            town = words[1:]
        elif table.lower[ent.end - 1] in lex.club_suffixes:
            town = words[:-1]
        else:
            return False
        return city_population(" ".join(town)) > 0

    ents = []
    for ent in table.ents:
        start, end = ent.start, ent.end
        if ent.label_ in ("GPE", "LOC", "ORG"):
            if club_word(start - 1, lex.club_prefixes):
                start -= 1
            if club_word(end, lex.club_suffixes):
                end += 1
        relabel = ent.label_ == "PERSON" and club_inside(ent)
        if (start, end) == (ent.start, ent.end) and not relabel:
            ents.append(ent)
            continue
        ents.append(Span(table.doc, start, end, label="ORG"))
        for k in range(start, end):
            table.ent_type[k] = "ORG"
    table.ents = ents


def widen_plural_possessives(table: TokenTable) -> None:
    """ "the Workers' Party", "the Farmers' Union": an organisation the NER took from after
    its plural possessive is named with it (not a second organisation "Workers")."""
    ents = []
    for ent in table.ents:
        k = ent.start - 2
        if (
            ent.label_ == "ORG"
            and k >= 0
            and table.text[k + 1] in ("'", "’")
            and not table.ws[k]
            and not table.ent_type[k]
            and table.text[k][:1].isupper()
            and table.text[k].isalpha()
            and table.text[k].endswith("s")
        ):
            ents.append(Span(table.doc, k, ent.end, label="ORG"))
            table.ent_type[k] = table.ent_type[k + 1] = "ORG"
        else:
            ents.append(ent)
    table.ents = ents


def party_names(table: TokenTable, lex: Lexicon) -> None:
    """ "the Free Democrats", "the Greens": a party named by its members, which the NER takes
    for a group of people (NORP), is the party when written with "the"; "Democrats said"
    stays the people."""
    ents = []
    for ent in table.ents:
        start = ent.start
        while (
            start > 0
            and not table.ent_type[start - 1]
            and table.text[start - 1][:1].isupper()
            and table.text[start - 1].isalpha()
            and table.sent_start[start - 1] != 1
        ):
            start -= 1  # "Free | Democrats", "Social | Democrats"
        the = start - 1
        while (
            the > max(start - 5, 0)
            and table.lower[the] != "the"
            and not table.text[the][:1].isupper()
        ):
            the -= 1  # "the pro-business Free Democrats"
        if (
            ent.label_ == "NORP"
            and table.lower[ent.end - 1] in lex.party_plurals
            and the >= 0
            and table.lower[the] == "the"
        ):
            ents.append(Span(table.doc, start, ent.end, label="ORG"))
            for k in range(start, ent.end):
                table.ent_type[k] = "ORG"
        else:
            ents.append(ent)
    table.ents = ents


def relabel_nationalities(table: TokenTable) -> None:
    """ "Ugandan | President Yoweri Museveni": a nationality adjective the NER took for a
    person or an organisation of its own is a nationality (NORP), so it is read as one and
    never joined to the name after it."""
    index = packaged_country_index()
    ents = []
    for ent in table.ents:
        word = table.text[ent.start]
        if (
            ent.label_ in ("PERSON", "ORG")
            and ent.end - ent.start == 1
            and index.code_for_adjective(word)
            and not index.code_for_name(word)
        ):
            ents.append(Span(table.doc, ent.start, ent.end, label="NORP"))
            table.ent_type[ent.start] = "NORP"
        else:
            ents.append(ent)
    table.ents = ents


def widen_given_names(table: TokenTable) -> None:
    """ "Ana | Costa": a surname the NER took for an organisation or a place without the given
    name before it is the person's whole name."""
    index = packaged_country_index()
    ents = []
    for ent in table.ents:
        k = ent.start - 1
        surname = table.text[ent.start]
        if (
            ent.label_ in ("ORG", "GPE", "LOC")
            and ent.end - ent.start == 1
            and k >= 0
            and not table.ent_type[k]
            and table.pos[k] == "PROPN"
            and table.text[k][:1].isupper()
            and is_given_name(table.text[k])
            and is_surname(surname)
            and not index.code_for_name(surname)
            and city_population(surname) < 100_000
        ):
            ents.append(Span(table.doc, k, ent.end, label="PERSON"))
            table.ent_type[k] = table.ent_type[ent.start] = "PERSON"
        else:
            ents.append(ent)
    table.ents = ents
