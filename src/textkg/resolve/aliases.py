"""Alias files: the user's corrections to merging, and textkg's own name data.

Format (YAML; every section optional)::

    entities:                    # forced merges: every name listed is this one entity
      - name: Ministry of State Security     # becomes the label
        type: Organization                   # optional: Person, Organization, Place,
                                             #   Country, City, AdministrativeArea, Event
        aliases: [SSD, State Security Department, MSS]
    forbid:                      # never one entity, whatever the rules say
      - [Kim Jong Un, Kim Jong Il]
    countries:                   # extra country names and adjectives, by ISO alpha-3 code
      PRK: {names: [DPRK], adjectives: [North Korean], label: North Korea}
    ambiguous_place_names: [Korea]   # never taken as a country
    ambiguous_adjectives: [Korean]
    family_name_first: [Kim]         # family names written first ("Kim Jong Un")
    name_variants: [[Ri, Lee, Yi]]   # one name word, several romanisations
    syllable_variants: [[eun, un]]   # one Korean/Chinese syllable, several romanisations

Names match whatever their case, accents, punctuation, leading "the" or possessive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from textkg.countries import PACKAGED_ALIASES, CountryIndex, CountryRecord
from textkg.errors import TextkgError
from textkg.records import EntityType
from textkg.resolve.names import NameData, make_name_data, norm_key

_TYPE_NAMES: dict[str, EntityType] = {t.value.casefold(): t for t in EntityType} | {
    "organisation": EntityType.ORGANIZATION,
    "org": EntityType.ORGANIZATION,
    "location": EntityType.PLACE,
    "administrative area": EntityType.ADMINISTRATIVE_AREA,
}
_SECTIONS = (
    "entities",
    "forbid",
    "countries",
    "ambiguous_place_names",
    "ambiguous_adjectives",
    "family_name_first",
    "name_variants",
    "syllable_variants",
)


@dataclass(frozen=True)
class AliasEntry:
    """A forced merge: ``name`` (the label) and ``aliases`` are one entity."""

    name: str
    entity_type: EntityType | None
    aliases: tuple[str, ...]
    origin: str  # "file:line", for explanations

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class ForbiddenPair:
    """Two names that must never end up in one entity."""

    first: str
    second: str
    origin: str


@dataclass(frozen=True)
class AliasTable:
    """What one or more alias files say; :meth:`combined` layers a user's file on ours."""

    entries: tuple[AliasEntry, ...] = ()
    forbidden: tuple[ForbiddenPair, ...] = ()
    countries: tuple[CountryRecord, ...] = ()
    ambiguous_place_names: tuple[str, ...] = ()
    ambiguous_adjectives: tuple[str, ...] = ()
    family_name_first: tuple[str, ...] = ()
    name_variants: tuple[tuple[str, ...], ...] = ()
    syllable_variants: tuple[tuple[str, ...], ...] = ()
    sources: tuple[str, ...] = field(default=())

    def combined(self, other: AliasTable) -> AliasTable:
        """This table with ``other`` on top (its country labels win)."""
        by_code: dict[str, CountryRecord] = {c.code: c for c in self.countries}
        for record in other.countries:
            old = by_code.get(record.code)
            if old is None:
                by_code[record.code] = record
                continue
            by_code[record.code] = CountryRecord(
                code=record.code,
                label=record.label or old.label,
                names=tuple(dict.fromkeys(old.names + record.names)),
                adjectives=tuple(dict.fromkeys(old.adjectives + record.adjectives)),
            )
        return AliasTable(
            entries=self.entries + other.entries,
            forbidden=self.forbidden + other.forbidden,
            countries=tuple(by_code[c] for c in sorted(by_code)),
            ambiguous_place_names=self.ambiguous_place_names + other.ambiguous_place_names,
            ambiguous_adjectives=self.ambiguous_adjectives + other.ambiguous_adjectives,
            family_name_first=self.family_name_first + other.family_name_first,
            name_variants=self.name_variants + other.name_variants,
            syllable_variants=self.syllable_variants + other.syllable_variants,
            sources=self.sources + other.sources,
        )

    def country_index(self) -> CountryIndex:
        return _country_index(self.countries, self.ambiguous_place_names, self.ambiguous_adjectives)

    def name_data(self) -> NameData:
        return _name_data(self.name_variants, self.family_name_first, self.syllable_variants)


@lru_cache(maxsize=8)
def _country_index(
    countries: tuple[CountryRecord, ...], ambiguous: tuple[str, ...], adjectives: tuple[str, ...]
) -> CountryIndex:
    return CountryIndex({c.code: c for c in countries}, ambiguous, adjectives)


@lru_cache(maxsize=8)
def _name_data(
    variants: tuple[tuple[str, ...], ...],
    family_first: tuple[str, ...],
    syllables: tuple[tuple[str, ...], ...],
) -> NameData:
    return make_name_data(variants, family_first, syllables)


# ----------------------------------------------------------------------------- loading


def load_aliases(path: str | Path) -> AliasTable:
    """Read a user's alias file; any problem is a TextkgError naming the file and line."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TextkgError(f"{source}: alias file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TextkgError(f"{source}: cannot read alias file: {exc}") from exc
    return parse_aliases(text, str(source))


@lru_cache(maxsize=1)
def default_aliases() -> AliasTable:
    """textkg's own alias data (countries' extra names, name variants)."""
    text = resources.files("textkg").joinpath(PACKAGED_ALIASES).read_text("utf-8")
    return parse_aliases(text, PACKAGED_ALIASES)


def parse_aliases(text: str, source: str) -> AliasTable:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise TextkgError(f"{source}{line}: not valid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise TextkgError(f"{source}: not valid YAML: {exc}") from None
    if root is None:
        return AliasTable(sources=(source,))
    reader = _Reader(source)
    sections = reader.mapping(root, "the alias file")
    unknown = [k for k in sections if k not in _SECTIONS]
    if unknown:
        key_node = sections[unknown[0]][0]
        raise reader.fail(
            key_node, f"unknown section {unknown[0]!r} (expected one of: {', '.join(_SECTIONS)})"
        )

    def section(name: str, parse: Callable[[Node], T], default: T) -> T:
        return parse(sections[name][1]) if name in sections else default

    table = AliasTable(
        entries=section("entities", reader.entries, ()),
        forbidden=section("forbid", reader.forbidden, ()),
        countries=section("countries", reader.countries, ()),
        ambiguous_place_names=section("ambiguous_place_names", reader.names, ()),
        ambiguous_adjectives=section("ambiguous_adjectives", reader.names, ()),
        family_name_first=section("family_name_first", reader.names, ()),
        name_variants=section("name_variants", reader.groups, ()),
        syllable_variants=section("syllable_variants", reader.groups, ()),
        sources=(source,),
    )
    _check_consistent(table)
    return table


T = TypeVar("T")


class _Reader:
    """Walks YAML nodes so that every complaint can name its line."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, node: Node, problem: str) -> TextkgError:
        return TextkgError(f"{self.source}:{node.start_mark.line + 1}: {problem}")

    def mapping(self, node: Node, what: str) -> dict[str, tuple[Node, Node]]:
        if not isinstance(node, MappingNode):
            raise self.fail(node, f"{what} must be a mapping of keys to values")
        out: dict[str, tuple[Node, Node]] = {}
        for key, value in node.value:
            name = self.string(key, "a key")
            if name in out:
                raise self.fail(key, f"{name!r} given twice")
            out[name] = (key, value)
        return out

    def sequence(self, node: Node, what: str) -> list[Node]:
        if not isinstance(node, SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return list(node.value)

    def string(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            raise self.fail(node, f"{what} must be a name (text)")
        value = str(node.value).strip()
        if not value:
            raise self.fail(node, f"{what} is empty")
        return value

    def names(self, node: Node) -> tuple[str, ...]:
        return tuple(self.string(item, "each name") for item in self.sequence(node, "this section"))

    def groups(self, node: Node) -> tuple[tuple[str, ...], ...]:
        out = []
        for item in self.sequence(node, "this section"):
            group = tuple(self.string(x, "each name") for x in self.sequence(item, "each group"))
            if len(group) < 2:
                raise self.fail(item, "a group needs at least two names")
            out.append(group)
        return tuple(out)

    def entries(self, node: Node) -> tuple[AliasEntry, ...]:
        out = []
        for item in self.sequence(node, "'entities'"):
            fields = self.mapping(item, "each entity")
            for key in fields:
                if key not in ("name", "type", "aliases"):
                    raise self.fail(fields[key][0], f"unknown field {key!r} (name, type, aliases)")
            if "name" not in fields:
                raise self.fail(item, "an entity needs a 'name'")
            name = self.string(fields["name"][1], "'name'")
            entity_type = None
            if "type" in fields:
                type_node = fields["type"][1]
                type_name = self.string(type_node, "'type'")
                entity_type = _TYPE_NAMES.get(type_name.casefold())
                if entity_type is None:
                    choices = ", ".join(t.value for t in EntityType)
                    raise self.fail(type_node, f"unknown type {type_name!r} (one of: {choices})")
            aliases: tuple[str, ...] = ()
            if "aliases" in fields:
                aliases_node = fields["aliases"][1]
                if isinstance(aliases_node, ScalarNode):
                    aliases = (self.string(aliases_node, "'aliases'"),)
                else:
                    aliases = self.names(aliases_node)
            origin = f"{self.source}:{item.start_mark.line + 1}"
            out.append(AliasEntry(name, entity_type, aliases, origin))
        return tuple(out)

    def forbidden(self, node: Node) -> tuple[ForbiddenPair, ...]:
        out = []
        for item in self.sequence(node, "'forbid'"):
            names = [
                self.string(x, "each name") for x in self.sequence(item, "each forbidden pair")
            ]
            if len(names) < 2:
                raise self.fail(item, "list at least two names that must stay apart")
            origin = f"{self.source}:{item.start_mark.line + 1}"
            for i, first in enumerate(names):
                for second in names[i + 1 :]:
                    if norm_key(first) == norm_key(second):
                        raise self.fail(item, f"{first!r} and {second!r} are the same name")
                    out.append(ForbiddenPair(first, second, origin))
        return tuple(out)

    def countries(self, node: Node) -> tuple[CountryRecord, ...]:
        out = []
        for code, (key_node, value) in sorted(self.mapping(node, "'countries'").items()):
            if not (len(code) == 3 and code.isalnum() and code.upper() == code):
                raise self.fail(key_node, f"{code!r} is not an ISO 3166 alpha-3 code (e.g. PRK)")
            fields = self.mapping(value, f"country {code}")
            for key in fields:
                if key not in ("names", "adjectives", "label"):
                    raise self.fail(
                        fields[key][0], f"unknown field {key!r} (names, adjectives, label)"
                    )
            label = self.string(fields["label"][1], "'label'") if "label" in fields else ""
            names = self.names(fields["names"][1]) if "names" in fields else ()
            adjectives = self.names(fields["adjectives"][1]) if "adjectives" in fields else ()
            out.append(CountryRecord(code, label, names, adjectives))
        return tuple(out)


def _check_consistent(table: AliasTable) -> None:
    """One name under two entities, or a forced merge that is also forbidden, is an error."""
    owner: dict[tuple[str, str], AliasEntry] = {}
    for entry in table.entries:
        kind = entry.entity_type.kind.value if entry.entity_type else "*"
        for name in entry.all_names:
            key = (kind, norm_key(name))
            other = owner.get(key)
            if other is not None and other is not entry:
                raise TextkgError(
                    f"{entry.origin}: {name!r} is already listed under {other.name!r} "
                    f"({other.origin})"
                )
            owner[key] = entry
    for pair in table.forbidden:
        for entry in table.entries:
            keys = {norm_key(n) for n in entry.all_names}
            if norm_key(pair.first) in keys and norm_key(pair.second) in keys:
                raise TextkgError(
                    f"{pair.origin}: forbids merging {pair.first!r} and {pair.second!r}, "
                    f"which {entry.origin} lists as one entity"
                )
