"""The last step of resolution: entities from the joined groups (label, type, other names,
job titles, a stable key), and the explanation of every name each entity holds."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from textkg.iris import entity_key, short_hash, slugify
from textkg.records import Entity, EntityType, MentionEntities, MergeDecision, Resolution
from textkg.resolve.labels import alt_labels, choose_label, job_titles, majority_kind
from textkg.resolve.mergelog import MergeLog
from textkg.resolve.merger import Edge
from textkg.resolve.model import Group, Prepared
from textkg.resolve.names import norm_key
from textkg.resolve.rules import CANONICAL_NAME, KEYWORD, NATIONALITY_IN_NAME, SAME_NAME
from textkg.resolve.workspace import Workspace


@dataclass(slots=True)  # one for each entity of a build, all at once
class Draft:
    """An entity before its key is known: its groups, anchors, label and type."""

    root: int
    groups: list[Group]
    anchors: list[int]
    label: str
    entity_type: EntityType
    alt_labels: tuple[str, ...]
    job_titles: tuple[str, ...]
    #: How many mentions it has, and the first of them in the build (None for an anchor).
    mention_count: int
    first_mention: Prepared | None
    #: The country an organisation belongs to, when its names say so (to tell keys apart).
    country_label: str = ""

    def entity(self, key: str) -> Entity:
        return Entity(key, self.entity_type, self.label, self.alt_labels, self.job_titles)

    @property
    def signature(self) -> str:
        """Stable across runs: the entity's first mention in the build, or its anchor label."""
        first = self.first_mention
        if first is not None:
            return f"{first.source}\x1f{first.start}\x1f{first.end}"
        return f"anchor\x1f{self.label}"


def assemble(ws: Workspace) -> Resolution:
    """One entity per set of joined groups (and per country a qualified name needs)."""
    members: dict[int, list[Group]] = defaultdict(list)
    for group in ws.groups:
        members[ws.root(group)].append(group)
    anchors_of: dict[int, list[int]] = defaultdict(list)
    for node in ws.anchor_surface:
        anchors_of[ws.merger.find(node)].append(node)
    # Country entities that a "North Korean X" needs but no mention named.
    needed_countries = sorted({p.qualifier for g in ws.groups for p in g.members if p.qualifier})
    for code in needed_countries:
        root = ws.merger.find(ws.country(code))
        anchors_of.setdefault(root, [])
        if ws.country_anchor[code] not in anchors_of[root]:
            anchors_of[root].append(ws.country_anchor[code])
    roots = sorted(set(members) | {r for r in anchors_of if ws.is_country_root(r)})
    drafts = [_draft(ws, root, members.get(root, []), anchors_of.get(root, [])) for root in roots]
    del members, anchors_of
    keys = _unique_keys(drafts)
    entity_of_root = {d.root: keys[i] for i, d in enumerate(drafts)}
    entities = [d.entity(keys[i]) for i, d in enumerate(drafts)]
    entity_of = MentionEntities(
        ((p.source, p.start, p.end), entity_of_root[ws.root(group)])
        for group in ws.groups
        for p in group.members
    )
    merges = _decisions(ws, drafts, keys)
    del drafts  # (what is left of assembling is the larger part of a build's peak)
    merges += _keyword_decisions(ws, entities, entity_of_root)
    return Resolution(
        entities=tuple(sorted(entities, key=lambda e: e.key)),
        entity_of=entity_of,
        merges=MergeLog(_sorted_once(merges)),
    )


def _sorted_once(merges: Sequence[MergeDecision]) -> Iterator[MergeDecision]:
    """``sorted(set(merges), key=_decision_order)``, sorted entity by entity and yielded
    (the merge log takes them one by one): a build has hundreds of thousands of decisions,
    and one sort key each, or a second copy of them all, at once is a peak."""
    by_entity: dict[str, list[MergeDecision]] = defaultdict(list)
    for decision in merges:
        by_entity[decision.entity_key].append(decision)
    for entity in sorted(by_entity):
        last = None
        for decision in sorted(by_entity.pop(entity), key=_decision_order):
            if decision != last:  # equal decisions sort side by side
                yield decision
            last = decision


def _draft(ws: Workspace, root: int, groups: list[Group], anchors: list[int]) -> Draft:
    mentions = [p for g in groups for p in g.members]
    alias_entry, country = None, None
    if anchors:  # (most entities have none: no pass over the build's countries for them)
        alias_entry = next(
            (ws.alias_anchor[a] for a in sorted(anchors) if a in ws.alias_anchor), None
        )
        country = next(
            (c for c in sorted(ws.country_anchor) if ws.country_anchor[c] in anchors), None
        )
    if country is None:
        country = next((g.country for g in groups if g.country), None)
    naming = [p for p in mentions if not p.descriptive and not p.demonym]
    kind = majority_kind([p for p in naming if not p.acronym] or naming or mentions)
    if country is not None:
        kind = EntityType.PLACE
    if alias_entry is not None and alias_entry.entity_type is not None:
        kind = alias_entry.entity_type.kind
    if alias_entry is not None:
        label = alias_entry.name
    elif country is not None:
        label = ws.countries.label(country)
    else:
        label = choose_label(kind, naming or mentions)
    if alias_entry is not None and alias_entry.entity_type is not None:
        etype = alias_entry.entity_type
    elif country is not None:
        etype = EntityType.COUNTRY
    elif kind is EntityType.PLACE:
        specific = {
            p.etype
            for p in naming
            if p.etype is not EntityType.PLACE and p.etype.kind is EntityType.PLACE
        }
        etype = specific.pop() if len(specific) == 1 else EntityType.PLACE
    else:
        etype = kind
    extra = [p.qualified_surface for p in naming if p.qualified_surface]
    if country is not None:
        # A country keeps its nationality words ("Canadian"), not its people ("Canadians").
        extra += [
            p.surface
            for p in mentions
            if p.demonym and ws.countries.code_for_adjective(p.surface, plural=False)
        ]
    # a name textkg made from a title ("Indian finance minister X": the Ministry of Finance of
    # India) goes by its country; its bare form would name every country's ministry
    written = [
        p for p in naming if not (p.qualified_surface and p.words.reference == "synthesized")
    ]
    alt = alt_labels(label, written, extra)
    titles: list[str] = []
    if etype is EntityType.PERSON:
        titles = job_titles(p.titles for p in mentions)
    qualifiers = sorted({p.qualifier for p in mentions if p.qualifier})
    country_label = ws.countries.label(qualifiers[0]) if len(qualifiers) == 1 else ""
    first = min(mentions, key=lambda p: (p.source, p.start, p.end)) if mentions else None
    return Draft(
        root,
        groups,
        anchors,
        label,
        etype,
        tuple(alt),
        tuple(titles),
        len(mentions),
        first,
        country_label,
    )


def _decision_order(d: MergeDecision) -> tuple[str, str, str, str, str]:
    return (d.entity_key, d.source, d.surface, d.rule, d.detail)


def _unique_keys(drafts: Sequence[Draft]) -> list[str]:
    """entity_key(type, label), with a short hash on all but the most-mentioned of a clash."""
    base = [entity_key(d.entity_type, d.label) for d in drafts]
    clashes: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(base):
        clashes[key].append(index)
    keys = list(base)
    for key, indices in clashes.items():
        if len(indices) < 2:
            continue
        ranked = sorted(indices, key=lambda i: (-drafts[i].mention_count, drafts[i].signature))
        taken = set(base)
        for index in ranked[1:]:
            country = drafts[index].country_label
            candidate = f"{key}-{slugify(country)}" if country else ""
            if not candidate or candidate in taken:
                candidate = f"{key}-{short_hash(key, drafts[index].signature, length=6)}"
            keys[index] = candidate
            taken.add(candidate)
    return keys


def _decisions(
    ws: Workspace, drafts: Sequence[Draft], keys: Sequence[str]
) -> tuple[MergeDecision, ...]:
    """Each name's explanation: the path of joins from the entity's label to it."""
    adjacency: dict[int, list[Edge]] = defaultdict(list)
    for edge in ws.merger.edges:
        adjacency[edge.a].append(edge)
        adjacency[edge.b].append(edge)
    out: list[MergeDecision] = []
    for draft, key in zip(drafts, keys, strict=True):
        if not draft.groups:
            continue
        reason = _paths(draft, adjacency)
        for group in draft.groups:
            rule, detail = reason.get(group.id, ("same-entity", ""))
            out.extend(_group_decisions(ws, draft, key, group, rule, detail))
    return tuple(out)


def _paths(draft: Draft, adjacency: dict[int, list[Edge]]) -> dict[int, tuple[str, str]]:
    """For each group, the rule and evidence of the join that reached it first from the
    groups that write the label (breadth first)."""
    label_key = norm_key(draft.label)
    at_label = [
        g
        for g in draft.groups
        if g.role == "name"
        and (g.key == label_key or any(_qualified_key(p) == label_key for p in g.members))
    ]
    plain = [g for g in at_label if not g.first.note]
    starts = [g.id for g in plain or at_label]
    if not starts:
        starts = sorted(draft.anchors) or [draft.groups[0].id]
    reason: dict[int, tuple[str, str]] = {}
    queue: deque[int] = deque()
    canonical = (CANONICAL_NAME.name, f"'{draft.label}' is the entity's label")
    for node in starts:
        reason[node] = canonical
        queue.append(node)
    while queue:
        node = queue.popleft()
        for edge in sorted(adjacency[node], key=lambda e: e.b if e.a == node else e.a):
            other = edge.b if edge.a == node else edge.a
            if other not in reason:
                reason[other] = (edge.rule.name, edge.detail)
                queue.append(other)
    return reason


def _qualified_key(p: Prepared) -> str:
    return norm_key(p.qualified_surface) if p.qualified_surface else ""


def _group_decisions(
    ws: Workspace, draft: Draft, key: str, group: Group, rule: str, detail: str
) -> list[MergeDecision]:
    out: list[MergeDecision] = []
    label_key = norm_key(draft.label)
    canonical = rule == CANONICAL_NAME.name
    note = next((p.note for p in group.members if p.note), "")
    for surface in sorted(
        {p.surface if not p.descriptive else p.words.text.strip() for p in group.members}
    ):
        this_rule, this_detail = rule, detail
        if canonical and surface != draft.label and norm_key(surface) == label_key:
            this_rule = SAME_NAME.name
            this_detail = f"'{surface}' is '{draft.label}' up to case or punctuation"
        elif canonical and surface != draft.label:
            this_rule = NATIONALITY_IN_NAME.name
            this_detail = f"'{surface}' is '{draft.label}' named without its country"
        if note and note not in this_detail:
            this_detail = f"{this_detail}; {note}" if this_detail else note
        out.append(MergeDecision(key, surface, this_rule, group.source, this_detail))
    for p in group.members:
        if not (p.qualified_surface and p.qualifier):
            continue
        if canonical and p.qualified_surface == draft.label:
            out.append(MergeDecision(key, p.qualified_surface, rule, group.source, detail))
            continue
        country = ws.countries.label(p.qualifier)
        this_detail = f"'{p.qualified_surface}' names '{p.surface}' with its country, {country}"
        out.append(
            MergeDecision(
                key, p.qualified_surface, NATIONALITY_IN_NAME.name, group.source, this_detail
            )
        )
    return out


def _keyword_decisions(
    ws: Workspace, entities: Sequence[Entity], entity_of_root: dict[int, str]
) -> tuple[MergeDecision, ...]:
    """Keywords that name an entity: a country, or exactly one entity's label or name."""
    wanted = {norm_key(k) for _, keywords in ws.keywords for k in keywords}
    by_name: dict[str, set[str]] = defaultdict(set)  # (only the names keywords can match)
    for entity in entities:
        for name in (entity.label, *entity.alt_labels):
            key = norm_key(name)
            if key in wanted:
                by_name[key].add(entity.key)
    out: list[MergeDecision] = []
    for source, keywords in ws.keywords:
        for keyword in dict.fromkeys(keywords):
            code = ws.keyword_countries.get((source, keyword))
            if code is not None:
                key = entity_of_root[ws.merger.find(ws.country_anchor[code])]
                detail = f"the keyword '{keyword}' names {ws.countries.label(code)}"
            else:
                keys = sorted(by_name.get(norm_key(keyword), ()))
                if len(keys) != 1:
                    continue
                key = keys[0]
                detail = f"the keyword '{keyword}' is a name of this entity"
            out.append(MergeDecision(key, keyword, KEYWORD.name, source, detail))
    return tuple(out)
