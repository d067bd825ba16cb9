"""The words resolution reads names by, from the lexicon both stages share.

Organisation nouns, titles, forms of address, place kind nouns and surname particles are
the lexicon's lists that extraction reads too (``organizations``, ``titles``, ``places``);
kind synonyms, generic modifiers and the like are its ``resolution`` section. Keys are
written as :func:`title_key` writes a name's words: lower case, no dots, hyphens as spaces
("Lt. Gen." → "lt gen").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from textkg.lexicon import default_lexicon
from textkg.names import norm_key


def title_key(words: Iterable[str]) -> str:
    return " ".join(w.lower().rstrip(".").replace("-", " ") for w in words).strip()


def _keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in (title_key(w.split()) for w in words) if k)


@dataclass(frozen=True)
class Words:
    #: Head nouns of organisations' names ("ministry" in "Ministry of X").
    org_heads: frozenset[str]
    #: Those, and the nouns written beside a name that say it is one ("the newspaper X").
    org_kinds: frozenset[str]
    place_kinds: frozenset[str]
    synonyms: dict[str, str]
    generic_modifiers: frozenset[str]
    titles: frozenset[str]
    title_modifiers: frozenset[str]
    honorifics: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    stopwords: frozenset[str]
    patronymic_endings: tuple[str, ...]
    legal_suffixes: frozenset[str]
    legal_prefixes: frozenset[str]
    #: "Atlético", "Real", "Banco", "Grupo": words that open a club's or a company's name
    #: ("Atlético Cuscatlán", "Banco Austral"), which is written short without them.
    name_prefixes: frozenset[str]
    #: "province", "state", "county": words that end a region's name ("Morobe Province").
    area_words: frozenset[str]


@lru_cache(maxsize=1)
def words() -> Words:
    """The packaged lexicon's words, keyed for resolution."""
    lex = default_lexicon()
    res = lex.resolution
    heads = lex.org_head_nouns | lex.government_heads
    return Words(
        org_heads=_keys(heads),
        org_kinds=_keys(heads | lex.classifier_nouns),
        place_kinds=_keys(lex.place_kind_nouns),
        synonyms=dict(res.kind_synonyms),
        generic_modifiers=res.generic_modifiers,
        titles=_keys(lex.titles | lex.head_of_state_titles),
        title_modifiers=_keys(lex.title_modifiers),
        honorifics=_keys(lex.honorifics),
        particles=lex.name_particles,
        suffixes=res.name_suffixes,
        stopwords=res.initials_stopwords,
        patronymic_endings=res.patronymic_endings,
        legal_suffixes=frozenset(norm_key(s) for s in res.legal_suffixes),
        legal_prefixes=frozenset(norm_key(s) for s in res.legal_prefixes),
        name_prefixes=frozenset(norm_key(s) for s in lex.name_prefixes),
        area_words=frozenset(norm_key(s) for s in lex.admin_words),
    )


def kind_noun(word: str) -> str:
    """One spelling of a kind noun ("paper" → "newspaper", "forces" → "force")."""
    return words().synonyms.get(word, word)


def is_org_kind(word: str) -> bool:
    """A noun that says something is an organisation, in its name or beside it."""
    return word in words().org_kinds


def is_org_head(word: str) -> bool:
    """A noun that makes a name an organisation's ("Ministry of X", "X Corporation")."""
    return word in words().org_heads


def is_place_kind(word: str) -> bool:
    return word in words().place_kinds


def is_kind_noun(word: str) -> bool:
    return is_org_kind(word) or is_place_kind(word)


def head_noun(key: str) -> str:
    """The word that says what a name is: "ministry" in "ministry of state security"."""
    parts = key.split()
    if not parts:
        return ""
    if "of" in parts[1:]:
        index = parts.index("of", 1)
        return kind_noun(parts[index - 1])
    return kind_noun(parts[-1])


def title_length(parts: Sequence[str]) -> int:
    """How many leading words of ``parts`` are a role title: a listed title ("prime
    minister", "chief executive officer") or title words with their modifiers ("Foreign
    Minister", "First Vice Chairman", "Lt. Gen."); 0 when they are none."""
    w = words()
    for size in range(min(4, len(parts)), 0, -1):
        if title_key(parts[:size]) in w.titles:
            best = size
            break
    else:
        best = 0
    end = 0
    for i, part in enumerate(parts[:5]):
        key = title_key([part])
        if key in w.titles:
            end = i + 1
        elif key not in w.title_modifiers:
            break
    return max(best, end)


def is_title(key: str) -> bool:
    """Is the whole of ``key`` a role title ("director", "foreign minister")?"""
    parts = key.split()
    return bool(parts) and title_length(parts) == len(parts)


def is_honorific(key: str) -> bool:
    return key in words().honorifics


def legal_base(key: str) -> str:
    """A company's name key without the legal forms after it ("norvia group plc" →
    "norvia"); the key itself when it has none, and "" when nothing else is left."""
    parts = key.split()
    suffixes, prefixes = words().legal_suffixes, words().legal_prefixes
    while len(parts) > 1 and parts[-1] in suffixes:
        parts.pop()
    while len(parts) > 1 and parts[0] in prefixes:
        parts.pop(0)
    if (len(parts) > 1 and parts[-1] == "and") or not parts:
        return ""
    return " ".join(parts)
