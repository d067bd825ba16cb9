"""Run one stage of a build in a forked child and take back only its result.

Resolution of a large build makes and frees millions of small objects. CPython's allocator
returns a 1 MB arena to the system only when every object in it is gone, and the records
resolution hands on (entities, the merge log) are scattered through those arenas, so the
process would keep most of resolution's peak mapped while the graph stage, the build state
and the store add their own buffers on top. A forked child does the work on a copy-on-write
view of the facts; its memory goes back whole when it exits, and the parent holds only the
unpickled result, laid out afresh.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from typing import Any, Generic, TypeVar

from textkg.errors import TextkgError

T = TypeVar("T")


def can_fork() -> bool:
    """Forking a running interpreter is safe enough for this only on Linux (elsewhere
    CPython warns against it, or has no fork)."""
    return sys.platform == "linux" and hasattr(os, "fork")


def spare_core() -> bool:
    """Whether a second process would find a core of its own: the load average (this build
    counts as one) leaves at least half a core free, or, when it does not, other work left
    that much free a moment ago (the minute's average still counts work just ended, such as
    a build's own parse workers). Work is shared with a child only then; on a machine whose
    cores are taken, two processes only add the cost of forking."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        return False
    if load <= cores - 0.5:
        return True
    busy = busy_cores()  # (of other work: this process sleeps while it watches)
    return busy is not None and busy <= cores - 1.5


#: How long :func:`busy_cores` watches the cores.
BUSY_WINDOW = 0.1


def busy_cores(window: float = BUSY_WINDOW) -> float | None:
    """How many cores ran work at the normal priority or above over the last ``window``
    seconds, from the kernel's CPU time counts (None where there are none). Work at a
    lower priority (a niced job, this build's own :func:`yielding` work) yields to a child
    and is not counted."""
    first = _cpu_times()
    time.sleep(window)
    second = _cpu_times()
    if first is None or second is None:
        return None
    spent = [b - a for a, b in zip(first, second, strict=True)]
    total = sum(spent)
    if total <= 0:
        return None
    # user nice system idle iowait irq softirq steal: all but nice, idle and iowait
    busy = total - spent[1] - spent[3] - spent[4]
    return busy / total * (os.cpu_count() or 1)


def _cpu_times() -> list[int] | None:
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()
    except OSError:
        return None
    if len(fields) < 9 or fields[0] != "cpu":
        return None
    return [int(value) for value in fields[1:9]]


#: How much nicer than the build is work done beside a forked child (:func:`yielding`): on
#: cores the child (and any child of its own) keeps busy it gets about a quarter of a core,
#: on a free one all of it; enough to end before the child does on a busy machine too.
ASIDE_NICENESS = 5


def yielding(work: Callable[[], T]) -> T:
    """``work()`` at a lower priority, for a thread of its own that does what a build needs
    besides a forked child's work (Linux sets a thread's priority alone; it ends with the
    thread). Elsewhere, or where the system refuses, at the same priority."""
    if sys.platform == "linux":
        thread = threading.get_native_id()
        with suppress(OSError):
            niceness = os.getpriority(os.PRIO_PROCESS, thread) + ASIDE_NICENESS
            os.setpriority(os.PRIO_PROCESS, thread, min(niceness, 19))
    return work()


def run_forked(what: str, work: Callable[..., T], *args: Any) -> T:
    """``work(*args)``, run in a forked child; its result (or the exception it raised)
    comes back pickled through a pipe. ``what`` names the stage in errors."""
    return start_forked(what, work, *args).result()


def start_forked(what: str, work: Callable[..., T], *args: Any) -> Forked[T]:
    """:func:`run_forked`, but returns at once: this process goes on with its own work
    while the child runs, and takes the child's result with :meth:`Forked.result`."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's stack
        os.close(read_end)
        _child(write_end, work, args)
    os.close(write_end)
    return Forked(what, pid, read_end)


class Forked(Generic[T]):
    """A child started by :func:`start_forked`; ``with`` it, a child whose result is never
    taken (the parent failed first) is stopped on leaving."""

    def __init__(self, what: str, pid: int, read_end: int) -> None:
        self.what, self.pid, self.read_end = what, pid, read_end
        self.done = False

    def result(self) -> T:
        self.done = True
        try:
            with os.fdopen(self.read_end, "rb") as reader:
                try:
                    status, value = pickle.load(reader)
                except Exception:  # nothing, or a part: the child died while writing
                    status, value = "lost", None
        except BaseException:
            _stop(self.pid)
            raise
        ended = _wait(self.pid)
        if status == "ok":
            return value  # type: ignore[no-any-return]
        if status == "error":
            raise value
        raise TextkgError(f"{self.what} stopped before it finished ({ended})")

    def __enter__(self) -> Forked[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.done:
            self.done = True
            os.close(self.read_end)
            _stop(self.pid)


def _child(write_end: int, work: Callable[..., Any], args: tuple[Any, ...]) -> None:
    code = 1
    try:
        with os.fdopen(write_end, "wb") as writer:
            try:
                result = work(*args)
            except BaseException as exc:  # every failure goes to the parent
                writer.write(_failure(exc))
            else:  # streamed: a large result is never held twice
                pickle.dump(("ok", result), writer, protocol=pickle.HIGHEST_PROTOCOL)
            code = 0
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's buffers


def _failure(exc: BaseException) -> bytes:
    try:
        return pickle.dumps(("error", exc))
    except Exception:  # (an exception pickle cannot rebuild: its words still go)
        return pickle.dumps(("error", TextkgError(f"{type(exc).__name__}: {exc}")))


def _stop(pid: int) -> None:
    """The parent was interrupted: the child goes too."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _wait(pid: int) -> str:
    """Wait for the child; how it ended, in words."""
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        return f"killed by {signal.Signals(number).name}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
