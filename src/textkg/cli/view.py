"""`textkg view`: the interactive HTML page of a graph."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from textkg.cli.common import GRAPH_FORMATS_HELP, positive_int, split_list
from textkg.errors import TextkgError

if TYPE_CHECKING:
    from textkg.view import Articles
from textkg.outputs import checked_output


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    view = commands.add_parser("view", help="write the interactive HTML view of a graph")
    view.add_argument("graph", metavar="GRAPH", help=GRAPH_FORMATS_HELP)
    view.add_argument("-o", "--output", help="HTML file (default: beside the graph)")
    view.add_argument(
        "--mkdir", action="store_true", help="create the folder of -o if it does not exist"
    )
    view.add_argument("--focus", metavar="NAME", help="show the neighbourhood of this entity")
    view.add_argument("--hops", type=positive_int, default=1, help="neighbourhood size for --focus")
    view.add_argument("--types", help="entity types to show, e.g. Person,Organization")
    view.add_argument("--relations", help="relations to show, e.g. tk:metWith,tk:leaderOf")
    view.add_argument(
        "--max-nodes",
        type=positive_int,
        default=2000,
        help="draw at most this many entities, the most connected first",
    )
    view.add_argument("--title", help="page title")
    view.add_argument(
        "--no-texts",
        action="store_true",
        help="leave out the article texts of the build state beside the graph (a smaller page)",
    )
    view.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from textkg.view import ViewOptions, file_lookup, write_view

    if args.output:
        output = checked_output(args.output, mkdir=args.mkdir)
    else:
        output = Path(args.graph).with_suffix(".html")
    options = ViewOptions(
        title=args.title,
        focus=args.focus,
        hops=args.hops,
        types=split_list(args.types),
        relations=split_list(args.relations),
        max_nodes=args.max_nodes,
    )
    articles = None if args.no_texts else _articles_beside(Path(args.graph))
    # the graph goes into a sorted table on disk beside the page, not into memory
    with file_lookup(Path(args.graph), output.parent) as graph:
        summary = write_view(graph, output, options, articles)
    print(f"wrote {output} ({summary})")
    return 0


def _articles_beside(graph: Path) -> Articles | None:
    """The build state's articles (texts, mentions), when it is beside the graph and readable.

    The page is still worth writing without them, so a bad build state is a warning.
    """
    from textkg.factstore import facts_path_for, load_compact_facts
    from textkg.view import Articles

    path = facts_path_for(graph)
    if not path.exists():
        return None
    try:
        return Articles(load_compact_facts(path), path.name)
    except (TextkgError, ValueError) as exc:  # ValueError: a header that is not JSON
        message = str(exc) if isinstance(exc, TextkgError) else f"{path}: unreadable build state"
        print(f"textkg: warning: {message}; the page has no article texts", file=sys.stderr)
        return None
