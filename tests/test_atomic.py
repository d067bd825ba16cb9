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


def test_temporary_files_of_dead_processes_are_removed_those_of_live_ones_kept(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".textkg-tmp-graph.ttl.{dead_pid}.abc123"
    live = tmp_path / f".textkg-tmp-graph.ttl.{os.getppid()}.def456"
    other = tmp_path / f".textkg-tmp-other.ttl.{dead_pid}.abc123"
    for path in (stale, live, other):
        path.write_text("half")
    write_text_atomically(tmp_path / "graph.ttl", "new")
    assert not stale.exists()
    assert live.exists() and other.exists()
    assert (tmp_path / "graph.ttl").read_text() == "new"
