"""The `textkg` command: parses options and calls the library. No pipeline logic lives here."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textkg import __version__
from textkg.errors import TextkgError, install_error

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from textkg.pipeline import BuildObserver, BuildResult
    from textkg.records import ArticleText, SkippedInput

GRAPH_FORMATS_HELP = "any RDF file rdflib reads: .ttl, .nt, .nq, .trig, .jsonld"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.command
    try:
        return command(args)
    except TextkgError as exc:
        print(f"textkg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except ImportError as exc:  # a broken or incomplete install, not a bug of ours
        error = install_error(exc)
        print(f"textkg: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("textkg: interrupted; earlier outputs are untouched", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say so in one line, traceback only on request
        if os.environ.get("TEXTKG_DEBUG"):
            traceback.print_exc()
        print(
            f"textkg: internal error: {type(exc).__name__}: {exc} "
            "(set TEXTKG_DEBUG=1 to see the traceback, and please report it)",
            file=sys.stderr,
        )
        return 70


# ----------------------------------------------------------------------------- parser


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="textkg",
        description="Build a traceable knowledge graph from articles, offline.",
    )
    parser.add_argument("--version", action="version", version=f"textkg {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

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
    build.add_argument("--jobs", type=_positive_int, default=1, help="worker processes (default 1)")
    build.add_argument("--batch-size", type=_positive_int, default=32, help="documents per batch")
    build.add_argument("--base", help="base IRI for the graph's nodes")
    build.add_argument(
        "--date", type=_iso_date, help="publication date YYYY-MM-DD when files lack one"
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
    build.set_defaults(command=_build)

    query = commands.add_parser("query", help="run SPARQL on a graph")
    query.add_argument("graph", metavar="GRAPH", help=GRAPH_FORMATS_HELP)
    query.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text")
    source = query.add_mutually_exclusive_group()
    source.add_argument("--file", help="read the query from a .rq file")
    source.add_argument("--saved", metavar="NAME", help="a query shipped with textkg (see --list)")
    query.add_argument("--list", action="store_true", help="list the saved queries")
    query.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    query.set_defaults(command=_query)

    export = commands.add_parser("export", help="convert a graph to another RDF or graph format")
    export.add_argument("graph", metavar="GRAPH", help=GRAPH_FORMATS_HELP)
    export.add_argument(
        "--format",
        help="turtle, nt, nq, trig, jsonld, graphml or gexf (default: from the output's extension)",
    )
    export.add_argument("-o", "--output", required=True, help="file to write")
    export.set_defaults(command=_export)

    view = commands.add_parser("view", help="write the interactive HTML view of a graph")
    view.add_argument("graph", metavar="GRAPH", help=GRAPH_FORMATS_HELP)
    view.add_argument("-o", "--output", help="HTML file (default: beside the graph)")
    view.add_argument("--focus", metavar="NAME", help="show the neighbourhood of this entity")
    view.add_argument(
        "--hops", type=_positive_int, default=1, help="neighbourhood size for --focus"
    )
    view.add_argument("--types", help="entity types to show, e.g. Person,Organization")
    view.add_argument("--relations", help="relations to show, e.g. tk:metWith,tk:leaderOf")
    view.add_argument("--max-nodes", type=_positive_int, default=2000)
    view.add_argument("--title", help="page title")
    view.set_defaults(command=_view)

    explain = commands.add_parser(
        "explain", help="say why the names of an entity were merged (from the build state)"
    )
    explain.add_argument("graph", metavar="GRAPH", help="a graph written by textkg build")
    explain.add_argument("name", nargs="?", metavar="NAME", help="an entity's name or alias")
    explain.add_argument("--all", action="store_true", help="print the whole merge log")
    explain.add_argument("--aliases", help="the alias file the graph was built with")
    explain.set_defaults(command=_explain)

    stats = commands.add_parser("stats", help="count entities, relations and documents")
    stats.add_argument("graph", metavar="GRAPH", help=GRAPH_FORMATS_HELP)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(command=_stats)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {text!r}") from None


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


# ----------------------------------------------------------------------------- build


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


def _build(args: argparse.Namespace) -> int:
    from textkg.ingest import IngestOptions
    from textkg.namespaces import DEFAULT_BASE
    from textkg.pipeline import BuildOptions, build_result, save_build
    from textkg.resolve import load_aliases

    output = Path(args.output) if args.output else default_output(args.inputs)
    if args.update and not output.exists():
        raise TextkgError(f"{output}: no graph to update; build it first without --update")
    options = BuildOptions(
        model=args.model,
        tuned_ner=args.tuned_ner,
        jobs=args.jobs,
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


# ----------------------------------------------------------------------------- query etc.


def _query(args: argparse.Namespace) -> int:
    from textkg.sparql import format_result, load_graph, run_query, saved_query, saved_query_names

    if args.list:
        print("\n".join(saved_query_names()))
        return 0
    if args.file:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise TextkgError(f"{args.file}: cannot read query: {exc.strerror or exc}") from exc
    elif args.saved:
        sparql = saved_query(args.saved)
    elif args.sparql:
        sparql = args.sparql
    else:
        raise TextkgError("give a SPARQL query, --file FILE or --saved NAME")
    graph = load_graph(args.graph)
    result = run_query(graph, sparql)
    sys.stdout.write(format_result(result, args.format, graph))
    return 0


def _export(args: argparse.Namespace) -> int:
    from textkg.export import FORMATS, format_for_path, write_graph
    from textkg.sparql import load_graph

    fmt = args.format or format_for_path(args.output)
    if fmt is None or fmt not in FORMATS:
        raise TextkgError(
            f"unknown export format {args.format or Path(args.output).suffix!r}; "
            f"choose --format from {', '.join(FORMATS)}"
        )
    graph = load_graph(args.graph)
    write_graph(graph, args.output, fmt)
    print(f"wrote {args.output} ({fmt})")
    return 0


def _view(args: argparse.Namespace) -> int:
    from textkg.sparql import load_graph
    from textkg.view import ViewOptions, write_view

    graph = load_graph(args.graph)
    output = Path(args.output) if args.output else Path(args.graph).with_suffix(".html")
    options = ViewOptions(
        title=args.title,
        focus=args.focus,
        hops=args.hops,
        types=_split(args.types),
        relations=_split(args.relations),
        max_nodes=args.max_nodes,
    )
    summary = write_view(graph, output, options)
    print(f"wrote {output} ({summary})")
    return 0


def _explain(args: argparse.Namespace) -> int:
    from textkg.factstore import facts_path_for, load_facts
    from textkg.resolve import (
        find_entities,
        format_explanation,
        format_merge_log,
        load_aliases,
        resolve_entities,
    )

    if not args.name and not args.all:
        raise TextkgError("give an entity NAME, or --all for the whole merge log")
    facts = load_facts(facts_path_for(args.graph))
    aliases = load_aliases(args.aliases) if args.aliases else None
    resolution = resolve_entities(facts, aliases)
    if args.name and not args.all and not find_entities(resolution, args.name):
        raise TextkgError(f"no entity in {args.graph} is named {args.name!r}")
    text = format_merge_log(resolution) if args.all else format_explanation(resolution, args.name)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from textkg.sparql import load_graph
    from textkg.stats import format_stats, graph_stats

    stats = graph_stats(load_graph(args.graph))
    if args.json:
        print(json.dumps(asdict(stats), indent=2, sort_keys=True))
    else:
        sys.stdout.write(format_stats(stats))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
