"""`textkg serve`: a read-only SPARQL endpoint (the Oxigraph server) over a graph."""

from __future__ import annotations

import argparse

from textkg.cli.common import GRAPH_OR_STORE_HELP, add_service_options, port_number


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser(
        "serve",
        help="serve a graph as a SPARQL endpoint with a query page",
        description="Run the Oxigraph server, read-only, over the store of GRAPH: the SPARQL "
        "1.1 Protocol at /query (GET and POST, content negotiation) and the YASGUI query "
        "page at /. Ctrl-C stops it.",
    )
    serve.add_argument("graph", metavar="GRAPH|STORE", help=GRAPH_OR_STORE_HELP)
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; "
        "0.0.0.0 opens it to the network)",
    )
    serve.add_argument(
        "--port", type=port_number, default=7878, help="port (default 7878; 0: any free port)"
    )
    serve.add_argument(
        "--cors", action="store_true", help="allow web pages of other sites to query it"
    )
    add_service_options(serve)
    serve.set_defaults(command=run)


def run(args: argparse.Namespace) -> int:
    from textkg.serve import ServeOptions, serve

    options = ServeOptions(
        host=args.host,
        port=args.port,
        cors=args.cors,
        timeout=args.timeout or 86400.0,
        allow_service=args.allow_service,
    )
    serve(args.graph, options)
    return 0
