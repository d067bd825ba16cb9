"""Which place names are countries, regions or cities, and which adjectives name a country.

Country names and their adjectives come from the country table that ships with the installed
``country_converter`` package (``textkg.country_data``), plus the demonyms of the relation
lexicon that table's patterns miss.
"""

from __future__ import annotations

import re
from functools import lru_cache

from textkg.country_data import country_rows
from textkg.lexicon import Lexicon
from textkg.records import EntityType

_EXTRA_ALIASES = {
    # Spellings of countries the table's patterns miss or that news writes often.
    "Democratic People's Republic of Korea": "North Korea",
    "D.P.R.K.": "North Korea",
    "U.S.A.": "United States",
    "America": "United States",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "U.K.": "United Kingdom",
    "Soviet Union": "USSR",
    "Yugoslavia": "Yugoslavia",
    "Czechoslovakia": "Czechoslovakia",
    "East Germany": "East Germany",
    "West Germany": "West Germany",
}


@lru_cache(maxsize=1)
def country_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each country's short name and the table's pattern for the names it knows."""
    return tuple(
        (row.name_short, re.compile(row.regex, re.IGNORECASE))
        for row in country_rows()
        if row.name_short and row.regex
    )


def _normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


@lru_cache(maxsize=4096)
def country_name(text: str, lexicon: Lexicon) -> str | None:
    """The country a name or nationality adjective denotes ("Russian" → "Russia"), else None."""
    words = _normalise(text)
    if not words or len(words.split()) > 7 or not any(c.isupper() for c in words):
        return None
    if words in _EXTRA_ALIASES:
        return _EXTRA_ALIASES[words]
    if words in lexicon.demonyms:
        return lexicon.demonyms[words]
    singular = words[:-1] if words.endswith("s") else words
    if singular in lexicon.demonyms and words != singular:
        return None  # a people ("Americans"), not the country
    lowered = words.lower()
    if any(lowered.startswith(p) for p in lexicon.not_country_prefixes):
        return None
    if any(w in lexicon.org_head_nouns or w in lexicon.titles for w in lowered.split()):
        return None  # "Bank of Korea", "Russian Foreign Intelligence Service"
    if words in lexicon.admin_areas or _ends_with_admin_word(words, lexicon):
        return None
    endings = lexicon.demonym_endings
    matches = [
        name for name, pattern in country_patterns() if _covers(pattern, words, name, endings)
    ]
    if len(matches) != 1:
        return None
    return matches[0]


def _covers(pattern: re.Pattern[str], words: str, name: str, endings: frozenset[str]) -> bool:
    """The table's pattern names the whole phrase, not a town that starts like a country
    ("Peru|gia", "China|town"): it matches from the start, and what follows is the rest of
    the country's own name ("Switz|erland") or a demonym's ending ("Russia|n")."""
    found = pattern.search(words)
    if found is None or found.start() != 0:
        return False
    return words.lower() == name.lower() or words[found.end() :].lower() in endings


def is_people_word(text: str, lexicon: Lexicon) -> bool:
    """ "Russians", "North Koreans": a nationality's people, which is no entity."""
    words = _normalise(text)
    if not words.endswith("s"):
        return False
    singular = words[:-1]
    return singular in lexicon.demonyms or (
        country_name(singular, lexicon) is not None and singular != country_name(singular, lexicon)
    )


def _ends_with_admin_word(words: str, lexicon: Lexicon) -> bool:
    parts = words.lower().split()
    if len(parts) < 2:
        return False
    return parts[-1] in lexicon.admin_words or " ".join(parts[-2:]) in lexicon.admin_words


def place_type(text: str, lexicon: Lexicon) -> EntityType:
    """The schema.org place class of a geo-political name."""
    words = _normalise(text)
    if words in lexicon.admin_areas or _ends_with_admin_word(words, lexicon):
        return EntityType.ADMINISTRATIVE_AREA
    if country_name(words, lexicon) is not None:
        return EntityType.COUNTRY
    return EntityType.CITY
