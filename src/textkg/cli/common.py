"""Argument types and help texts shared by the commands."""

from __future__ import annotations

import argparse
from datetime import date

GRAPH_FORMATS_HELP = "an RDF file: .ttl, .nt, .nq, .trig, .jsonld, .rdf (RDF/XML)"
GRAPH_OR_STORE_HELP = (
    "an RDF file (.ttl, .nt, .nq, .trig, .jsonld, .rdf) or a store folder (NAME.store)"
)
#: Seconds a query may run unless --timeout says otherwise.
DEFAULT_TIMEOUT = 60.0


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {text!r}") from None


def split_list(text: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def seconds(text: str) -> float:
    """A time limit in seconds; 0 means none."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value < 0 or value != value:
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more: {text!r}")
    return value


def add_service_options(parser: argparse.ArgumentParser) -> None:
    """--timeout and --allow-service, which query and serve share."""
    parser.add_argument(
        "--timeout",
        type=seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"stop a query that runs longer (default {DEFAULT_TIMEOUT:g}; 0: no limit)",
    )
    parser.add_argument(
        "--allow-service",
        action="store_true",
        help="allow SERVICE clauses, which send the graph's data to other hosts (refused "
        "by default)",
    )


def port_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535, not {value}")
    return value
