"""The graph says how it was made, and leaks no folder names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF

from factories import naive_resolution, summit_facts
from textkg.cli import main
from textkg.graph import GraphOptions, build_graph, document_iri
from textkg.namespaces import TK
from textkg.provenance import BuildProvenance, graph_iri, source_path


def test_one_activity_names_the_software_options_and_inputs() -> None:
    facts = summit_facts()
    provenance = BuildProvenance(
        spacy_version="3.8.0",
        model_name="en_core_web_sm",
        model_version="3.8.0",
        options=("base=https://w3id.org/textkg/id/", "ner-weights=stock"),
    )
    graph = build_graph(facts, naive_resolution(facts), GraphOptions(provenance=provenance))
    (activity,) = graph.subjects(RDF.type, PROV.Activity)
    assert graph.value(activity, TK.modelName) == Literal("en_core_web_sm")
    assert graph.value(activity, TK.modelVersion) == Literal("3.8.0")
    assert graph.value(activity, TK.textkgVersion) is not None
    assert set(graph.objects(activity, TK.buildOption)) == {Literal(o) for o in provenance.options}
    used = set(graph.objects(activity, PROV.used))
    assert used == {document_iri(GraphOptions().base, f.article) for f in facts}
    assert graph.value(activity, PROV.generated) == graph_iri(GraphOptions().base)
    again = build_graph(facts, naive_resolution(facts), GraphOptions(provenance=provenance))
    assert set(again) == set(graph), "no clock time: the same build gives the same activity"


@pytest.mark.parametrize(
    ("source", "relative", "absolute"),
    [
        ("news/a.txt", "news/a.txt", "/work/here/news/a.txt"),
        ("/work/elsewhere/b.md", "../elsewhere/b.md", "/work/elsewhere/b.md"),
        ("/work/here/feed.jsonl:12", "feed.jsonl:12", "/work/here/feed.jsonl:12"),
        ("<stdin>", "<stdin>", "<stdin>"),
    ],
)
def test_source_paths_are_relative_unless_asked(source: str, relative: str, absolute: str) -> None:
    here = BuildProvenance(working_folder="/work/here")
    assert source_path(source, here) == relative
    kept = BuildProvenance(working_folder="/work/here", absolute_paths=True)
    assert source_path(source, kept) == absolute


def test_a_build_outside_the_inputs_folder_writes_no_absolute_path(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["build", str(examples_dir), "-o", "g.ttl", "--no-html", "--no-store", "-q"]) == 0
    assert main(["build", str(examples_dir), "-o", "abs.ttl", "--no-html", "--no-store", "-q",
                 "--absolute-paths"]) == 0  # fmt: skip
    relative = Graph().parse(work / "g.ttl")
    paths = {str(o) for o in relative.objects(None, TK.sourcePath)}
    assert paths and all(not p.startswith("/") for p in paths)
    assert all(os.path.normpath(work / p.split(":")[0]).startswith(str(examples_dir))
               for p in paths)  # fmt: skip
    absolute = Graph().parse(work / "abs.ttl")
    assert {str(o) for o in absolute.objects(None, TK.sourcePath)} >= {
        str(examples_dir / "valletta-ferry-talks.txt")
    }
    (activity,) = absolute.subjects(RDF.type, PROV.Activity)
    assert Literal("absolute-paths=true") in set(absolute.objects(activity, TK.buildOption))
    assert isinstance(absolute.value(activity, TK.modelName), Literal)
    assert isinstance(absolute.value(activity, PROV.generated), URIRef)
