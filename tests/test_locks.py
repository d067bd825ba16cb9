from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from textkg.errors import OutputLockedError
from textkg.locks import OutputLock


def test_a_second_holder_is_refused_in_one_line_naming_the_first(tmp_path: Path) -> None:
    lock = tmp_path / "state" / "lock"
    with OutputLock(lock, "graphs/news.ttl"):
        with pytest.raises(OutputLockedError) as caught:
            OutputLock(lock, "graphs/news.ttl").acquire()
        message = str(caught.value)
        assert message == (
            f"graphs/news.ttl: another textkg build (process {os.getpid()}) is writing it; "
            "run again when that one has finished, or add --wait"
        )
        assert caught.value.exit_code == 75
    with OutputLock(lock, "graphs/news.ttl"):  # free again once released
        pass


def test_waiting_says_so_once_and_gets_the_lock_when_it_is_released(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    first = OutputLock(lock, "g.ttl")
    first.acquire()
    told: list[str] = []
    got = threading.Event()

    def second() -> None:
        with OutputLock(lock, "g.ttl", wait=True, on_wait=told.append):
            got.set()

    thread = threading.Thread(target=second)
    thread.start()
    time.sleep(0.3)
    assert not got.is_set()
    first.release()
    thread.join(timeout=30)
    assert got.is_set()
    assert told == [f"waiting for another textkg build (process {os.getpid()}) writing g.ttl"]


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from textkg.locks import OutputLock\n"
            f"OutputLock({str(lock)!r}, 'g').acquire()\n"
            "print('held', flush=True)\n"
            "time.sleep(600)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    with pytest.raises(OutputLockedError, match=f"process {holder.pid}"):
        OutputLock(lock, "g").acquire()
    holder.kill()
    holder.wait(timeout=30)
    with OutputLock(lock, "g"):
        pass
