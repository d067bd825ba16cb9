"""The merge rules: each with the sentence `textkg explain` prints for it and its blocking keys.

A *rule* is a reason two names are one entity ("short-form": a surname of a person named in
full). A *step* is a registered function that applies one or more rules, in the order
:data:`ORDER` lists. Joins take a :class:`Rule` object, never a name, so every merge in an
explanation has a meaning here; :data:`textkg.resolve.explain.RULES` is read from this module.

Each rule says its *blocking keys*: strings such that two groups the rule may join always share
one. A new article can only touch entities that share a key with one of its names (for
incremental updates), and the build-wide steps only compare names within a block.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from textkg.records import EntityType
from textkg.resolve.model import Group, Role
from textkg.resolve.names import (
    NameData,
    acronym_key,
    norm_key,
    org_word,
    person_blocks,
    person_name,
    skeleton,
)
from textkg.resolve.words import legal_base

if TYPE_CHECKING:
    from textkg.resolve.workspace import Workspace

KeyFunction = Callable[[Group, NameData], tuple[str, ...]]


class Scope(IntEnum):
    """When a step runs; steps of one scope run in :data:`ORDER`."""

    #: In each article, right after its mentions are grouped by name.
    NAMES = 1
    #: Once, joining names to anchors: countries, the alias file's entries.
    ANCHORS = 2
    #: In each article, with what the article itself says (its definitions, its people).
    ARTICLE = 3
    #: Once, over the names no article-level rule made local.
    BUILD = 4


@dataclass(frozen=True)
class Rule:
    """A reason for a merge: its name, the sentence explain prints, its blocking keys."""

    name: str
    explains: str
    keys: KeyFunction

    def __repr__(self) -> str:
        return f"Rule({self.name!r})"


# ----------------------------------------------------------------------------- blocking keys


def _none(group: Group, data: NameData) -> tuple[str, ...]:
    return ()


def _name(group: Group, data: NameData) -> tuple[str, ...]:
    return (f"name:{group.match_key}",) if group.match_key else ()


def _in_article(group: Group, data: NameData) -> tuple[str, ...]:
    """Rules that read one article block on it, and on the name for their build-wide part."""
    return (f"article:{group.source}", *_name(group, data))


def _country(group: Group, data: NameData) -> tuple[str, ...]:
    return (f"country:{group.country}",) if group.country else ()


def _base(group: Group, data: NameData) -> tuple[str, ...]:
    """The name without its country ("foreign ministry" of "Brazilian Foreign Ministry")."""
    keys = (group.base_key, group.match_key)
    return tuple(dict.fromkeys(f"base:{k}" for k in keys if k))


def _acronym(group: Group, data: NameData) -> tuple[str, ...]:
    """An acronym; a long name's initials and the acronym the text gives it."""
    if group.role is Role.ACRONYM:
        return (f"acronym:{acronym_key(group.surface)}",)
    found = set(group.initials)
    found.update(acronym_key(p.defines) for p in group.members if p.defines)
    return (f"article:{group.source}", *(f"acronym:{a}" for a in sorted(found) if a))


def _word_forms(word: str, data: NameData) -> list[str]:
    group = data.variants.get(word)
    return [f"word:{skeleton(word)}"] + ([f"word:v{group}"] if group is not None else [])


def _person_words(group: Group, data: NameData) -> tuple[str, ...]:
    """Surname and given or family name (spelling-blind), and the full name's blocks."""
    if group.kind is not EntityType.PERSON:
        return ()
    name = person_name(group.surface)
    keys = [f"article:{group.source}"]
    for part in dict.fromkeys(name.parts[:1] + name.parts[-1:]):
        keys.extend(_word_forms(part, data))
    keys.extend(f"person:{b}" for b in person_blocks(name, data))
    return tuple(dict.fromkeys(keys))


def _spelling(group: Group, data: NameData) -> tuple[str, ...]:
    """A person's name blocks; an organisation's or place's words by consonant skeleton."""
    if group.kind is EntityType.PERSON:
        return tuple(f"person:{b}" for b in person_blocks(person_name(group.surface), data))
    words = group.base_key.split()
    shape = " ".join(skeleton(org_word(w)) if w.isalpha() else w for w in words)
    return (f"shape:{group.kind.value}:{group.qualifier or ''}:{shape}",)


def _legal(group: Group, data: NameData) -> tuple[str, ...]:
    """A company's name without its legal form ("norvia" of "Norvia Group")."""
    base = legal_base(group.key)
    return (f"article:{group.source}", f"legal:{base}") if base else ()


def _alias(group: Group, data: NameData) -> tuple[str, ...]:
    return (f"name:{norm_key(group.surface)}", *_name(group, data))


# ----------------------------------------------------------------------------- the rules

CANONICAL_NAME = Rule("canonical-name", "the entity's label", _none)
SAME_NAME = Rule(
    "same-name",
    "the same name, up to case, accents, punctuation, 'the' or a possessive",
    _name,
)
TYPE_CORRECTION = Rule(
    "type-correction", "the tagger's type was corrected by evidence in the text", _in_article
)
COUNTRY_NAME = Rule(
    "country-name", "a name or code of the country (country data or alias file)", _country
)
DEMONYM = Rule(
    "demonym", "a nationality word that stands for the country ('the North Koreans')", _country
)
ALIAS_FILE = Rule("alias-file", "forced by an alias file (--aliases)", _alias)
ACRONYM_DEFINED = Rule("acronym-defined", "an acronym the text defines: 'Long Name (LN)'", _acronym)
ACRONYM_INITIALS = Rule(
    "acronym-initials", "an acronym made of the organisation's initials", _acronym
)
NATIONALITY_IN_NAME = Rule(
    "nationality-in-name",
    "the organisation named with its country ('North Korean X', \"DPRK's X\") is X",
    _base,
)
SHORT_FORM = Rule(
    "short-form", "a surname or shortened name of a person named in full", _person_words
)
SPELLING_VARIANT = Rule(
    "spelling-variant",
    "a spelling or transliteration variant (surname and given names agree)",
    _spelling,
)
DESCRIPTIVE_REFERENCE = Rule(
    "descriptive-reference",
    "'the ministry', 'the newspaper': the one the article named",
    _in_article,
)
LEGAL_FORM = Rule(
    "legal-form",
    "a company's name with or without its legal form ('Norvia Group', 'Norvia Inc.' are 'Norvia')",
    _legal,
)
LEADING_WORDS = Rule(
    "leading-words",
    "an organisation's name cut to its first words after the article gave it in full "
    "('Activision' after 'Activision Blizzard')",
    _in_article,
)
AREA_KIND = Rule(
    "area-kind",
    "a region's name with and without its kind word in one article ('Morobe' and "
    "'Morobe Province')",
    _in_article,
)
KEYWORD = Rule("keyword", "one of the article's keywords (tags) names the entity", _name)

ALL_RULES: tuple[Rule, ...] = (
    CANONICAL_NAME,
    SAME_NAME,
    COUNTRY_NAME,
    DEMONYM,
    ALIAS_FILE,
    ACRONYM_DEFINED,
    ACRONYM_INITIALS,
    NATIONALITY_IN_NAME,
    SHORT_FORM,
    SPELLING_VARIANT,
    DESCRIPTIVE_REFERENCE,
    TYPE_CORRECTION,
    LEGAL_FORM,
    LEADING_WORDS,
    AREA_KIND,
    KEYWORD,
)


def rule_named(name: str) -> Rule | None:
    return next((r for r in ALL_RULES if r.name == name), None)


# ----------------------------------------------------------------------------- steps

StepFunction = Callable[["Workspace", Sequence[Group]], None]


@dataclass(frozen=True)
class Step:
    """A registered function that joins groups by the rules it lists."""

    name: str
    scope: Scope
    rules: tuple[Rule, ...]
    run: StepFunction
    doc: str


_STEPS: dict[str, Step] = {}

#: The steps in the order they run (within a scope); a registered step left out never runs.
ORDER: tuple[str, ...] = (
    "type-correction",
    "countries",
    "alias-file",
    "acronyms-defined",
    "unqualified-in-article",
    "acronyms-by-initials",
    "legal-forms",
    "leading-words",
    "area-kinds",
    "short-forms",
    "descriptive-references",
    "same-identity",
    "people",
    "spelling-variants",
    "acronyms-across",
    "legal-forms-across",
    "unqualified-across",
)


def step(name: str, scope: Scope, *rules: Rule) -> Callable[[StepFunction], StepFunction]:
    """Register ``fn(workspace, groups)``, which may join groups by ``rules`` only."""

    def decorate(fn: StepFunction) -> StepFunction:
        old = _STEPS.get(name)
        if old is not None and old.run is not fn:
            raise ValueError(f"two resolution steps are named {name!r}")
        lines = (fn.__doc__ or "").strip().splitlines()
        _STEPS[name] = Step(name, scope, rules, fn, lines[0] if lines else "")
        return fn

    return decorate


def steps(scope: Scope) -> list[Step]:
    """The steps of ``scope`` in :data:`ORDER` (importing the step modules registers them)."""
    import textkg.resolve.across
    import textkg.resolve.anchors
    import textkg.resolve.within  # noqa: F401

    missing = [n for n in ORDER if n not in _STEPS]
    if missing:
        raise ValueError(f"unknown resolution step(s): {', '.join(missing)}")
    return [_STEPS[n] for n in ORDER if _STEPS[n].scope is scope]
