"""Fault injection, end to end: every way one input, one process or one moment can go wrong,
each checked for a one-line message, the exit code, and that nothing already built is lost.

Faults are real where that is cheap (bad files, bad names, a corrupt build state, two builds
at once, a killed process) and injected where it is not: a parser or rule failure through a
test-only spaCy component or a patched function, a text over spaCy's limit by lowering the
loaded model's ``max_length`` (which makes spaCy raise exactly as on a 1.2 MB article).
Processes are killed with SIGKILL from patched functions in a child process, never by name.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from spacy.language import Language
from spacy.tokens import Doc

from textkg.cli import main
from textkg.factstore import load_facts
from textkg.ingest import read_articles
from textkg.locks import OutputLock
from textkg.namespaces import TK
from textkg.nlp import load_model
from textkg.outputs import state_dir
from textkg.records import ArticleText

REPO = Path(__file__).resolve().parent.parent

#: Short articles with facts, each about different people and places.
GOOD = [
    "Maria Lopez, the mayor of Lisbon, met Daniel Okafor in Porto on Monday. "
    "They talked about the ferry between the two cities.",
    "Henrik Larsen visited Nairobi on Tuesday, where he met Grace Wanjiru. "
    "The two ministers signed a trade agreement.",
    "Aiko Tanaka, the chief executive of Hoshino Motors, met Rafael Souza in Sao Paulo. "
    "The meeting lasted three hours.",
    "Priya Raman travelled to Ottawa on Friday and met Claire Dubois at the embassy. "
    "Both spoke to reporters afterwards.",
    "Tomasz Nowak, the governor of Silesia, visited Vienna on Sunday. "
    "He met Anna Gruber at the city hall.",
    "Fatima Haddad met Jonas Berg in Oslo on Wednesday. "
    "The talks were about fishing rights in the North Sea.",
    "Luca Romano, the director of the Turin Museum, met Sofia Petrova in Sofia. "
    "They agreed to exchange two paintings.",
    "Kwame Mensah visited Accra on Thursday and met Ama Owusu. "
    "The visit was his first since the election.",
]


def good_text(index: int) -> str:
    return GOOD[index % len(GOOD)] + f"\n\nReport number {index} of the correspondents' desk.\n"


def sources(graph: Path) -> set[str]:
    parsed = Graph().parse(graph, format="turtle")
    return {str(o) for o in parsed.objects(None, TK.sourcePath)}


#: Builds get a date (else one more warning says the articles have none) and --verbose
#: (else only the first five skips are printed one by one).
BUILD_OPTIONS = ("--date", "2024-05-01", "--verbose")


def command(*args: str | Path) -> list[str]:
    """The command line, with BUILD_OPTIONS for a build."""
    return [str(a) for a in (*args, *(BUILD_OPTIONS if args[0] == "build" else ()))]


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, list[str]]:
    """Run the command in this process: exit code and the lines on stderr."""
    code = main(command(*args))
    err = capsys.readouterr().err
    return code, err.splitlines()


def snapshot(graph: Path) -> dict[str, bytes]:
    """Every visible output of a graph, by name."""
    folder = graph.parent
    return {
        p.name: p.read_bytes()
        for p in folder.iterdir()
        if p.is_file() and p.name.startswith(graph.stem + ".")
    }


def assert_one_line_each(lines: list[str]) -> None:
    """Every line is a textkg line, and no raw control character reaches the terminal."""
    for line in lines:
        assert line.startswith("textkg: "), line
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in line), repr(line)


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder, so that sources read ``in/a.txt``."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    return tmp_path


@pytest.fixture()
def built(workdir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A graph built earlier from two articles: what must never be lost."""
    base = workdir / "base"
    base.mkdir()
    for i in range(2):
        (base / f"base{i}.txt").write_text(good_text(100 + i))
    graph = Path("out/g.ttl")  # relative to the working folder, as messages show it
    code, _ = run(capsys, "build", "base", "-o", graph, "-q")
    assert code == 0
    return graph


BASE_SOURCES = {"base/base0.txt", "base/base1.txt"}
#: ``textkg build in --update`` of the graph built earlier.
UPDATE = ("build", "in", "-o", "out/g.ttl", "--update", "-q")


# ------------------------------------------------------------------ injected failures


@Language.component("textkg_test_explode")
def _explode(doc: Doc) -> Doc:
    """Test only: a pipeline component failing on one text, as a parser bug would."""
    if "EXPLODE" in doc.text:
        raise RuntimeError("injected parser failure")
    return doc


@pytest.fixture()
def exploding_parser() -> Iterator[None]:
    nlp = load_model()
    nlp.add_pipe("textkg_test_explode", last=True)
    try:
        yield
    finally:
        nlp.remove_pipe("textkg_test_explode")


@pytest.fixture()
def unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files named locked.txt cannot be opened (chmod 0 does not stop root, who runs CI)."""
    real_open = open

    def guarded_open(path: object, *args: object, **kwargs: object) -> object:
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", guarded_open)


#: Where spaCy refuses a text in these tests (see the parser_limit fixture).
LIMIT = 6_000


@pytest.fixture()
def failing_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """An extraction rule raising on one article, as a bug in a rule would."""
    import textkg.parsing

    real = textkg.parsing.extract_facts

    def extract(doc: Doc, article: object, **kwargs: object) -> object:
        if "BREAKRULES" in doc.text:
            raise IndexError("injected rule failure")
        return real(doc, article, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(textkg.parsing, "extract_facts", extract)


def long_article(chars: int) -> str:
    paragraphs = [good_text(i) for i in range(len(GOOD))]
    text = ""
    while len(text) < chars:
        text += "".join(paragraphs)
    return text


# ------------------------------------------------------------------ one of each, among good ones


@pytest.mark.usefixtures("exploding_parser", "failing_rules", "unreadable")
def test_one_document_of_each_failure_among_good_ones_loses_no_good_one(
    built: Path,
    capsys: pytest.CaptureFixture[str],
    parser_limit: Callable[[int], int],
) -> None:
    parser_limit(LIMIT)
    folder = Path("in")
    good: set[str] = set()
    for i in range(4):
        (folder / f"good{i}.txt").write_text(good_text(i))
        good.add(f"in/good{i}.txt")
    (folder / "legacy.txt").write_bytes(good_text(4).replace("'", "’").encode("cp1252"))
    good.add("in/legacy.txt")
    long = long_article(3 * LIMIT)
    (folder / "long.txt").write_text(long)
    good.add("in/long.txt")
    (folder / "empty.txt").write_text("")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "huge.txt").write_text(good_text(5) * 20_000)
    (folder / "locked.txt").write_text(good_text(6))
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "parser.txt").write_text("EXPLODE " + good_text(7))
    (folder / "rules.txt").write_text("BREAKRULES " + good_text(8))
    records = [
        json.dumps({"text": good_text(9)}),
        '{"text": "broken',
        "[" * 100_000 + "]" * 100_000,
        '{"n": ' + "7" * 5000 + ', "text": "a number too long for Python"}',
        '{"text": "Lone \\ud800 surrogate. ' + GOOD[1] + '", "title": "Odd \\udfff title"}',
        json.dumps({"text": "EXPLODE " + good_text(10)}),
        json.dumps({"text": "BREAKRULES " + good_text(11)}),
        json.dumps({"text": good_text(12)}),
    ]
    (folder / "records.jsonl").write_text("\n".join(records) + "\n")
    good |= {"in/records.jsonl:1", "in/records.jsonl:5", "in/records.jsonl:8"}
    name = "forged\ntextkg: error: \x1b[31mred.txt"
    (folder / name).write_text("")

    code, lines = run(capsys, "build", "in", "-o", built, "--update", "--max-size", "0.3")

    assert code == 0
    assert_one_line_each(lines)
    skipped = [line for line in lines if line.startswith("textkg: warning: skipped ")]
    expected = {
        "in/empty.txt: empty file",
        "in/image.txt: binary file (PNG image)",
        "in/huge.txt: larger than 300 kB limit",
        "in/locked.txt: permission denied",
        "in/parser.txt: could not be parsed (RuntimeError: injected parser failure)",
        "in/rules.txt: facts could not be extracted (IndexError: injected rule failure)",
        "in/records.jsonl: line 2: invalid JSON",
        "in/records.jsonl: line 3: JSON nested too deeply to read",
        "in/records.jsonl: line 4: invalid JSON: Exceeds the limit (4300 digits)",
        "in/records.jsonl: line 6: could not be parsed (RuntimeError",
        "in/records.jsonl: line 7: facts could not be extracted (IndexError",
        "in/forged\\ntextkg: error: \\x1b[31mred.txt: empty file",
    }
    for fragment in expected:
        assert sum(fragment in line for line in skipped) == 1, (fragment, skipped)
    assert len(skipped) == len(expected), skipped  # the symbolic link loop is no file: ignored
    assert sources(built) == BASE_SOURCES | good
    graph = Graph().parse(built, format="turtle")
    text = {str(o) for o in graph.objects(None, TK.evidence)}
    assert any("Maria Lopez" in t for t in text)  # facts of the long article, from its windows


def test_a_text_over_the_parsers_limit_is_read_in_windows_with_exact_offsets(
    workdir: Path, capsys: pytest.CaptureFixture[str], parser_limit: Callable[[int], int]
) -> None:
    parser_limit(LIMIT)
    Path("in/long.txt").write_text(long_article(4 * LIMIT))
    code, lines = run(capsys, "build", "in", "-o", "out/g.ttl", "-q", "--no-html")
    assert (code, lines) == (0, [])
    (article,) = read_articles(["in/long.txt"])
    assert isinstance(article, ArticleText) and len(article.text) > 3 * LIMIT
    graph = Graph().parse("out/g.ttl", format="turtle")
    assert {str(o) for o in graph.objects(None, TK.sourcePath)} == {"in/long.txt"}
    statements = list(graph.subjects(TK.evidence, None))
    assert len(statements) > 10
    starts: list[int] = []
    for statement in statements:  # a fact stated in several sentences has several of each
        evidence = {str(o) for o in graph.objects(statement, TK.evidence)}
        ends = [int(o) for o in graph.objects(statement, TK.charEnd)]
        for start in (int(o) for o in graph.objects(statement, TK.charStart)):
            assert any(article.text[start:end] in evidence for end in ends)
            starts.append(start)
    assert max(starts) > 3 * LIMIT  # facts from the last window too


# ------------------------------------------------------------------ each input fault alone


def _png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


def _legacy(path: Path) -> None:
    path.write_bytes(("Café owner " + GOOD[2]).encode("cp1252"))


INPUT_FAULTS: dict[str, tuple[Callable[[Path], None], str | None]] = {
    "empty": (lambda p: p.write_text(""), "empty file"),
    "binary": (_png, "binary file (PNG image)"),
    "legacy encoding": (_legacy, None),  # read, not skipped
    "utf-16 without a mark": (lambda p: p.write_bytes(GOOD[3].encode("utf-16-le")), None),
    "broken json line": (
        lambda p: p.with_suffix(".jsonl").write_text('{"text": "unterminated\n'),
        "line 1: invalid JSON",
    ),
    "deep json": (
        lambda p: p.with_suffix(".jsonl").write_text("{" + '"a":{' * 100_000 + "\n"),
        "line 1: JSON nested too deeply to read",
    ),
    "no text field": (
        lambda p: p.with_suffix(".jsonl").write_text('{"title": "no body"}\n'),
        'line 1: no "text" field',
    ),
    "symlink loop": (lambda p: p.symlink_to(p.name), "broken symbolic link"),
    "huge": (lambda p: p.write_text("word " * 300_000), "larger than 1 MB limit"),
    "unsupported type": (lambda p: p.with_suffix(".pdf").write_bytes(b"%PDF-1.4\n"), "PDF"),
}


@pytest.mark.parametrize("fault", sorted(INPUT_FAULTS))
def test_an_input_fault_is_one_line_and_loses_nothing(
    fault: str, built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, message = INPUT_FAULTS[fault]
    make(Path("in/bad.txt"))
    (bad,) = [p for p in Path("in").iterdir() if p.is_symlink() or p.exists()]
    Path("new").mkdir()
    Path("new/fresh.txt").write_text(good_text(3))
    before = snapshot(built)

    # the bad input alone: the build fails in one line, the earlier graph is kept
    code, lines = run(capsys, "build", bad, "-o", built, "--max-size", "1", "-q")
    if message is None:
        assert code == 0, lines
        assert sources(built) == {bad.as_posix()}
        return
    assert code == 2
    assert_one_line_each(lines)
    assert lines[-1].startswith("textkg: error: no readable articles in in/bad")
    assert message in lines[-1]
    assert snapshot(built) == before

    # among a good one, with --update: one warning, every article kept
    code, lines = run(capsys, "build", bad, "new", "-o", built, "--update", "--max-size", "1", "-q")
    assert code == 0
    assert_one_line_each(lines)
    assert len(lines) == 2 and message in lines[0], lines
    assert lines[1].startswith("textkg: warning: 1 input skipped: 1 ")
    assert sources(built) == BASE_SOURCES | {"new/fresh.txt"}


@pytest.mark.usefixtures("unreadable")
def test_an_unreadable_file_is_one_line_and_loses_nothing(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("in/locked.txt").write_text(good_text(0))
    Path("in/fresh.txt").write_text(good_text(1))
    code, lines = run(capsys, *UPDATE)
    assert code == 0
    assert lines == [
        "textkg: warning: skipped in/locked.txt: permission denied",
        "textkg: warning: 1 input skipped: 1 permission denied",
    ]
    assert sources(built) == BASE_SOURCES | {"in/fresh.txt"}


def test_a_lone_surrogate_anywhere_in_a_record_is_cleaned_at_ingest(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("in/a.jsonl").write_text(
        '{"text": "Odd \\ud800 text. ' + GOOD[0] + '", "title": "T\\udfff", '
        '"author": ["Ann \\udbff Lee"], "nul": "\\u0000"}\n'
    )
    code, lines = run(capsys, "build", "in", "-o", "out/g.ttl", "-q", "--keep-clutter")
    assert (code, lines) == (0, [])
    (facts,) = load_facts("out/g.facts.jsonl.gz")
    assert facts.article.text.startswith("Odd \ufffd text. Maria Lopez")
    assert facts.article.meta.headline == "T\ufffd"
    assert facts.article.meta.authors == ("Ann \ufffd Lee",)
    assert '"T\ufffd"' in Path("out/g.ttl").read_text(encoding="utf-8")


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open(os.path.join(b"in", b"caf\xe9.txt"), "wb") as handle:
        handle.write(good_text(1).encode())
    with open(os.path.join(b"in", b"bad\xff.txt"), "wb") as handle:
        handle.write(b"")
    code, lines = run(capsys, "build", "in", "-o", "out/g.ttl", "--no-html")
    assert code == 0
    assert "textkg: warning: skipped in/bad\\xff.txt: empty file" in lines
    assert sources(Path("out/g.ttl")) == {"in/caf\\xe9.txt"}


def test_names_with_newlines_and_escape_codes_cannot_forge_lines(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("in/a\nb.txt").write_text("")
    Path("in/\x1b]0;owned\x07title.txt").write_text("")
    Path("in/\u202eevil.txt").write_text("")
    code, lines = run(capsys, "build", "in", "-o", "out/g.ttl")
    assert code == 2
    assert_one_line_each(lines)
    assert len(lines) == 4  # three warnings and the error
    assert not any(line.startswith("textkg: error: forged") for line in lines)
    assert "textkg: warning: skipped in/a\\nb.txt: empty file" in lines
    assert "textkg: warning: skipped in/\\x1b]0;owned\\x07title.txt: empty file" in lines
    assert "textkg: warning: skipped in/\\u202eevil.txt: empty file" in lines


# ------------------------------------------------------------------ options and state


@pytest.mark.parametrize(
    ("base", "problem"),
    [
        ("javascript:alert(1)", "not an absolute http:// or https:// IRI"),
        ("not a base", "not an absolute http:// or https:// IRI"),
        ("https://example.org/a b/", "' ' may not appear in an IRI"),
        ("https://example.org/<x>/", "'<' may not appear in an IRI"),
        ("https://example.org/kg", "must end with / or #"),
    ],
)
def test_a_bad_base_is_one_line_before_any_work(
    base: str, problem: str, built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("in/a.txt").write_text(good_text(0))
    before = snapshot(built)
    code, lines = run(capsys, "build", "in", "-o", built, "--base", base)
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith(f"textkg: error: --base {base!r}: ")
    assert problem in lines[0]
    assert snapshot(built) == before


def test_a_corrupt_build_state_is_found_before_any_article_is_parsed(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import textkg.pipeline

    def parse(*args: object, **kwargs: object) -> object:
        raise AssertionError("articles were parsed before the build state was checked")

    monkeypatch.setattr(textkg.pipeline, "extract_all", parse)
    Path("in/a.txt").write_text(good_text(0))
    facts = built.with_name("g.facts.jsonl.gz")
    for damage in (b"{broken header\n", b'["a list"]\n', b'{"textkg_facts": 1}\n{"source": 1}\n'):
        facts.write_bytes(gzip.compress(damage))  # in place: the committed copy is damaged too
        before = snapshot(built)
        code, lines = run(capsys, "build", "in", "-o", built, "--update")
        assert code == 1
        assert len(lines) == 1 and lines[0].startswith("textkg: error: out/g.facts.jsonl.gz: ")
        assert "internal error" not in lines[0]
        assert snapshot(built) == before
    facts.write_bytes(b"\x1f\x8b\x08\x00garbage")
    code, lines = run(capsys, "build", "in", "-o", built, "--update")
    assert code == 1 and "unreadable build state" in lines[0] and len(lines) == 1


def test_building_a_folder_twice_never_reads_its_own_outputs(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = workdir / "in"
    for i in range(2):
        (project / f"a{i}.txt").write_text(good_text(i))
    os.chdir(project)
    code, lines = run(capsys, "build", ".", "-q")
    assert (code, lines) == (0, [])
    first = Path("graphs/in.ttl").read_bytes()
    code, lines = run(capsys, "build", ".")
    out_lines = lines
    assert code == 0 and out_lines == []
    assert Path("graphs/in.ttl").read_bytes() == first
    assert sources(Path("graphs/in.ttl")) == {"a0.txt", "a1.txt"}
    code, lines = run(capsys, "build", "graphs/in.html", "a0.txt", "-o", "other.ttl", "-q")
    assert code == 0
    assert lines == [
        "textkg: warning: skipped graphs/in.html: an output of textkg, not an article",
        "textkg: warning: 1 input skipped: 1 an output of textkg, not an article",
    ]


def test_an_output_named_like_a_view_is_refused(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("in/a.txt").write_text(good_text(0))
    code, lines = run(capsys, "build", "in", "-o", "out/g.html")
    assert code == 1 and len(lines) == 1 and "name the graph .ttl" in lines[0]


# ------------------------------------------------------------------ interrupts


def test_ctrl_c_before_the_commit_says_the_outputs_are_as_before(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import textkg.pipeline

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(textkg.pipeline, "save_facts", interrupted)
    Path("in/a.txt").write_text(good_text(0))
    before = snapshot(built)
    code, lines = run(capsys, "build", "in", "-o", built, "--update", "-q")
    assert code == 130
    assert lines == [
        "textkg: interrupted before the outputs were replaced: out/g.ttl, "
        "out/g.facts.jsonl.gz, out/g.html and out/g.store are as before"
    ]
    assert snapshot(built) == before
    assert not list(state_dir(built).glob("new-*"))


def test_sigterm_while_parsing_stops_the_build_like_ctrl_c(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import textkg.parsing

    def terminated(*args: object, **kwargs: object) -> None:
        signal.raise_signal(signal.SIGTERM)

    monkeypatch.setattr(textkg.parsing, "extract_facts", terminated)
    Path("in/a.txt").write_text(good_text(0))
    before = snapshot(built)
    code, lines = run(capsys, "build", "in", "-o", built, "-q")
    assert code == 130 and len(lines) == 1 and "are as before" in lines[0]
    assert snapshot(built) == before


def test_ctrl_c_while_outputs_are_replaced_waits_and_says_they_were(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import textkg.outputs

    real = textkg.outputs._publish_one

    def publish(*args: Path) -> None:
        signal.raise_signal(signal.SIGINT)  # held back until every output is in place
        real(*args)

    monkeypatch.setattr(textkg.outputs, "_publish_one", publish)
    Path("in/a.txt").write_text(good_text(0))
    code, lines = run(capsys, "build", "in", "-o", built, "--update", "-q")
    assert code == 130
    assert lines == [
        "textkg: interrupted after the outputs were replaced: out/g.ttl, "
        "out/g.facts.jsonl.gz, out/g.html and out/g.store are this build's"
    ]
    monkeypatch.setattr(textkg.outputs, "_publish_one", real)
    code, lines = run(capsys, "query", built, "ASK { ?d tk:sourcePath 'in/a.txt' }")
    assert (code, lines) == (0, [])
    assert sources(built) == BASE_SOURCES | {"in/a.txt"}


# ------------------------------------------------------------------ killed processes


def python(
    script: str, *args: str | Path, cwd: Path, timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    """Run ``script`` then textkg's main(args) in a child process (faults that kill it)."""
    code = (
        textwrap.dedent(script)
        + "\nfrom textkg.cli import main\nraise SystemExit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.run(
        [sys.executable, "-c", "import sys\n" + code, *command(*args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_a_kill_while_outputs_are_replaced_leaves_a_set_readers_see_through(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("in/a.txt").write_text(good_text(0))
    killed = python(
        """
        import os, signal, textkg.outputs as outputs
        real, calls = outputs._publish_one, []
        def publish(*args):
            calls.append(args)
            if len(calls) == 2:
                os.kill(os.getpid(), signal.SIGKILL)
            real(*args)
        outputs._publish_one = publish
        """,
        *UPDATE,
        cwd=Path.cwd(),
    )
    assert killed.returncode == -signal.SIGKILL
    assert sources(built) == BASE_SOURCES  # the Turtle is still the earlier one...
    # ... but the build state is the new one: a reader sees the set is mixed and reads past it
    assert main(["query", str(built), "SELECT ?p WHERE { ?d tk:sourcePath ?p }"]) == 0
    shown = capsys.readouterr()
    lines = shown.err.splitlines()
    assert len(lines) == 1 and "mixed set" in lines[0] and "generation 2" in lines[0]
    assert "in/a.txt" in shown.out
    # the next build says so, puts the complete build in place and adds to it
    Path("in/b.txt").write_text(good_text(1))
    code, lines = run(capsys, "build", "in/b.txt", "-o", built, "--update", "-q")
    assert code == 0
    assert lines == [
        "textkg: warning: out/g.ttl: g.html, g.store, g.ttl are not what the last complete "
        "build wrote "
        "(a build was stopped while replacing the outputs, or a file was changed since); "
        "putting back that build (generation 2)"
    ]
    assert sources(built) == BASE_SOURCES | {"in/a.txt", "in/b.txt"}
    assert sorted(p.name for p in state_dir(built).iterdir()) == [
        "gen-000003",
        "lock",
        "manifest.json",
    ]


def test_a_kill_while_writing_leaves_the_outputs_and_no_litter_for_long(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("in/a.txt").write_text(good_text(0))
    before = snapshot(built)
    killed = python(
        """
        import os, signal, textkg.pipeline as pipeline
        def save_facts(*args):
            os.kill(os.getpid(), signal.SIGKILL)
        pipeline.save_facts = save_facts
        """,
        *UPDATE,
        cwd=Path.cwd(),
    )
    assert killed.returncode == -signal.SIGKILL
    assert snapshot(built) == before
    assert list(state_dir(built).glob("new-*"))  # the killed build's half-written generation
    litter = built.parent / ".textkg-tmp-g.ttl.k3j4h5g6"  # as textkg 0.1 named them
    litter.write_text("half")
    code, lines = run(capsys, "build", "in", "-o", built, "--update", "-q")
    assert (code, lines) == (0, [])
    assert not list(state_dir(built).glob("new-*"))
    assert not litter.exists()
    assert sources(built) == BASE_SOURCES | {"in/a.txt"}


def test_a_worker_that_dies_costs_only_its_article_and_never_hangs(workdir: Path) -> None:
    good = set()
    for i in range(6):
        Path(f"in/good{i}.txt").write_text(good_text(i))
        good.add(f"in/good{i}.txt")
    Path("in/killer.txt").write_text("KILLWORKER " + good_text(7))
    done = python(
        """
        import os, signal, textkg.parsing as parsing
        real = parsing.extract_facts
        def extract(doc, article, **kwargs):
            if "KILLWORKER" in article.text:
                os.kill(os.getpid(), signal.SIGKILL)  # as the kernel kills for memory
            return real(doc, article, **kwargs)
        parsing.extract_facts = extract
        """,
        "build",
        "in",
        "-o",
        "out/g.ttl",
        "--jobs",
        "2",
        "--batch-size",
        "3",
        "-q",
        "--no-html",
        cwd=workdir,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines == [
        "textkg: warning: skipped in/killer.txt: the worker process died each time it read "
        "this (out of memory, or killed); left out",
        "textkg: warning: 1 input skipped: 1 the worker process died each time it read this",
    ]
    assert sources(workdir / "out/g.ttl") == good


# ------------------------------------------------------------------ two builds at once


def test_a_second_build_of_the_same_graph_stops_in_one_line_or_waits(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("in/a.txt").write_text(good_text(0))
    before = snapshot(built)
    with OutputLock(state_dir(built) / "lock", "someone else"):
        code, lines = run(capsys, "build", "in", "-o", built, "--update")
        assert code == 75
        assert len(lines) == 1
        assert lines[0].startswith(
            f"textkg: error: out/g.ttl: another textkg build (process {os.getpid()}) is writing it"
        )
        assert lines[0].endswith("or add --wait")
        assert snapshot(built) == before
        waiting = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "textkg",
                "build",
                "in",
                "-o",
                str(built),
                "--update",
                "--wait",
                "-q",
            ],
            cwd=Path.cwd(),
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
            stderr=subprocess.PIPE,
            text=True,
        )
        assert waiting.stderr is not None
        first = waiting.stderr.readline()
        assert first.startswith("textkg: waiting for another textkg build")
        assert snapshot(built) == before
    assert waiting.wait(timeout=240) == 0
    assert sources(built) == BASE_SOURCES | {"in/a.txt"}


def test_two_updates_at_once_keep_both_sets_of_articles(built: Path) -> None:
    wanted = set(BASE_SOURCES)
    for side in ("a", "b"):
        Path(side).mkdir()
        for i in range(3):
            Path(f"{side}/{side}{i}.txt").write_text(good_text(i + (0 if side == "a" else 3)))
            wanted.add(f"{side}/{side}{i}.txt")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "textkg",
                *command("build", side, "-o", built, "--update", "--wait", "-q"),
            ],
            cwd=Path.cwd(),
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for side in ("a", "b")
    ]
    for process in runs:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert all(line.startswith("textkg: waiting for") for line in err.splitlines())
    assert sources(built) == wanted


def test_utf16_json_lines_and_bom_are_still_read(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.dumps({"text": good_text(2)}) + "\n"
    Path("in/a.jsonl").write_bytes(codecs.BOM_UTF16_LE + data.encode("utf-16-le"))
    code, lines = run(capsys, "build", "in", "-o", "out/g.ttl", "-q", "--no-html")
    assert (code, lines) == (0, [])
    assert sources(Path("out/g.ttl")) == {"in/a.jsonl:1"}
