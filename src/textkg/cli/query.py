"""`textkg query`: SPARQL on a graph's store, printed as a table, CSV, TSV, JSON or XML."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from textkg.cli.common import GRAPH_OR_STORE_HELP, add_service_options
from textkg.errors import TextkgError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    query = commands.add_parser(
        "query",
        help="run SPARQL on a graph",
        description="Answer SPARQL from the Oxigraph store beside a graph (made or refreshed "
        "when the graph changed) or from any RDF file, loaded once into a cached store.",
    )
    query.add_argument("graph", nargs="?", metavar="GRAPH", help=GRAPH_OR_STORE_HELP)
    query.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text")
    source = query.add_mutually_exclusive_group()
    source.add_argument("--file", help="read the query from a .rq file")
    source.add_argument("--saved", metavar="NAME", help="a query shipped with textkg (see --list)")
    source.add_argument("--list", action="store_true", help="list the saved queries (no GRAPH)")
    source.add_argument("--show", metavar="NAME", help="print a saved query's text (no GRAPH)")
    query.add_argument(
        "--format",
        choices=("table", "csv", "tsv", "json", "xml"),
        default="table",
        help="a table, or a SPARQL 1.1 result format; CONSTRUCT prints Turtle "
        "(JSON-LD with json, RDF/XML with xml) (default: table)",
    )
    query.add_argument(
        "--bind",
        action="append",
        default=[],
        metavar="VAR=TEXT",
        help="fix a variable before the query runs (repeatable): a text, "
        "or an IRI as <...> or tk:name, e.g. --bind subject='Kim Jong Un'",
    )
    add_service_options(query)
    query.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from textkg.sparql import saved_query_info, saved_query_names

    if args.list:
        infos = [saved_query_info(name) for name in saved_query_names()]
        width = max(len(info.name) for info in infos)
        for info in infos:
            print(f"{info.name:<{width}}  {info.description}")
        return 0
    if args.show:
        sys.stdout.write(saved_query_info(args.show).text)
        return 0
    if args.graph is None:
        raise TextkgError("give a GRAPH (an RDF file or a store folder) to query")
    if args.file:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TextkgError(f"{args.file}: cannot read query: {exc}") from exc
    elif args.saved:
        sparql = saved_query_info(args.saved).text
    elif args.sparql:
        sparql = args.sparql
    else:
        raise TextkgError("give a SPARQL query, --file FILE or --saved NAME")
    answer(args.graph, sparql, args)
    return 0


def answer(graph: str, sparql: str, args: argparse.Namespace) -> None:
    """Check the query, open the store (refreshing it if need be), and stream the answer."""
    from textkg.results import write_results
    from textkg.sparql import Term, binding_term, check_query, evaluate, run_with_timeout
    from textkg.store import open_store

    check_query(sparql, allow_service=args.allow_service)
    bindings: dict[str, Term] = {}
    for item in args.bind:
        name, equals, value = item.partition("=")
        if not equals or not name.strip().lstrip("?$"):
            raise TextkgError(f"--bind takes VAR=TEXT, not {item!r}")
        bindings[name.strip().lstrip("?$")] = binding_term(value)
    store = open_store(graph).store
    sys.stdout.flush()
    out = sys.stdout.buffer

    def work(stop: threading.Event) -> None:
        results = evaluate(store, sparql, allow_service=args.allow_service, bindings=bindings)
        write_results(results, args.format, out, stop)

    run_with_timeout(work, args.timeout)
