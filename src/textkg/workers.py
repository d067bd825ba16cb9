"""Work in worker processes that survives the death of a worker.

A worker can die with no exception to catch: killed for using too much memory, or a crash
in native code. The pool notices (``BrokenProcessPool``), and every batch that was in the
dead pool is tried again alone in a fresh worker. A batch that kills its worker a second
time is tried document by document, each in a fresh worker, and only a document that kills
a worker on its own is given up, with one line saying so. Nothing waits for a dead worker.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def _start_worker() -> None:
    """Workers leave Ctrl-C to the main process, which stops them with SIGTERM; that ends a
    worker at once, whatever handler the main process had when it forked. What a worker
    inherits (the loaded model) lives as long as it does: kept out of the cyclic
    collector's walks, which would otherwise revisit it, and touch its copy-on-write pages,
    at every full collection."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    gc.freeze()


def _new_pool(workers: int) -> ProcessPoolExecutor:
    method = "spawn" if sys.platform == "win32" else "fork"  # fork shares the loaded model
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context(method), initializer=_start_worker
    )


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down without waiting for the work it still runs."""
    processes = dict(getattr(pool, "_processes", None) or {})  # no public API before 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        if process.is_alive():
            process.terminate()


@dataclass
class _Run(Generic[Item]):
    """A batch running in a pool; ``alone`` when the pool is its own fresh worker."""

    batch: list[Item]
    pool: ProcessPoolExecutor
    alone: bool


@dataclass
class _Scheduler(Generic[Item, Result]):
    work: Callable[[list[Item]], list[Result]]
    lost: Callable[[Item], Result]
    workers: int
    pool: ProcessPoolExecutor | None = None
    running: dict[Future[list[Result]], _Run[Item]] = field(default_factory=dict)
    #: Batches to run alone, each in a fresh worker.
    retry: deque[list[Item]] = field(default_factory=deque)

    def submit(self, batch: list[Item]) -> None:
        if self.pool is None:
            self.pool = _new_pool(self.workers)
        self.running[self.pool.submit(self.work, batch)] = _Run(batch, self.pool, alone=False)

    def start_retries(self) -> None:
        alone = sum(1 for run in self.running.values() if run.alone)
        while self.retry and alone < self.workers:
            batch = self.retry.popleft()
            pool = _new_pool(1)
            self.running[pool.submit(self.work, batch)] = _Run(batch, pool, alone=True)
            alone += 1

    def collect(self) -> Iterator[Result]:
        """Wait for at least one batch to finish; yield its results (or retry it)."""
        self.start_retries()
        done, _ = wait(list(self.running), return_when=FIRST_COMPLETED)
        for future in done:
            run = self.running.pop(future)
            try:
                results = future.result()
            except BrokenProcessPool:
                yield from self._died(run)
                continue
            finally:
                if run.alone:
                    run.pool.shutdown(wait=False)
            yield from results

    def _died(self, run: _Run[Item]) -> Iterator[Result]:
        """A worker died: which batch killed it is known only once a batch dies alone."""
        if not run.alone:
            if run.pool is self.pool:  # its other batches fail too and come back here
                _stop(run.pool)
                self.pool = None
            self.retry.append(run.batch)
        elif len(run.batch) > 1:
            self.retry.extend([item] for item in run.batch)
        else:
            yield self.lost(run.batch[0])

    def close(self) -> None:
        pools = {id(run.pool): run.pool for run in self.running.values()}
        if self.pool is not None:
            pools[id(self.pool)] = self.pool
        for pool in pools.values():
            _stop(pool)
        self.running.clear()


def run_in_workers(
    batches: Iterable[list[Item]],
    work: Callable[[list[Item]], list[Result]],
    *,
    workers: int,
    lost: Callable[[Item], Result],
) -> Iterator[Result]:
    """``work(batch)`` for every batch in ``workers`` processes, results as batches finish.

    ``work`` must be picklable (a module-level function, or a partial of one). At most two
    batches per worker are in flight, so memory does not grow with the input. ``lost(item)``
    stands for the result of an item that killed a fresh worker on its own.
    """
    scheduler: _Scheduler[Item, Result] = _Scheduler(work, lost, workers)
    try:
        for batch in batches:
            scheduler.submit(batch)
            while len(scheduler.running) >= 2 * workers:
                yield from scheduler.collect()
        while scheduler.running or scheduler.retry:
            yield from scheduler.collect()
    finally:
        scheduler.close()
