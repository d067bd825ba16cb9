"""Choose what the page draws: filter by type and relation, focus on a neighbourhood, and keep
the most connected nodes when there are more than the page can draw smoothly."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from dataclasses import dataclass

from textkg.errors import TextkgError
from textkg.namespaces import PREFIXES
from textkg.view.model import ENTITY_CLASSES, OTHER_TYPE, TYPE_FAMILIES, ViewModel
from textkg.view.options import ViewOptions

_SPACES = re.compile(r"\s+")
#: Entities without links are listed on the page, not drawn: at most this many.
MAX_LISTED = 50_000


@dataclass(frozen=True)
class Selection:
    nodes: tuple[int, ...]  # entity indices drawn, ascending
    edges: tuple[int, ...]  # edge indices drawn, ascending
    matched: int  # nodes that pass the filters and focus, before --max-nodes
    left_out: tuple[int, ...]  # matched nodes left out (--max-nodes), most connected first
    focus: tuple[int, ...]  # entity indices that --focus matched
    degree: tuple[int, ...]  # per entity: distinct neighbours over all its edges in the graph
    #: Kept nodes without a kept edge (and not focused on): listed on the page, not drawn.
    isolated: tuple[int, ...] = ()


def normalise_name(text: str) -> str:
    """Case-, accent- and space-insensitive form used to match names and aliases."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def allowed_types(requested: tuple[str, ...]) -> frozenset[str] | None:
    if not requested:
        return None
    known = {name.casefold(): name for name, _ in ENTITY_CLASSES}
    known[OTHER_TYPE.casefold()] = OTHER_TYPE
    allowed: set[str] = set()
    for item in requested:
        name = known.get(item.strip().casefold())
        if name is None:
            choices = ", ".join(sorted(known.values()))
            raise TextkgError(f"--types: unknown entity type {item!r} (choose from {choices})")
        allowed.update(TYPE_FAMILIES.get(name, {name}))
    return frozenset(allowed)


def allowed_relations(model: ViewModel, requested: tuple[str, ...]) -> frozenset[int] | None:
    if not requested:
        return None
    allowed: set[int] = set()
    present = ", ".join(r.curie for r in model.relations) or "none"
    for item in (raw.strip() for raw in requested):
        prefix, colon, local = item.partition(":")
        if not colon or not local or (prefix not in PREFIXES and "://" not in item):
            raise TextkgError(
                f"--relations: {item!r} is not a relation name like tk:metWith or rel:sign"
            )
        if local == "*":
            found = {i for i, r in enumerate(model.relations) if r.curie.startswith(prefix + ":")}
        else:
            found = {i for i, r in enumerate(model.relations) if item in (r.curie, r.iri)}
        if not found:
            raise TextkgError(f"--relations: the graph has no {item} relations (it has: {present})")
        allowed.update(found)
    return frozenset(allowed)


def match_focus(model: ViewModel, name: str) -> tuple[int, ...]:
    """Entities whose name or alias is ``name``; else contains it as words; else as text."""
    wanted = normalise_name(name)
    if not wanted:
        raise TextkgError("--focus: give a name or alias to focus on")
    names = [
        [normalise_name(n) for n in (e.label, *e.aliases, e.full_title or "") if n]
        for e in model.entities
    ]
    exact = tuple(i for i, forms in enumerate(names) if wanted in forms)
    if exact:
        return exact
    as_words = re.compile(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)")
    words = tuple(i for i, forms in enumerate(names) if any(as_words.search(f) for f in forms))
    if words:
        return words
    inside = tuple(i for i, forms in enumerate(names) if any(wanted in f for f in forms))
    if inside:
        return inside
    raise TextkgError(f"--focus: no entity is named {name!r} (by name or alias)")


def select(model: ViewModel, options: ViewOptions) -> Selection:
    if options.hops < 0:
        raise TextkgError(f"--hops must be 0 or more, not {options.hops}")
    if options.max_nodes < 1:
        raise TextkgError(f"--max-nodes must be at least 1, not {options.max_nodes}")
    count = len(model.entities)
    types = allowed_types(options.types)
    relations = allowed_relations(model, options.relations)
    focus = match_focus(model, options.focus) if options.focus is not None else ()
    seeds = set(focus)

    degree_sets: list[set[int]] = [set() for _ in range(count)]
    for edge in model.edges:
        degree_sets[edge.source].add(edge.target)
        degree_sets[edge.target].add(edge.source)
    degree = tuple(len(s) for s in degree_sets)

    node_ok = [i in seeds or types is None or model.entities[i].type in types for i in range(count)]
    edge_ok = [
        (relations is None or e.relation in relations) and node_ok[e.source] and node_ok[e.target]
        for e in model.edges
    ]
    adjacency: list[list[int]] = [[] for _ in range(count)]
    for index, edge in enumerate(model.edges):
        if edge_ok[index]:
            adjacency[edge.source].append(edge.target)
            adjacency[edge.target].append(edge.source)
    if relations is not None:
        node_ok = [ok and (bool(adjacency[i]) or i in seeds) for i, ok in enumerate(node_ok)]

    distance: dict[int, int] = {}
    if focus:
        queue = deque(focus)
        distance = dict.fromkeys(focus, 0)
        while queue:
            current = queue.popleft()
            if distance[current] >= options.hops:
                continue
            for neighbour in sorted(adjacency[current]):
                if neighbour not in distance and node_ok[neighbour]:
                    distance[neighbour] = distance[current] + 1
                    queue.append(neighbour)
        candidates = sorted(distance)
    else:
        candidates = [i for i in range(count) if node_ok[i]]

    if not candidates and count:
        raise TextkgError("nothing to show: no entity matches the --types/--relations given")
    shown_degree = [len(set(adjacency[i])) for i in range(count)]
    ranked = sorted(
        candidates,
        key=lambda i: (
            distance.get(i, 0),
            -shown_degree[i],
            -len(model.entities[i].mentioned_in),
            model.entities[i].label.casefold(),
            model.entities[i].iri,
        ),
    )
    # --max-nodes bounds what is drawn; entities without links are only listed, so a page
    # keeps (nearly) all of them.
    with_links = [i for i in ranked if shown_degree[i] or i in seeds]
    lone = [i for i in ranked if not shown_degree[i] and i not in seeds]
    kept = set(with_links[: options.max_nodes]) | set(lone[:MAX_LISTED])
    left_out = tuple(with_links[options.max_nodes :]) + tuple(lone[MAX_LISTED:])
    edges = tuple(
        i for i, e in enumerate(model.edges) if edge_ok[i] and e.source in kept and e.target in kept
    )
    linked = {end for i in edges for end in (model.edges[i].source, model.edges[i].target)}
    return Selection(
        nodes=tuple(sorted(kept)),
        edges=edges,
        matched=len(candidates),
        left_out=left_out,
        focus=focus,
        degree=degree,
        isolated=tuple(sorted(kept - linked - seeds)),
    )
