"""The build: ingest → nlp → extract → resolve → graph, streaming articles through the parser.

Articles are parsed in batches (optionally in worker processes, see textkg.parsing) and only
their small extracted facts are kept, so memory does not grow with the size of the texts.
Resolution then sees every article's facts at once, which is what lets it merge names
across articles. The outputs are written as one set (textkg.outputs).
"""

from __future__ import annotations

import ctypes
import gc
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

import pyoxigraph as ox
from rdflib import Graph

from textkg.contents import content_counts, relation_triples
from textkg.contents import events as vocab_events
from textkg.errors import NothingToReadError, TextkgError
from textkg.export import write_graph
from textkg.extract import ExtractOptions
from textkg.factstore import (
    CompactFacts,
    PackedFacts,
    facts_path_for,
    load_compact_facts,
    save_facts,
    undated_sources,
)
from textkg.forked import can_fork, start_forked, yielding
from textkg.graph import GraphOptions, build_graph
from textkg.ingest import Article, BuildInput, IngestOptions, read_articles
from textkg.keptrows import KEPT_FOLDER, OwnerPlan, keep_rows, read_kept, stamp
from textkg.namespaces import DEFAULT_BASE
from textkg.nlp import NlpOptions, load_model, release_models
from textkg.outputs import OutputSet, output_filter
from textkg.parsing import Outcome, ParseJob, extract_all, extract_batch
from textkg.provenance import describe_build
from textkg.records import ArticleFacts, ArticleText, Resolution, SkippedInput
from textkg.resolve import AliasTable, resolve_entities
from textkg.store import load_store, store_path_for, update_store, write_store
from textkg.tablefill import fill_table
from textkg.turtlestream import SortedTriples, WrittenGraph, write_turtle


@dataclass(frozen=True)
class BuildOptions:
    """Everything that decides what a build reads and how (the same options give the same
    graph, byte for byte)."""

    #: The spaCy pipeline and the trained weights that go with it.
    nlp: NlpOptions = field(default_factory=NlpOptions)
    #: Worker processes for parsing and extraction (1: in this process).
    jobs: int = 1
    #: A Dask distributed scheduler (``tcp://HOST:8786``) to parse and extract on instead.
    scheduler: str | None = None
    #: Articles per ``nlp.pipe`` batch (and per worker task).
    batch_size: int = 32
    #: The base IRI of entity, document and statement IRIs.
    base: str = DEFAULT_BASE
    #: How inputs are read: size limit, publication date to assume, clutter removal.
    ingest: IngestOptions = field(default_factory=IngestOptions)
    #: A user's alias file (forced and forbidden merges, extra country names).
    aliases: AliasTable | None = None
    #: Write tk:sourcePath as absolute paths (default: relative to the working folder).
    absolute_paths: bool = False

    def __post_init__(self) -> None:
        check_base(self.base)

    @property
    def extract(self) -> ExtractOptions:
        return ExtractOptions(relation_model=self.nlp.relation_weights)


class BuildObserver:
    """Receives progress as the build goes; the CLI draws its progress bar from these calls."""

    def article_read(self, article: ArticleText, words: int) -> None:
        """Called once an article has been parsed and its facts extracted."""

    def input_skipped(self, skipped: SkippedInput) -> None:
        """Called for each input that could not be read."""

    def input_warning(self, source: str, message: str) -> None:
        """Called for an input that was read, but not cleanly (e.g. a truncated HTML page)."""

    def stage(self, name: str) -> None:
        """Called when the build moves to resolving or writing the graph."""


@dataclass(frozen=True)
class BuildResult:
    """A build's facts and resolution; its graph is written from them (:func:`stage_build`
    streams it to disk) or, for :attr:`graph`, made in memory on first use."""

    #: In source order; a :class:`CompactFacts` decodes each article as it is read.
    facts: Sequence[ArticleFacts]
    resolution: Resolution
    skipped: tuple[SkippedInput, ...]
    words: int
    seconds: float
    graph_options: GraphOptions = field(default_factory=GraphOptions)
    #: Where the build state was already saved (while resolution ran apart), if it was.
    saved_state: Path | None = None
    #: Whether it adds to an earlier build (``--update``), whose graph rows it may reuse.
    update: bool = False

    @cached_property
    def graph(self) -> Graph:
        """The graph as an rdflib ``Graph`` (about 1 KB of memory a triple)."""
        return build_graph(self.facts, self.resolution, self.graph_options)

    @property
    def documents(self) -> int:
        return len(self.facts)

    @property
    def undated(self) -> list[str]:
        """Sources of the articles with no publication date (a build's facts stay packed)."""
        return undated_sources(self.facts)

    @property
    def entities(self) -> int:
        return len(self.resolution.entities)

    @property
    def relations(self) -> int:
        """Relation triples between entities (typed and open), both directions counted."""
        return sum(1 for _ in relation_triples(self.graph))

    @property
    def events(self) -> int:
        return sum(1 for _ in vocab_events(self.graph))

    @property
    def triples(self) -> int:
        return len(self.graph)


def extract_articles(
    inputs: Sequence[BuildInput],
    options: BuildOptions,
    observer: BuildObserver | None = None,
    *,
    stdin: TextIO | None = None,
    outputs: Sequence[str | Path] = (),
) -> tuple[CompactFacts, list[SkippedInput], int]:
    """Ingest, parse and extract every input; returns facts (sorted by source, kept compact
    as they arrive), skips, words.

    An article that cannot be parsed or extracted is skipped with its reason, like an
    unreadable file. Files in ``outputs``, and any other textkg output, are never read.
    """
    observer = observer or BuildObserver()
    skipped: list[SkippedInput] = []

    ingest_options = options.ingest
    if ingest_options.on_warning is None:
        ingest_options = replace(ingest_options, on_warning=observer.input_warning)
    if ingest_options.not_input is None:
        ingest_options = replace(ingest_options, not_input=output_filter(outputs))

    def skip(item: SkippedInput) -> None:
        skipped.append(item)
        observer.input_skipped(item)

    def articles() -> Iterator[ArticleText]:
        for item in read_articles(inputs, ingest_options, stdin=stdin):
            if isinstance(item, SkippedInput):
                skip(item)
            else:
                yield item

    job = _parse_job(options)
    facts: list[PackedFacts] = []
    words = 0
    outcomes: Iterable[Outcome]
    if options.scheduler is not None:
        from textkg.distributed import extract_on_cluster

        # the cluster runs _extract_batch below (windows, one article's failure its own)
        outcomes = extract_on_cluster(articles(), options, options.scheduler)
    else:
        outcomes = extract_all(articles(), job)
    for outcome in outcomes:
        if isinstance(outcome, SkippedInput):
            skip(outcome)
            continue
        article_facts, count = outcome
        facts.append(PackedFacts.of(article_facts))
        words += count
        observer.article_read(article_facts.article, count)
    if not facts:
        raise NothingToReadError(_nothing_read_message(inputs, skipped))
    return CompactFacts(facts), skipped, words


def _extract_batch(options: BuildOptions, articles: list[ArticleText]) -> list[Outcome]:
    """A cluster worker's task (textkg.distributed): parse and extract one batch; only the
    small facts, or why an article was left out, come back."""
    return extract_batch(_parse_job(options), articles)


def _parse_job(options: BuildOptions) -> ParseJob:
    return ParseJob(options.nlp, options.extract, options.jobs, options.batch_size)


def _nothing_read_message(inputs: Sequence[BuildInput], skipped: Sequence[SkippedInput]) -> str:
    named = ", ".join(str(p) for p in inputs) or "(no inputs)"
    if not skipped:
        return f"no readable articles in {named}"
    first = skipped[0]
    more = f" (and {len(skipped) - 1} more skipped)" if len(skipped) > 1 else ""
    return f"no readable articles in {named}: {first.source}: {first.reason}{more}"


def build_result(
    inputs: Sequence[BuildInput],
    options: BuildOptions | None = None,
    observer: BuildObserver | None = None,
    *,
    update_from: str | Path | None = None,
    stdin: TextIO | None = None,
    outputs: Sequence[str | Path] = (),
    state_path: Path | None = None,
) -> BuildResult:
    """Run the whole pipeline; with ``update_from`` (a graph path) add to its earlier build,
    whose build state is read and checked before any article is. With ``state_path``, a
    large build saves its build state there while a forked child resolves (this process
    would only wait), and says so in :attr:`BuildResult.saved_state`."""
    options = options or BuildOptions()
    observer = observer or BuildObserver()
    started = time.perf_counter()
    previous = None
    if update_from is not None:
        previous = load_compact_facts(facts_path_for(update_from))
    # the pipeline that parses here is described before the parse (with --jobs, this process
    # lets it go as soon as the workers have every article, see textkg.parsing)
    local = options.scheduler is None
    provenance = describe_build(options, load_model(options.nlp)) if local else None
    facts, skipped, words = extract_articles(
        inputs, options, observer, stdin=stdin, outputs=outputs
    )
    if previous is not None:
        facts = previous.merged(facts)
    if provenance is None:
        provenance = describe_build(options, load_model(options.nlp))
        if release_models():  # parsing ran on the cluster: resolution gets the memory
            gc.collect()
    observer.stage("resolving entities")
    saved: list[Path] = []

    def save_state(path: Path) -> None:
        save_facts(path, facts)
        saved.append(path)

    meanwhile = None if state_path is None else partial(save_state, state_path)
    resolution = resolve_build(facts, options.aliases, meanwhile=meanwhile)
    return BuildResult(
        facts=facts,
        resolution=resolution,
        skipped=tuple(skipped),
        words=words,
        seconds=time.perf_counter() - started,
        graph_options=GraphOptions(base=options.base, provenance=provenance),
        saved_state=saved[0] if saved else None,
        update=previous is not None,
    )


#: Facts of more compressed bytes than this (some 2,000 articles) are resolved in a forked
#: child (textkg.forked), so that what resolution frees is the system's again before the
#: graph is written; smaller builds resolve in this process.
RESOLVE_APART_BYTES = 2_000_000


def resolve_build(
    facts: Sequence[ArticleFacts],
    aliases: AliasTable | None,
    *,
    apart: bool | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Resolution:
    """``resolve_entities``, in a forked child for a large build (``apart`` None: by the
    facts' size where the system can fork; True or False: as said); ``meanwhile`` is
    called in this process while the child resolves (not at all when it resolves here)."""
    if apart is None:
        size = facts.packed_bytes if isinstance(facts, CompactFacts) else 0
        apart = size > RESOLVE_APART_BYTES and can_fork()
    with frozen_heap():  # (in a child, also fewer copied pages: the collector leaves them)
        if apart:
            release_freed_memory()  # the child starts with no more than this process holds
            with start_forked("resolution", resolve_entities, facts, aliases) as child:
                if meanwhile is None:
                    return child.result()
                # beside it, yielding the cores to it (and to the child it may fork to
                # prepare half the mentions, textkg.resolve.prepare_apart)
                with ThreadPoolExecutor(1) as aside:
                    done = aside.submit(yielding, meanwhile)
                    resolution = child.result()
                    done.result()
                return resolution
        resolution = resolve_entities(facts, aliases)
    release_freed_memory()
    return resolution


def build(paths: Sequence[BuildInput] | BuildInput, options: BuildOptions | None = None) -> Graph:
    """Build the knowledge graph of the articles under ``paths`` (the library's entry point)."""
    inputs = [paths] if isinstance(paths, str | Path | Article) else list(paths)
    return build_result(inputs, options or BuildOptions()).graph


# Up to this size a build's store is made by Oxigraph's own loader from the Turtle (about
# 0.75 KB a triple in memory while it loads, at most ~150 MB, under what such a build already
# holds); larger graphs go in as parsed batches, slower but flat in memory.
NATIVE_LOAD_TRIPLES = 200_000


def stage_build(
    result: BuildResult, outputs: OutputSet, *, view: bool = True, store: bool = True
) -> WrittenGraph:
    """Write the graph as Turtle, its build state, (unless ``view`` is False) its HTML view
    and (unless ``store`` is False) the Oxigraph store queries read, into the output set;
    ``outputs.commit()`` then puts them all in place together.

    The Turtle is streamed from a sorted on-disk table (:mod:`textkg.turtlestream`), the
    store is loaded from it and the view reads that table, so none holds the graph in memory.
    """
    graph = outputs.graph
    turtle = outputs.staged(graph.name)
    facts = outputs.staged(facts_path_for(graph).name)
    # Beside the graph's writing, in threads: the build state (compressed by zlib) and the
    # store (loaded by Oxigraph), which run mostly without holding the GIL. (The build
    # state's thread starts once the graph stage has forked its child, if it does.)
    with ThreadPoolExecutor(2) as aside:
        saving: list[Future[None]] = []

        def save() -> None:
            if result.saved_state != facts:
                saving.append(aside.submit(save_facts, facts, result.facts))

        rows = Rows(outputs.private_folder(KEPT_FOLDER), outputs.committed_folder(KEPT_FOLDER))
        with build_turtle(result, turtle, started=save, rows=rows) as (written, source):
            stored = None
            if store:
                # the store mirrors the Turtle (its stamp names it by name, size and hash),
                # and is published beside it as a link to the committed generation's folder
                folder = outputs.staged_folder(store_path_for(graph).name)
                stored = aside.submit(_stage_store, graph, turtle, folder, written.triples)
            if view:
                from textkg.view import Articles, TableLookup, ViewOptions, write_view

                html = outputs.staged(graph.with_suffix(".html").name)
                articles = Articles(result.facts, facts.name)
                if source is None:
                    write_view(result.graph, html, ViewOptions(title=graph.stem), articles)
                else:  # (one row a triple, as the view's queries read them)
                    copy = source.path.with_name("view.sqlite")
                    with closing(source.merged_copy(copy)) as table:
                        lookup = TableLookup(table)
                        write_view(lookup, html, ViewOptions(title=graph.stem), articles)
        # the sorted table is gone (its page cache with it), and the graph stage's lookups:
        # the store loads on what they held
        release_freed_memory()
        for future in (*saving, stored):
            if future is not None:
                future.result()
    return written


def _stage_store(graph: Path, turtle: Path, folder: Path, triples: int) -> None:
    """Write the store of the staged Turtle into ``folder``."""
    if graph.is_file() and update_store(store_path_for(graph), graph, turtle, folder):
        return  # the earlier build's store, changed where the Turtle changed
    if triples <= NATIVE_LOAD_TRIPLES:
        load_store(turtle, folder)  # Oxigraph's own loader: twice as fast, all in memory
    else:
        quads = ox.parse(path=str(turtle), format=ox.RdfFormat.TURTLE)
        write_store(quads, folder, source=turtle)


@dataclass(frozen=True)
class Rows:
    """Where a build keeps its sorted tables for a later update, and where the earlier
    build kept its own (:mod:`textkg.keptrows`)."""

    keep: Path
    earlier: Path | None = None


@contextmanager
def build_turtle(
    result: BuildResult,
    path: Path,
    *,
    started: Callable[[], object] = lambda: None,
    rows: Rows | None = None,
) -> Iterator[tuple[WrittenGraph, SortedTriples | None]]:
    """Write the build's graph as Turtle at ``path``, sorted on disk beside it (in a scratch
    folder removed on leaving); gives what was written and, while inside, the sorted triple
    table (None when the graph was already in memory, made by an API user). ``started`` is
    called once the graph stage runs (after it forked, see :func:`textkg.tablefill.fill_table`).
    With ``rows``, the tables are kept there on leaving, and an update reuses what the
    earlier build kept for the articles it did not change."""
    if "graph" in result.__dict__:
        started()
        write_graph(result.graph, path, "turtle")
        yield WrittenGraph(len(result.graph), content_counts(result.graph)), None
        return
    options = result.graph_options
    plan = None
    if rows is not None:
        earlier = read_kept(rows.earlier, options) if result.update else None
        plan = OwnerPlan(stamp(options), earlier)
    with tempfile.TemporaryDirectory(prefix=".sort-", dir=path.parent) as scratch:
        with closing(SortedTriples(Path(scratch) / "triples.sqlite")) as triples:
            with frozen_heap():
                split = fill_table(
                    triples, result.facts, result.resolution, options, started=started, owners=plan
                )
                written = write_turtle(triples, path, split=split)
            yield written, triples
            triples.commit()
            parts = zip(triples.parts, triples.kept, strict=True)
            fresh = [triples.path, *(part for part, kept in parts if not kept)]
        if plan is not None and rows is not None:
            keep_rows(plan, fresh, rows.keep)


def release_freed_memory() -> None:
    """Give the system back what resolution's working records freed: glibc keeps freed memory
    for its own later use, but the large buffers of the graph stage, the build state and the
    store are mapped afresh, so they would add to it (a no-op where the C library is not
    glibc)."""
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep what exists before a serial stage (the facts, the modules, a model still held)
    out of the cyclic collector's full walks while the stage runs; let go after. (Process-wide,
    like the freeze of textkg.parsing: a second build in this process at once costs only
    the speed-up.)"""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def save_build(
    result: BuildResult, graph_path: str | Path, *, store: bool = True, view: bool = False
) -> Path:
    """Write the graph as Turtle, its build state for later --update, (unless ``store`` is
    False) its Oxigraph store and (if asked) its view, replacing the earlier ones together;
    waits for another build of the same graph to finish."""
    target = Path(graph_path)
    with OutputSet(target, wait=True) as outputs:
        stage_build(result, outputs, view=view, store=store)
        outputs.commit()
    return target


def check_base(base: str) -> None:
    """Refuse a base IRI the graph could not be written with, before any work is done."""
    problem = _base_problem(base)
    if problem:
        raise TextkgError(f"--base {base!r}: {problem}")


_IRI_FORBIDDEN = set('<>"{}|\\^`')


def _base_problem(base: str) -> str | None:
    try:
        parts = urlsplit(base)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        return f"not an IRI ({exc})"
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not base.lower().startswith(f"{scheme}://"):
        return "not an absolute http:// or https:// IRI"
    if not parts.hostname:
        return "the IRI names no host"
    bad = next((c for c in base if c in _IRI_FORBIDDEN or c.isspace() or not c.isprintable()), None)
    if bad is not None:
        return f"{bad!r} may not appear in an IRI"
    if parts.query or parts.fragment:
        return "a base IRI holds no query (?) and nothing after a #"
    if not base.endswith(("/", "#")):
        return "it must end with / or #, as names are appended to it"
    return None
