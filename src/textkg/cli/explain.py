"""`textkg explain`: why names were merged into one entity, from the build state."""

from __future__ import annotations

import argparse
import sys

from textkg.errors import TextkgError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    explain = commands.add_parser(
        "explain", help="say why the names of an entity were merged (from the build state)"
    )
    explain.add_argument("graph", metavar="GRAPH", help="a graph written by textkg build")
    explain.add_argument("name", nargs="?", metavar="NAME", help="an entity's name or alias")
    explain.add_argument("--all", action="store_true", help="print the whole merge log")
    explain.add_argument("--aliases", help="the alias file the graph was built with")
    explain.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
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
