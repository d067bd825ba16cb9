"""`textkg export`: a graph in another RDF or graph format."""

from __future__ import annotations

import argparse
from pathlib import Path

from textkg.cli.common import GRAPH_FORMATS_HELP
from textkg.errors import TextkgError
from textkg.outputs import checked_output


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="convert a graph to another RDF or graph format")
    export.add_argument("graph", metavar="GRAPH", help=GRAPH_FORMATS_HELP)
    export.add_argument(
        "--format",
        help="the output format: turtle, nt, nq, trig, rdfxml, jsonld, graphml or gexf "
        "(default: from the output's extension)",
    )
    export.add_argument("-o", "--output", required=True, help="file to write")
    export.add_argument(
        "--graph-name",
        metavar="IRI",
        help="the graph's name in TriG and N-Quads (default: the graph's own IRI, "
        "<base>graph, which its build generated)",
    )
    export.add_argument(
        "--mkdir", action="store_true", help="create the folder of -o if it does not exist"
    )
    export.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from textkg.export import FORMATS, format_for_path, write_graph
    from textkg.rdfio import load_graph

    fmt = args.format or format_for_path(args.output)
    if fmt is None or fmt not in FORMATS:
        raise TextkgError(
            f"unknown export format {args.format or Path(args.output).suffix!r}; "
            f"choose --format from {', '.join(FORMATS)}"
        )
    output = checked_output(args.output, mkdir=args.mkdir)
    graph_name = check_iri(args.graph_name) if args.graph_name else None
    graph = load_graph(args.graph)
    write_graph(graph, output, fmt, graph_name=graph_name)
    print(f"wrote {args.output} ({fmt})")
    return 0


def check_iri(text: str) -> str:
    """An absolute IRI, or a one-line error."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(text)
    except ValueError as exc:
        raise TextkgError(f"not an IRI: {text!r} ({exc})") from exc
    if ":" not in text:
        raise TextkgError(f"not an absolute IRI: {text!r}")
    return text
