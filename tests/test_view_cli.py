"""`textkg view` reads the build state beside the graph for the article texts."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from textkg.cli import main
from textkg.factstore import facts_path_for, save_facts
from textkg.sparql import load_graph
from textkg.view import Articles, ViewOptions, write_view
from view_support import HARBOUR_TALKS, HARBOUR_TEXT, small_articles, small_graph

#: Only the whole text holds this: it runs across two sentences.
ACROSS = HARBOUR_TEXT[len(HARBOUR_TALKS) - 12 : len(HARBOUR_TALKS) + 12]


def harbour_only() -> Articles:
    """The harbour article's facts. (The envoy article holds U+2028, which the build state does
    not read back yet: load_facts splits lines with str.splitlines.)"""
    facts = [f for f in small_articles().facts if f.article.source == "doc/harbour-talks"]
    return Articles(facts, "small.facts.jsonl.gz")


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A graph and its build state, as ``textkg build`` leaves them."""
    graph_path = tmp_path / "small.ttl"
    small_graph().serialize(graph_path, format="turtle")
    save_facts(facts_path_for(graph_path), harbour_only().facts)
    return graph_path


def test_view_reads_the_build_state_beside_the_graph(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "view.html"
    assert main(["view", str(built), "-o", str(out), "--title", "Small"]) == 0
    line = capsys.readouterr().out
    assert "1 article text from small.facts.jsonl.gz" in line
    page = out.read_text("utf-8")
    assert ACROSS in page
    # The same bytes as the page the build writes from its facts in memory.
    same = tmp_path / "build.html"
    write_view(load_graph(built), same, ViewOptions(title="Small"), harbour_only())
    assert same.read_bytes() == out.read_bytes()


def test_view_without_a_build_state_says_so(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts_path_for(built).unlink()
    out = tmp_path / "view.html"
    assert main(["view", str(built), "-o", str(out)]) == 0
    assert "no build state beside the graph" in capsys.readouterr().out
    page = out.read_text("utf-8")
    assert '"texts":{"from":null' in page
    assert ACROSS not in page


def test_no_texts_leaves_them_out(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    assert main(["view", str(built), "-o", str(out), "--no-texts"]) == 0
    assert ACROSS not in out.read_text("utf-8")


def test_a_broken_build_state_is_a_warning_not_a_failure(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts_path_for(built).write_bytes(gzip.compress(b"not json\n"))
    out = tmp_path / "view.html"
    assert main(["view", str(built), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("textkg: warning:") and "small.facts.jsonl.gz" in err
    assert err.count("\n") == 1
    assert out.exists()
