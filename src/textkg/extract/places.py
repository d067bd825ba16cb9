"""Which place names are countries, regions or cities, and which adjectives name a country.

Countries, their names and adjectives come from the one country index both stages read
(:mod:`textkg.countries`: textkg's alias data by ISO code plus the country_converter
package's table); the words that keep a name from being a country ("Bank of Korea", "New
Mexico") come from the lexicon.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from textkg.countries import packaged_country_index
from textkg.extract.gazetteers import (
    city_population,
    fold,
    is_given_name,
    is_national_capital,
    is_subdivision,
)
from textkg.lexicon import Lexicon
from textkg.records import EntityType


def _normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


@lru_cache(maxsize=4096)
def country_name(text: str, lexicon: Lexicon) -> str | None:
    """The country a name or nationality adjective denotes ("Russian" → "Russia"), else None.

    A people ("Russians") and a name several countries share ("Korea") denote none.
    """
    words = _normalise(text)
    if not words or len(words.split()) > 7 or not any(c.isupper() for c in words):
        return None
    index = packaged_country_index()
    if index.is_ambiguous(words):
        return None
    code = index.code_for_name(words, codes=False, patterns=False)
    code = code or index.code_for_adjective(words, plural=False)
    if code is not None:
        return index.label(code)
    if index.code_for_adjective(words) is not None:
        return None  # a people ("Americans"), not the country
    lowered = words.lower()
    if any(lowered.startswith(p) for p in lexicon.not_country_prefixes):
        return None
    if any(w in lexicon.org_head_nouns or w in lexicon.titles for w in lowered.split()):
        return None  # "Bank of Korea", "Russian Foreign Intelligence Service"
    if words in lexicon.admin_areas or _ends_with_admin_word(words, lexicon):
        return None
    if _historic_state(words, lexicon):
        return words  # "Russian Empire", "Duchy of Milan": a country the index does not hold
    if is_national_capital(words):
        return None  # "Taipei" is the town, though a country's pattern ("Chinese Taipei") fits
    code = index.code_by_pattern(words, lexicon.demonym_endings)
    if code is None:
        return None
    label = index.label(code)
    if " " not in words and is_given_name(words) and _after_a_saint(words, label):
        return None  # "Helena", "Lucia": a given name, not "St. Helena" or "St. Lucia"
    return label


def _after_a_saint(word: str, label: str) -> bool:
    """Is ``word`` the saint's name of a country named after one ("St. Helena", "São Tomé &
    Príncipe"; not "Trinidad & Tobago")? Accents aside: "Martín" is the given name, not
    "Saint-Martin"."""
    parts = label.replace("-", " ").split()
    return any(
        fold(w) == fold(word) and k > 0 and parts[k - 1].rstrip(".") in _SAINTS
        for k, w in enumerate(parts)
    )


_SAINTS = frozenset({"St", "Saint", "Sint", "São", "Sao", "San", "Santa", "Sainte"})


def is_people_word(text: str, lexicon: Lexicon) -> bool:
    """ "Russians", "North Koreans": a nationality's people, which is no entity."""
    words = _normalise(text)
    if not words.endswith("s"):
        return False
    if packaged_country_index().code_for_name(words, codes=False, patterns=False):
        return False  # "Laos", whose people are "Lao"
    singular = words[:-1]
    if packaged_country_index().code_for_adjective(singular, plural=False) is not None:
        return True
    country = country_name(singular, lexicon)
    return country is not None and singular != country


def _historic_state(words: str, lexicon: Lexicon) -> bool:
    parts = words.split()
    if len(parts) < 2 or not all(p[:1].isupper() or p.islower() for p in parts):
        return False
    lowered = words.lower()
    return parts[-1].lower() in lexicon.state_heads or lowered.startswith(lexicon.state_prefixes)


def _ends_with_admin_word(words: str, lexicon: Lexicon) -> bool:
    parts = words.lower().split()
    if len(parts) < 2:
        return False
    return parts[-1] in lexicon.admin_words or " ".join(parts[-2:]) in lexicon.admin_words


def place_type(text: str, lexicon: Lexicon) -> EntityType:
    """The schema.org place class of a geo-political name."""
    words = _normalise(text)
    if words.lower() in lexicon.world_regions:
        return EntityType.PLACE  # "East Africa", "the Balkans": no town, region or country
    if words in lexicon.admin_areas or _ends_with_admin_word(words, lexicon):
        return EntityType.ADMINISTRATIVE_AREA
    if country_name(words, lexicon) is not None:
        return EntityType.COUNTRY
    if (
        is_subdivision(words)
        and city_population(words) < _CITY_OVER_REGION
        and not is_national_capital(words)
    ):
        return EntityType.ADMINISTRATIVE_AREA  # "Maharashtra", not "Madrid" or "Tokyo"
    return EntityType.CITY


#: A city at least this large keeps its city type when a region shares its name.
_CITY_OVER_REGION = 100_000


#: A city this large is known well enough to be the place an organisation's name holds.
_NAMED_CITY = 50_000


def held_place(name: Span, lexicon: Lexicon) -> tuple[int, int, str] | None:
    """The token span and words of the place an organisation's name holds ("University of
    Wrocław", "Taiwan Stock Exchange", "Boston Symphony Orchestra"), if one does: a
    country, a region or a well-known city, as proper nouns inside the name."""
    runs: list[tuple[int, int]] = []
    start = None
    for token in name:
        proper = token.is_title and token.pos_ == "PROPN"
        if proper and start is None:
            start = token.i
        elif not proper and start is not None:
            runs.append((start, token.i))
            start = None
    if start is not None:
        runs.append((start, name.end))
    doc = name.doc
    for a, b in runs:
        for i in range(a, b):
            for j in range(b, i, -1):
                if (i, j) == (name.start, name.end):
                    continue
                text = doc[i:j].text
                if i == a and (country_name(text, lexicon) or is_subdivision(text)):
                    return i, j, text  # not the "American" of "Latin American"
                if city_population(text) >= _NAMED_CITY:
                    return i, j, text
    return None
