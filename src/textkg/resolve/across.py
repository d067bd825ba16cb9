"""Steps over the whole build: the same name, a person's spelling variants, an organisation's,
an acronym defined or spelt out in another article, the one country an organisation has.

They see only *free* groups (no article-level rule made them local), so a surname or "the
ministry" never matches a name in another article."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from textkg.extract.gazetteers import city_country_code
from textkg.records import EntityType
from textkg.resolve.model import Group, Role, company_forms
from textkg.resolve.names import (
    acronym_key,
    org_word,
    person_blocks,
    person_match,
    person_name,
    same_words,
    skeleton,
)
from textkg.resolve.rules import (
    ACRONYM_DEFINED,
    ACRONYM_INITIALS,
    DESCRIPTIVE_REFERENCE,
    LEGAL_FORM,
    NATIONALITY_IN_NAME,
    SAME_NAME,
    SHORT_FORM,
    SPELLING_VARIANT,
    Scope,
    step,
)
from textkg.resolve.workspace import Workspace


def _identity(group: Group) -> tuple[str, ...] | None:
    if group.country is not None or group.role is Role.DEMONYM:
        return None  # countries meet at their anchor
    if group.kind is EntityType.ORGANIZATION and group.qualifier:
        return (group.kind.value, "q", group.base_key, group.qualifier)
    return (group.kind.value, "n", group.match_key)


@step("same-identity", Scope.BUILD, SAME_NAME, NATIONALITY_IN_NAME, DESCRIPTIVE_REFERENCE)
def same_identity(workspace: Workspace, free: Sequence[Group]) -> None:
    """One name (or one country's body of one name) in any article is one entity; a
    reference the extractor resolved to a name joins that name."""
    hubs: dict[tuple[str, ...], Group] = {}
    for group in free:
        identity = _identity(group)
        if identity is None:
            continue
        hub = hubs.setdefault(identity, group)
        if hub is group:
            continue
        if group.role is Role.DESCRIPTIVE:
            detail = (
                f"the extractor took '{group.written()}' to mean '{group.first.hint}', "
                f"named in {hub.source}"
            )
            workspace.join(group, hub, DESCRIPTIVE_REFERENCE, detail)
        elif hub.key == group.key:
            detail = f"'{group.surface}' is written the same way in {hub.source}"
            if hub.article == group.article:
                detail = f"'{group.surface}' and '{hub.surface}' are the same name"
            workspace.join(group, hub, SAME_NAME, detail)
        else:
            label = workspace.countries.label(group.qualifier or "")
            detail = (
                f"'{group.surface}' and '{hub.surface}' both name the "
                f"{group.first.base_surface} of {label}"
            )
            workspace.join(group, hub, NATIONALITY_IN_NAME, detail)


@step("people", Scope.BUILD, SHORT_FORM, SPELLING_VARIANT)
def people(workspace: Workspace, free: Sequence[Group]) -> None:
    """Cluster full names (two words or more) greedily, fullest first; a name that fits
    two clusters that do not fit each other ("George Bush") joins neither."""
    data = workspace.names
    reps: dict[str, Group] = {}
    for group in free:
        if group.kind is EntityType.PERSON and group.role is Role.NAME:
            reps.setdefault(group.key, group)
    parsed = {key: person_name(group.surface) for key, group in reps.items()}
    order = sorted((k for k in reps if len(parsed[k]) >= 2), key=lambda k: (-len(parsed[k]), k))
    clusters: list[list[str]] = []
    block_index: dict[str, list[int]] = defaultdict(list)
    for key in order:
        name = parsed[key]
        blocks = person_blocks(name, data)
        candidates = sorted({c for b in blocks for c in block_index[b]})
        fitting: list[tuple[int, str]] = []
        for cluster_id in candidates:
            reasons = [
                person_match(name, parsed[member], data, allow_initials=False)
                for member in clusters[cluster_id]
            ]
            if all(reasons):
                fitting.append((cluster_id, reasons[0] or ""))
        if len(fitting) == 1:
            cluster_id, reason = fitting[0]
            target = reps[clusters[cluster_id][0]]
            shortened = "left out" in reason or "initials" in reason
            rule = SHORT_FORM if shortened else SPELLING_VARIANT
            detail = f"'{reps[key].surface}' and '{target.surface}': {reason}"
            if workspace.join(reps[key], target, rule, detail):
                clusters[cluster_id].append(key)
                continue
        clusters.append([key])
        for b in blocks:
            block_index[b].append(len(clusters) - 1)


@step("spelling-variants", Scope.BUILD, SPELLING_VARIANT)
def spelling_variants(workspace: Workspace, free: Sequence[Group]) -> None:
    """Organisation and place names that differ only in spelling ("Defence"/"Defense")."""
    Slot = tuple[str, str, str | None]
    reps: dict[Slot, Group] = {}
    for group in free:
        kind_fits = group.kind in (EntityType.ORGANIZATION, EntityType.PLACE)
        if kind_fits and group.role is Role.NAME and group.country is None:
            reps.setdefault((group.kind.value, group.base_key, group.qualifier), group)
    blocks: dict[tuple[str, ...], list[Slot]] = defaultdict(list)
    for slot in sorted(reps, key=lambda s: (s[0], s[1], s[2] or "")):
        words = slot[1].split()
        shape = tuple(skeleton(org_word(w)) if w.isalpha() else w for w in words)
        blocks[(slot[0], slot[2] or "", *shape)].append(slot)
    for members in blocks.values():
        if len(members) < 2:
            continue
        clusters: list[list[Slot]] = []
        for slot in members:
            fitting = [
                c
                for c in clusters
                if all(same_words(slot[1], other[1], workspace.names) for other in c)
            ]
            if len(fitting) == 1:
                target = reps[fitting[0][0]]
                detail = f"'{reps[slot].surface}' and '{target.surface}' differ only in spelling"
                if workspace.join(reps[slot], target, SPELLING_VARIANT, detail):
                    fitting[0].append(slot)
                    continue
            clusters.append([slot])


@step("acronyms-across", Scope.BUILD, ACRONYM_DEFINED, ACRONYM_INITIALS)
def acronyms_across(workspace: Workspace, free: Sequence[Group]) -> None:
    """An acronym another article defines, or the initials of the build's only
    organisation that has them."""
    initials_index: dict[str, list[Group]] = defaultdict(list)
    for group in workspace.groups:
        if group.role is Role.NAME and group.kind is EntityType.ORGANIZATION:
            for acronym in group.initials:
                initials_index[acronym].append(group)
    for group in free:
        if group.role is not Role.ACRONYM:
            continue
        if workspace.merger.has(group.id, Role.NAME.value):
            continue  # already joined to a full name
        acronym = acronym_key(group.surface)
        definitions = workspace.defined_acronyms.get(acronym, [])
        roots = {workspace.merger.find(node) for node, _ in definitions}
        if len(roots) == 1:
            node, source = definitions[0]
            target = workspace.groups[node]
            detail = f"{source} defines '{group.surface}' as the acronym of '{target.surface}'"
            workspace.join(group, target, ACRONYM_DEFINED, detail)
            continue
        if roots or len(acronym) < 3:
            continue
        matches = initials_index.get(acronym, [])
        match_roots = {workspace.root(g) for g in matches}
        if len(match_roots) == 1:
            target = matches[0]
            detail = (
                f"'{group.surface}' are the initials of '{target.surface}' ({target.source}), "
                "the only such organisation in these articles"
            )
            workspace.join(group, target, ACRONYM_INITIALS, detail)


@step("legal-forms-across", Scope.BUILD, LEGAL_FORM)
def legal_forms_across(workspace: Workspace, free: Sequence[Group]) -> None:
    """A company's name without its legal form joins the name with it when the build
    writes that name with one legal form only ("Norvia" and "Norvia Group")."""
    forms = company_forms(workspace.groups)
    for group in free:
        if group.role is not Role.NAME or group.kind is not EntityType.ORGANIZATION:
            continue
        options = forms.get(group.key, {})
        if len(options) != 1:
            continue
        target = next(iter(options.values()))
        detail = (
            f"'{target.surface}' ({target.source}) is '{group.surface}' with its legal form, "
            "the only one these articles give it"
        )
        workspace.join(group, target, LEGAL_FORM, detail)


@step("unqualified-across", Scope.BUILD, NATIONALITY_IN_NAME)
def unqualified_across(workspace: Workspace, free: Sequence[Group]) -> None:
    """An unqualified name joins the qualified one when the build names it with one
    country only."""
    qualified: dict[str, dict[str, Group]] = defaultdict(dict)
    for group in workspace.groups:
        if group.role is Role.NAME and group.qualifier and group.kind is EntityType.ORGANIZATION:
            qualified[group.base_key].setdefault(group.qualifier, group)
    for group in free:
        if group.kind is not EntityType.ORGANIZATION or group.qualifier:
            continue
        if group.role not in (Role.NAME, Role.DESCRIPTIVE):
            continue
        options = sorted(qualified.get(group.match_key, {}).items())
        if len(options) != 1:
            continue
        code, target = options[0]
        home = _dateline_country(workspace, group.article)
        if home is not None and home != code:
            continue  # "the Ministry of Finance" in a story filed from Singapore: not India's
        country = workspace.countries.label(code)
        detail = (
            f"'{group.surface}' is named with a country only as '{target.surface}' "
            f"({target.source}), {country}'s"
        )
        if group.role is Role.DESCRIPTIVE:
            detail = (
                f"the extractor took '{group.written()}' to mean '{group.first.hint}', which "
                f"these articles name with a country only as '{target.surface}' "
                f"({target.source}), {country}'s"
            )
        workspace.join(group, target, NATIONALITY_IN_NAME, detail)


def _dateline_country(workspace: Workspace, article: int) -> str | None:
    """The country (alpha-3) of the place an article's dateline names ("SINGAPORE",
    "SAINT-DENIS, France"), or None."""
    parts = workspace.facts[article].article.meta.dateline_places
    if not parts:
        return None
    countries = workspace.countries
    code = countries.code_for_name(parts[-1]) if len(parts) > 1 else None
    return code or countries.code_for_name(parts[0]) or city_country_code(parts[0])
