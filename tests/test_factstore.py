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
