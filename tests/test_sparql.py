from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from factories import naive_resolution, summit_facts
from textkg.errors import QueryError, TextkgError
from textkg.graph import build_graph
from textkg.results import format_result
from textkg.sparql import load_graph, run_query, saved_query, saved_query_names

LEADERS = "SELECT ?name ?org WHERE { ?p tk:leaderOf ?o . ?p rdfs:label ?name . ?o rdfs:label ?org }"


@pytest.fixture()
def graph():  # type: ignore[no-untyped-def]
    facts = summit_facts()
    return build_graph(facts, naive_resolution(facts))


def test_prefixes_are_prebound_and_table_is_readable(graph) -> None:  # type: ignore[no-untyped-def]
    text = format_result(run_query(graph, LEADERS), "table", graph)
    assert "Amelia Thornbury" in text and "Northern Survey Office" in text
    assert text.rstrip().endswith("1 row")


def test_iris_print_as_prefixed_names_in_tables(graph) -> None:  # type: ignore[no-untyped-def]
    result = run_query(graph, "SELECT DISTINCT ?p WHERE { ?s ?p ?o } ORDER BY ?p")
    assert "tk:leaderOf" in format_result(result, "table", graph)


def test_csv_tsv_json(graph) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.reader(io.StringIO(format_result(run_query(graph, LEADERS), "csv"))))
    assert rows == [["name", "org"], ["Amelia Thornbury", "Northern Survey Office"]]
    tsv = format_result(run_query(graph, LEADERS), "tsv").splitlines()
    assert tsv == ["?name\t?org", '"Amelia Thornbury"\t"Northern Survey Office"']
    data = json.loads(format_result(run_query(graph, LEADERS), "json"))
    assert data["head"]["vars"] == ["name", "org"]
    assert data["results"]["bindings"][0]["name"]["value"] == "Amelia Thornbury"


def test_ask_construct_describe(graph) -> None:  # type: ignore[no-untyped-def]
    assert format_result(run_query(graph, "ASK { ?s tk:metWith ?o }")) == "true\n"
    turtle = format_result(
        run_query(graph, "CONSTRUCT { ?s tk:leaderOf ?o } WHERE { ?s tk:leaderOf ?o }")
    )
    assert "tk:leaderOf" in turtle and "@prefix tk:" in turtle


@pytest.mark.parametrize(
    "bad",
    [
        "SELEKT ?x WHERE { ?x ?y ?z }",
        "SELECT ?x WHERE { ?x nope:p ?z }",
        "SELECT ?x WHERE { ?x ?y ",
    ],
)
def test_malformed_query_is_one_line_error(graph, bad: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError) as info:
        run_query(graph, bad)
    assert "\n" not in str(info.value) and str(info.value).startswith("malformed SPARQL query")


def test_saved_queries_parse_and_run(graph) -> None:  # type: ignore[no-untyped-def]
    names = saved_query_names()
    assert {"leaders", "meetings", "relations", "entities", "documents"} <= set(names)
    for name in names:
        run_query(graph, saved_query(name))
    rows = list(run_query(graph, saved_query("leaders")))
    assert [str(r[0]) for r in rows] == ["Amelia Thornbury"]  # type: ignore[index]
    assert "Director Amelia Thornbury" in str(rows[0][2])  # type: ignore[index]
    with pytest.raises(TextkgError, match="no saved query"):
        saved_query("nope")


def test_load_graph_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(TextkgError, match="no such file"):
        load_graph(tmp_path / "missing.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(TextkgError, match=r"(?i)broken\.ttl: not valid turtle"):
        load_graph(broken)
    odd = tmp_path / "graph.xyz"
    odd.write_text("x", encoding="utf-8")
    with pytest.raises(TextkgError, match="unknown RDF format"):
        load_graph(odd)
