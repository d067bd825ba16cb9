from __future__ import annotations

import csv
import dataclasses
import io
import json
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from xml.dom import minidom

import pyoxigraph
import pytest

from factories import naive_resolution, summit_facts
from net_support import recording_connections
from textkg.cli import main
from textkg.errors import QueryError, TextkgError
from textkg.export import write_graph
from textkg.graph import build_graph
from textkg.records import QuoteFact
from textkg.results import format_result
from textkg.sparql import (
    load_graph,
    run_query,
    saved_query,
    saved_query_info,
    saved_query_names,
    uses_service,
)

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


# ------------------------------------------------------------------------------- SERVICE


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { SERVICE <http://h/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://h/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?a ?b ?c . SERVICE?x{ ?s ?p ?o } }",
        "PREFIX : <http://h/> SELECT * WHERE { SERVICE:x { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o SERVICESILENT<http://h/>{ ?a ?b ?c } }",
        "SELECT * WHERE { ?s ?p true SERVICE <http://h/> { ?a ?b ?c } }",
        "SELECT * WHERE { \\u0053ERVICE <http://h/> { ?a ?b ?c } }",
        "PREFIX ex: <http://e/> SELECT * WHERE { ?s ?p ex:a\\#b . SERVICE <http://h/> {} }",
        "SELECT * WHERE { ?s ?p <http://x\\u0041#> . SERVICE <http://h/> { ?a ?b ?c } }",
    ],
)
def test_service_in_any_spelling_is_refused(graph, sparql: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match="SERVICE is refused") as info:
        run_query(graph, sparql)
    assert "\n" not in str(info.value) and "--allow-service" in str(info.value)


@pytest.mark.parametrize(
    "sparql",
    [
        'SELECT ?x WHERE { ?x rdfs:label "Foreign Intelligence Service" }',
        "SELECT ?service WHERE { ?service a <http://example.org/Service> } # a service",
        "PREFIX ex: <http://e/> SELECT * WHERE { ?s ex:service ?o }",
        "SELECT * WHERE { ?s ?p '''SERVICE <http://h/> {}''' }",
    ],
)
def test_the_word_service_elsewhere_is_allowed(graph, sparql: str) -> None:  # type: ignore[no-untyped-def]
    assert not uses_service(sparql)
    run_query(graph, sparql)


def test_service_sends_nothing_unless_allowed(graph) -> None:  # type: ignore[no-untyped-def]
    with recording_connections() as listener:
        sparql = f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
        with pytest.raises(QueryError):
            run_query(graph, sparql)
        time.sleep(0.3)
        assert listener.connections == 0
        run_query(graph, sparql, allow_service=True, timeout=20)
    assert listener.connections >= 1  # the listener does see a query that is let through


def test_cli_refuses_service_before_opening_anything(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["query", str(tmp_path / "absent.ttl"), "SELECT * { SERVICE <http://h/> {} }"])
    err = capsys.readouterr().err
    assert code == 4 and "SERVICE is refused" in err and len(err.splitlines()) == 1


# ------------------------------------------------------------------------------- saved queries


def test_saved_queries_stand_alone_and_say_what_they_do(graph) -> None:  # type: ignore[no-untyped-def]
    store = pyoxigraph.Store()
    for name in saved_query_names():
        info = saved_query_info(name)
        assert len(info.description) > 20, name
        store.query(info.text)  # parses with no prefixes given: each declares its own
    assert {"quotes", "events", "evidence"} <= set(saved_query_names())


def test_list_and_show_need_no_graph(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listed] == saved_query_names()
    assert any(line.startswith("quotes") and "said" in line for line in listed)
    assert main(["query", "--show", "leaders"]) == 0
    assert capsys.readouterr().out == saved_query("leaders")
    assert main(["query", "--show", "nope"]) == 1


def test_events_come_in_date_order_and_undated_last(graph) -> None:  # type: ignore[no-untyped-def]
    rows = list(run_query(graph, saved_query("events")))
    assert [(str(r.kind), str(r.start) if r.start else None) for r in rows] == [  # type: ignore[union-attr]
        ("Meeting", "2024-03-03"),
        ("Visit", None),
    ]
    assert str(rows[0].articles) == "1" and str(rows[1].date_text) == "last week"  # type: ignore[union-attr]


def test_quotes_name_speaker_verb_and_document() -> None:
    facts = summit_facts()
    speaker = facts[0].mentions[0]
    quote = QuoteFact(speaker, "say", "We will map the coast", 1)
    facts[0] = dataclasses.replace(facts[0], quotes=(quote,))
    graph = build_graph(facts, naive_resolution(facts))
    rows = list(run_query(graph, saved_query("quotes")))
    assert [(str(r.speaker), str(r.verb), str(r.quote), str(r.document)) for r in rows] == [  # type: ignore[union-attr]
        ("Amelia Thornbury", "say", "We will map the coast", "news/a.txt")
    ]


def test_evidence_of_one_fact_with_bind(graph) -> None:  # type: ignore[no-untyped-def]
    everything = list(run_query(graph, saved_query("evidence")))
    one = list(
        run_query(
            graph,
            saved_query("evidence"),
            bindings={"subject": "Amelia Thornbury", "predicate": "tk:metWith"},
        )
    )
    assert len(one) == 2 < len(everything)
    assert {str(r.evidence) for r in one} == {  # type: ignore[union-attr]
        "Director Amelia Thornbury of the Northern Survey Office met Oskar Lindqvist in "
        "Valdmark on Mar. 3.",
        "The meeting between Amelia Thornbury and Oskar Lindqvist lasted two hours.",
    }
    assert all(str(r.object) == "Oskar Lindqvist" and str(r.document) == "news/a.txt"  # type: ignore[union-attr]
               for r in one)  # fmt: skip


def test_bind_fixes_a_variable_the_select_does_not_return(graph) -> None:  # type: ignore[no-untyped-def]
    query = "SELECT ?person WHERE { ?person a schema:Person ; rdfs:label ?name } ORDER BY ?person"
    everyone = list(run_query(graph, query))
    one = list(run_query(graph, query, bindings={"name": "Amelia Thornbury"}))
    assert len(one) == 1 < len(everyone)
    assert str(one[0].person).endswith("person/amelia-thornbury")  # type: ignore[union-attr]


# ------------------------------------------------------------------------------- limits


SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_query_past_its_time_limit_stops_with_one_line(graph) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    with pytest.raises(QueryError, match=r"ran longer than 1 s") as info:
        run_query(graph, SLOW, timeout=1)
    assert time.perf_counter() - started < 5 and "\n" not in str(info.value)


def _cli(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "textkg", "query", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    facts = summit_facts()
    path = tmp_path_factory.mktemp("query") / "summit.ttl"
    write_graph(build_graph(facts, naive_resolution(facts)), path, "turtle")
    return path


def test_cli_timeout_is_one_line(graph_file: Path) -> None:
    process = _cli(str(graph_file), SLOW, "--timeout", "1")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 4 and out == b""
    assert err.decode().splitlines() == [
        "textkg: error: the query ran longer than 1 s and was stopped "
        "(--timeout SECONDS; 0 for no limit)"
    ]


def test_csv_rows_arrive_while_the_query_runs_and_ctrl_c_is_clean(graph_file: Path) -> None:
    """A cross product far too big to hold: its first rows print at once (the answer
    streams), and Ctrl-C stops it with one line and no traceback."""
    sparql = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    process = _cli(str(graph_file), sparql, "--format", "csv", "--timeout", "0")
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 30)
    assert ready, "no row arrived"
    assert process.stdout.readline().decode().strip() == "a,b,c,d,e,f,g,h,i"
    assert process.stdout.readline().count(b",") == 8  # a row, long before the last
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"Traceback" not in err and len(err.decode().strip().splitlines()) == 1


# ------------------------------------------------------------------------------- formats


def test_tsv_is_sparql_tsv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "odd.nt"
    path.write_text('<urn:a> <urn:b> "line one\\nline two\\tand a tab" .\n', encoding="utf-8")
    assert main(["query", str(path), "SELECT ?o WHERE { ?s ?p ?o }", "--format", "tsv"]) == 0
    assert capsys.readouterr().out == '?o\n"line one\\nline two\\tand a tab"\n'
    result = run_query(path, "SELECT ?o WHERE { ?s ?p ?o }")
    assert format_result(result, "tsv") == '?o\n"line one\\nline two\\tand a tab"\n'


def test_xml_results_and_construct_as_json_ld(
    capsys: pytest.CaptureFixture[str], graph_file: Path
) -> None:
    assert main(["query", str(graph_file), LEADERS, "--format", "xml"]) == 0
    document = minidom.parseString(capsys.readouterr().out)
    assert [n.getAttribute("name") for n in document.getElementsByTagName("variable")] == [
        "name",
        "org",
    ]
    construct = "CONSTRUCT { ?s tk:leaderOf ?o } WHERE { ?s tk:leaderOf ?o }"
    assert main(["query", str(graph_file), construct, "--format", "json"]) == 0
    triples = list(pyoxigraph.parse(capsys.readouterr().out, format=pyoxigraph.RdfFormat.JSON_LD))
    assert len(triples) == 1


def test_dates_list_births_deaths_and_foundings_earliest_first() -> None:
    from factories import biography_facts, naive_resolution
    from textkg.graph import build_graph

    facts = biography_facts()
    rows = list(run_query(build_graph(facts, naive_resolution(facts)), saved_query("dates")))
    found = [(str(r[0]), str(r[1]), str(r[2])) for r in rows]  # type: ignore[index]
    assert found == [
        ("Orla Brennan", "born", "1931-05-04"),
        ("Norvia Instruments", "founded", "1968-03"),
        ("Orla Brennan", "died", "2009"),
    ]
    assert str(rows[0][4]) == "Orla Brennan (4 May 1931 – 2009) was a chemist."  # type: ignore[index]
