"""The store beside a graph: written with the build, refreshed when the Turtle changes, and a
cache of stores for any other RDF file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from factories import naive_resolution, summit_facts
from textkg.errors import TextkgError
from textkg.export import write_graph
from textkg.graph import build_graph
from textkg.sparql import run_query
from textkg.store import (
    CACHE_LIMIT,
    DATA_FOLDER,
    cache_root,
    data_folder,
    is_fresh,
    open_store,
    store_location,
    store_path_for,
    update_store,
    write_store,
)

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def summit_graph():  # type: ignore[no-untyped-def]
    facts = summit_facts()
    return build_graph(facts, naive_resolution(facts))


def count(path: Path) -> int:
    return int(next(iter(run_query(path, COUNT)))[0])  # type: ignore[index]


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    """A graph as a build leaves it: the Turtle, then its store stamped with it."""
    graph = summit_graph()
    path = tmp_path / "summit.ttl"
    write_graph(graph, path, "turtle")
    write_store(graph, store_path_for(path), source=path)
    return path


def test_the_store_beside_the_turtle_answers(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEXTKG_CACHE_DIR", str(tmp_path / "cache"))
    store = store_path_for(built)
    assert store.name == "summit.store" and (store / DATA_FOLDER).is_dir()
    assert is_fresh(store, built)
    assert count(built) == len(summit_graph())
    assert store_location(built) == store
    assert not (tmp_path / "cache").exists(), "no cached copy was needed"


def test_a_changed_turtle_refreshes_its_store(built: Path) -> None:
    before = count(built)
    with built.open("a", encoding="utf-8") as handle:
        handle.write('<urn:x:a> <urn:x:b> "added" .\n')
    assert not is_fresh(store_path_for(built), built)
    assert count(built) == before + 1
    assert is_fresh(store_path_for(built), built)


def test_a_touched_but_unchanged_turtle_keeps_its_store(built: Path) -> None:
    data = store_path_for(built) / DATA_FOLDER
    inode = data.stat().st_ino
    os.utime(built, ns=(1_000_000_000, 1_000_000_000))
    assert is_fresh(store_path_for(built), built)  # the hash decides, and the stamp is renewed
    count(built)
    assert data.stat().st_ino == inode


def test_any_rdf_file_is_loaded_once_into_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "two-graphs.trig"
    path.write_text(
        "<urn:g:1> { <urn:a> <urn:p> 1 . }\n<urn:g:2> { <urn:b> <urn:p> 2 . }\n", "utf-8"
    )
    assert count(path) == 2  # all graphs are queried as one
    location = store_location(path)
    assert location.parent == cache_root() / "stores"
    inode = (location / DATA_FOLDER).stat().st_ino
    assert count(path) == 2
    assert (location / DATA_FOLDER).stat().st_ino == inode, "loaded once"
    path.write_text("<urn:g:1> { <urn:a> <urn:p> 1 . }\n", "utf-8")
    assert count(path) == 1


def test_the_cache_keeps_a_bounded_number_of_stores(tmp_path: Path) -> None:
    for index in range(CACHE_LIMIT + 3):
        path = tmp_path / f"g{index}.nt"
        path.write_text(f'<urn:a> <urn:p> "{index}" .\n', "utf-8")
        store_location(path)
    stores = [p for p in (cache_root() / "stores").iterdir() if p.name.startswith("g")]
    assert len(stores) <= CACHE_LIMIT


def test_a_store_folder_opens_directly(built: Path) -> None:
    opened = open_store(store_path_for(built))
    assert opened.location == store_path_for(built)
    with pytest.raises(TextkgError, match="not a textkg or Oxigraph store"):
        open_store(built.parent)


def test_a_failed_load_keeps_the_old_store_and_leaves_nothing_behind(built: Path) -> None:
    store = store_path_for(built)
    built.write_text("<urn:a> <urn:b> .", encoding="utf-8")  # not valid Turtle
    with pytest.raises(TextkgError, match=r"(?i)summit\.ttl: not valid turtle"):
        open_store(built)
    assert (store / DATA_FOLDER).is_dir()
    assert sorted(p.name for p in built.parent.iterdir()) == ["summit.store", "summit.ttl"]


def test_leftovers_of_a_killed_writer_are_removed(built: Path) -> None:
    dead = built.parent / ".textkg-tmp-summit.store.999999999.abcd1234"
    (dead / DATA_FOLDER).mkdir(parents=True)
    write_store(summit_graph(), store_path_for(built), source=built)
    assert not dead.exists()


def test_a_build_writes_the_store_and_query_uses_it(
    tmp_path: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from textkg.cli import main

    out = tmp_path / "ex.ttl"
    assert main(["build", str(examples_dir), "-o", str(out), "--no-html", "-q"]) == 0
    assert is_fresh(store_path_for(out), out)
    shutil.rmtree(cache_root() / "stores", ignore_errors=True)
    assert main(["query", str(out), "ASK { ?s a schema:Person }"]) == 0
    assert capsys.readouterr().out == "true\n"
    assert not (cache_root() / "stores").exists()
    assert main(["build", str(examples_dir), "-o", str(tmp_path / "n.ttl"), "--no-html",
                 "--no-store", "-q"]) == 0  # fmt: skip
    assert not store_path_for(tmp_path / "n.ttl").exists()


def test_a_build_of_a_folder_holding_a_store_reads_none_of_it(
    tmp_path: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from textkg.cli import main

    folder = tmp_path / "articles"
    shutil.copytree(examples_dir, folder)
    out = folder / "graph.ttl"
    assert main(["build", str(folder), "-o", str(out), "--no-html", "-q"]) == 0
    assert (store_path_for(out) / DATA_FOLDER).is_dir()
    capsys.readouterr()
    assert main(["build", str(folder), "-o", str(out), "--no-html", "--verbose"]) == 0
    captured = capsys.readouterr()
    assert "graph.store/" not in captured.out + captured.err  # no file of it read or skipped


def test_a_store_written_in_batches_holds_every_triple(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the bulk loader gets the graph a few quads at a time (memory stays flat)
    graph = summit_graph()
    path = tmp_path / "summit.ttl"
    write_graph(graph, path, "turtle")
    monkeypatch.setattr("textkg.store.BULK_BATCH", 7)
    write_store(graph, store_path_for(path), source=path)
    assert count(path) == len(graph)


# ---------------------------------------------------------------- updates

_UNDOING = {  # c.txt's Hanna Lisa Berg undoes b.txt's Hanna Berg joining a.txt's Hanna Maria Berg
    "a.txt": "Director Hanna Maria Berg of the Baltic Survey Agency met Mayor Tomas Lind in Riga "
    "on Monday.",
    "b.txt": "Hanna Berg visited Oslo on Tuesday. Berg said the talks went well.",
    "c.txt": "Hanna Lisa Berg, a lawyer, opened an office in Tallinn on Friday.",
}


def _quads(graph: Path) -> set[ox.Quad]:
    return set(ox.Store.read_only(str(data_folder(store_path_for(graph)))))


def _spy_update_store(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    import textkg.pipeline

    taken: list[bool] = []
    real = textkg.pipeline.update_store

    def spy(*args: Path) -> bool:
        taken.append(real(*args))
        return taken[-1]

    monkeypatch.setattr("textkg.pipeline.update_store", spy)
    return taken


@pytest.mark.parametrize("compared", [True, False])
def test_an_update_changes_the_earlier_store_into_the_full_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compared: bool
) -> None:
    from textkg.cli import main

    for name, text in _UNDOING.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    a, b, c = (str(tmp_path / name) for name in _UNDOING)
    together, stepwise = tmp_path / "together.ttl", tmp_path / "stepwise.ttl"
    assert main(["build", a, b, c, "-o", str(together), "--no-html", "-q"]) == 0
    taken = _spy_update_store(monkeypatch)
    if not compared:  # the files cannot be compared block by block: the whole file is loaded
        monkeypatch.setattr("textkg.store.turtle_changes", lambda old, new: None)
    assert main(["build", a, b, "-o", str(stepwise), "--no-html", "-q"]) == 0
    assert taken == []  # nothing to start from
    before = _quads(stepwise)
    assert main(["build", c, "-o", str(stepwise), "--update", "--no-html", "-q"]) == 0
    assert taken == [compared]
    assert stepwise.read_bytes() == together.read_bytes()
    assert _quads(stepwise) == _quads(together) != before
    assert is_fresh(store_path_for(stepwise), stepwise)
    hanna_berg = ox.NamedNode("https://w3id.org/textkg/id/person/hanna-berg")
    assert not any(q.subject == hanna_berg for q in before)
    assert any(q.subject == hanna_berg for q in _quads(stepwise))


def test_a_store_that_does_not_mirror_the_earlier_turtle_is_not_updated(
    built: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "newer" / "summit.ttl"
    newer.parent.mkdir()
    shutil.copyfile(built, newer)
    built.write_text(built.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    target = tmp_path / "newer" / "summit.store"
    assert not update_store(store_path_for(built), built, newer, target)
    assert not target.exists()


def test_a_build_of_other_articles_over_a_graph_holds_only_the_new_triples(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textkg.cli import main

    for name, text in _UNDOING.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    a, _, c = (str(tmp_path / name) for name in _UNDOING)
    fresh, over = tmp_path / "fresh.ttl", tmp_path / "over.ttl"
    assert main(["build", c, "-o", str(fresh), "--no-html", "-q"]) == 0
    assert main(["build", a, "-o", str(over), "--no-html", "-q"]) == 0
    taken = _spy_update_store(monkeypatch)
    assert main(["build", c, "-o", str(over), "--no-html", "-q"]) == 0  # not --update
    assert taken == [True]  # a's subjects removed, c's added, the vocabulary's kept
    assert over.read_bytes() == fresh.read_bytes()
    assert _quads(over) == _quads(fresh)
    tomas_lind = ox.NamedNode("https://w3id.org/textkg/id/person/tomas-lind")
    assert not any(q.subject == tomas_lind for q in _quads(over))
