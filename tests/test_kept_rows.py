"""An ``--update`` writes again only the graph rows of the articles and entities it changed,
and reads the rest from the earlier build's kept tables: its graph, view and store are the
bytes one build of all the articles writes, whatever the new articles do to the old ones."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from fixtures.resolve.builder import ORG, PL, Doc, P, entity_of, label_of
from textkg.factstore import CompactFacts, facts_path_for, load_compact_facts
from textkg.graph import GraphOptions
from textkg.keptrows import KEPT_FOLDER, MAX_FILES
from textkg.outputs import read_manifest, state_dir
from textkg.pipeline import BuildResult, save_build
from textkg.records import RelationFact, Resolution
from textkg.resolve import resolve_entities
from textkg.vocabulary import TK


def _kept(graph: Path) -> dict[str, object]:
    """The rows.json of the graph's committed generation."""
    state = state_dir(graph)
    manifest = read_manifest(state)
    assert manifest is not None
    data: dict[str, object] = json.loads(
        (manifest.folder(state) / KEPT_FOLDER / "rows.json").read_text(encoding="utf-8")
    )
    return data


def _owners(graph: Path) -> dict[str, int]:
    articles = _kept(graph)["articles"]
    assert isinstance(articles, dict)
    return {source: owner for source, (owner, _) in articles.items()}


def _build(
    graph: Path, docs: Sequence[Doc], *, update: bool = False, base: str | None = None
) -> Resolution:
    facts = CompactFacts.of(d.facts() for d in docs)
    if update:
        facts = load_compact_facts(facts_path_for(graph)).merged(facts)
    resolution = resolve_entities(facts)
    options = GraphOptions() if base is None else GraphOptions(base=base)
    result = BuildResult(facts, resolution, (), 0, 0.0, options, update=update)
    save_build(result, graph, view=True)
    return resolution


def _same_as_one_build(tmp_path: Path, graph: Path, docs: Sequence[Doc], **options: str) -> None:
    whole = tmp_path / "whole" / graph.name
    whole.parent.mkdir(exist_ok=True)
    _build(whole, docs, **options)  # type: ignore[arg-type]
    for suffix in (".ttl", ".html"):
        assert graph.with_suffix(suffix).read_bytes() == whole.with_suffix(suffix).read_bytes()


def test_an_old_article_whose_person_a_new_one_names_in_full_is_written_again(
    tmp_path: Path,
) -> None:
    a = Doc("a.txt", ["Amelia Thornbury closed the archive in Lima."])
    short = a.m("Amelia Thornbury", P)
    a.m("Lima", PL)
    c = Doc("c.txt", ["The Lima Harbour Board met on Tuesday."])
    c.m("Lima Harbour Board", ORG)
    b = Doc("b.txt", ["Amelia Rose Thornbury opened the archive again."])
    full = b.m("Amelia Rose Thornbury", P)
    graph = tmp_path / "graph.ttl"
    first = _build(graph, [a, c])
    assert label_of(first, a, short) == "Amelia Thornbury"
    before = _owners(graph)
    after_update = _build(graph, [b], update=True)
    # the merge gave the person the full name, so a.txt's mention names another IRI
    assert label_of(after_update, a, short) == "Amelia Rose Thornbury"
    assert entity_of(after_update, a, short) == entity_of(after_update, b, full)
    owners = _owners(graph)
    assert owners["a.txt"] != before["a.txt"]  # written again
    assert owners["c.txt"] == before["c.txt"]  # read from the earlier table
    _same_as_one_build(tmp_path, graph, [a, b, c])


def test_a_new_statement_about_an_old_entity_leaves_the_old_article_as_it_was(
    tmp_path: Path,
) -> None:
    a = Doc("a.txt", ["Halvard Brenne founded Ostmark Ferries."])
    a.m("Halvard Brenne", P)
    a.m("Ostmark Ferries", ORG)
    b = Doc("b.txt", ["Halvard Brenne leads Ostmark Ferries from Tromsø."])
    person, company = b.m("Halvard Brenne", P), b.m("Ostmark Ferries", ORG)
    b.m("Tromsø", PL)
    b.relations.append(RelationFact(person, TK.leaderOf, company, 0, "test", 0.9))
    graph = tmp_path / "graph.ttl"
    _build(graph, [a])
    before = _owners(graph)
    _build(graph, [b], update=True)
    assert _owners(graph)["a.txt"] == before["a.txt"]
    turtle = graph.read_text(encoding="utf-8")
    assert "leaderOf" in turtle and "Tromsø" in turtle
    _same_as_one_build(tmp_path, graph, [a, b])


def test_an_article_read_again_with_new_text_replaces_its_rows(tmp_path: Path) -> None:
    a = Doc("a.txt", ["Greta Lindqvist sailed from Bergen."])
    a.m("Greta Lindqvist", P)
    a.m("Bergen", PL)
    other = Doc("b.txt", ["Nils Aarvik stayed in Oslo."])
    other.m("Nils Aarvik", P)
    other.m("Oslo", PL)
    again = Doc("a.txt", ["Greta Lindqvist sailed from Stavanger instead."])
    again.m("Greta Lindqvist", P)
    again.m("Stavanger", PL)
    graph = tmp_path / "graph.ttl"
    _build(graph, [a, other])
    _build(graph, [again], update=True)
    assert "Bergen" not in graph.read_text(encoding="utf-8")
    _same_as_one_build(tmp_path, graph, [again, other])


def test_updates_in_a_row_pile_up_tables_until_one_writes_them_all_again(
    tmp_path: Path,
) -> None:
    towns = ["Narvik", "Alta", "Bodø", "Molde", "Hamar", "Skien", "Halden", "Larvik"]
    people = ["Ingrid Solberg", "Per Vik", "Kari Holm", "Ola Dahl", "Siri Lund", "Eirik Moe"]
    docs = []
    for n, (name, town) in enumerate((p, t) for p in people for t in towns):
        doc = Doc(f"{n:02d}.txt", [f"{name} {n} visited {town}."])
        doc.m(f"{name} {n}", P)
        doc.m(town, PL)
        docs.append(doc)
    graph = tmp_path / "graph.ttl"
    counts = []
    for n in range(MAX_FILES + 1):
        # the first build has most articles, each update adds one
        new = docs[: len(docs) - MAX_FILES] if n == 0 else [docs[len(docs) - MAX_FILES - 1 + n]]
        _build(graph, new, update=n > 0)
        files = _kept(graph)["files"]
        assert isinstance(files, list)
        counts.append(len(files))
        _same_as_one_build(tmp_path, graph, docs[: len(docs) - MAX_FILES + n])
    assert counts == [*range(1, MAX_FILES + 1), 1]


def test_an_update_with_another_base_writes_every_row(tmp_path: Path) -> None:
    a = Doc("a.txt", ["Tove Marstrand opened a bakery in Visby."])
    a.m("Tove Marstrand", P)
    b = Doc("b.txt", ["Visby welcomed Tove Marstrand's second bakery."])
    b.m("Tove Marstrand", P)
    graph = tmp_path / "graph.ttl"
    _build(graph, [a])
    _build(graph, [b], update=True, base="https://example.org/kg/")
    files = _kept(graph)["files"]
    assert files == ["rows-0001.sqlite"]  # nothing reused: a fresh table
    _same_as_one_build(tmp_path, graph, [a, b], base="https://example.org/kg/")


@pytest.mark.parametrize("owners", [[1, 2], [2]])
def test_a_kept_table_is_read_for_its_live_owners_only(tmp_path: Path, owners: list[int]) -> None:
    from contextlib import closing

    from rdflib import Literal, URIRef

    from textkg.turtlestream import SortedTriples, write_turtle

    s, p = URIRef("https://example.org/s"), URIRef("https://example.org/p")
    with closing(SortedTriples(tmp_path / "old.sqlite")) as old:
        for owner, word in ((1, "one"), (2, "two"), (1, "both"), (2, "both")):
            old.owner = owner
            old.add((s, p, Literal(word)))
        old.commit()
    expected = {"three", "both", "two"} | ({"one"} if 1 in owners else set())
    turtles = []
    for split in (False, True):
        with closing(SortedTriples(tmp_path / f"new-{split}.sqlite")) as new:
            new.owner = 3
            new.add((s, p, Literal("three")))
            new.add((URIRef("https://example.org/t"), p, Literal("three")))
            new.keep_owners(owners)
            new.attach(tmp_path / "old.sqlite", kept=True)
            assert sorted(str(o) for _, _, o in new) == sorted([*expected, "three"])
            # a child writes the second half of the subjects, from the same tables
            written = write_turtle(new, tmp_path / f"{split}.ttl", split=split)
            assert written.triples == len(expected) + 1
            turtles.append((tmp_path / f"{split}.ttl").read_bytes())
    assert turtles[0] == turtles[1]
    assert b'"one"' in turtles[0] if 1 in owners else b'"one"' not in turtles[0]
    with sqlite3.connect(tmp_path / "old.sqlite") as db:
        assert db.execute("SELECT count(*) FROM triple").fetchone()[0] == 4


def test_an_earlier_table_that_is_no_table_is_written_again(tmp_path: Path) -> None:
    a = Doc("a.txt", ["Runa Eidsvik rowed across the fjord."])
    a.m("Runa Eidsvik", P)
    b = Doc("b.txt", ["Runa Eidsvik rowed back at dawn."])
    b.m("Runa Eidsvik", P)
    graph = tmp_path / "graph.ttl"
    _build(graph, [a])
    state = state_dir(graph)
    manifest = read_manifest(state)
    assert manifest is not None
    table = manifest.folder(state) / KEPT_FOLDER / "rows-0001.sqlite"
    table.unlink()
    table.write_bytes(b"not a table")
    _build(graph, [b], update=True)
    assert _kept(graph)["files"] == ["rows-0001.sqlite"]
    _same_as_one_build(tmp_path, graph, [a, b])
