"""Why entities were merged: answers for `textkg explain NAME` and the merge log."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SDO, SKOS

from textkg.records import Entity, EntityType, MergeDecision, Resolution
from textkg.resolve.names import norm_key
from textkg.resolve.rules import ALL_RULES

#: What each rule name means, for the README and `textkg explain` (from :mod:`.rules`).
RULES: dict[str, str] = {rule.name: rule.explains for rule in ALL_RULES}


def find_entities(resolution: Resolution, name: str) -> list[Entity]:
    """Entities whose label, other names or merged surface forms match ``name``."""
    wanted = norm_key(name)
    if not wanted:
        return []
    keys = {d.entity_key for d in resolution.merges if norm_key(d.surface) == wanted}
    found = [
        e
        for e in resolution.entities
        if e.key in keys
        or norm_key(e.label) == wanted
        or any(norm_key(a) == wanted for a in e.alt_labels)
    ]
    return sorted(found, key=lambda e: e.key)


def explain(resolution: Resolution, name: str) -> list[MergeDecision]:
    """Every merge decision of every entity that ``name`` denotes."""
    keys = {e.key for e in find_entities(resolution, name)}
    return [d for d in resolution.merges if d.entity_key in keys]


def keyword_links(resolution: Resolution) -> dict[tuple[str, str], str]:
    """(article source, keyword) → entity key, for keywords that name an entity."""
    return {(d.source, d.surface): d.entity_key for d in resolution.merges if d.rule == "keyword"}


def format_explanation(resolution: Resolution, name: str) -> str:
    """A readable answer for `textkg explain NAME`."""
    entities = find_entities(resolution, name)
    if not entities:
        return f"no entity is named {name!r}\n"
    by_entity: dict[str, list[MergeDecision]] = defaultdict(list)
    for decision in resolution.merges:
        by_entity[decision.entity_key].append(decision)
    lines: list[str] = []
    for entity in entities:
        lines.append(f"{entity.label}  [{entity.entity_type.value}, {entity.key}]")
        if entity.alt_labels:
            lines.append(f"  also: {', '.join(entity.alt_labels)}")
        if entity.job_titles:
            lines.append(f"  titles: {', '.join(entity.job_titles)}")
        for d in by_entity.get(entity.key, []):
            evidence = f": {d.detail}" if d.detail else ""
            lines.append(f"  - {d.surface!r} in {d.source} — {d.rule}{evidence}")
        lines.append("")
    return "\n".join(lines)


def format_merge_log(resolution: Resolution) -> str:
    """Tab-separated merge log, one decision a line, for writing beside a graph."""
    rows = ["entity\tlabel\tsurface\trule\tsource\tdetail"]
    labels = {e.key: e.label for e in resolution.entities}
    for d in resolution.merges:
        fields = (d.entity_key, labels.get(d.entity_key, ""), d.surface, d.rule, d.source, d.detail)
        rows.append("\t".join(_one_line(f) for f in fields))
    return "\n".join(rows) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


# ----------------------------------------------------------------------------- without state


@dataclass(frozen=True)
class GraphEntity:
    """An entity as a graph file shows it: its IRI, label, type and other names."""

    iri: str
    label: str
    entity_type: str
    alt_labels: tuple[str, ...]


def graph_entities(graph: Graph) -> list[GraphEntity]:
    """The typed entities of a built graph (people, organisations, places)."""
    wanted = {SDO[t.value] for t in EntityType if t is not EntityType.EVENT}
    out = []
    for subject in sorted(set(graph.subjects(RDF.type, None)), key=str):
        types = sorted(
            str(t).rsplit("/", 1)[-1] for t in graph.objects(subject, RDF.type) if t in wanted
        )
        label = graph.value(subject, RDFS.label)
        if not types or label is None:
            continue
        alts = tuple(sorted(str(a) for a in graph.objects(subject, SKOS.altLabel)))
        out.append(GraphEntity(str(subject), str(label), types[0], alts))
    return out


def explain_without_state(
    graph: Graph, state_name: str, name: str | None, other: str | None
) -> str:
    """What a graph alone can say (no build state beside it): which entity each name is,
    and so whether two names are one; why is in the build state, which is missing."""
    entities = graph_entities(graph)
    lines: list[str] = []
    found: list[list[GraphEntity]] = []
    for wanted in (n for n in (name, other) if n):
        key = norm_key(wanted)
        matching = [e for e in entities if key in {norm_key(n) for n in (e.label, *e.alt_labels)}]
        if not matching:
            names = sorted({n for e in entities for n in (e.label, *e.alt_labels)})
            raise UnknownName(wanted, closest(names, wanted))
        found.append(matching)
        for e in matching:
            also = f"; also {', '.join(e.alt_labels)}" if e.alt_labels else ""
            lines.append(f"{wanted!r} is {e.label}  [{e.entity_type}, {e.iri}]{also}")
    if len(found) == 2:
        same = {e.iri for e in found[0]} & {e.iri for e in found[1]}
        verdict = "one entity" if same else "not one entity"
        lines.append(f"{name!r} and {other!r} are {verdict} in this graph.")
    lines.append(
        f"Why names were merged is recorded in the build state {state_name}, which is not "
        "beside this graph: build the graph from its articles to have it."
    )
    return "\n".join(lines) + "\n"


class UnknownName(LookupError):
    """No entity has this name; ``suggestions`` are the closest names there are."""

    def __init__(self, name: str, suggestions: Sequence[str]) -> None:
        super().__init__(name)
        self.name = name
        self.suggestions = tuple(suggestions)

    def message(self, where: str) -> str:
        hint = f"; did you mean {', '.join(repr(s) for s in self.suggestions)}?"
        return f"no entity in {where} is named {self.name!r}" + (hint if self.suggestions else "")


def closest(names: Iterable[str], name: str, limit: int = 3) -> list[str]:
    """The names closest to ``name``, whatever their case or accents (for "did you mean")."""
    keyed: dict[str, str] = {}
    for n in sorted(names):
        keyed.setdefault(norm_key(n), n)
    keyed.pop("", None)
    found = process.extract(
        norm_key(name), list(keyed), scorer=_likeness, limit=limit, score_cutoff=75
    )
    return [keyed[match] for match, _score, _index in found]


def _likeness(query: str, name: str, **_: object) -> float:
    """How alike two name keys are; a one-word query is also held against each word of a
    longer name ("brigite" finds "brigitte macron")."""
    score = fuzz.token_sort_ratio(query, name)
    if " " not in query and " " in name:
        score = max(score, max(fuzz.ratio(query, word) for word in name.split()) - 5)
    return score


def resolution_names(resolution: Resolution) -> set[str]:
    """Every name an entity of the resolution has or was written as."""
    return (
        {e.label for e in resolution.entities}
        | {a for e in resolution.entities for a in e.alt_labels}
        | {d.surface for d in resolution.merges}
    )
