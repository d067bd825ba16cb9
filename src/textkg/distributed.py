"""Parsing and extraction on a Dask distributed cluster (``textkg build --scheduler``).

The cluster runs the very task ``--jobs`` runs in local processes (``_extract_batch``), so
the facts, and the graph written from them, are the ones a local build gives. Only article
texts go out and only the small extracted facts come back; at most two batches per worker
thread are in flight, so neither this process nor the scheduler ever holds the corpus.
Resolution and graph writing stay here: they need every article's facts at once.

A worker that dies takes its batch with it; the scheduler gives the batch to another worker
(up to ``distributed.scheduler.allowed-failures`` times, 3 by default), and a batch whose
task raises is tried again ``RETRIES`` times, so a lost worker costs a retry, not the build.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from textkg.errors import InstallError, TextkgError
from textkg.ingest import IngestOptions
from textkg.pipeline import _extract_batch
from textkg.records import ArticleFacts, ArticleText

if TYPE_CHECKING:
    from distributed import Client

    from textkg.pipeline import BuildOptions

#: Seconds to wait for the scheduler to answer before giving up with a clear error.
CONNECT_TIMEOUT = 10
#: Further attempts for a batch whose task raised on a worker.
RETRIES = 2


def extract_on_cluster(
    articles: Iterator[ArticleText], options: BuildOptions, address: str
) -> Iterator[tuple[ArticleFacts, int]]:
    """Parse and extract ``articles`` on the cluster at ``address``; yields (facts, words)
    as batches finish (the build sorts facts by source, so completion order is harmless)."""
    try:
        from distributed import Client, KilledWorker, as_completed
    except ImportError as exc:
        raise InstallError(
            "--scheduler needs Dask's distributed package; install it with: "
            "pip install 'textkg[dask]'"
        ) from exc
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, ValueError, TypeError) as exc:
        raise TextkgError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc

    task_options = replace(options, ingest=IngestOptions(), aliases=None, scheduler=None)
    batches = _batches(articles, options.batch_size)
    with client:
        finished = as_completed(loop=client.loop)

        def submit(batch: list[ArticleText]) -> None:
            finished.add(
                client.submit(_extract_batch, task_options, batch, pure=False, retries=RETRIES)
            )

        for batch in islice(batches, _in_flight(client)):
            submit(batch)
        for future in finished:
            try:
                results: list[tuple[ArticleFacts, int]] = future.result()
            except KilledWorker as exc:
                raise TextkgError(
                    f"the Dask cluster at {address} lost every worker it gave a batch to "
                    f"({exc}); check the workers' logs and memory limits"
                ) from exc
            yield from results
            following = next(batches, None)
            if following is not None:
                submit(following)


def _in_flight(client: Client) -> int:
    """Two batches per worker thread (at least two): enough to keep every worker busy."""
    threads: dict[str, int] = client.nthreads()
    return max(2, 2 * sum(threads.values()))


def _batches(articles: Iterator[ArticleText], size: int) -> Iterator[list[ArticleText]]:
    while batch := list(islice(articles, size)):
        yield batch
