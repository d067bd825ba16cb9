"""`textkg build`: read articles, write the graph, its build state and its view."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from textkg.cli.common import iso_date, positive_int
from textkg.errors import InterruptedBuild, TextkgError, printable
from textkg.outputs import checked_output

if TYPE_CHECKING:
    from textkg.pipeline import BuildResult
    from textkg.turtlestream import WrittenGraph


#: textkg.namespaces.DEFAULT_BASE, written out so that `textkg --help` need not import rdflib
#: (tests/test_cli_help.py checks they agree).
DEFAULT_BASE_TEXT = "https://w3id.org/textkg/id/"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    build = commands.add_parser(
        "build", help="read articles and write a Turtle graph and HTML view"
    )
    build.add_argument(
        "inputs", nargs="+", metavar="PATH", help="files, folders, globs, or - for stdin"
    )
    build.add_argument("-o", "--output", help="graph file (default: OUTPUT_DIR/<first input>.ttl)")
    build.add_argument(
        "--output-dir",
        default="graphs",
        metavar="DIR",
        help="folder for the graph when -o is not given (created if missing)",
    )
    build.add_argument(
        "--mkdir", action="store_true", help="create the folder of -o if it does not exist"
    )
    build.add_argument(
        "--no-html", action="store_true", help="do not write the HTML view beside it"
    )
    build.add_argument("--update", action="store_true", help="add to the existing graph at -o")
    build.add_argument(
        "--wait",
        action="store_true",
        help="if another build is writing the same graph, wait for it (default: stop)",
    )
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
    build.add_argument(
        "--base", help=f"base IRI for the graph's nodes (default: {DEFAULT_BASE_TEXT})"
    )
    build.add_argument(
        "--date",
        type=iso_date,
        help="publication date YYYY-MM-DD for articles that give none "
        "(also: front matter, or a sidecar ARTICLE.txt.json / ARTICLE.meta.yaml)",
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
    build.add_argument(
        "--absolute-paths",
        action="store_true",
        help="write each article's tk:sourcePath as an absolute path "
        "(default: relative to the folder the build runs in)",
    )
    build.add_argument(
        "--no-store",
        action="store_true",
        help="do not write the Oxigraph store NAME.store beside the graph "
        "(queries then load the graph into a cached store)",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    build.add_argument(
        "-v", "--verbose", action="store_true", help="print every warning and skipped input"
    )
    build.set_defaults(command=run)


def default_output(inputs: Sequence[str], folder: str | Path = "graphs") -> Path:
    """``graphs/<name of the first input>.ttl`` (or another folder)."""
    first = inputs[0]
    if first == "-":
        name = "stdin"
    else:
        path = Path(first.rstrip("/\\") or first)
        name = path.stem if path.suffix else path.name
        if any(ch in name for ch in "*?[") or not name or name in (".", ".."):
            name = Path.cwd().name if name in (".", "..", "") else "graph"
    return Path(folder) / f"{name}.ttl"


def run(args: argparse.Namespace) -> int:
    from textkg.cli.progress import BuildProgress, expected_items
    from textkg.factstore import facts_path_for
    from textkg.info import model_info
    from textkg.ingest import IngestOptions
    from textkg.namespaces import DEFAULT_BASE
    from textkg.nlp import NlpOptions
    from textkg.notices import skipped_summary, undated_message
    from textkg.outputs import FACTS_SUFFIX, OutputSet
    from textkg.pipeline import BuildOptions, build_result, stage_build
    from textkg.resolve import load_aliases
    from textkg.store import store_path_for

    if args.output:
        output = checked_output(args.output, mkdir=args.mkdir)
    else:
        output = default_output(args.inputs, args.output_dir)
    if output.suffix.lower() in (".html", ".htm") or output.name.endswith(FACTS_SUFFIX):
        raise TextkgError(
            f"{output}: that name is for a graph's view or build state; name the graph .ttl"
        )
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
        absolute_paths=args.absolute_paths,
    )
    progress = BuildProgress(
        enabled=not args.quiet and sys.stderr.isatty(),
        total=expected_items(args.inputs),
        verbose=args.verbose,
    )
    html = None if args.no_html else output.with_suffix(".html")
    own = [output, output.with_suffix(".html"), facts_path_for(output), store_path_for(output)]
    with (
        progress as observer,
        _terminate_as_interrupt(),
        OutputSet(output, wait=args.wait, on_wait=progress.note) as outputs,
    ):
        try:
            model = model_info(options.nlp).describe()  # loads it once, before the clock starts
            progress.relabel("parsing")
            result = build_result(
                args.inputs,
                options,
                observer,
                update_from=output if args.update else None,
                outputs=own,
                state_path=outputs.staged(facts_path_for(output).name),
            )
            observer.stage("writing files")
            written = stage_build(result, outputs, view=html is not None, store=not args.no_store)
            outputs.commit()
        except KeyboardInterrupt:
            raise InterruptedBuild(outputs.interrupted_message()) from None
    undated = result.undated
    for message in (skipped_summary(result.skipped, args.verbose), undated_message(undated)):
        if message:
            progress.warn(message, always=True)
    if not args.quiet:
        print(_build_summary(result, written, output, html, model, args.verbose))
    return 0


def _build_summary(
    result: BuildResult,
    written: WrittenGraph,
    output: Path,
    html: Path | None,
    model: str,
    verbose: bool,
) -> str:
    counts = written.counts
    rate = result.words / result.seconds if result.seconds else 0.0
    lines = [
        f"documents read  {result.documents}",
        f"skipped         {len(result.skipped)}",
        *(
            f"  {printable(s.source)}: {printable(s.reason)}"
            for s in (result.skipped if verbose else ())
        ),
        f"entities        {counts.entities}  (named in the text)",
        f"byline agents   {counts.byline_agents}  (authors, editors named only in metadata)",
        f"relations       {counts.relations}",
        f"dates           {counts.dates}  (of birth, death, founding)",
        f"events          {counts.events}",
        f"triples         {written.triples}",
        f"words           {result.words} in {result.seconds:.1f} s ({rate:,.0f} words/s)",
        f"model           {model}",
        f"graph           {printable(str(output))}",
    ]
    store = output.with_suffix(".store")
    if store.is_dir():
        lines.append(f"store           {printable(str(store))}")
    if html is not None:
        lines.append(f"view            {printable(str(html))}")
    return "\n".join(lines)


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (``kill``) stops a build as Ctrl-C does: it cleans up and says what it left."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
