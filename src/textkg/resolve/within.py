"""Steps that read one article: the acronyms it defines, the people it names in full, what
"the ministry" refers to. Groups these join are *local*: they never match across articles,
because their meaning is the article's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import partial

from textkg.records import EntityType
from textkg.resolve.model import Group, Prepared, Role, company_forms
from textkg.resolve.names import acronym_key, is_acronym, norm_key
from textkg.resolve.people import Fit, fits, most_salient, people_of, salience
from textkg.resolve.rules import (
    ACRONYM_DEFINED,
    ACRONYM_INITIALS,
    AREA_KIND,
    DESCRIPTIVE_REFERENCE,
    LEADING_WORDS,
    LEGAL_FORM,
    NATIONALITY_IN_NAME,
    SAME_NAME,
    SHORT_FORM,
    TYPE_CORRECTION,
    Scope,
    step,
)
from textkg.resolve.words import head_noun, is_kind_noun, kind_noun, words
from textkg.resolve.workspace import Workspace


@step("type-correction", Scope.NAMES, TYPE_CORRECTION)
def type_correction(workspace: Workspace, groups: Sequence[Group]) -> None:
    """A re-typed mention joins the group of its name with the reason on record."""
    by_name: dict[tuple[EntityType, str], Group] = {}
    for group in sorted(groups, key=lambda g: (bool(g.first.note), g.id)):
        if group.role is not Role.NAME:
            continue
        first = by_name.setdefault((group.kind, group.key), group)
        if first is not group and group.first.note:
            workspace.join(group, first, TYPE_CORRECTION, group.first.note)


@step("acronyms-defined", Scope.ARTICLE, ACRONYM_DEFINED)
def acronyms_defined(workspace: Workspace, groups: Sequence[Group]) -> None:
    """ "the Russian Foreign Intelligence Service (SVR)" and "SVR (Russian Foreign ...)":
    the acronym and the long name extraction found in brackets after a name."""
    acronym_groups: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        if group.role is Role.ACRONYM:
            acronym_groups[acronym_key(group.surface)].append(group)
    long_groups = [
        g
        for g in groups
        if g.role is Role.NAME and g.kind is not EntityType.PERSON and " " in g.key
    ]
    by_key = {g.key: g for g in reversed(long_groups)}
    for group in long_groups:
        for p in group.members:
            if p.defines and is_acronym(p.defines):
                _define(workspace, p.defines, group, acronym_groups)
    for acronym_list in acronym_groups.values():
        for group in acronym_list:
            for p in group.members:
                long_group = by_key.get(norm_key(p.defines)) if p.defines else None
                if long_group is not None:
                    _define(workspace, group.surface, long_group, acronym_groups)


def _define(
    workspace: Workspace,
    written: str,
    long_group: Group,
    acronym_groups: dict[str, list[Group]],
) -> None:
    key = acronym_key(written)
    workspace.defined_acronyms[key].append((long_group.id, long_group.source))
    detail = f"the text defines '{written}' as the acronym of '{long_group.surface}'"
    for group in acronym_groups.get(key, ()):
        if workspace.join(group, long_group, ACRONYM_DEFINED, detail):
            group.keep_local(f"the article defines it as the acronym of '{long_group.surface}'")


@step("unqualified-in-article", Scope.ARTICLE, NATIONALITY_IN_NAME)
def unqualified_in_article(workspace: Workspace, groups: Sequence[Group]) -> None:
    """ "the Ministry of State Security" after "the North Korean Ministry of State Security"."""
    qualified: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        if group.role is Role.NAME and group.qualifier:
            qualified[group.base_key].append(group)
    for group in groups:
        if group.role is not Role.NAME or group.kind is not EntityType.ORGANIZATION:
            continue
        if group.qualifier or group.key not in qualified:
            continue
        candidates = qualified[group.key]
        codes = sorted({g.qualifier for g in candidates if g.qualifier})
        if len(codes) == 1:
            target = candidates[0]
            detail = (
                f"'{group.surface}' is the '{target.surface}' named in the same article "
                f"({workspace.countries.label(codes[0])})"
            )
            workspace.join(group, target, NATIONALITY_IN_NAME, detail)
        names = ", ".join(workspace.countries.label(c) for c in codes)
        group.keep_local(f"its article names '{group.surface}' of {names}")


@step("acronyms-by-initials", Scope.ARTICLE, ACRONYM_INITIALS)
def acronyms_by_initials(workspace: Workspace, groups: Sequence[Group]) -> None:
    """An acronym that is the initials of exactly one organisation of the article."""
    orgs = [g for g in groups if g.role is Role.NAME and g.kind is EntityType.ORGANIZATION]
    for group in groups:
        if group.role is not Role.ACRONYM or group.local:
            continue
        acronym = acronym_key(group.surface)
        matches = [g for g in orgs if acronym in g.initials]
        roots = {workspace.root(g) for g in matches}
        if len(roots) == 1:
            target = matches[0]
            detail = f"'{group.surface}' are the initials of '{target.surface}' in the same article"
            if workspace.join(group, target, ACRONYM_INITIALS, detail):
                group.keep_local(f"in its article these are the initials of '{target.surface}'")


@step("legal-forms", Scope.ARTICLE, LEGAL_FORM)
def legal_forms(workspace: Workspace, groups: Sequence[Group]) -> None:
    """ "Norvia" after "Norvia Group": a company's name without its legal form, when the
    article writes that name with one legal form only."""
    formal = company_forms(groups)
    bare: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        if group.role is Role.NAME and group.kind is EntityType.ORGANIZATION:
            bare[group.key].append(group)
    for base, named in bare.items():
        forms = formal.get(base, {})
        if len(forms) != 1:
            continue
        target = next(iter(forms.values()))
        for group in named:
            detail = f"'{target.surface}' is '{group.surface}' with its legal form, in the article"
            if workspace.join(group, target, LEGAL_FORM, detail):
                group.keep_local(f"its article writes it '{target.surface}'")


@step("leading-words", Scope.ARTICLE, LEADING_WORDS)
def leading_words(workspace: Workspace, groups: Sequence[Group]) -> None:
    """ "Activision" after "Activision Blizzard": an organisation's name that is the first
    words of a longer organisation name the article gave before it, or a club's name
    without its prefix ("Cuscatlán" after "Atlético Cuscatlán"). A name the article used
    first ("Microsoft", then "Microsoft Gaming") is its own organisation. Of several longer
    names ("Harwick Steel", then its unit "Harwick Minerals"), the short name is the one
    the article named first, the company it is about."""
    orgs = [g for g in groups if g.role is Role.NAME and g.kind is EntityType.ORGANIZATION]
    for short in orgs:
        key_words = short.key.split()
        if not key_words or is_acronym(short.surface):
            continue
        longer = sorted((g for g in orgs if _shortened(g.key.split(), key_words)), key=_first_at)
        if not longer or _first_at(longer[0]) > _first_at(short):
            continue
        if len(longer) > 1 and _first_at(longer[1]) == _first_at(longer[0]):
            continue  # two longer names from one place: no first
        target = longer[0]
        prefixed = target.key.split()[: len(key_words)] != key_words
        if prefixed and any(p.context_kinds for p in short.members):
            continue  # "Nacional, the Montevideo club" beside "Banco Nacional": its own kind
        rest = " ".join(target.surface.split()[len(short.surface.split()) :])
        if workspace.countries.code_for_name(rest, codes=False):
            continue  # "Banco Andino Chile" is the bank's unit in Chile, not "Banco Andino"
        detail = f"'{short.surface}' is the first words of '{target.surface}', named before it"
        if target.key.split()[0] in words().name_prefixes and target.key.split()[1:] == key_words:
            detail = f"'{short.surface}' is '{target.surface}' without its prefix"
        if workspace.join(short, target, LEADING_WORDS, detail):
            short.keep_local("a shortened name is read within its article only")


@step("area-kinds", Scope.ARTICLE, AREA_KIND)
def area_kinds(workspace: Workspace, groups: Sequence[Group]) -> None:
    """ "Morobe Governor X ... Morobe Province": a region's name without its kind word is
    the region the article names with it (a town of that name is not: "Kano" the city
    beside "Kano State")."""
    areas = [
        g
        for g in groups
        if g.role is Role.NAME
        and g.key
        # every mention a region's: not "Ratnapura", a district's town written so too
        and all(p.etype is EntityType.ADMINISTRATIVE_AREA for p in g.members)
    ]
    area_words = words().area_words
    for short in areas:
        longer = [
            g
            for g in areas
            if g.key.rsplit(" ", 1)[0] == short.key and g.key.rsplit(" ", 1)[-1] in area_words
        ]
        if len(longer) != 1:
            continue
        target = longer[0]
        detail = f"'{short.surface}' is '{target.surface}' without its kind word, in the article"
        if workspace.join(short, target, AREA_KIND, detail):
            short.keep_local("a region's name without its kind is read within its article only")


def _shortened(full: list[str], short: list[str]) -> bool:
    """Is ``short`` the first words of ``full``, or ``full`` without a club's prefix?"""
    n = len(short)
    if len(full) > n and full[:n] == short:
        return True
    return len(full) == n + 1 and full[0] in words().name_prefixes and full[1:] == short


def _first_at(group: Group) -> int:
    return min(p.start for p in group.members)


@step("short-forms", Scope.ARTICLE, SHORT_FORM, SAME_NAME)
def short_forms(workspace: Workspace, groups: Sequence[Group]) -> None:
    """Surnames and shortened names of a person named in full in the same article; a
    short name several people of the article share goes, mention by mention, to the most
    salient of them (see :mod:`textkg.resolve.people`)."""
    people = people_of(groups)
    unresolved: dict[str, list[Group]] = defaultdict(list)
    for group, name in people:
        if not len(name):
            continue
        found = fits(group, people, workspace.names)
        if not found:
            continue
        # a short name is read within its article, never matched to another article's
        group.keep_local("a shortened name is read within its article only")
        roots = {workspace.root(f.group) for f in found}
        if workspace.root(group) in roots:
            continue
        if len(roots) == 1:
            fit, where = found[0], "in the same article"
        elif len(group.members) == 1:
            chosen = _salient(workspace, group.first, found, groups)
            if chosen is None:
                unresolved[group.key].append(group)
                continue
            fit, where = chosen
        else:
            continue
        detail = f"'{group.surface}' is the {fit.reason} of '{fit.group.surface}' {where}"
        workspace.join(group, fit.group, SHORT_FORM, detail)
    for same in unresolved.values():
        for group in same[1:]:
            detail = (
                f"'{group.surface}' is the same name as another mention of the article, "
                "which fits several people of it equally"
            )
            workspace.join(group, same[0], SAME_NAME, detail)


def _salient(
    workspace: Workspace, mention: Prepared, found: Sequence[Fit], groups: Sequence[Group]
) -> tuple[Fit, str] | None:
    """The fitting person most salient where ``mention`` is, or None on a true tie."""
    by_root = {workspace.root(f.group): f for f in reversed(found)}
    members: dict[int, list[Prepared]] = defaultdict(list)
    for group in groups:
        root = workspace.root(group)
        if root in by_root:
            members[root].extend(group.members)
    chosen = most_salient({root: salience(mention, ms) for root, ms in members.items()})
    if chosen is None:
        return None
    root, why = chosen
    return by_root[root], f"in the article ({why})"


# ----------------------------------------------------------------------------- references


@step("descriptive-references", Scope.ARTICLE, DESCRIPTIVE_REFERENCE)
def descriptive_references(workspace: Workspace, groups: Sequence[Group]) -> None:
    """References: "the ministry" → the ministry the article named last (or its only
    ministry); "the Director" → the person given that title; failing those, the
    referent the extractor proposed."""
    if not any(g.role is Role.DESCRIPTIVE for g in groups):
        return
    named = [g for g in groups if g.role is Role.NAME]
    kinds_of_root: dict[int, set[str]] = defaultdict(set)
    words_of_root: dict[int, set[str]] = defaultdict(set)
    titles_of_root: dict[int, set[str]] = defaultdict(set)
    for group in named:
        root = workspace.root(group)
        kinds_of_root[root].update(_group_kinds(group))
        for p in group.members:
            words_of_root[root].update(p.key.split())
            titles_of_root[root].update(norm_key(t) for t in p.titles)
    for group in groups:
        if group.role is not Role.DESCRIPTIVE:
            continue
        p = group.first
        written = group.written()
        noun = p.descriptive or ""
        found: tuple[Group, str] | None = None
        if is_kind_noun(noun):
            modifiers = [w for w in p.key.split() if w not in ("the", "of")]
            if modifiers and kind_noun(modifiers[-1]) == noun:
                modifiers = modifiers[:-1]
            fits = partial(
                _names_kind,
                kind=group.kind,
                noun=noun,
                modifiers=tuple(modifiers),
                kinds_of_root=kinds_of_root,
                words_of_root=words_of_root,
            )
            hinted = [g for g in named if g.key == group.match_key and fits(workspace.root(g), g)]
            if hinted:  # the extractor weighed salience ("the bank" is the article's bank)
                found = (hinted[0], "the organisation the extractor read it as")
            else:
                found = _nearest(workspace, p, named, fits)
        elif noun == "title" and group.kind is EntityType.PERSON:
            fits = partial(_has_title, title=p.key, titles_of_root=titles_of_root)
            found = _nearest(workspace, p, named, fits)
        if found is not None:
            target, where = found
            detail = f"'{written}' refers to '{target.surface}', {where} in the article"
            workspace.join(group, target, DESCRIPTIVE_REFERENCE, detail)
            group.keep_local("a reference is read within its article")
            continue
        hint_key = group.match_key
        same_kind = [g for g in named if g.key == hint_key and g.kind is group.kind]
        matches = same_kind or [g for g in named if g.key == hint_key]
        if matches:
            detail = (
                f"the extractor took '{written}' to mean '{matches[0].surface}', "
                "in the same article"
            )
            workspace.join(group, matches[0], DESCRIPTIVE_REFERENCE, detail)
        if matches or not hint_key:
            group.keep_local("a reference is read within its article")


def _nearest(
    workspace: Workspace,
    p: Prepared,
    named: Sequence[Group],
    fits: Callable[[int, Group], bool],
) -> tuple[Group, str] | None:
    """The fitting group mentioned last before ``p``, or else the only fitting one."""
    best: tuple[int, Group] | None = None
    fitting: dict[int, Group] = {}
    for other in named:
        root = workspace.root(other)
        if not fits(root, other):
            continue
        fitting.setdefault(root, other)
        for q in other.members:
            if q.end <= p.start and (best is None or q.end > best[0]):
                best = (q.end, other)
    if best is not None:
        return best[1], "named before it"
    if len(fitting) == 1:
        return next(iter(fitting.values())), "the only one named"
    return None


def _names_kind(
    root: int,
    other: Group,
    *,
    kind: EntityType,
    noun: str,
    modifiers: tuple[str, ...],
    kinds_of_root: dict[int, set[str]],
    words_of_root: dict[int, set[str]],
) -> bool:
    """Does ``other`` (in entity ``root``) fit "the provincial state security bureau"?"""
    return (
        other.kind is kind
        and noun in kinds_of_root[root]
        and all(_modifier_fits(m, words_of_root[root]) for m in modifiers)
    )


def _has_title(root: int, other: Group, *, title: str, titles_of_root: dict[int, set[str]]) -> bool:
    return other.kind is EntityType.PERSON and any(
        _title_fits(title, t) for t in titles_of_root[root]
    )


def _title_fits(reference: str, title: str) -> bool:
    """ "director" fits the title "Director"; "minister" fits "Minister of State Security"."""
    return bool(title) and (title == reference or f" {reference} " in f" {title} ")


def _group_kinds(group: Group) -> set[str]:
    kinds = {head_noun(group.key)}
    if group.first.base_key:
        kinds.add(head_noun(group.first.base_key))
    for p in group.members:
        kinds.update(p.context_kinds)
    return kinds


def _modifier_fits(word: str, name_words: set[str]) -> bool:
    if word in words().generic_modifiers or word in name_words:
        return True
    stem = word[:5]
    return len(stem) == 5 and any(w.startswith(stem) for w in name_words)
