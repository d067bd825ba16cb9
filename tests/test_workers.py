from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from textkg.workers import run_in_workers


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A hang is a failure, not a stuck test run."""

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError("run_in_workers hung")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(120)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def square_or_die(batch: list[int]) -> list[tuple[int, int]]:
    """Worker side: -1 kills its worker, as the kernel does when memory runs out."""
    if -1 in batch:
        os.kill(os.getpid(), signal.SIGKILL)
    return [(n, n * n) for n in batch]


def lost(item: int) -> tuple[int, int]:
    return item, -999


def test_results_of_every_batch_come_back() -> None:
    batches = [[1, 2], [3], [4, 5, 6]]
    results = run_in_workers(batches, square_or_die, workers=2, lost=lost)
    assert sorted(results) == [(n, n * n) for n in range(1, 7)]


def test_a_killed_worker_costs_only_the_item_that_kills_it() -> None:
    batches = [[1, 2, 3], [4, -1, 5], [6, 7], [8]]
    results = sorted(run_in_workers(batches, square_or_die, workers=2, lost=lost))
    assert results == sorted([(n, n * n) for n in range(1, 9)] + [(-1, -999)])


def die_once(marker_and_batch: list[str]) -> list[str]:
    """Dies the first time a batch holding "flaky" runs (a marker file remembers)."""
    marker = Path(marker_and_batch[0])
    if "flaky" in marker_and_batch and not marker.exists():
        marker.write_text("died once")
        os.kill(os.getpid(), signal.SIGKILL)
    return [item.upper() for item in marker_and_batch[1:]]


def test_a_batch_whose_worker_died_once_is_retried_whole(tmp_path: Path) -> None:
    marker = str(tmp_path / "marker")
    batches = [[marker, "a", "flaky"], [marker, "b"]]
    results = sorted(run_in_workers(batches, die_once, workers=1, lost=str))
    assert results == ["A", "B", "FLAKY"]
    assert Path(marker).exists()


def fail(batch: list[int]) -> list[int]:
    raise ValueError("a bug, not a death")


def test_an_exception_in_a_worker_is_raised_not_retried() -> None:
    with pytest.raises(ValueError, match="a bug"):
        list(run_in_workers([[1]], fail, workers=2, lost=int))
