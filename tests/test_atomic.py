from __future__ import annotations

from pathlib import Path

import pytest

from textkg.atomic import atomic_output, write_text_atomically


def test_failed_write_leaves_the_previous_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    write_text_atomically(target, "old")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_creates_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "g.ttl"
    write_text_atomically(target, "x")
    assert target.read_text() == "x"
