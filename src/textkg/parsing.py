"""The nlp and extract stages run over a stream of articles: in batches, in this process or
in worker processes, window by window for long articles (textkg.longtext).

Whatever goes wrong with one article (the parser fails on it, a rule raises, its worker
dies) makes that article a SkippedInput naming it and the reason; the others go on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from textkg.extract import ExtractOptions, extract_facts
from textkg.ingest.reader import describe_source
from textkg.longtext import join_facts, split_article
from textkg.nlp import (
    WINDOW_CHARS,
    NlpOptions,
    ParseFailure,
    load_model,
    one_line,
    parse_texts,
    release_models,
)
from textkg.records import ArticleFacts, ArticleText, SkippedInput
from textkg.workers import run_in_workers

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: What parsing and extracting one article gives: its facts and word count, or why not.
Outcome = tuple[ArticleFacts, int] | SkippedInput

#: At most this many characters are parsed in one batch (a batch's parses are held at once,
#: and the parser's working memory grows with them).
BATCH_CHARS = 200_000


@dataclass(frozen=True)
class ParseJob:
    """How articles are parsed and extracted (the parts of BuildOptions this stage needs)."""

    nlp: NlpOptions = field(default_factory=NlpOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    jobs: int = 1
    batch_size: int = 32


@dataclass(frozen=True)
class _Piece:
    """An article, or one window of a long one: the unit parsed and extracted."""

    article: int  # the article's number in this build
    offset: int  # where the window starts in the article's text
    text: ArticleText


def count_words(doc: Doc) -> int:
    """Tokens that are neither space nor punctuation (read as one array: no Token objects)."""
    if not len(doc):
        return 0
    flags = doc.to_array(["IS_SPACE", "IS_PUNCT"])
    return int((flags.sum(axis=1) == 0).sum())


def extract_all(articles: Iterable[ArticleText], job: ParseJob) -> Iterator[Outcome]:
    """Parse and extract every article; outcomes come as articles finish (not in order)."""
    # fails early, in this process, when no model is found
    assembly = _Assembly(min(WINDOW_CHARS, load_model(job.nlp).max_length))
    # The model and what was loaded with it live as long as the parse: kept out of the
    # cyclic collector's walks, which otherwise revisit them at every full collection
    # (some 3% of a build); let go again once the articles are done. (The freeze is
    # process-wide: two builds running at once in one process unfreeze each other's
    # objects early, which costs only the speed-up.)
    gc.freeze()
    if job.jobs > 1:
        # the first batch of each worker is a quarter of the size: every worker starts
        # parsing after a few articles are read, not after ``jobs`` whole batches
        batches = _batches(assembly.pieces(articles), job.batch_size, opening=job.jobs)
        done: Iterable[tuple[_Piece, Outcome]] = run_in_workers(
            _handed_over(batches),
            partial(_extract_pieces, job),
            workers=job.jobs,
            lost=_lost_in_worker,
        )
    else:
        batches = _batches(assembly.pieces(articles), job.batch_size)
        done = (result for batch in batches for result in _extract_pieces(job, batch))
    try:
        for piece, outcome in done:
            finished = assembly.add(piece, outcome)
            if finished is not None:
                yield finished
    finally:
        gc.unfreeze()


def _handed_over(batches: Iterable[list[_Piece]]) -> Iterator[list[_Piece]]:
    """Batches for the worker processes. Once the last is handed over this process needs its
    model no more (a worker started later, to retry a batch, loads its own): it is let go
    while the workers still parse, and resolution gets the memory."""
    yield from batches
    gc.unfreeze()
    if release_models():
        gc.collect()


def extract_batch(job: ParseJob, articles: Iterable[ArticleText]) -> list[Outcome]:
    """Parse and extract a batch of articles here, long ones window by window (the task a
    cluster worker runs, see textkg.distributed)."""
    nlp = load_model(job.nlp)
    assembly = _Assembly(min(WINDOW_CHARS, nlp.max_length))
    outcomes: list[Outcome] = []
    for batch in _batches(assembly.pieces(articles), job.batch_size):
        for piece, outcome in _extract_pieces(job, batch):
            finished = assembly.add(piece, outcome)
            if finished is not None:
                outcomes.append(finished)
    return outcomes


def _extract_pieces(job: ParseJob, pieces: list[_Piece]) -> list[tuple[_Piece, Outcome]]:
    """Parse and extract a batch (in a worker, or here); only small facts are returned."""
    nlp = load_model(job.nlp)
    parsed = parse_texts(nlp, ((p.text.text, p) for p in pieces), batch_size=job.batch_size)
    return [(piece, _extract_one(doc, piece.text, job.extract)) for doc, piece in parsed]


def _extract_one(doc: Doc | ParseFailure, article: ArticleText, options: ExtractOptions) -> Outcome:
    where = describe_source(article.source)
    if isinstance(doc, ParseFailure):
        return SkippedInput(where, doc.reason)
    try:
        return extract_facts(doc, article, options=options), count_words(doc)
    except Exception as exc:
        return SkippedInput(
            where, f"facts could not be extracted ({one_line(exc)}); please report it"
        )


def _lost_in_worker(piece: _Piece) -> tuple[_Piece, Outcome]:
    reason = "the worker process died each time it read this (out of memory, or killed); left out"
    return piece, SkippedInput(describe_source(piece.text.source), reason)


def _batches(pieces: Iterator[_Piece], size: int, *, opening: int = 0) -> Iterator[list[_Piece]]:
    """At most ``size`` pieces and about BATCH_CHARS characters per batch; the first
    ``opening`` batches hold at most a quarter of ``size`` (how articles are batched changes
    no parse: spaCy reads each text on its own)."""
    batch: list[_Piece] = []
    chars = 0
    small = max(1, size // 4)
    limit = small if opening > 0 else size
    for piece in pieces:
        if batch and (len(batch) >= limit or chars + len(piece.text.text) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
            opening -= 1
            limit = small if opening > 0 else size
        batch.append(piece)
        chars += len(piece.text.text)
    if batch:
        yield batch


@dataclass
class _Waiting:
    article: ArticleText
    windows: int
    parts: list[tuple[int, ArticleFacts]] = field(default_factory=list)
    words: int = 0
    failed: SkippedInput | None = None
    received: int = 0


class _Assembly:
    """Cuts articles into pieces and puts each article together again as its pieces come
    back, in whatever order; one failed window makes the whole article a skip."""

    def __init__(self, window: int) -> None:
        self.window = window
        self.waiting: dict[int, _Waiting] = {}

    def pieces(self, articles: Iterable[ArticleText]) -> Iterator[_Piece]:
        for number, article in enumerate(articles):
            windows = split_article(article, self.window)
            self.waiting[number] = _Waiting(article, len(windows))
            for window in windows:
                yield _Piece(number, window.offset, window.article)

    def add(self, piece: _Piece, outcome: Outcome) -> Outcome | None:
        waiting = self.waiting[piece.article]
        waiting.received += 1
        if isinstance(outcome, SkippedInput):
            if waiting.failed is None:
                waiting.failed = _window_failure(waiting, piece, outcome)
        else:
            waiting.parts.append((piece.offset, outcome[0]))
            waiting.words += outcome[1]
        if waiting.received < waiting.windows:
            return None
        del self.waiting[piece.article]
        if waiting.failed is not None:
            return waiting.failed
        return join_facts(waiting.article, waiting.parts), waiting.words


def _window_failure(waiting: _Waiting, piece: _Piece, outcome: SkippedInput) -> SkippedInput:
    if waiting.windows == 1:
        return outcome
    end = piece.offset + len(piece.text.text)
    return SkippedInput(
        outcome.source, f"characters {piece.offset}-{end}: {outcome.reason}; article left out"
    )
