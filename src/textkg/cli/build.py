"""`textkg build`: read articles, write the graph, its build state and its view."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textkg.cli.common import iso_date, positive_int
from textkg.errors import TextkgError

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from textkg.pipeline import BuildObserver, BuildResult
    from textkg.records import ArticleText, SkippedInput


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    build = commands.add_parser(
        "build", help="read articles and write a Turtle graph and HTML view"
    )
    build.add_argument(
        "inputs", nargs="+", metavar="PATH", help="files, folders, globs, or - for stdin"
    )
    build.add_argument("-o", "--output", help="graph file (default: graphs/<first input>.ttl)")
    build.add_argument(
        "--no-html", action="store_true", help="do not write the HTML view beside it"
    )
    build.add_argument("--update", action="store_true", help="add to the existing graph at -o")
    build.add_argument("--model", help="spaCy model package or path (default: best installed)")
    build.add_argument(
        "--tuned-ner",
        action="store_true",
        help="load textkg's CoNLL04-tuned NER weights into en_core_web_sm 3.8 "
        "(better on US wire-style news, worse on some other institutions' names)",
    )
    build.add_argument("--jobs", type=positive_int, default=1, help="worker processes (default 1)")
    build.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="parse and extract on a Dask distributed cluster (tcp://HOST:8786) instead of --jobs",
    )
    build.add_argument("--batch-size", type=positive_int, default=32, help="documents per batch")
    build.add_argument("--base", help="base IRI for the graph's nodes")
    build.add_argument(
        "--date", type=iso_date, help="publication date YYYY-MM-DD when files lack one"
    )
    build.add_argument(
        "--max-size",
        type=float,
        default=20.0,
        metavar="MB",
        help="skip files larger than this (default 20 MB)",
    )
    build.add_argument("--aliases", help="alias file forcing or forbidding merges")
    build.add_argument(
        "--keep-clutter",
        action="store_true",
        help="keep every line of plain-text pages (no removal of menus, link lists, footers)",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    build.set_defaults(command=run)


def default_output(inputs: Sequence[str]) -> Path:
    """``graphs/<name of the first input>.ttl``."""
    first = inputs[0]
    if first == "-":
        name = "stdin"
    else:
        path = Path(first.rstrip("/\\") or first)
        name = path.stem if path.suffix else path.name
        if any(ch in name for ch in "*?[") or not name or name in (".", ".."):
            name = Path.cwd().name if name in (".", "..", "") else "graph"
    return Path("graphs") / f"{name}.ttl"


def run(args: argparse.Namespace) -> int:
    from textkg.ingest import IngestOptions
    from textkg.namespaces import DEFAULT_BASE
    from textkg.nlp import NlpOptions
    from textkg.pipeline import BuildOptions, build_result, save_build
    from textkg.resolve import load_aliases

    output = Path(args.output) if args.output else default_output(args.inputs)
    if args.update and not output.exists():
        raise TextkgError(f"{output}: no graph to update; build it first without --update")
    if args.scheduler and args.jobs > 1:
        raise TextkgError("--jobs and --scheduler exclude each other: the cluster has the workers")
    options = BuildOptions(
        nlp=NlpOptions(model=args.model, ner_weights="conll04" if args.tuned_ner else "stock"),
        jobs=args.jobs,
        scheduler=args.scheduler,
        batch_size=args.batch_size,
        base=args.base or DEFAULT_BASE,
        ingest=IngestOptions(
            default_date=args.date,
            max_bytes=int(args.max_size * 1_000_000),
            remove_clutter=not args.keep_clutter,
        ),
        aliases=load_aliases(args.aliases) if args.aliases else None,
    )
    with _BuildProgress(enabled=not args.quiet and sys.stderr.isatty()) as observer:
        result = build_result(
            args.inputs, options, observer, update_from=output if args.update else None
        )
        observer.stage("writing files")
        save_build(result, output)
        html = None
        if not args.no_html:
            from textkg.view import ViewOptions, write_view

            html = output.with_suffix(".html")
            write_view(result.graph, html, ViewOptions(title=output.stem))
    if not args.quiet:
        print(_build_summary(result, output, html))
    return 0


def _build_summary(result: BuildResult, output: Path, html: Path | None) -> str:
    rate = result.words / result.seconds if result.seconds else 0.0
    lines = [
        f"documents read  {result.documents}",
        f"skipped         {len(result.skipped)}",
        *(f"  {s.source}: {s.reason}" for s in result.skipped),
        f"entities        {result.entities}",
        f"relations       {result.relations}",
        f"events          {result.events}",
        f"triples         {result.triples}",
        f"words           {result.words} in {result.seconds:.1f} s ({rate:,.0f} words/s)",
        f"graph           {output}",
    ]
    if html is not None:
        lines.append(f"view            {html}")
    return "\n".join(lines)


class _BuildProgress:
    """Progress bar on stderr (files, words/s) plus one warning line per skipped input."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.documents = 0
        self.words = 0
        self._started = time.perf_counter()

    def __enter__(self) -> BuildObserver:
        from rich.progress import (
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        from textkg.pipeline import BuildObserver

        outer = self

        class Observer(BuildObserver):
            def article_read(self, article: ArticleText, words: int) -> None:
                outer.documents += 1
                outer.words += words
                outer.update("parsing")

            def input_skipped(self, skipped: SkippedInput) -> None:
                outer.warn(f"skipped {skipped.source}: {skipped.reason}")

            def input_warning(self, source: str, message: str) -> None:
                outer.warn(f"{source}: {message}")

            def stage(self, name: str) -> None:
                outer.update(name)

        if self.enabled:
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TextColumn("{task.fields[stats]}"),
                TimeElapsedColumn(),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("parsing", total=None, stats="")
        self._started = time.perf_counter()
        return Observer()

    def warn(self, text: str) -> None:
        message = f"textkg: warning: {text}"
        if self.progress is not None:
            self.progress.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def update(self, description: str) -> None:
        if self.progress is None or self.task is None:
            return
        elapsed = max(1e-6, time.perf_counter() - self._started)
        stats = f"{self.documents} files, {self.words:,} words, {self.words / elapsed:,.0f} words/s"
        self.progress.update(self.task, description=description, stats=stats)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
