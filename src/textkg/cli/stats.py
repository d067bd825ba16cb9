"""`textkg stats`: what a graph holds, by type and predicate."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from textkg.cli.common import GRAPH_FORMATS_HELP


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stats = commands.add_parser("stats", help="count entities, relations and documents")
    stats.add_argument("graph", metavar="GRAPH", help=GRAPH_FORMATS_HELP)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from textkg.rdfio import load_graph
    from textkg.stats import format_stats, graph_stats

    stats = graph_stats(load_graph(args.graph))
    if args.json:
        print(json.dumps(asdict(stats), indent=2, sort_keys=True))
    else:
        sys.stdout.write(format_stats(stats))
    return 0
