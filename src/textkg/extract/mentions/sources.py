"""The source line of a monitored broadcast or paper, read as a town and a source.

Monitoring services head each item with where it came from: "LD2504174394 Moscow ITAR-TASS
in English 1654 GMT 25 Apr 94", "Havana Radio Reloj Network in Spanish", or a line of its
own, "Tokyo MAINICHI SHIMBUN". The small NER runs the town into the source's name ("Moscow
ITAR-TASS" as one place, "Cairo AL-AHALI" as a person) or misses the source; the line is a
town, known to the gazetteers, and the broadcaster, agency or paper after it.
"""

from __future__ import annotations

import re

from textkg.countries import packaged_country_index
from textkg.extract.gazetteers import city_population, is_language, is_subdivision
from textkg.extract.mentions.particles import tagged
from textkg.extract.sentences import parser_sentences
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon

__all__ = ["source_lines", "split_source_lines"]

#: A monitoring service's item number before the line ("LD2504174394", "94WD0125D").
_ITEM_NUMBER = re.compile(r"^(?=(?:[A-Z]*\d){4})(?=\d*[A-Z])[A-Z\d]{8,}$")
#: How far after "in <language>" the line's time or date must come.
_TIME_REACH = 4


def split_source_lines(table: TokenTable, lex: Lexicon) -> None:
    """Each source line's town (GPE) and source (ORG) in place of the entities the NER
    found over them."""
    for first, town_end, stop, dated in source_lines(table, lex):
        _retag(table, first, town_end, stop, dated)


def source_lines(table: TokenTable, lex: Lexicon) -> list[tuple[int, int, int, bool]]:
    """Each sentence's source line as (where the town starts, where it ends and the source
    starts, where the source ends, whether a language and time follow)."""
    found = []
    for start, end in parser_sentences(table):
        for first in _line_starts(table, start, end):
            line = _source_line(table, lex, first, end)
            if line is not None:
                found.append((first, *line))
                break
    return found


def _line_starts(table: TokenTable, start: int, end: int) -> list[int]:
    """Where a source line may open: the sentence's start, or after an item number."""
    after_numbers = [k + 1 for k in range(start, end - 1) if _ITEM_NUMBER.match(table.text[k])]
    return [*after_numbers, start]


def _source_line(
    table: TokenTable, lex: Lexicon, first: int, end: int
) -> tuple[int, int, bool] | None:
    """(where the town ends, where the source ends, whether a language and time follow) when
    a line opens at ``first``."""
    stop = _name_run(table, first, end, lex.name_particles)
    if stop - first < 2:
        return None
    if any(table.lower[k] in lex.titles for k in range(first, stop)) or _person_after(
        table, first, stop
    ):
        return None  # "Quebec Premier X in French on 1 July thanked ...": a person speaking
    dated = _language_and_time(table, stop, end)
    if not dated and any(not table.is_punct[k] for k in range(stop, end)):
        return None
    for town_end in range(stop - 1, first, -1):
        town = table.doc[first:town_end].text
        if town.isupper() or not _known_place(town):
            continue
        if dated:
            return town_end, stop, True
        source = table.doc[town_end:stop].text
        if _known_region(source) or _known_place(table.doc[first:stop].text):
            return None  # "Hong Kong SAR" (not "Beijing XINHUA", though a town is Xinhua)
        # "Beirut Radio Lebanon" (not "Beijing Television", the town's own channel)
        named = stop - town_end >= 2 and any(
            table.lower[k] in lex.broadcast_words for k in range(town_end, stop)
        )
        if _capitals(source, 3) or named:
            return town_end, stop, False
        return None
    return None


def _person_after(table: TokenTable, first: int, stop: int) -> bool:
    """Whether the NER found a person after the line's first word ("Quebec | Marie Roy in
    French"), not one over the whole line, town and all ("Munich SUEDDEUTSCHE ZEITUNG" run
    together as a person's name)."""
    return any(e.label_ == "PERSON" and first < e.start < stop for e in table.ents)


def _name_run(table: TokenTable, first: int, end: int, particles: frozenset[str]) -> int:
    """The end of the capitalised words from ``first`` ("Kanal-6", "ITAR-TASS" whole, "Rio
    de Janeiro" past its particle)."""
    k = first
    while k < end:
        word = table.text[k]
        joined = k > first and not table.ws[k - 1]
        if word[:1].isupper() or (joined and (word == "-" or table.text[k - 1] == "-")):
            k += 1
            continue
        if k > first and word in particles and k + 1 < end and table.text[k + 1][:1].isupper():
            k += 1
            continue
        break
    return k


def _language_and_time(table: TokenTable, stop: int, end: int) -> bool:
    """ "in English 1654 GMT", "in Arabic 6 Apr 94": the source's language, then a time."""
    if stop + 2 >= end or table.lower[stop] != "in" or not table.text[stop + 1][:1].isupper():
        return False
    last = _word_end(table, stop + 1, end)
    # "Arabic", whatever the NER called it (not "the Boston Celtics in Game 7 on 5 May")
    if not is_language(table.doc[stop + 1 : last].text):
        return False
    after = range(last, min(end, last + _TIME_REACH))
    return any(table.like_num[k] or table.lower[k] == "gmt" for k in after)


def _word_end(table: TokenTable, start: int, end: int) -> int:
    """The end of the word from ``start`` up to a space ("Serbo-Croatian" in three tokens)."""
    k = start
    while k + 1 < end and not table.ws[k]:
        k += 1
    return k + 1


def _said_in_or_at(table: TokenTable, start: int, end: int) -> bool:
    """The line's language ("in English") or time ("GMT 2 Feb 94"), which are no names."""
    return table.lower[start - 1] == "in" or "gmt" in table.lower[start:end]


def _known_place(name: str) -> bool:
    return bool(city_population(name)) or _known_region(name)


def _known_region(name: str) -> bool:
    return is_subdivision(name) or bool(packaged_country_index().code_for_name(name))


def _capitals(word: str, least: int) -> bool:
    """Words in capitals, of ``least`` letters or more (not "DC" of "Washington DC")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= least and all(c.isupper() for c in letters)


def _retag(table: TokenTable, first: int, town_end: int, stop: int, dated: bool) -> None:
    """The town and the source in place of the entities over the line (and its number), and
    its language a language, its time none."""
    number = first - 1 if first > 0 and _ITEM_NUMBER.match(table.text[first - 1]) else first
    tail = stop + 2 + _TIME_REACH if dated else stop
    gone = [
        e
        for e in table.ents
        if (e.end > number and e.start < stop)
        or (stop < e.start <= tail and _said_in_or_at(table, e.start, e.end))
    ]
    kept = [e for e in table.ents if e not in gone]
    for ent in gone:
        for k in range(ent.start, ent.end):
            table.ent_type[k] = ""
    town, source = tagged(table, first, town_end, "GPE"), tagged(table, town_end, stop, "ORG")
    words = _word_end(table, stop + 1, len(table))
    language = [tagged(table, stop + 1, words, "LANGUAGE")] if dated else []
    table.ents = sorted([*kept, town, source, *language], key=lambda e: e.start)
