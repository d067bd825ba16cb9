"""What the fault tests share: good articles, running a command in this process, the
outputs of a graph; and the working folder and earlier graph every fault test starts from."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from textkg.cli import main
from textkg.namespaces import TK

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


def make_workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder, so that sources read ``in/a.txt``."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    return tmp_path


def make_built(workdir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
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
