"""`textkg query`: SPARQL on a graph, printed as a table, CSV, TSV or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from textkg.cli.common import GRAPH_FORMATS_HELP
from textkg.errors import TextkgError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    query = commands.add_parser("query", help="run SPARQL on a graph")
    query.add_argument("graph", metavar="GRAPH", help=GRAPH_FORMATS_HELP)
    query.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text")
    source = query.add_mutually_exclusive_group()
    source.add_argument("--file", help="read the query from a .rq file")
    source.add_argument("--saved", metavar="NAME", help="a query shipped with textkg (see --list)")
    query.add_argument("--list", action="store_true", help="list the saved queries")
    query.add_argument(
        "--format",
        choices=("table", "csv", "tsv", "json"),
        default="table",
        help="how to print SELECT results (json: SPARQL 1.1 JSON results)",
    )
    query.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
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
