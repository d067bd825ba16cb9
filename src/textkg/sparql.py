"""Query: load any RDF file rdflib reads and answer SPARQL over it, with the vocabulary's
prefixes pre-bound, printing results as a table, CSV, TSV or SPARQL JSON."""

from __future__ import annotations

import io
import shutil
from importlib import resources
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node
from rdflib.util import guess_format

from textkg.contents import compact
from textkg.errors import QueryError, TextkgError
from textkg.namespaces import PREFIXES, bind_prefixes

RESULT_FORMATS = ("table", "csv", "tsv", "json")
_QUAD_FORMATS = frozenset({"nquads", "trig", "trix"})
_EXTRA_FORMATS = {".jsonld": "json-ld", ".json": "json-ld", ".nq": "nquads"}


def load_graph(path: str | Path) -> Graph:
    """Read an RDF file (.ttl, .nt, .nq, .trig, .jsonld, .rdf ...) into one graph."""
    source = Path(path)
    if not source.exists():
        raise TextkgError(f"{source}: no such file")
    if source.is_dir():
        raise TextkgError(f"{source}: is a folder, not an RDF file")
    fmt = _EXTRA_FORMATS.get(source.suffix.lower()) or guess_format(str(source))
    if fmt is None:
        raise TextkgError(f"{source}: unknown RDF format (use .ttl, .nt, .nq, .trig or .jsonld)")
    try:
        if fmt in _QUAD_FORMATS:
            dataset = Dataset()
            dataset.parse(source, format=fmt)
            graph = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            graph = Graph().parse(source, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise TextkgError(f"{source}: not valid {fmt}: {_first_line(exc)}") from exc
    return bind_prefixes(graph)


def saved_query(name: str) -> str:
    """A query shipped in ontology/queries (``leaders`` → leaders.rq)."""
    folder = resources.files("textkg").joinpath("ontology/queries")
    candidate = folder.joinpath(f"{name.removesuffix('.rq')}.rq")
    if not candidate.is_file():
        known = ", ".join(saved_query_names())
        raise TextkgError(f"no saved query named {name!r}; saved queries: {known}")
    return candidate.read_text("utf-8")


def saved_query_names() -> list[str]:
    folder = resources.files("textkg").joinpath("ontology/queries")
    return sorted(p.name.removesuffix(".rq") for p in folder.iterdir() if p.name.endswith(".rq"))


def run_query(graph: Graph, sparql: str) -> Result:
    """Run SPARQL with tk:, rel:, schema:, rdfs:, skos:, prov:, xsd:, rdf:, owl: pre-bound.

    The result is fully evaluated here, so evaluation errors surface as QueryError.
    """
    try:
        result = graph.query(sparql, initNs=dict(PREFIXES))
        if result.type == "SELECT":
            result.bindings = list(result.bindings)
        elif result.type in ("CONSTRUCT", "DESCRIBE") and result.graph is not None:
            bind_prefixes(result.graph)
    except Exception as exc:  # pyparsing and rdflib evaluation errors share no base class
        raise QueryError(f"malformed SPARQL query: {_first_line(exc)}") from exc
    return result


def format_result(result: Result, fmt: str = "table", graph: Graph | None = None) -> str:
    """Render a result for printing; CONSTRUCT/DESCRIBE always print as Turtle."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    if result.type == "ASK":
        if fmt == "json":
            return _serialize(result, "json")
        return "true\n" if result.askAnswer else "false\n"
    if fmt == "json":
        return _serialize(result, "json")
    if fmt == "csv":
        return _serialize(result, "csv").replace("\r\n", "\n")
    if fmt == "tsv":
        return _tsv(result)
    if fmt == "table":
        return _table(result, graph or Graph())
    raise QueryError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")


def _serialize(result: Result, fmt: str) -> str:
    data = result.serialize(format=fmt, encoding="utf-8")
    return data.decode("utf-8") if isinstance(data, bytes) else str(data)


def _tsv(result: Result) -> str:
    """SPARQL 1.1 TSV: a header of ?vars, then terms in N-Triples syntax."""
    variables = [str(v) for v in result.vars or []]
    lines = ["\t".join(f"?{v}" for v in variables)]
    for row in result:
        cells = []
        for value in row:  # type: ignore[union-attr]
            cells.append("" if value is None else _escape_tsv(value.n3()))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def _escape_tsv(text: str) -> str:
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _table(result: Result, graph: Graph) -> str:
    """A readable table: prefixed names, plain literals, long cells wrapped to the terminal."""
    from rich.console import Console
    from rich.table import Table

    variables = [str(v) for v in result.vars or []]
    table = Table(*variables, show_lines=False, header_style="bold")
    rows = 0
    for row in result:
        table.add_row(*(_cell(value, graph) for value in row))  # type: ignore[union-attr]
        rows += 1
    buffer = io.StringIO()
    console = Console(file=buffer, width=_terminal_width(), no_color=True, highlight=False)
    console.print(table)
    console.print(f"{rows} row{'s' if rows != 1 else ''}")
    return buffer.getvalue()


def _cell(value: Node | None, graph: Graph) -> str:
    from rich.markup import escape

    if value is None:
        return ""
    if isinstance(value, Literal):
        return escape(str(value))
    if isinstance(value, BNode):
        return f"_:{value}"
    if isinstance(value, URIRef):
        return escape(compact(graph, value))
    return escape(str(value))


def _terminal_width() -> int:
    return max(60, shutil.get_terminal_size((140, 24)).columns)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())[:300]


__all__ = [
    "RESULT_FORMATS",
    "format_result",
    "load_graph",
    "run_query",
    "saved_query",
    "saved_query_names",
]
