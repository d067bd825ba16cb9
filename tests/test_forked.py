"""A stage run in a forked child: its result, or its failure, comes back to the build."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

import textkg.forked as forked
from factories import biography_facts, summit_facts, turtle_bytes
from textkg.errors import TextkgError
from textkg.factstore import CompactFacts
from textkg.forked import (
    ASIDE_NICENESS,
    busy_cores,
    can_fork,
    run_forked,
    spare_core,
    start_forked,
)
from textkg.pipeline import resolve_build
from textkg.resolve import resolve_entities

pytestmark = pytest.mark.skipif(not can_fork(), reason="forks only on Linux")


def test_a_resolution_made_apart_is_the_one_made_here() -> None:
    facts = CompactFacts.of(summit_facts() + biography_facts())
    here = resolve_build(facts, None, apart=False)
    apart = resolve_build(facts, None, apart=True)
    assert apart == here
    assert dict(apart.entity_of) == dict(here.entity_of)
    assert apart.merges == here.merges


def test_a_graph_resolved_apart_is_written_with_the_same_bytes(tmp_path: Path) -> None:
    facts = CompactFacts.of(summit_facts() + biography_facts())
    written = [
        turtle_bytes(facts, resolve_build(facts, None, apart=apart), tmp_path / f"{apart}.ttl")
        for apart in (False, True)
    ]
    assert written[0] == written[1]
    assert b"Amelia Thornbury" in written[0]  # (a graph, not two empty files)


def test_this_process_works_while_the_child_resolves() -> None:
    facts = CompactFacts.of(summit_facts())
    meanwhile: list[int] = []
    apart = resolve_build(facts, None, apart=True, meanwhile=lambda: meanwhile.append(os.getpid()))
    assert meanwhile == [os.getpid()]
    assert apart == resolve_build(facts, None, apart=False, meanwhile=lambda: meanwhile.append(0))
    assert meanwhile == [os.getpid()]  # resolved here: nothing to do meanwhile


@pytest.mark.skipif(sys.platform != "linux", reason="a thread's own priority is Linux's")
def test_the_work_beside_the_child_yields_it_the_cores() -> None:
    facts = CompactFacts.of(summit_facts())
    here = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    seen: list[int] = []
    resolve_build(facts, None, apart=True, meanwhile=lambda: seen.append(niceness()))
    assert seen == [min(here + ASIDE_NICENESS, 19)]
    assert niceness() == here  # (this thread's own is as it was)


def test_a_failure_beside_the_child_fails_the_build() -> None:
    facts = CompactFacts.of(summit_facts())

    def fail() -> None:
        raise TextkgError("cannot save the build state")

    with pytest.raises(TextkgError, match="cannot save"):
        resolve_build(facts, None, apart=True, meanwhile=fail)


def test_a_child_whose_result_is_not_taken_is_stopped() -> None:
    with pytest.raises(KeyError), start_forked("a stage", signal.pause) as child:
        raise KeyError("the parent failed first")
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)  # gone, and waited for


def test_work_is_shared_only_with_a_core_to_spare(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(forked, "busy_cores", lambda: 2.0)  # (the last moment: both taken)
    for load, spare in ((0.4, True), (1.5, True), (1.6, False), (4.0, False)):
        monkeypatch.setattr(os, "getloadavg", lambda load=load: (load, load, load))
        assert spare_core() is spare
    # the minute's average still counts work that has ended: the last moment decides then
    monkeypatch.setattr(os, "getloadavg", lambda: (2.4, 2.0, 1.0))
    for busy, spare in ((0.0, True), (0.5, True), (0.7, False), (None, False)):
        monkeypatch.setattr(forked, "busy_cores", lambda busy=busy: busy)
        assert spare_core() is spare


def test_busy_cores_leave_out_idle_and_nicer_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # user nice system idle iowait irq softirq steal, in ticks, before and after the window
    counts = iter([[100, 100, 100, 100, 100, 0, 0, 0], [110, 150, 120, 120, 100, 0, 0, 0]])
    monkeypatch.setattr(forked, "_cpu_times", lambda: next(counts))
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert busy_cores(0) == pytest.approx(0.6)  # 30% of two cores ran at the normal priority


@pytest.mark.skipif(not Path("/proc/stat").is_file(), reason="reads /proc/stat")
def test_busy_cores_see_a_busy_process() -> None:
    def spin(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pass

    with start_forked("a busy child", spin, 2.0):
        time.sleep(0.1)
        busy = busy_cores(0.3)
    assert busy is not None
    assert 0.6 <= busy <= (os.cpu_count() or 1)


def test_a_small_build_resolves_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = CompactFacts.of(summit_facts())
    pids: list[int] = []

    def resolve(*args: object) -> object:
        pids.append(os.getpid())
        return resolve_entities(facts)

    monkeypatch.setattr("textkg.pipeline.resolve_entities", resolve)
    resolve_build(facts, None)
    assert pids == [os.getpid()]


def test_the_childs_exception_is_raised_in_the_parent() -> None:
    def fail() -> None:
        raise TextkgError("alias file: two entries name 'X'")

    with pytest.raises(TextkgError, match="two entries name 'X'"):
        run_forked("resolution", fail)


def test_an_exception_that_cannot_be_sent_still_names_its_message() -> None:
    class Local(Exception):  # defined in a function: pickle cannot name it
        pass

    def fail() -> None:
        raise Local("the detail")

    with pytest.raises(TextkgError, match="Local: the detail"):
        run_forked("resolution", fail)


def test_a_child_killed_midway_is_a_clear_error() -> None:
    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    with pytest.raises(
        TextkgError, match=r"resolution stopped before it finished \(killed by SIGKILL\)"
    ):
        run_forked("resolution", die)


def test_the_result_comes_back_whole() -> None:
    big = {str(n): list(range(n % 50)) for n in range(20_000)}  # more than a pipe's buffer
    assert run_forked("a stage", lambda: big) == big
