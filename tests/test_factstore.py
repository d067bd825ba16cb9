from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from factories import biography_facts, summit_facts
from textkg.errors import TextkgError
from textkg.factstore import facts_path_for, load_facts, save_facts
from textkg.forked import can_fork


def test_facts_round_trip_exactly(tmp_path: Path) -> None:
    facts = summit_facts()
    path = tmp_path / "g.facts.jsonl.gz"
    save_facts(path, facts)
    assert load_facts(path) == facts


def test_saving_is_deterministic(tmp_path: Path) -> None:
    save_facts(tmp_path / "a.gz", summit_facts())
    save_facts(tmp_path / "b.gz", summit_facts())
    assert (tmp_path / "a.gz").read_bytes() == (tmp_path / "b.gz").read_bytes()


def test_missing_or_corrupt_state_is_a_clear_error(tmp_path: Path) -> None:
    assert facts_path_for("graphs/news.ttl") == Path("graphs/news.facts.jsonl.gz")
    with pytest.raises(TextkgError, match="build it once without --update"):
        load_facts(tmp_path / "none.gz")
    bad = tmp_path / "bad.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(TextkgError, match="unreadable build state"):
        load_facts(bad)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{broken\n", "not a textkg build state of format"),
        (b'["not", "an", "object"]\n', "not a textkg build state of format"),
        (b'{"textkg_facts": 99}\n', "not a textkg build state of format"),
        (b'{"textkg_facts": 1}\n{"source": "a"}\n', "line 2: corrupt build state (KeyError"),
        (b'{"textkg_facts": 1}\n[1, 2]\n', "line 2: corrupt build state (TypeError"),
    ],
)
def test_a_damaged_build_state_is_one_line_naming_what_is_wrong(
    tmp_path: Path, content: bytes, message: str
) -> None:
    import gzip

    path = tmp_path / "g.facts.jsonl.gz"
    path.write_bytes(gzip.compress(content))
    with pytest.raises(TextkgError) as caught:
        load_facts(path)
    assert str(caught.value).startswith(f"{path}: {message}")
    assert "\n" not in str(caught.value)


def test_a_truncated_build_state_is_unreadable_not_an_internal_error(tmp_path: Path) -> None:
    path = tmp_path / "g.facts.jsonl.gz"
    save_facts(path, summit_facts())
    path.write_bytes(path.read_bytes()[:-20])
    with pytest.raises(TextkgError, match="unreadable build state"):
        load_facts(path)
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 40)
    with pytest.raises(TextkgError, match="unreadable build state"):
        load_facts(path)


def test_a_text_with_a_line_separator_character_reads_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from textkg.factstore import load_facts, save_facts
    from textkg.records import ArticleFacts, ArticleText

    article = ArticleText("a.txt", "First line\u2028second line\u2029third.")
    path = tmp_path / "state.facts.jsonl.gz"
    save_facts(path, [ArticleFacts(article=article, sentences=(), mentions=())])
    (back,) = load_facts(path)
    assert back.article.text == article.text


def test_dates_round_trip_with_their_subjects(tmp_path: Path) -> None:
    from factories import biography_facts

    facts = biography_facts()
    path = tmp_path / "g.facts.jsonl.gz"
    save_facts(path, facts)
    again = load_facts(path)
    assert again == facts and len(again[0].dates) == 3


def test_a_state_of_format_2_reads_without_dates(tmp_path: Path) -> None:
    import gzip
    import json

    save_facts(tmp_path / "new.gz", summit_facts())
    lines = gzip.decompress((tmp_path / "new.gz").read_bytes()).decode("utf-8").split("\n")
    records = [json.loads(line) for line in lines[1:] if line]
    for record in records:
        del record["dates"]
    old = [json.dumps({"textkg_facts": 2})] + [json.dumps(r) for r in records]
    (tmp_path / "old.gz").write_bytes(gzip.compress(("\n".join(old) + "\n").encode("utf-8")))
    assert load_facts(tmp_path / "old.gz") == summit_facts()


def test_update_with_dated_articles_equals_one_build(tmp_path: Path) -> None:
    from textkg.cli import main

    folder_a, folder_b = tmp_path / "a", tmp_path / "b"
    folder_a.mkdir()
    folder_b.mkdir()
    (folder_a / "weber.txt").write_text(
        "Karl Weber (1902–1980) was an Austrian architect. He built the Graz Opera.\n"
    )
    (folder_b / "trust.txt").write_text(
        "The Harlow Trust was founded in March 1921 by Edwin Carver. "
        "Edwin Carver was born on 4 May 1890 in Leeds.\n"
    )
    together, stepwise = tmp_path / "together.ttl", tmp_path / "stepwise.ttl"
    assert (
        main(["build", str(folder_a), str(folder_b), "-o", str(together), "--no-html", "-q"]) == 0
    )
    assert main(["build", str(folder_a), "-o", str(stepwise), "--no-html", "-q"]) == 0
    assert main(["build", str(folder_b), "-o", str(stepwise), "--update", "--no-html", "-q"]) == 0
    assert stepwise.read_bytes() == together.read_bytes()
    text = together.read_text(encoding="utf-8")
    assert '"1902"^^xsd:gYear' in text and '"1921-03"^^xsd:gYearMonth' in text
    assert '"1890-05-04"^^xsd:date' in text


def test_compact_facts_read_back_as_the_facts_packed_in_source_order(tmp_path: Path) -> None:
    from textkg.factstore import CompactFacts, load_compact_facts

    facts = summit_facts()
    compact = CompactFacts.of(reversed(facts))
    assert list(compact) == sorted(facts, key=lambda f: f.article.source)
    assert compact.sources == sorted(f.article.source for f in facts)
    assert len(compact) == len(facts) and compact[-1] == list(compact)[-1]
    assert list(compact[:1]) == list(compact)[:1]
    # the build state written from compact facts is the one written from the objects
    save_facts(tmp_path / "objects.gz", sorted(facts, key=lambda f: f.article.source))
    save_facts(tmp_path / "compact.gz", compact)
    assert (tmp_path / "compact.gz").read_bytes() == (tmp_path / "objects.gz").read_bytes()
    assert list(load_compact_facts(tmp_path / "compact.gz")) == list(compact)


@pytest.mark.skipif(not can_fork(), reason="forks only on Linux")
def test_a_build_state_read_by_two_processes_is_the_one_read_by_one(tmp_path: Path) -> None:
    from textkg.factstore import load_compact_facts

    facts = summit_facts() + biography_facts()
    save_facts(tmp_path / "state.gz", facts)
    apart = load_compact_facts(tmp_path / "state.gz", split=True)
    here = load_compact_facts(tmp_path / "state.gz", split=False)
    assert list(apart) == list(here) == sorted(facts, key=lambda f: f.article.source)
    assert list(apart.lines()) == list(here.lines())
    assert apart.keywords() == here.keywords() and apart.undated() == here.undated()


@pytest.mark.skipif(not can_fork(), reason="forks only on Linux")
def test_a_corrupt_line_read_by_either_process_is_named(tmp_path: Path) -> None:
    from textkg.factstore import load_compact_facts

    save_facts(tmp_path / "state.gz", summit_facts() + biography_facts())
    with gzip.open(tmp_path / "state.gz", "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    assert len(lines) == 4  # the header, then three articles: line 2 here, 3-4 in the child
    for broken in ([2], [4], [2, 4], [3, 4]):
        damaged = [("[1, 2]" if number in broken else line) for number, line in enumerate(lines, 1)]
        with gzip.open(tmp_path / "bad.gz", "wt", encoding="utf-8") as handle:
            handle.write("\n".join(damaged) + "\n")
        with pytest.raises(TextkgError, match=f"line {broken[0]}: corrupt build state"):
            load_compact_facts(tmp_path / "bad.gz", split=True)


def test_merged_facts_replace_a_source_and_skip_a_text_already_there() -> None:
    from dataclasses import replace

    from textkg.factstore import CompactFacts
    from textkg.records import ArticleText

    a, b = summit_facts()
    changed = replace(a, article=ArticleText(a.article.source, a.article.text + " More."))
    copy = replace(b, article=ArticleText("elsewhere/copy.txt", b.article.text))
    merged = CompactFacts.of([a, b]).merged(CompactFacts.of([changed, copy]))
    assert [f.article.text for f in merged] == [changed.article.text, b.article.text]


def test_compact_facts_read_the_same_whether_kept_decoded_or_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import textkg.factstore as factstore
    from textkg.factstore import CompactFacts

    facts = sorted(summit_facts(), key=lambda f: f.article.source)
    kept = CompactFacts.of(facts)  # a small build: each article decoded once, then kept
    monkeypatch.setattr(factstore, "KEEP_DECODED_BYTES", 0)
    fresh = CompactFacts.of(facts)  # a large one: decoded at each read
    for _ in range(2):  # a build reads its facts several times
        assert list(kept) == list(fresh) == facts
        assert kept[1] == fresh[1] == facts[1]
    assert next(iter(kept)) is kept[0] and next(iter(fresh)) is not fresh[0]


def test_compact_facts_give_keywords_and_undated_articles_as_the_facts_say(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from dataclasses import replace

    import textkg.factstore as factstore
    from textkg.factstore import CompactFacts, load_compact_facts, undated_sources

    a, b = summit_facts()
    undated = replace(
        b, article=replace(b.article, meta=replace(b.article.meta, date_published=None))
    )
    facts = sorted([a, undated], key=lambda f: f.article.source)
    monkeypatch.setattr(factstore, "KEEP_DECODED_BYTES", 0)  # read without decoding
    save_facts(tmp_path / "state.gz", facts)
    for compact in (CompactFacts.of(facts), load_compact_facts(tmp_path / "state.gz")):
        assert compact.keywords() == [(f.article.source, f.article.meta.keywords) for f in facts]
        assert compact.undated() == undated_sources(facts) == [undated.article.source]
        assert undated_sources(compact) == [undated.article.source]
