"""Why two names are, or are not, one entity: each merge rule's account of the pair.

`textkg explain GRAPH NAME OTHER` re-runs resolution from the build state and asks every
rule whose blocking keys the two names share (the rules that compare them at all) what kept
it from joining them: another country, a second person who fits as well, a shortened name
read only within its article, an alias file's ``forbid``. The answer ends with the lines of
an alias file that would force the other outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from textkg.records import ArticleFacts, Entity, EntityType, MergeDecision, Resolution
from textkg.resolve.aliases import AliasTable, default_aliases
from textkg.resolve.assemble import assemble
from textkg.resolve.explain import UnknownName, closest, find_entities, resolution_names
from textkg.resolve.model import Group, Role, company_forms
from textkg.resolve.names import (
    acronym_key,
    norm_key,
    person_match,
    person_name,
    same_words,
    short_form_match,
)
from textkg.resolve.people import fits, people_of, several_people
from textkg.resolve.resolver import join_names
from textkg.resolve.rules import (
    ACRONYM_DEFINED,
    ACRONYM_INITIALS,
    ALL_RULES,
    COUNTRY_NAME,
    DESCRIPTIVE_REFERENCE,
    LEGAL_FORM,
    NATIONALITY_IN_NAME,
    SAME_NAME,
    SHORT_FORM,
    SPELLING_VARIANT,
    Rule,
)
from textkg.resolve.words import legal_base
from textkg.resolve.workspace import Workspace

WhyNot = Callable[[Workspace, Group, Group], str | None]

#: Each rule's account of a pair it did not join (None: the rule does not apply to them).
_WHY_NOT: dict[str, WhyNot] = {}


def why_not(rule: Rule) -> Callable[[WhyNot], WhyNot]:
    def decorate(fn: WhyNot) -> WhyNot:
        _WHY_NOT[rule.name] = fn
        return fn

    return decorate


@dataclass(frozen=True)
class PairAnswer:
    name: str
    other: str
    entities: tuple[Entity, ...]
    other_entities: tuple[Entity, ...]
    #: When one entity holds both: how each name joined it.
    decisions: tuple[MergeDecision, ...] = ()
    #: When they are apart: (rule, what kept it from joining them), rule "" for no rule.
    blocked: tuple[tuple[str, str], ...] = field(default=())

    @property
    def same(self) -> bool:
        keys = {e.key for e in self.entities}
        return any(e.key in keys for e in self.other_entities)


def explain_pair(
    facts: Sequence[ArticleFacts], aliases: AliasTable | None, name: str, other: str
) -> PairAnswer:
    """Resolve the build again and say why ``name`` and ``other`` are or are not one."""
    table = default_aliases() if aliases is None else default_aliases().combined(aliases)
    ws = Workspace(sorted(facts, key=lambda f: f.article.source), table)
    join_names(ws)
    resolution = assemble(ws)
    found = []
    for wanted in (name, other):
        entities = find_entities(resolution, wanted)
        if not entities:
            raise UnknownName(wanted, closest(resolution_names(resolution), wanted))
        found.append(tuple(entities))
    answer = PairAnswer(name, other, found[0], found[1])
    if answer.same:
        keys = {e.key for e in found[0]} & {e.key for e in found[1]}
        wanted_keys = {norm_key(name), norm_key(other)}
        decisions = tuple(
            d
            for d in resolution.merges
            if d.entity_key in keys and norm_key(d.surface) in wanted_keys
        )
        return PairAnswer(name, other, found[0], found[1], decisions)
    groups_a = _groups_named(ws, resolution, found[0], name)
    groups_b = _groups_named(ws, resolution, found[1], other)
    blocked: dict[tuple[str, str], None] = {}
    for a in groups_a[:20]:
        for b in groups_b[:20]:
            for reason in diagnose(ws, a, b):
                blocked.setdefault(reason)
    return PairAnswer(name, other, found[0], found[1], blocked=tuple(blocked))


def _groups_named(
    ws: Workspace, resolution: Resolution, entities: Sequence[Entity], name: str
) -> list[Group]:
    """The groups of these entities that write ``name`` (all their groups if none does)."""
    keys = {e.key for e in entities}
    wanted = norm_key(name)
    mine = [g for g in ws.groups if _entity(resolution, g) in keys]
    writing = [
        g
        for g in mine
        if any(
            wanted in (p.key, norm_key(p.words.text), norm_key(p.qualified_surface))
            for p in g.members
        )
    ]
    return writing or mine


def _entity(resolution: Resolution, group: Group) -> str | None:
    p = group.first
    return resolution.entity_of.get((p.source, p.start, p.end))


def diagnose(ws: Workspace, a: Group, b: Group) -> list[tuple[str, str]]:
    """What kept each rule that compares ``a`` and ``b`` from joining them."""
    if a.kind is not b.kind:
        return [
            (
                "",
                f"'{a.surface}' is a {_kind(a.kind)} and '{b.surface}' {_an(b.kind)}: "
                "names of different kinds are never one entity",
            )
        ]
    forbidden = ws.merger.forbidding(a.id, b.id)
    out: list[tuple[str, str]] = []
    if forbidden is not None:
        out.append(("alias-file", f"an alias file forbids '{forbidden[0]}' with '{forbidden[1]}'"))
    for rule in ALL_RULES:
        check = _WHY_NOT.get(rule.name)
        if check is None:
            continue
        if not set(rule.keys(a, ws.names)) & set(rule.keys(b, ws.names)):
            continue  # the rule never compares these two names
        sentence = check(ws, a, b)
        if sentence:
            out.append((rule.name, sentence))
    if not out:
        out.append(("", f"no merge rule relates '{a.surface}' to '{b.surface}'"))
    return out


def _kind(kind: EntityType) -> str:
    return {EntityType.PERSON: "person", EntityType.ORGANIZATION: "organisation"}.get(kind, "place")


def _an(kind: EntityType) -> str:
    word = _kind(kind)
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


def _country(ws: Workspace, group: Group) -> str:
    return ws.countries.label(group.qualifier) if group.qualifier else ""


# ----------------------------------------------------------------------------- each rule


@why_not(SAME_NAME)
def _same_name(ws: Workspace, a: Group, b: Group) -> str | None:
    if a.match_key != b.match_key or not a.match_key:
        return None
    if a.qualifier != b.qualifier:
        return None  # nationality-in-name says why
    local = a if a.local else b if b.local else None
    if local is not None:
        return (
            f"'{local.surface}' in {local.source} is read within its article: {local.local_reason}"
        )
    return None


@why_not(SHORT_FORM)
def _short_form(ws: Workspace, a: Group, b: Group) -> str | None:
    if a.kind is not EntityType.PERSON:
        return None
    pa, pb = person_name(a.surface), person_name(b.surface)
    short, full = (a, b) if len(pa) < len(pb) else (b, a)
    ps, pf = person_name(short.surface), person_name(full.surface)
    if len(ps) == len(pf) >= 2 and person_match(ps, pf, ws.names, allow_initials=True) is None:
        return (
            f"'{a.surface}' and '{b.surface}' share a family name, not their given names: "
            "one word in common is never enough"
        )
    if len(ps) == len(pf) or not short_form_match(ps, pf, ws.names):
        return None
    if short.source != full.source:
        return (
            f"'{short.surface}' ({short.source}) is a shortened name, read within its own "
            f"article only; '{full.surface}' is named in {full.source}"
        )
    people = people_of([g for g in ws.groups if g.source == short.source])
    found = fits(short, people, ws.names)
    if several_people(found, ws.names):
        names = sorted({f.group.surface for f in found})
        return (
            f"'{short.surface}' fits {len(names)} people of {short.source} "
            f"({', '.join(names)}); where it is written here, another is as salient or more"
        )
    return None


@why_not(SPELLING_VARIANT)
def _spelling(ws: Workspace, a: Group, b: Group) -> str | None:
    if a.kind is EntityType.PERSON:
        pa, pb = person_name(a.surface), person_name(b.surface)
        if len(pa) < 2 or len(pb) < 2:
            return None
        if person_match(pa, pb, ws.names, allow_initials=False) is None:
            return (
                f"'{a.surface}' and '{b.surface}' differ in their surname or given names "
                "beyond spelling and transliteration"
            )
        return (
            f"'{a.surface}' and '{b.surface}' spell one name, but one of them also fits "
            "another person of these articles, so neither joins"
        )
    if a.qualifier != b.qualifier or a.country or b.country:
        return None
    if not same_words(a.base_key, b.base_key, ws.names):
        return f"'{a.surface}' and '{b.surface}' differ in more than spelling"
    return None


@why_not(NATIONALITY_IN_NAME)
def _nationality(ws: Workspace, a: Group, b: Group) -> str | None:
    if a.kind is not EntityType.ORGANIZATION or a.base_key != b.base_key:
        return None
    if a.qualifier and b.qualifier and a.qualifier != b.qualifier:
        return (
            f"'{a.surface}' is {_country(ws, a)}'s and '{b.surface}' {_country(ws, b)}'s: "
            "bodies of two countries are never one"
        )
    bare = a if not a.qualifier else b if not b.qualifier else None
    if bare is None:
        return None
    if bare.local:
        return _local(bare)
    codes = sorted(
        {
            g.qualifier
            for g in ws.groups
            if g.qualifier and g.base_key == bare.key and g.kind is EntityType.ORGANIZATION
        }
    )
    if len(codes) > 1:
        names = ", ".join(ws.countries.label(c) for c in codes)
        return (
            f"these articles name '{bare.surface}' of {len(codes)} countries ({names}), and "
            f"{bare.source} says which it means nowhere"
        )
    return None


@why_not(ACRONYM_DEFINED)
def _acronym_defined(ws: Workspace, a: Group, b: Group) -> str | None:
    acronym, long = (a, b) if a.role is Role.ACRONYM else (b, a)
    if acronym.role is not Role.ACRONYM or long.role is not Role.NAME:
        return None
    key = acronym_key(acronym.surface)
    definitions = ws.defined_acronyms.get(key, [])
    defined = sorted({ws.groups[node].surface for node, _ in definitions})
    if defined and long.surface not in defined:
        return f"the articles define '{acronym.surface}' as the acronym of {_quoted(defined)}"
    return None


@why_not(ACRONYM_INITIALS)
def _acronym_initials(ws: Workspace, a: Group, b: Group) -> str | None:
    acronym, long = (a, b) if a.role is Role.ACRONYM else (b, a)
    if acronym.role is not Role.ACRONYM or long.role is not Role.NAME:
        return None
    key = acronym_key(acronym.surface)
    if key not in long.initials:
        return (
            f"'{acronym.surface}' is neither defined as nor made of the initials of "
            f"'{long.surface}'"
        )
    holders = sorted(
        {
            g.surface
            for g in ws.groups
            if g.role is Role.NAME and g.kind is EntityType.ORGANIZATION and key in g.initials
        }
    )
    if len(holders) > 1:
        count = len(holders)
        return f"'{acronym.surface}' are the initials of {count} organisations ({_quoted(holders)})"
    if len(key) < 3:
        return f"'{acronym.surface}' is too short to be read as initials across articles"
    return None


@why_not(LEGAL_FORM)
def _legal_form(ws: Workspace, a: Group, b: Group) -> str | None:
    if a.kind is not EntityType.ORGANIZATION:
        return None
    base = legal_base(a.key)
    if not base or base != legal_base(b.key) or a.key == b.key:
        return None
    forms = sorted(g.surface for g in company_forms(ws.groups).get(base, {}).values())
    if len(forms) > 1:
        return (
            f"these articles write '{base}' with {len(forms)} legal forms ({_quoted(forms)}): "
            "which company a bare name means is not ours to guess"
        )
    return None


@why_not(DESCRIPTIVE_REFERENCE)
def _descriptive(ws: Workspace, a: Group, b: Group) -> str | None:
    reference = a if a.role is Role.DESCRIPTIVE else b if b.role is Role.DESCRIPTIVE else None
    if reference is None:
        return None
    return (
        f"'{reference.written()}' in {reference.source} is a reference, read within its "
        "article: it goes to the fitting name mentioned last before it, or the only one"
    )


@why_not(COUNTRY_NAME)
def _countries(ws: Workspace, a: Group, b: Group) -> str | None:
    if a.country and b.country and a.country != b.country:
        return (
            f"'{a.surface}' names {ws.countries.label(a.country)} and '{b.surface}' "
            f"{ws.countries.label(b.country)}"
        )
    return None


def _local(group: Group) -> str:
    return f"'{group.surface}' in {group.source} is read within its article: {group.local_reason}"


def _quoted(names: Sequence[str]) -> str:
    return ", ".join(f"'{n}'" for n in names)


# ----------------------------------------------------------------------------- the answer


def format_pair(answer: PairAnswer) -> str:
    """The text of `textkg explain GRAPH NAME OTHER`."""
    lines: list[str] = []
    if answer.same:
        entity = next(e for e in answer.entities if e in answer.other_entities)
        lines.append(
            f"{answer.name!r} and {answer.other!r} are one entity: {entity.label}  "
            f"[{entity.entity_type.value}, {entity.key}]"
        )
        for d in answer.decisions:
            evidence = f": {d.detail}" if d.detail else ""
            lines.append(f"  - {d.surface!r} in {d.source} — {d.rule}{evidence}")
        lines += [
            "To keep them apart, add to an alias file and build again with --aliases FILE:",
            "  forbid:",
            f"    - [{_yaml(answer.name)}, {_yaml(answer.other)}]",
        ]
        return "\n".join(lines) + "\n"
    lines.append(f"{answer.name!r} and {answer.other!r} are not one entity:")
    for wanted, entities in ((answer.name, answer.entities), (answer.other, answer.other_entities)):
        for e in entities:
            lines.append(f"  {wanted!r} is {e.label}  [{e.entity_type.value}, {e.key}]")
    lines.append("Rules that compare them, and what kept each from joining them:")
    for rule, sentence in answer.blocked:
        lines.append(f"  - {rule}: {sentence}" if rule else f"  - {sentence}")
    first, second = answer.entities[0], answer.other_entities[0]
    if first.entity_type.kind is not second.entity_type.kind:
        lines.append(
            f"An alias file joins names of one kind only: '{first.label}' is "
            f"{_an(first.entity_type.kind)}, '{second.label}' {_an(second.entity_type.kind)}."
        )
        return "\n".join(lines) + "\n"
    lines += [
        "To make them one entity, add to an alias file and build again with --aliases FILE:",
        "  entities:",
        f"    - name: {_yaml(first.label)}",
        f"      type: {first.entity_type.value}",
        f"      aliases: [{_yaml(second.label)}]",
    ]
    return "\n".join(lines) + "\n"


def _yaml(name: str) -> str:
    """A name as a YAML flow scalar, quoted when YAML would misread it."""
    plain = name and not any(c in name for c in ":#,[]{}&*!|>'\"%@`") and name.strip() == name
    return name if plain else '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
