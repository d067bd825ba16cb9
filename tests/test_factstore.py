from __future__ import annotations

from pathlib import Path

import pytest

from factories import summit_facts
from textkg.errors import TextkgError
from textkg.factstore import facts_path_for, load_facts, save_facts


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
