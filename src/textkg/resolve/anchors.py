"""Steps that join names to anchors: the node of a country, an alias file's entry."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from textkg.records import EntityType
from textkg.resolve.model import Group, Role
from textkg.resolve.names import norm_key
from textkg.resolve.rules import ALIAS_FILE, COUNTRY_NAME, DEMONYM, Scope, step
from textkg.resolve.workspace import Workspace


@step("countries", Scope.ANCHORS, COUNTRY_NAME, DEMONYM)
def countries(workspace: Workspace, groups: Sequence[Group]) -> None:
    """Every name, code and nationality word of a country joins that country's node; a
    keyword that names a country gives it a node too."""
    for group in groups:
        code = group.country
        if code is None:
            continue
        label = workspace.countries.label(code)
        anchor = workspace.country(code)
        if group.role is Role.DEMONYM:
            detail = f"'{group.surface}' is the nationality of {label}"
            workspace.join_nodes(group.id, anchor, DEMONYM, detail)
        else:
            detail = f"'{group.surface}' is a name or code of {label} (country data)"
            workspace.join_nodes(group.id, anchor, COUNTRY_NAME, detail)
    workspace.anchor_keywords()


@step("alias-file", Scope.ANCHORS, ALIAS_FILE)
def alias_file(workspace: Workspace, groups: Sequence[Group]) -> None:
    """Every name an alias file lists under one entry joins that entry's node."""
    entries = workspace.table.entries
    if not entries:
        return
    wanted: dict[str, list[int]] = defaultdict(list)
    for entry_index, entry in enumerate(entries):
        for key in dict.fromkeys(norm_key(name) for name in entry.all_names):
            wanted[key].append(entry_index)
    anchors: dict[tuple[int, EntityType], int] = {}
    for group in groups:
        if group.role in (Role.DESCRIPTIVE, Role.DEMONYM):
            continue
        for entry_index in wanted.get(group.key, ()):
            entry = entries[entry_index]
            if entry.entity_type is not None and entry.entity_type.kind is not group.kind:
                continue
            slot = (entry_index, group.kind)
            anchor = anchors.get(slot)
            if anchor is None:
                anchor = workspace.new_anchor(entry.name, [norm_key(n) for n in entry.all_names])
                anchors[slot] = anchor
                workspace.alias_anchor[anchor] = entry
            detail = f"'{group.surface}' is listed under '{entry.name}' in {entry.origin}"
            workspace.join_nodes(group.id, anchor, ALIAS_FILE, detail)
