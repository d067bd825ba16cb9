"""Why entities were merged: answers for `textkg explain NAME` and the merge log."""

from __future__ import annotations

from collections import defaultdict

from textkg.records import Entity, MergeDecision, Resolution
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
