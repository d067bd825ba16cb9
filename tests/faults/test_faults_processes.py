"""Faults of processes and moments, end to end: an interrupt, a killed process, two builds
at once; each checked for a one-line message, the exit code, and that nothing already built is
lost. Processes are killed with SIGKILL from patched functions in a child process, never by name."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from faults_support import (
    BASE_SOURCES,
    REPO,
    UPDATE,
    command,
    good_text,
    run,
    snapshot,
    sources,
)
from textkg.cli import main
from textkg.locks import OutputLock
from textkg.outputs import state_dir

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
