"""Outputs: -o needs an existing folder unless --mkdir (a typo never creates folders
elsewhere), and a build's outputs are committed together, read past when mixed, and never
read back as articles."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from textkg.cli import main
from textkg.errors import TextkgError
from textkg.outputs import (
    OutputSet,
    checked_output,
    output_filter,
    read_manifest,
    readable_output,
    state_dir,
)


def test_a_missing_folder_is_an_error_unless_mkdir(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "x.gexf"
    with pytest.raises(TextkgError, match=r"folder .*such does not exist .*--mkdir"):
        checked_output(target)
    assert not (tmp_path / "no").exists()
    assert checked_output(target, mkdir=True) == target
    assert target.parent.is_dir()


def test_a_folder_is_not_a_file_name(tmp_path: Path) -> None:
    with pytest.raises(TextkgError, match="is a folder"):
        checked_output(tmp_path)


@pytest.mark.parametrize("command", ["export", "view"])
def test_export_and_view_do_not_create_folders(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text("<https://e.org/a> <https://e.org/p> <https://e.org/b> .\n")
    out = tmp_path / "missing" / ("x.gexf" if command == "export" else "x.html")
    assert main([command, str(graph), "-o", str(out)]) == 1
    assert "does not exist (create it, or pass --mkdir)" in capsys.readouterr().err
    assert not out.parent.exists()
    assert main([command, str(graph), "-o", str(out), "--mkdir"]) == 0
    assert out.is_file()


def build(graph: Path, contents: dict[str, str]) -> OutputSet:
    """One committed build writing ``contents`` (output name → text)."""
    with OutputSet(graph) as outputs:
        for name, text in contents.items():
            outputs.staged(name).write_text(text)
        outputs.commit()
    return outputs


def generation_one(graph: Path) -> None:
    build(graph, {"g.ttl": "ttl 1", "g.facts.jsonl.gz": "facts 1", "g.html": "html 1"})


def test_a_commit_puts_every_output_in_place_and_names_it_in_the_manifest(tmp_path: Path) -> None:
    graph = tmp_path / "graphs" / "g.ttl"
    generation_one(graph)
    assert graph.read_text() == "ttl 1"
    assert (graph.parent / "g.html").read_text() == "html 1"
    manifest = read_manifest(state_dir(graph))
    assert manifest is not None and manifest.generation == 1
    assert sorted(manifest.files) == ["g.facts.jsonl.gz", "g.html", "g.ttl"]
    committed = manifest.folder(state_dir(graph))
    assert os.path.samefile(graph, committed / "g.ttl")  # a link, not a copy
    data = json.loads((state_dir(graph) / "manifest.json").read_text())
    assert data["graph"] == "g.ttl" and data["textkg_outputs"] == 1

    build(graph, {"g.ttl": "ttl 2", "g.facts.jsonl.gz": "facts 2", "g.html": "html 2"})
    assert graph.read_text() == "ttl 2"
    assert sorted(p.name for p in state_dir(graph).iterdir()) == [
        "gen-000002",
        "lock",
        "manifest.json",
    ]


def test_leaving_without_a_commit_changes_nothing_and_leaves_nothing(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    generation_one(graph)
    with pytest.raises(RuntimeError), OutputSet(graph) as outputs:
        outputs.staged("g.ttl").write_text("half")
        raise RuntimeError("the build failed")
    assert graph.read_text() == "ttl 1"
    assert not list(state_dir(graph).glob("new-*"))
    assert outputs.interrupted_message() == (
        f"interrupted before the outputs were replaced: {graph}, "
        f"{tmp_path / 'g.facts.jsonl.gz'} and {tmp_path / 'g.html'} are as before"
    )


def test_first_build_interrupted_says_nothing_was_written(tmp_path: Path) -> None:
    with OutputSet(tmp_path / "g.ttl") as outputs:
        assert outputs.interrupted_message() == "interrupted before any output was written"


def test_a_mixed_set_is_read_past_and_put_right_by_the_next_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    graph = tmp_path / "g.ttl"
    generation_one(graph)
    facts = tmp_path / "g.facts.jsonl.gz"
    os.unlink(facts)  # as if a kill came between two renames of the next build
    facts.write_text("an older build state")
    with caplog.at_level(logging.WARNING, logger="textkg"):
        assert readable_output(graph) == graph  # the Turtle is the committed one
        chosen = readable_output(facts)
    assert chosen == state_dir(graph) / "gen-000001" / "g.facts.jsonl.gz"
    assert chosen.read_text() == "facts 1"
    assert "mixed set" in caplog.text and "generation 1" in caplog.text

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="textkg"), OutputSet(graph):
        pass
    assert "g.facts.jsonl.gz is not what the last complete build wrote" in caplog.text
    assert facts.read_text() == "facts 1"
    assert readable_output(facts) == facts


def test_without_a_manifest_files_are_read_as_they_are(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text("from an older textkg")
    assert readable_output(graph) == graph
    state_dir(graph).mkdir()
    (state_dir(graph) / "manifest.json").write_text("{not json")
    assert readable_output(graph) == graph


def test_outputs_are_copied_where_no_link_can_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    graph = tmp_path / "g.ttl"
    generation_one(graph)
    assert graph.read_text() == "ttl 1"
    assert not os.path.samefile(graph, state_dir(graph) / "gen-000001" / "g.ttl")
    assert readable_output(graph) == graph  # same bytes: not a mixed set


def test_a_folder_output_is_published_as_a_link_to_its_generation(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    (tmp_path / "g.store").mkdir()  # a folder an older build left as a real folder
    (tmp_path / "g.store" / "old").write_text("old")
    for n in (1, 2):
        with OutputSet(graph) as outputs:
            outputs.staged("g.ttl").write_text(f"ttl {n}")
            store = outputs.staged_folder("g.store")
            (store / "data").write_text(f"store {n}")
            outputs.commit()
        assert (tmp_path / "g.store").is_symlink()
        assert (tmp_path / "g.store" / "data").read_text() == f"store {n}"
        assert not (tmp_path / "g.store" / "old").exists()
    assert os.readlink(tmp_path / "g.store") == os.path.join(".g.textkg", "gen-000002", "g.store")


def test_stale_temporary_files_and_generations_are_removed_by_the_next_build(
    tmp_path: Path,
) -> None:
    graph = tmp_path / "g.ttl"
    with OutputSet(graph) as outputs:
        for name in ("g.ttl", "g.facts.jsonl.gz", "g.html"):
            outputs.staged(name).write_text(name)
        outputs.staged_folder("g.store")
        outputs.commit()
    state = state_dir(graph)
    (state / "new-999999-deadbeef").mkdir()
    (state / "new-999999-deadbeef" / "g.ttl").write_text("half")
    (state / "gen-000009").mkdir()  # renamed, but killed before the manifest named it
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    (tmp_path / f".textkg-tmp-g.html.{finished.stdout.strip()}.abc").write_text("half")
    (tmp_path / ".textkg-tmp-g.ttl.k3j4h5g6").write_text("half, from textkg 0.1")
    live = tmp_path / f".textkg-tmp-g.store.{os.getppid()}.abc"  # a reader refreshing it
    live.mkdir()
    (tmp_path / ".textkg-old-g.store.1.abc").symlink_to(".g.textkg")
    with OutputSet(graph):
        pass
    assert live.exists()
    live.rmdir()
    assert sorted(p.name for p in state.iterdir()) == ["gen-000001", "lock", "manifest.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".g.textkg",
        "g.facts.jsonl.gz",
        "g.html",
        "g.store",
        "g.ttl",
    ]


def test_the_output_filter_knows_textkg_outputs(tmp_path: Path) -> None:
    graph = tmp_path / "graphs" / "g.ttl"
    build(graph, {"g.ttl": "t", "g.html": "<html>", "g.facts.jsonl.gz": "f"})
    legacy = tmp_path / "old"
    legacy.mkdir()
    for name in ("news.ttl", "news.html", "news.facts.jsonl.gz", "article.html"):
        (legacy / name).write_text("x")
    (legacy / "news.store" / "oxigraph").mkdir(parents=True)
    (legacy / "news.store" / "oxigraph" / "LOG").write_text("RocksDB's log: text, not news")
    own = tmp_path / "mine.html"
    is_output = output_filter([own])
    outputs = [
        graph,
        graph.with_suffix(".html"),
        legacy / "news.html",
        legacy / "news.ttl",
        legacy / "news.store" / "oxigraph" / "LOG",
        own,
    ]
    for path in outputs:
        assert is_output(str(path)) == "an output of textkg, not an article", path
    assert is_output(str(legacy / "news.facts.jsonl.gz"))
    assert is_output(str(legacy / "article.html")) is None
    with OutputSet(graph) as outputs:
        outputs.staged("g.ttl").write_text("t")
        (outputs.staged_folder("g.store") / "LOG").write_text("a store's own text file")
        outputs.commit()
    assert output_filter()(str(graph.parent / "g.store" / "LOG"))


def test_a_folder_output_where_no_link_can_be_made_stops_before_the_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = tmp_path / "g.ttl"
    generation_one(graph)

    def no_symlinks(src: object, dst: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "symlink", no_symlinks)
    with (
        pytest.raises(TextkgError, match=r"takes no symbolic links.*--no-store"),
        OutputSet(graph) as outputs,
    ):
        outputs.staged("g.ttl").write_text("ttl 2")
        outputs.staged_folder("g.store")
        outputs.commit()
    assert graph.read_text() == "ttl 1"
    assert readable_output(graph) == graph
