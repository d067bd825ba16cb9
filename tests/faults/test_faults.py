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
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from spacy.language import Language
from spacy.tokens import Doc

from faults_support import (
    BASE_SOURCES,
    GOOD,
    UPDATE,
    assert_one_line_each,
    good_text,
    run,
    snapshot,
    sources,
)
from textkg.factstore import load_facts
from textkg.ingest import read_articles
from textkg.namespaces import TK
from textkg.nlp import load_model
from textkg.records import ArticleText

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


def test_utf16_json_lines_and_bom_are_still_read(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.dumps({"text": good_text(2)}) + "\n"
    Path("in/a.jsonl").write_bytes(codecs.BOM_UTF16_LE + data.encode("utf-16-le"))
    code, lines = run(capsys, "build", "in", "-o", "out/g.ttl", "-q", "--no-html")
    assert (code, lines) == (0, [])
    assert sources(Path("out/g.ttl")) == {"in/a.jsonl:1"}
