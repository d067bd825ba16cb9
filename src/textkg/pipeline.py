"""The build: ingest → nlp → extract → resolve → graph, streaming articles through the parser.

Articles are parsed in batches with ``nlp.pipe`` (optionally in worker processes) and only
their small extracted facts are kept, so memory does not grow with the size of the texts.
Resolution then sees every article's facts at once, which is what lets it merge names
across articles.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rdflib import Graph

from textkg.contents import events as vocab_events
from textkg.contents import relation_triples
from textkg.errors import NothingToReadError
from textkg.export import write_graph
from textkg.extract import ExtractOptions, extract_facts
from textkg.factstore import facts_path_for, load_facts, save_facts
from textkg.graph import GraphOptions, build_graph
from textkg.ingest import Article, BuildInput, IngestOptions, read_articles
from textkg.namespaces import DEFAULT_BASE
from textkg.nlp import NlpOptions, load_model, parse_texts
from textkg.provenance import describe_build
from textkg.records import ArticleFacts, ArticleText, Resolution, SkippedInput
from textkg.resolve import AliasTable, resolve_entities
from textkg.store import store_path_for, write_store

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
    graph: Graph
    facts: tuple[ArticleFacts, ...]
    resolution: Resolution
    skipped: tuple[SkippedInput, ...]
    words: int
    seconds: float

    @property
    def documents(self) -> int:
        return len(self.facts)

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
) -> tuple[list[ArticleFacts], list[SkippedInput], int]:
    """Ingest, parse and extract every input; returns facts (sorted by source), skips, words."""
    observer = observer or BuildObserver()
    if options.scheduler is None:
        # fails early, in this process, when no model is found (on a cluster the workers
        # load their own and this process never parses: it would hold the model for nothing)
        load_model(options.nlp)
    skipped: list[SkippedInput] = []

    ingest_options = options.ingest
    if ingest_options.on_warning is None:
        ingest_options = replace(ingest_options, on_warning=observer.input_warning)

    def articles() -> Iterator[ArticleText]:
        for item in read_articles(inputs, ingest_options, stdin=stdin):
            if isinstance(item, SkippedInput):
                skipped.append(item)
                observer.input_skipped(item)
            else:
                yield item

    facts: list[ArticleFacts] = []
    words = 0
    if options.scheduler is not None:
        from textkg.distributed import extract_on_cluster

        parsed = extract_on_cluster(articles(), options, options.scheduler)
    elif options.jobs > 1:
        parsed = _extract_in_workers(articles(), options)
    else:
        parsed = _extract_parsed(
            parse_texts(
                load_model(options.nlp),
                ((a.text, a) for a in articles()),
                batch_size=options.batch_size,
            ),
            options.extract,
        )
    for article_facts, count in parsed:
        facts.append(article_facts)
        words += count
        observer.article_read(article_facts.article, count)
    if not facts:
        raise NothingToReadError(_nothing_read_message(inputs, skipped))
    facts.sort(key=lambda f: f.article.source)
    return facts, skipped, words


def count_words(doc: Doc) -> int:
    return sum(1 for token in doc if not token.is_space and not token.is_punct)


def _extract_parsed(
    parsed: Iterable[tuple[Doc, ArticleText]], options: ExtractOptions
) -> Iterator[tuple[ArticleFacts, int]]:
    for doc, article in parsed:
        yield extract_facts(doc, article, options=options), count_words(doc)


def _extract_batch(
    options: BuildOptions, articles: list[ArticleText]
) -> list[tuple[ArticleFacts, int]]:
    """Worker side: parse and extract a batch, returning only the small facts (no Doc)."""
    nlp = load_model(options.nlp)
    parsed = parse_texts(nlp, ((a.text, a) for a in articles))
    return list(_extract_parsed(parsed, options.extract))


def _extract_in_workers(
    articles: Iterator[ArticleText], options: BuildOptions
) -> Iterator[tuple[ArticleFacts, int]]:
    """Parse and extract in ``options.jobs`` processes, in input order.

    Unlike ``nlp.pipe(n_process=...)`` the workers also extract, so extraction runs in
    parallel and only facts cross process boundaries. At most two batches per worker are
    in flight, so memory does not grow with the number of files.
    """
    context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
    pending: deque[AsyncResult[list[tuple[ArticleFacts, int]]]] = deque()
    worker_options = replace(options, ingest=IngestOptions(), aliases=None)
    with context.Pool(options.jobs) as pool:
        batch: list[ArticleText] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= options.batch_size:
                pending.append(pool.apply_async(_extract_batch, (worker_options, batch)))
                batch = []
                while len(pending) >= 2 * options.jobs:
                    yield from pending.popleft().get()
        if batch:
            pending.append(pool.apply_async(_extract_batch, (worker_options, batch)))
        while pending:
            yield from pending.popleft().get()


def _nothing_read_message(inputs: Sequence[BuildInput], skipped: Sequence[SkippedInput]) -> str:
    named = ", ".join(str(p) for p in inputs) or "(no inputs)"
    if not skipped:
        return f"no readable articles in {named}"
    first = skipped[0]
    more = f" (and {len(skipped) - 1} more skipped)" if len(skipped) > 1 else ""
    return f"no readable articles in {named}: {first.source}: {first.reason}{more}"


def merge_previous(
    previous: Sequence[ArticleFacts], new: Sequence[ArticleFacts]
) -> list[ArticleFacts]:
    """For --update: new articles replace earlier ones from the same source; identical texts
    already in the graph are not added twice."""
    by_source = {f.article.source: f for f in previous}
    known_hashes = {f.article.content_hash for f in previous}
    for item in new:
        old = by_source.get(item.article.source)
        if old is not None:
            known_hashes.discard(old.article.content_hash)
        elif item.article.content_hash in known_hashes:
            continue
        by_source[item.article.source] = item
        known_hashes.add(item.article.content_hash)
    return sorted(by_source.values(), key=lambda f: f.article.source)


def build_result(
    inputs: Sequence[BuildInput],
    options: BuildOptions | None = None,
    observer: BuildObserver | None = None,
    *,
    update_from: str | Path | None = None,
    stdin: TextIO | None = None,
) -> BuildResult:
    """Run the whole pipeline; with ``update_from`` (a graph path) add to its earlier build."""
    options = options or BuildOptions()
    observer = observer or BuildObserver()
    started = time.perf_counter()
    facts, skipped, words = extract_articles(inputs, options, observer, stdin=stdin)
    if update_from is not None:
        facts = merge_previous(load_facts(facts_path_for(update_from)), facts)
    observer.stage("resolving entities")
    resolution = resolve_entities(facts, options.aliases)
    observer.stage("writing the graph")
    provenance = describe_build(options, load_model(options.nlp))
    graph = build_graph(facts, resolution, GraphOptions(base=options.base, provenance=provenance))
    return BuildResult(
        graph=graph,
        facts=tuple(facts),
        resolution=resolution,
        skipped=tuple(skipped),
        words=words,
        seconds=time.perf_counter() - started,
    )


def build(paths: Sequence[BuildInput] | BuildInput, options: BuildOptions | None = None) -> Graph:
    """Build the knowledge graph of the articles under ``paths`` (the library's entry point)."""
    inputs = [paths] if isinstance(paths, str | Path | Article) else list(paths)
    return build_result(inputs, options or BuildOptions()).graph


def save_build(result: BuildResult, graph_path: str | Path, *, store: bool = True) -> Path:
    """Write the graph as Turtle, atomically, plus its build state for later --update and
    (unless ``store`` is False) the Oxigraph store that queries read, NAME.store beside it."""
    target = Path(graph_path)
    write_graph(result.graph, target, "turtle")
    save_facts(facts_path_for(target), result.facts)
    # The store mirrors the Turtle just written (its stamp names it); readers rebuild a store
    # whose Turtle changed, so a store left behind by a failure here is never believed.
    if store:
        write_store(result.graph, store_path_for(target), source=target)
    return target
