"""The merge rules as a registry: every merge names a rule explain knows, steps run in the
listed order and join only by their own rules, and each rule's blocking keys hold."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from fixtures.resolve.builder import ORG, C, Doc, P
from textkg.resolve import RULES, default_aliases, resolve_entities
from textkg.resolve.model import Group
from textkg.resolve.resolver import join_names
from textkg.resolve.rules import (
    ALL_RULES,
    ORDER,
    SAME_NAME,
    SHORT_FORM,
    Scope,
    Step,
    steps,
)
from textkg.resolve.workspace import Workspace


def _articles() -> list[Doc]:
    """Our own articles, written so that every kind of step has something to join."""
    a = Doc(
        "a.txt",
        [
            "Chief executive Marguerite Okonkwo-Lindahl of the Coastal Freight Authority (CFA)"
            " spoke.",
            "Okonkwo-Lindahl said the authority would expand.",
            "The Estonian Ministry of Harbour Works agreed.",
            "The Ministry of Harbour Works will pay.",
        ],
    )
    a.m("Marguerite Okonkwo-Lindahl", P)
    a.m("Coastal Freight Authority", ORG, defines="CFA")
    a.m("CFA", ORG)
    a.m("Okonkwo-Lindahl", P, 1)
    a.m("the authority", ORG)
    a.m("Estonian Ministry of Harbour Works", ORG, qualifier="Estonia")
    a.m("Ministry of Harbour Works", ORG, 1)
    b = Doc(
        "b.txt",
        [
            "Marguerite Okonkvo-Lindahl met Estonia officials.",
            "The CFA denied it. The Coastal Fraight Authority was silent.",
        ],
    )
    b.m("Marguerite Okonkvo-Lindahl", P)
    b.m("Estonia", C)
    b.m("CFA", ORG)
    b.m("Coastal Fraight Authority", ORG)
    return [a, b]


def _workspace(docs: Sequence[Doc]) -> Workspace:
    ws = Workspace([d.facts() for d in docs], default_aliases())
    join_names(ws)
    return ws


def test_every_rule_in_a_resolution_is_one_explain_describes() -> None:
    r = resolve_entities([d.facts() for d in _articles()])
    used = {d.rule for d in r.merges}
    assert used <= set(RULES), used - set(RULES)
    assert {
        "short-form",
        "spelling-variant",
        "acronym-defined",
        "acronym-initials",
        "nationality-in-name",
        "descriptive-reference",
    } <= used
    assert {rule.name: rule.explains for rule in ALL_RULES} == RULES
    assert all(text.strip() for text in RULES.values())


def test_order_lists_every_step_once_and_each_step_uses_known_rules() -> None:
    listed = [s for scope in Scope for s in steps(scope)]
    assert sorted(s.name for s in listed) == sorted(ORDER)
    assert len(set(ORDER)) == len(ORDER)
    for scope in Scope:
        names = [s.name for s in steps(scope)]
        assert names == [n for n in ORDER if n in names]
    for s in listed:
        assert s.rules and set(s.rules) <= set(ALL_RULES), s.name
        assert s.doc, f"step {s.name} has no docstring"


def test_a_step_cannot_join_by_a_rule_it_does_not_declare() -> None:
    ws = Workspace([d.facts() for d in _articles()], default_aliases())
    join_names(ws)
    a, b = ws.groups[0], ws.groups[1]

    def rogue(workspace: Workspace, groups: Sequence[Group]) -> None:
        workspace.join(a, b, SHORT_FORM, "made up")

    with pytest.raises(AssertionError, match="short-form"):
        ws.run(Step("rogue", Scope.BUILD, (SAME_NAME,), rogue, "joins by a rule it lacks"), [])


def test_two_names_a_rule_joins_share_one_of_its_blocking_keys() -> None:
    ws = _workspace(_articles())
    anchor_keys = {node: (f"country:{code}",) for code, node in ws.country_anchor.items()}
    checked = 0
    for edge in ws.merger.edges:
        keys = []
        for node in (edge.a, edge.b):
            if node in anchor_keys:
                keys.append(set(anchor_keys[node]))
            else:
                keys.append(set(edge.rule.keys(ws.groups[node], ws.names)))
        assert keys[0] & keys[1], (edge.rule.name, edge.detail, keys)
        checked += 1
    assert checked >= 5
