"""Cleaning and comparing names: the evidence every merge rule stands on.

Surface forms arrive as written ("the DPRK’s", "Comrade Ri Chang Dae", "Kim Jong Un's"),
so everything here is defensive: it strips what the extractor may have left, folds any
script to ASCII for comparison, and keeps the judgement of "same person?" in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

# One name cleaner for both stages (re-exported here for resolution's callers).
from textkg.names import clean_name as clean_name
from textkg.names import fold as fold
from textkg.names import is_acronym as is_acronym
from textkg.names import norm_key as norm_key
from textkg.names import normalise_text as normalise_text
from textkg.resolve.words import is_honorific, title_key, title_length
from textkg.resolve.words import words as lexicon_words

# ----------------------------------------------------------------------------- cleaning


@lru_cache(maxsize=65536)
def strip_person_titles(name: str) -> tuple[str, tuple[str, ...]]:
    """("Director Sergei Naryshkin") → ("Sergei Naryshkin", ("Director",)).

    Forms of address ("Mr.", "Comrade") are dropped; role titles ("Foreign Minister") are
    returned as written. Both are the lexicon's, which extraction reads too, and as there a
    word listed as both is a form of address. Lower-case leading words ("leader Kim Jong
    Un") go too, except surname particles ("de Gaulle"). At least one word is always kept.
    """
    parts = name.split(" ")
    titles: list[str] = []
    particles = lexicon_words().particles
    while len(parts) > 1:
        taken = 0
        for size in range(min(3, len(parts) - 1), 0, -1):  # forms of address first, as
            key = title_key(parts[:size])  # extraction reads them
            if is_honorific(key) or (size == 1 and key == "the"):
                taken = size
                break
        if not taken:
            taken = title_length(parts[:-1])
            if taken:
                titles.append(" ".join(parts[:taken]))
        if not taken and parts[0][:1].islower() and parts[0].lower() not in particles:
            taken = 1  # a lower-case word in front of a name is description, not name
        if not taken:
            break
        parts = parts[taken:]
    return " ".join(parts), tuple(titles)


# ----------------------------------------------------------------------------- match keys


def words_of(key: str) -> list[str]:
    return key.split() if key else []


def initials(name: str) -> tuple[str, ...]:
    """Possible acronyms of a name: with and without its small words ("MSS", "MOSS")."""
    words = words_of(norm_key(name))
    if len(words) < 2:
        return ()
    small = lexicon_words().stopwords
    content = "".join(w[0] for w in words if w not in small).upper()
    everything = "".join(w[0] for w in words).upper()
    return tuple(dict.fromkeys(x for x in (content, everything) if len(x) >= 2))


def acronym_key(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", name).upper()


# ----------------------------------------------------------------------------- transliteration

_TRANSLIT_STEPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^ye", "e"),  # Yevgeny / Evgeny
        (r"^yu", "iu"),
        (r"tsch|tch", "ch"),
        (r"sch", "sh"),
        (r"dzh|dj|zh", "j"),
        (r"kh", "h"),
        (r"ph", "f"),
        (r"th", "t"),
        (r"dh", "d"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"w", "v"),
        (r"x", "ks"),
        (r"c(?=[eiy])", "s"),
        (r"c(?!h)", "k"),
        (r"y", "i"),
        (r"ou", "u"),
        (r"(?<=[aeiou])h$", ""),  # Sarah / Sara
        (r"(.)\1+", r"\1"),  # double letters
    )
)
_VOWELS = frozenset("aeiou")


#: Patterns of the name parsers, compiled once (they run for every distinct name of a build).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "S.Y."
_WORD_PIECES = re.compile(r"[-']")
_NOT_A_LETTER = re.compile(r"[^A-Za-z]")
_NOT_LOWER = re.compile(r"[^a-z]")


@lru_cache(maxsize=65536)
def translit(token: str) -> str:
    """A spelling-neutral form of one name word: "Sergey" and "Sergei" both give "sergei"."""
    t = _NOT_LOWER.sub("", fold(token).lower())
    for pattern, replacement in _TRANSLIT_STEPS:
        t = pattern.sub(replacement, t)
    return t


def skeleton(form: str) -> str:
    """Consonants only, first letter kept: what stays fixed across vowel spellings."""
    return form[:1] + "".join(c for c in form[1:] if c not in _VOWELS)


def vowel_variant(a: str, b: str) -> bool:
    """Two transliterated words that differ only in a few vowels ("muhamad" / "mohamed").

    First and last letters must agree (so "Ivanov" / "Ivanova" and "Maria" / "Mario" stay
    apart), both words must be long enough for the change to be noise, and consonants may
    not change at all (so "Martin" / "Marvin" stay apart).
    """
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if skeleton(a) != skeleton(b):
        return False
    return Levenshtein.distance(a, b) <= max(len(a), len(b)) // 3


# ----------------------------------------------------------------------------- person names


@dataclass(frozen=True)
class NameData:
    """The name knowledge from the alias data that person matching needs."""

    #: Groups of interchangeable romanisations of one family name or given name.
    variants: dict[str, int]
    #: Family names that signal East Asian order (family name first).
    family_first: frozenset[str]
    #: Interchangeable romanisations of Korean/Chinese syllables ("eun" / "un").
    syllables: dict[str, int]

    def same_variant(self, a: str, b: str) -> bool:
        group = self.variants.get(a)
        return group is not None and group == self.variants.get(b)

    def same_syllable(self, a: str, b: str) -> bool:
        if a == b:
            return True
        group = self.syllables.get(a)
        return group is not None and group == self.syllables.get(b)


def make_name_data(
    variant_groups: Iterable[Sequence[str]],
    family_first: Iterable[str],
    syllable_groups: Iterable[Sequence[str]],
) -> NameData:
    variants: dict[str, int] = {}
    for index, group in enumerate(variant_groups):
        for word in group:
            variants.setdefault(translit(word), index)
    syllables: dict[str, int] = {}
    for index, group in enumerate(syllable_groups):
        for word in group:
            syllables.setdefault(translit(word), index)
    family = frozenset(translit(w) for w in family_first)
    return NameData(variants, family, syllables)


@dataclass(frozen=True)
class PersonName:
    """A person's name as comparable parts.

    ``parts`` are transliterated words ("Chang-dae" stays one part, "changdae");
    ``syllables[i]`` are the pieces of part i where the writing showed them ("chang", "dae").
    """

    parts: tuple[str, ...]
    syllables: tuple[tuple[str, ...], ...]
    initial: tuple[bool, ...]
    patronymic: tuple[bool, ...]
    #: Could the word be romanised Korean or Chinese syllables ("Jinping", "Chang-dae")?
    syllabic: tuple[bool, ...]

    @property
    def concat(self) -> str:
        return "".join(self.parts)

    def __len__(self) -> int:
        return len(self.parts)


_HANGUL_OR_HAN = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
_SYLLABLES = re.compile(
    r"(?:(?:ch|sh|zh|kk|tt|pp|ss|jj|ph|th|kh|[bcdfghjklmnpqrstwxyz])?[wy]?[aeiou]{1,3}"
    r"(?:ng|n|m|k|l|p|t)?)+"
)


def parse_person_name(name: str) -> PersonName:
    """Parse a cleaned person name; words in Hangul or Han split into romanised syllables.
    (:func:`person_name` is the same, cached: use this for a name read once.)"""
    parts: list[str] = []
    sylls: list[tuple[str, ...]] = []
    initial: list[bool] = []
    patronymic: list[bool] = []
    syllabic: list[bool] = []
    for word in name.split():
        if _HANGUL_OR_HAN.search(word):
            # anyascii writes each syllable capitalised ("GimJeongEun"): family name first.
            pieces = [p.lower() for p in re.findall(r"[A-Z][a-z]*", anyascii(word))]
            if not pieces:
                continue
            first_word = not parts and len(pieces) > 1
            groups = [[pieces[0]], pieces[1:]] if first_word else [pieces]
            for group in groups:
                forms = tuple(translit(p) for p in group)
                parts.append("".join(forms))
                sylls.append(forms)
                initial.append(False)
                patronymic.append(False)
                syllabic.append(True)
            continue
        if _INITIALS.fullmatch(word):  # "S.Y." is two initials
            for letter in word.replace(".", ""):
                parts.append(letter.lower())
                sylls.append((letter.lower(),))
                initial.append(True)
                patronymic.append(False)
                syllabic.append(False)
            continue
        bare = word.strip(".,'")
        if not bare or bare.lower() in lexicon_words().suffixes:
            continue
        pieces = [p for p in _WORD_PIECES.split(bare) if p]
        forms = tuple(translit(p) for p in pieces)
        joined = "".join(forms)
        if not joined:
            continue
        parts.append(joined)
        sylls.append(forms)
        initial.append(len(_NOT_A_LETTER.sub("", fold(bare))) == 1)
        patronymic.append(fold(bare).lower().endswith(lexicon_words().patronymic_endings))
        raw_pieces = [_NOT_LOWER.sub("", fold(p).lower()) for p in pieces]
        syllabic.append(all(_SYLLABLES.fullmatch(p) for p in raw_pieces if p))
    return PersonName(
        tuple(parts), tuple(sylls), tuple(initial), tuple(patronymic), tuple(syllabic)
    )


def _family_first(name: PersonName, data: NameData) -> bool:
    """Family name first ("Kim Jong Un", "Xi Jinping")? Given names must look syllabic."""
    return (
        len(name) >= 2
        and name.parts[0] in data.family_first
        and not any(name.initial)
        and all(name.syllabic[1:])
    )


def _word_match(a: str, b: str, data: NameData) -> bool:
    return a == b or data.same_variant(a, b) or vowel_variant(a, b)


def _given_syllables(name: PersonName) -> tuple[str, ...]:
    out: list[str] = []
    for group in name.syllables[1:]:
        out.extend(group)
    return tuple(out)


def _family_first_given_match(a: PersonName, b: PersonName, data: NameData) -> bool:
    """Given names of family-first names: same letters, or syllable by syllable variants."""
    if "".join(a.parts[1:]) == "".join(b.parts[1:]):
        return True
    sa, sb = _given_syllables(a), _given_syllables(b)
    if len(sa) == len(sb) and len(sa) >= 2:
        return all(data.same_syllable(x, y) for x, y in zip(sa, sb, strict=True))
    # One side written as one word ("Jongun"): try it against the other's syllables.
    joined, split = ("".join(sa), sb) if len(sa) < len(sb) else ("".join(sb), sa)
    return _spells(joined, split, data)


def _spells(word: str, syllables: Sequence[str], data: NameData) -> bool:
    if not syllables:
        return word == ""
    first, rest = syllables[0], syllables[1:]
    options = {first} | {s for s, g in data.syllables.items() if g == data.syllables.get(first)}
    return any(word.startswith(o) and _spells(word[len(o) :], rest, data) for o in sorted(options))


def person_match(
    a: PersonName, b: PersonName, data: NameData, *, allow_initials: bool
) -> str | None:
    """Why two multi-word person names denote the same person, or None.

    Both names must have at least two words: sharing one word (a surname or a given
    name) is never enough. The family names must agree (exactly or as romanisation
    variants) and so must the given names, word for word, allowing a dropped middle name
    or patronymic, and initials only where ``allow_initials`` (within one article).
    """
    if len(a) < 2 or len(b) < 2:
        return None
    if a.parts == b.parts:
        return "same name"
    if a.concat == b.concat and (a.parts[0] == b.parts[0] or a.parts[-1] == b.parts[-1]):
        return "same letters, spaced or hyphenated differently"
    a_ff, b_ff = _family_first(a, data), _family_first(b, data)
    if a_ff and b_ff:
        if not _word_match(a.parts[0], b.parts[0], data):
            return None
        if _family_first_given_match(a, b, data):
            return "romanisation variants (family name first)"
        return None
    return _western_match(a, b, data, allow_initials)


def _western_match(
    a: PersonName, b: PersonName, data: NameData, allow_initials: bool
) -> str | None:
    """Given name(s) first, surname last ("Sergei Yevgenyevich Naryshkin")."""
    if a.initial[-1] or b.initial[-1] or not _word_match(a.parts[-1], b.parts[-1], data):
        return None
    if a.initial[0] or b.initial[0]:
        # "S. Naryshkin": only where one article makes the link.
        if not (allow_initials and a.parts[0][:1] == b.parts[0][:1]):
            return None
        used_initials = True
    elif _word_match(a.parts[0], b.parts[0], data):
        used_initials = False
    else:
        return None
    a_mid, b_mid = range(1, len(a) - 1), range(1, len(b) - 1)
    if len(a_mid) and len(b_mid):
        if len(a_mid) != len(b_mid):
            return None  # "George W. Bush" is not "George H. W. Bush"
        for i, j in zip(a_mid, b_mid, strict=True):
            if a.initial[i] or b.initial[j]:
                if a.parts[i][:1] != b.parts[j][:1]:
                    return None
                used_initials = True
            elif not _word_match(a.parts[i], b.parts[j], data):
                return None
        return "initials" if used_initials else "spelling variants"
    longer = a if len(a_mid) else b
    for i in range(1, len(longer) - 1):
        if not (longer.initial[i] or longer.patronymic[i] or len(longer.parts[i]) >= 3):
            return None
    if used_initials:
        return "initials"
    if len(a_mid) or len(b_mid):
        return "middle name or patronymic left out"
    return "spelling variants"


def short_form_match(short: PersonName, full: PersonName, data: NameData) -> str | None:
    """Is ``short`` a shortening of ``full`` as one article would write it ("Naryshkin",
    "S. Naryshkin", "Sergei Naryshkin" after "Sergei Yevgenyevich Naryshkin")?"""
    if not len(short) or len(full) < 2 or len(short) > len(full):
        return None
    if 1 < len(short) < len(full) and short.parts == full.parts[-len(short) :]:
        # "Le Pen" after "Marine Le Pen", "Ramírez Ochoa" after "Lucía Ramírez Ochoa",
        # "Vaca Ortiz" after "Marco Vaca Ortiz": the last words of a longer name, in one
        # article, are that person's
        return "surname" if short.parts[0] in lexicon_words().particles else "surnames"
    if len(short) > 1:
        return person_match(short, full, data, allow_initials=True)
    word = short.parts[0]
    if short.initial[0]:
        return None
    if _family_first(full, data):
        return "family name" if _word_match(word, full.parts[0], data) else None
    if _word_match(word, full.parts[-1], data):
        return "surname"
    if not full.initial[0] and _word_match(word, full.parts[0], data):
        return "given name"
    particles = lexicon_words().particles
    if len(full) >= 4 and word not in particles and word in full.parts[1:-1]:
        return "name inside the full name"  # "Lula" after "Luiz Inacio Lula da Silva"
    return None


_ONSETS = {"g": "k", "c": "j", "d": "t", "b": "p", "f": "p", "r": "l", "z": "j", "x": "s"}


def _onset_class(word: str) -> str:
    """The first sound of a romanised syllable, blind to the usual romanisation swaps
    (g/k, j/ch, d/t, b/p, r/l; any vowel)."""
    if not word:
        return ""
    if word[0] in _VOWELS:
        return "v"
    return _ONSETS.get(word[0], word[0])


def person_blocks(name: PersonName, data: NameData) -> tuple[str, ...]:
    """Blocking keys: two names that :func:`person_match` accepts across articles share one.

    (Surname and first given name by consonant skeleton or variant group; family name for
    family-first names; all letters for names spaced differently.)"""
    if len(name) < 2:
        return ()

    def forms(word: str) -> list[str]:
        group = data.variants.get(word)
        return [skeleton(word)] + ([f"v{group}"] if group is not None else [])

    keys = [f"c:{name.concat}"]
    given = "".join(name.parts[1:])
    for first in forms(name.parts[0]):
        if name.parts[0] in data.family_first:
            keys.append(f"f:{first}|{_onset_class(given)}")
        for last in forms(name.parts[-1]):
            keys.append(f"w:{first}|{last}")
    return tuple(dict.fromkeys(keys))


# ----------------------------------------------------------------------------- organisations


def org_word(word: str) -> str:
    """A word of an organisation's or place's name, spelling-neutral ("organise" = "organize")."""
    return translit(word).replace("z", "s")


def same_words(a: str, b: str, names: NameData) -> bool:
    """Two organisation or place keys that differ only in the spelling of their words."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or a == b:
        return a == b
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        if not (x.isalpha() and y.isalpha()):
            return False
        tx, ty = org_word(x), org_word(y)
        if not (tx == ty or names.same_variant(tx, ty) or vowel_variant(tx, ty)):
            return False
    return True


person_name = lru_cache(maxsize=65536)(parse_person_name)


def forget_names() -> None:
    """Let the caches of parsed names go (tens of MB after a large build's resolution)."""
    for cached in (strip_person_titles, translit, person_name):
        cached.cache_clear()
