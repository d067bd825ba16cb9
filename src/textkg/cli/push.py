"""`textkg push`: send a graph to a SPARQL 1.1 store (Graph Store HTTP Protocol)."""

from __future__ import annotations

import argparse

from textkg.cli.common import GRAPH_OR_STORE_HELP, seconds


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    push = commands.add_parser(
        "push",
        help="send a graph to a SPARQL store (Fuseki, GraphDB, QLever, Oxigraph ...)",
        description="Send GRAPH to URL, a SPARQL 1.1 Graph Store endpoint: PUT replaces the "
        "named graph, --add (POST) adds to it. Credentials are read from the environment, "
        "never from the command line: $TEXTKG_PUSH_AUTH as user:password (basic auth) or "
        "$TEXTKG_PUSH_TOKEN (a bearer token, e.g. QLever's access token).",
    )
    push.add_argument("graph", metavar="GRAPH", help=GRAPH_OR_STORE_HELP)
    push.add_argument("url", metavar="URL", help="the store's Graph Store endpoint")
    target = push.add_mutually_exclusive_group()
    target.add_argument(
        "--graph",
        dest="graph_name",
        metavar="IRI",
        help="the named graph (default: the graph's own IRI, <base>graph)",
    )
    target.add_argument(
        "--default-graph", action="store_true", help="send to the store's default graph"
    )
    push.add_argument(
        "--add", action="store_true", help="add to the graph (POST) instead of replacing it"
    )
    push.add_argument(
        "--auth-env",
        default="TEXTKG_PUSH_AUTH",
        metavar="VAR",
        help="environment variable holding user:password (default TEXTKG_PUSH_AUTH)",
    )
    push.add_argument(
        "--token-env",
        default="TEXTKG_PUSH_TOKEN",
        metavar="VAR",
        help="environment variable holding a bearer token (default TEXTKG_PUSH_TOKEN)",
    )
    push.add_argument(
        "--timeout", type=seconds, default=300.0, metavar="SECONDS", help="default 300"
    )
    push.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from textkg.cli.export import check_iri
    from textkg.push import PushOptions, push

    options = PushOptions(
        graph=check_iri(args.graph_name) if args.graph_name else None,
        default_graph=args.default_graph,
        method="POST" if args.add else "PUT",
        auth_env=args.auth_env,
        token_env=args.token_env,
        timeout=args.timeout or 300.0,
    )
    result = push(args.graph, args.url, options)
    where = f"graph <{result.graph}>" if result.graph else "the default graph"
    verb = "added to" if args.add else "replaced"
    print(f"{verb} {where} at {args.url}: {result.triples:,} triples (HTTP {result.status})")
    return 0
