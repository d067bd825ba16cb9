from __future__ import annotations

from factories import naive_resolution, summit_facts
from textkg.graph import build_graph
from textkg.stats import format_stats, graph_stats


def test_counts_by_type_predicate_and_kind() -> None:
    facts = summit_facts()
    stats = graph_stats(build_graph(facts, naive_resolution(facts)))
    assert stats.documents == 2
    # 2 people named in the text; Jo Writer (the author) is a byline agent, counted apart
    assert stats.entities_by_type == {"City": 1, "Organization": 1, "Person": 2}
    assert stats.byline_agents == 1
    assert stats.relations_by_predicate == {
        "rel:greet": 1,
        "tk:leaderOf": 1,
        "tk:metWith": 2,
        "tk:visited": 1,
    }
    assert stats.events_by_kind == {"Meeting": 1, "Visit": 1}
    text = format_stats(stats)
    assert "documents     2" in text and "tk:metWith" in text
    assert "entities      4  (named in the text)" in text
    assert "byline agents 1" in text


def test_dates_are_counted_by_property() -> None:
    from factories import biography_facts

    facts = biography_facts()
    stats = graph_stats(build_graph(facts, naive_resolution(facts)))
    assert stats.attributes_by_predicate == {
        "schema:birthDate": 1,
        "schema:deathDate": 1,
        "schema:foundingDate": 1,
    }
    assert stats.relations_by_predicate == {"schema:founder": 1}
    text = format_stats(stats)
    assert "dates         3" in text and "schema:foundingDate" in text
