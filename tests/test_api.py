"""The Python API a notebook uses: build from text in memory, query into a DataFrame, export,
view, and objects that show themselves."""

from __future__ import annotations

import datetime
import sys
import warnings
from pathlib import Path

import pytest
from rdflib import Graph

import textkg
from textkg.api import GraphSummary, QueryResult
from textkg.errors import TextkgError

TEXT = (
    "Director General Amina Odhiambo of the Kenya Wildlife Service met Tanzanian officials "
    "in Arusha on Monday. Odhiambo later visited Nairobi."
)


@pytest.fixture(scope="module")
def graph() -> Graph:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a dated article gives no warning
        return textkg.build(
            [textkg.Article(text=TEXT, title="Patrol talks", date=datetime.date(2024, 2, 12))]
        )


def test_text_in_memory_builds_without_writing_files(
    graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    textkg.build(textkg.Article(text=TEXT, date="2024-02-12"))
    assert list(tmp_path.iterdir()) == []
    rows = textkg.query(
        graph, "SELECT ?h ?d WHERE { ?doc schema:headline ?h ; schema:datePublished ?d }"
    )
    assert [(str(r.h), str(r.d)) for r in rows] == [("Patrol talks", "2024-02-12")]


def test_an_undated_article_warns_once() -> None:
    with pytest.warns(textkg.TextkgWarning, match="1 article has no publication date"):
        textkg.build([textkg.Article(text=TEXT)])


def test_query_results_become_records_and_a_dataframe(graph: Graph) -> None:
    result = textkg.query(
        graph,
        "SELECT ?name ?org WHERE { ?p tk:leaderOf ?o . ?p rdfs:label ?name . ?o rdfs:label ?org }",
    )
    assert isinstance(result, QueryResult) and result.vars == ["name", "org"]
    assert result.records() == [{"name": "Amina Odhiambo", "org": "Kenya Wildlife Service"}]
    frame = result.to_dataframe()
    assert list(frame.columns) == ["name", "org"]
    assert frame.iloc[0]["org"] == "Kenya Wildlife Service"
    page = result._repr_html_()
    assert "<th>name</th>" in page and "<td>Amina Odhiambo</td>" in page and "1 rows" in page


def test_to_dataframe_without_pandas_says_how_to_install_it(
    graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    result = textkg.query(graph, "SELECT ?s WHERE { ?s a schema:Person }")
    with pytest.raises(ImportError, match="pip install pandas"):
        result.to_dataframe()


def test_ask_and_construct_results(graph: Graph) -> None:
    assert textkg.query(graph, "ASK { ?p tk:leaderOf ?o }")
    assert not textkg.query(graph, "ASK { ?p tk:killed ?o }")
    built = textkg.query(graph, "CONSTRUCT { ?p tk:leaderOf ?o } WHERE { ?p tk:leaderOf ?o }")
    assert built.graph is not None and len(built.graph) == 1
    assert "CONSTRUCT: a graph of 1 triples" in built._repr_html_()


def test_the_graph_summary_shows_itself(graph: Graph) -> None:
    summary = textkg.summary(graph)
    assert isinstance(summary, GraphSummary)
    assert summary.documents == 1 and summary.entities >= 4 and summary.byline_agents == 0
    assert str(summary).startswith("1 documents, ")
    assert summary.top_entities[0][2] == 1
    page = summary._repr_html_()
    assert "Amina Odhiambo" in page and "<table>" in page


def test_the_graph_is_an_rdflib_graph_that_shows_itself(graph: Graph, tmp_path: Path) -> None:
    assert isinstance(graph, textkg.KnowledgeGraph) and isinstance(graph, Graph)
    assert "Amina Odhiambo" in graph._repr_html_()
    assert repr(graph).startswith(f"<textkg KnowledgeGraph of {len(graph):,} triples")
    path = textkg.export(graph, tmp_path / "g.ttl")
    loaded = textkg.load_graph(path)
    assert isinstance(loaded, textkg.KnowledgeGraph) and len(loaded) == len(graph)
    assert loaded.summary().entities == graph.summary().entities


def test_export_and_view_write_files_and_check_the_folder(graph: Graph, tmp_path: Path) -> None:
    written = textkg.export(graph, tmp_path / "g.gexf")
    assert written.read_text(encoding="utf-8").startswith("<?xml")
    assert textkg.export(graph, tmp_path / "g.data", "nt").stat().st_size > 0
    with pytest.raises(TextkgError, match="does not exist"):
        textkg.export(graph, tmp_path / "missing" / "g.ttl")
    with pytest.raises(TextkgError, match="unknown export format"):
        textkg.export(graph, tmp_path / "g.xyz")
    shown = textkg.view(graph, tmp_path / "sub" / "g.html", mkdir=True)
    assert shown.nodes_shown > 0 and (tmp_path / "sub" / "g.html").is_file()


def test_the_api_is_typed_and_documented() -> None:
    for name in ("build", "query", "export", "view", "summary", "load_graph"):
        function = getattr(textkg, name)
        assert function.__doc__ and function.__annotations__.get("return"), name
    assert "Article" in (textkg.build.__doc__ or "")
    assert textkg.Article.__doc__


def test_the_summary_counts_dates() -> None:
    text = "Orla Brennan (born 4 May 1961) is a chemist. She founded Norvia Labs in 1998."
    summary = textkg.summary(textkg.build([textkg.Article(text=text, title="Profile")]))
    assert summary.dates >= 1 and f", {summary.dates} dates, " in str(summary)
