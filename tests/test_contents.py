"""One meaning of "entities" everywhere: the build summary, `textkg stats` and the view's
counter all count named entities from the text, with byline agents and events apart."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factories import naive_resolution, summit_facts
from textkg.cli import main
from textkg.contents import byline_agents, content_counts, named_entities, node_kinds
from textkg.graph import build_graph
from textkg.sparql import load_graph


def test_byline_authors_are_not_entities_of_the_text() -> None:
    facts = summit_facts()
    graph = build_graph(facts, naive_resolution(facts))
    bylines = byline_agents(graph)
    assert len(bylines) == 1  # Jo Writer, the author
    assert not bylines & {node for node, _ in named_entities(graph)}
    counts = content_counts(graph)
    assert (counts.entities, counts.byline_agents, counts.events) == (4, 1, 2)
    kinds = node_kinds(graph)
    assert sorted(kinds.values()).count("event") == 2


def test_summary_stats_and_view_give_the_same_counts(
    tmp_path: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "examples.ttl"
    assert main(["build", str(examples_dir), "-o", str(out)]) == 0
    summary = capsys.readouterr().out

    def number(label: str) -> int:
        found = re.search(rf"^{label}\s+(\d+)", summary, re.M)
        assert found, (label, summary)
        return int(found.group(1))

    assert main(["stats", str(out), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert number("entities") == sum(stats["entities_by_type"].values())
    assert number("byline agents") == stats["byline_agents"] > 0
    assert number("events") == sum(stats["events_by_kind"].values()) > 0

    page = out.with_suffix(".html").read_text(encoding="utf-8")
    kinds = {k["many"]: k["total"] for k in _counts(page)["kinds"]}
    assert kinds == {
        "entities": number("entities"),
        "byline agents": number("byline agents"),
        "events": number("events"),
    }
    assert content_counts(load_graph(out)).entities == number("entities")


def _counts(page: str) -> dict[str, list[dict[str, object]]]:
    from test_view import page_data

    counts: dict[str, list[dict[str, object]]] = page_data(page)["counts"]
    return counts
