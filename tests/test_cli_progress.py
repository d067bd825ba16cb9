"""The build's progress bar and the end-of-build summary of warnings."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console

from textkg.cli import main
from textkg.cli.progress import BuildProgress, expected_items
from textkg.ingest import Article
from textkg.records import ArticleText, SkippedInput


def test_the_total_is_known_before_parsing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Two.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n')
    inputs = [str(tmp_path), str(tmp_path / "nothing-here"), Article(text="memory")]
    assert expected_items(inputs) == 2 + 3 + 1 + 1
    assert expected_items(["-"]) is None


def test_the_bar_shows_done_of_total_percentage_rate_and_time_left() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=160)
    progress = BuildProgress(enabled=True, total=4, console=console)
    with progress as observer:
        observer.article_read(ArticleText("a.txt", "One two three."), 3)
        observer.input_skipped(SkippedInput("b.txt", "empty file"))
        assert progress.progress is not None
        progress.progress.refresh()
        drawn = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue())
    assert "2/4" in drawn and "50%" in drawn
    assert "docs/s" in drawn and "words/s" in drawn
    assert "-:--:--" in drawn or re.search(r"\d+:\d\d:\d\d", drawn)
    # the warning is printed above the bar, as its own line
    assert "textkg: warning: skipped b.txt: empty file" in drawn


def test_a_build_prints_a_few_warnings_then_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(
        "Director Amelia Thornbury of the Northern Survey Office visited Valdmark.",
        encoding="utf-8",
    )
    for i in range(8):
        (inputs / f"empty{i}.txt").write_text("", encoding="utf-8")
    out = tmp_path / "g.ttl"  # outside the inputs: the build's own outputs are not read
    assert main(["build", str(inputs), "-o", str(out), "--no-html"]) == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if line.startswith("textkg: warning")]
    assert sum("skipped" in w and "empty file" in w for w in warnings) == 5
    assert "textkg: warning: 8 inputs skipped: 8 empty; see --verbose for each" in warnings
    assert any("1 article has no publication date" in w for w in warnings)
    assert "model           " in captured.out
    assert main(["build", str(inputs), "-o", str(out), "--no-html", "--verbose"]) == 0
    captured = capsys.readouterr()
    assert sum("empty file" in line for line in captured.err.splitlines()) == 8
    assert captured.out.count(": empty file") == 8
