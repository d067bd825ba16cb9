"""Printing query answers: a readable table, or the SPARQL result formats, written as they come.

CSV, TSV, JSON and XML are written by Oxigraph's own serialisers straight from the rows as
the query yields them, so a million-row answer is never held in memory; they follow the
SPARQL 1.1 result formats (TSV terms in Turtle syntax with tab, newline and return escaped;
CSV lines end in CRLF, as RFC 4180 says). The table needs every row to size its columns.
CONSTRUCT and DESCRIBE answers print as Turtle (JSON-LD with ``json``, RDF/XML with ``xml``).
"""

from __future__ import annotations

import io
import shutil
import threading
from collections.abc import Iterable, Sequence
from typing import BinaryIO, cast

import pyoxigraph as ox
from rdflib.query import Result

from textkg.errors import QueryError
from textkg.sparql import PREFIX_IRIS, OxResults, Term, rows_of

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
_SOLUTION_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
_GRAPH_FORMATS = {"json": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
#: Longest namespace first, so ``tk:`` wins over a shorter namespace it starts with.
_NAMESPACES = sorted(PREFIX_IRIS.items(), key=lambda item: -len(item[1]))


class Stopped(Exception):
    """The time limit passed while rows were being written."""


class _StoppableOutput(io.RawIOBase):
    """Passes writes on until ``stop`` is set, then refuses them (ending the serialiser)."""

    def __init__(self, out: BinaryIO, stop: threading.Event) -> None:
        self.out = out
        self.stop = stop

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self.stop.is_set():
            raise Stopped
        self.out.write(data)
        return len(data)


def write_results(
    results: OxResults, fmt: str, out: BinaryIO, stop: threading.Event | None = None
) -> None:
    """Write an answer to ``out`` in ``fmt`` (one of RESULT_FORMATS), row by row."""
    if fmt not in RESULT_FORMATS:
        raise QueryError(
            f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}"
        )
    stop = stop or threading.Event()
    sink = cast(BinaryIO, _StoppableOutput(out, stop))
    try:
        if isinstance(results, ox.QueryBoolean):
            if fmt in ("json", "xml"):
                results.serialize(sink, _SOLUTION_FORMATS[fmt])
                sink.write(b"\n")
            else:
                sink.write(b"true\n" if bool(results) else b"false\n")
        elif isinstance(results, ox.QueryTriples):
            graph_format = _GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
            prefixes = None if graph_format == ox.RdfFormat.JSON_LD else PREFIX_IRIS
            ox.serialize(results, sink, graph_format, prefixes=prefixes)
        elif fmt == "table":
            variables = [v.value for v in results.variables]
            sink.write(format_table(variables, _rows(results, stop)).encode("utf-8"))
        else:
            results.serialize(sink, _SOLUTION_FORMATS[fmt])
    except Stopped:
        return
    out.flush()


def _rows(results: ox.QuerySolutions, stop: threading.Event) -> Iterable[Sequence[Term | None]]:
    for solution in results:
        if stop.is_set():
            raise Stopped
        yield list(solution)


def format_table(variables: Sequence[str], rows: Iterable[Sequence[Term | None]]) -> str:
    """A readable table: prefixed names, plain literal values, long cells wrapped."""
    from rich.console import Console
    from rich.table import Table

    table = Table(*variables, show_lines=False, header_style="bold")
    count = 0
    for row in rows:
        table.add_row(*(_cell(value) for value in row))
        count += 1
    buffer = io.StringIO()
    width = max(60, shutil.get_terminal_size((140, 24)).columns)
    console = Console(file=buffer, width=width, no_color=True, highlight=False)
    console.print(table)
    console.print(f"{count} row{'s' if count != 1 else ''}")
    return buffer.getvalue()


def compact_iri(iri: str) -> str:
    """``tk:leaderOf`` for an IRI in one of the vocabulary's namespaces, else the IRI."""
    for prefix, namespace in _NAMESPACES:
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and local and not any(c in local for c in "/#?"):
            return f"{prefix}:{local}"
    return iri


def _cell(value: Term | None) -> str:
    from rich.markup import escape

    if value is None:
        return ""
    if isinstance(value, ox.Literal):
        return escape(value.value)
    if isinstance(value, ox.BlankNode):
        return f"_:{value.value}"
    if isinstance(value, ox.NamedNode):
        return escape(compact_iri(value.value))
    return escape(str(value))


def format_result(result: Result, fmt: str = "table", graph: object | None = None) -> str:
    """An rdflib answer (from ``textkg.query``) printed as the command line prints it."""
    if fmt not in RESULT_FORMATS:
        raise QueryError(
            f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}"
        )
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        serializer = {"json": "json-ld", "xml": "xml"}.get(fmt, "turtle")
        return result.graph.serialize(format=serializer)
    if result.type == "ASK":
        if fmt in ("json", "xml"):
            return _rdflib_serialize(result, fmt) + "\n"
        return "true\n" if result.askAnswer else "false\n"
    variables = [str(v) for v in result.vars or []]
    if fmt == "table":
        return format_table(variables, rows_of(result))
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        for row in rows_of(result):
            lines.append("\t".join("" if term is None else str(term) for term in row))
        return "\n".join(lines) + "\n"
    return _rdflib_serialize(result, fmt)


def _rdflib_serialize(result: Result, fmt: str) -> str:
    data = result.serialize(format=fmt, encoding="utf-8")
    return data.decode("utf-8") if isinstance(data, bytes) else str(data)


__all__ = ["RESULT_FORMATS", "compact_iri", "format_result", "format_table", "write_results"]
