"""`textkg explain`: why names are, or are not, one entity, from the build state."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from textkg.errors import TextkgError

_EXAMPLES = """examples:
  textkg explain graphs/news.ttl Naryshkin            every name of that entity, and why
  textkg explain graphs/news.ttl "Rachel Reeves" Reeves   one entity or two, and why
  textkg explain graphs/news.ttl --all                the whole merge log (tab-separated)
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    explain = commands.add_parser(
        "explain",
        help="say why names are (or are not) one entity (from the build state)",
        description="Say why the names of an entity were merged, or why two names are or "
        "are not one entity (the rules tried, what blocked them, how to force them with an "
        "alias file). Reads the build state written beside the graph (NAME.facts.jsonl.gz).",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    explain.add_argument("graph", metavar="GRAPH", help="a graph written by textkg build")
    explain.add_argument("name", nargs="?", metavar="NAME", help="an entity's name or alias")
    explain.add_argument(
        "other", nargs="?", metavar="OTHER", help="a second name: one entity with NAME or not?"
    )
    explain.add_argument("--all", action="store_true", help="print the whole merge log")
    explain.add_argument("--aliases", help="the alias file the graph was built with")
    explain.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from textkg.factstore import facts_path_for, load_facts
    from textkg.resolve import (
        UnknownName,
        closest,
        explain_pair,
        find_entities,
        format_explanation,
        format_merge_log,
        format_pair,
        load_aliases,
        resolution_names,
        resolve_entities,
    )

    if not args.name and not args.all:
        raise TextkgError("give an entity NAME (and OTHER to compare two), or --all")
    graph = Path(args.graph)
    if not graph.is_file():
        raise TextkgError(f"{graph}: no such graph file")
    state = facts_path_for(graph)
    if not state.is_file():
        return _without_state(graph, state, args)
    facts = load_facts(state)
    aliases = load_aliases(args.aliases) if args.aliases else None
    try:
        if args.other and not args.all:
            return _write(format_pair(explain_pair(facts, aliases, args.name, args.other)))
    except UnknownName as unknown:
        raise TextkgError(unknown.message(str(graph))) from None
    resolution = resolve_entities(facts, aliases)
    if args.all:
        return _write(format_merge_log(resolution))
    if not find_entities(resolution, args.name):
        missing = UnknownName(args.name, closest(resolution_names(resolution), args.name))
        raise TextkgError(missing.message(str(graph)))
    return _write(format_explanation(resolution, args.name))


def _without_state(graph: Path, state: Path, args: argparse.Namespace) -> int:
    """A graph copied without its build state: say what the graph itself shows."""
    from textkg.resolve import UnknownName, explain_without_state
    from textkg.sparql import load_graph

    if args.all or not args.name:
        raise TextkgError(
            f"{graph}: the merge log is in the build state {state.name}, which is not beside "
            "this graph; build the graph from its articles to have it"
        )
    try:
        text = explain_without_state(load_graph(graph), state.name, args.name, args.other)
    except UnknownName as unknown:
        raise TextkgError(unknown.message(str(graph))) from None
    return _write(text)


def _write(text: str) -> int:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
