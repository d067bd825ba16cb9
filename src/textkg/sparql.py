"""Query: SPARQL answered by Oxigraph, with the vocabulary's prefixes pre-bound.

The command line queries the store beside a graph (see ``textkg.store``); the Python API also
takes an rdflib graph, copied into an in-memory store for the query. Either way the query is
checked first: ``SERVICE`` would send the graph's data to another host, so it is refused unless
the caller allows it. Queries run under a time limit in a worker thread (pyoxigraph releases
the GIL while it evaluates), so the limit and Ctrl-C both stop them at once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import Graph, Variable
from rdflib.query import Result
from rdflib.term import Identifier

from textkg.errors import QueryError, TextkgError
from textkg.namespaces import PREFIXES, bind_prefixes
from textkg.rdfio import first_line, load_graph, oxigraph_quads, to_oxigraph, to_rdflib

PREFIX_IRIS: dict[str, str] = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}

OxResults = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
T = TypeVar("T")

# ---------------------------------------------------------------- reading the query text

# The SPARQL 1.1 grammar's terminals that can hide a keyword: strings, IRIs, comments,
# variables and prefixed names (whose local part may escape '#' as '\#').
_PN_CHARS = r"\w\-.\u00B7\u0300-\u036F\u203F\u2040"
_TOKENS = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<long>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\")
    | (?P<string>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
    | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F\u2040]+)
    | (?P<pname>(?:[^\W\d][PN]*)?:(?:[PN:%]|\\[_~.\-!$&'()*+,;=/?\#@%])*)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """.replace("[PN]", f"[{_PN_CHARS}]").replace("[PN:%]", f"[{_PN_CHARS}:%]"),
    re.VERBOSE | re.DOTALL,
)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def keywords(sparql: str) -> Iterator[str]:
    """The bare words of a query (keywords, function names, ``true``), upper-cased, in order;
    for a prefixed name, its prefix."""
    for match in _TOKENS.finditer(sparql):
        if match.lastgroup == "word":
            yield match.group().upper()
        elif match.lastgroup == "pname":
            yield match.group().split(":", 1)[0].upper()


def _unescaped(sparql: str) -> str:
    """The query after SPARQL's optional codepoint-escape pass (``\\u0053`` → ``S``)."""

    def char(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"

    return _CODEPOINT.sub(char, sparql)


def uses_service(sparql: str) -> bool:
    """Whether the query may hold a SERVICE clause.

    Oxigraph's parser matches keywords with no word boundary (``SERVICE:x`` is SERVICE then
    the IRI ``:x``, ``SERVICESILENT<…>`` is SERVICE SILENT), so any bare word or prefix that
    contains SERVICE counts, read both as written and after unescaping. Strings, IRIs,
    comments, variables and local names are passed over: there the word is harmless.
    """
    return any(
        "SERVICE" in word for text in (sparql, _unescaped(sparql)) for word in keywords(text)
    )


def check_query(sparql: str, *, allow_service: bool = False) -> None:
    if not allow_service and uses_service(sparql):
        raise QueryError(
            "SERVICE is refused: it would send the graph's data to another host "
            "(give --allow-service to allow it)"
        )


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of these keywords in the query."""
    return next((word for word in keywords(sparql) if word in _FORMS), "SELECT")


# ---------------------------------------------------------------- saved queries


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    text: str


def _queries_folder() -> resources.abc.Traversable:
    return resources.files("textkg").joinpath("ontology/queries")


def saved_query_names() -> list[str]:
    return sorted(
        p.name.removesuffix(".rq") for p in _queries_folder().iterdir() if p.name.endswith(".rq")
    )


def saved_query_info(name: str) -> SavedQuery:
    """A query shipped in ontology/queries (``leaders`` → leaders.rq) with its description."""
    candidate = _queries_folder().joinpath(f"{name.removesuffix('.rq')}.rq")
    if not candidate.is_file():
        known = ", ".join(saved_query_names())
        raise TextkgError(f"no saved query named {name!r}; saved queries: {known}")
    text = candidate.read_text("utf-8")
    comments = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comments.append(line.removeprefix("#").strip())
    return SavedQuery(candidate.name.removesuffix(".rq"), " ".join(comments), text)


def saved_query(name: str) -> str:
    return saved_query_info(name).text


# ---------------------------------------------------------------- running queries


def evaluate(
    store: ox.Store,
    sparql: str,
    *,
    allow_service: bool = False,
    bindings: dict[str, Term] | None = None,
) -> OxResults:
    """Start a query on a store; its rows come as they are read (all graphs as one default)."""
    check_query(sparql, allow_service=allow_service)
    substitutions = {ox.Variable(k): v for k, v in (bindings or {}).items()} or None
    try:
        try:
            return store.query(
                sparql,
                prefixes=PREFIX_IRIS,
                use_default_graph_as_union=True,
                substitutions=substitutions,
            )
        except RuntimeError:
            if not bindings:
                raise
            # Oxigraph fixes only variables the SELECT projects; a trailing VALUES clause
            # fixes any variable of the query (SPARQL 1.1, 18.2.4.3)
            return store.query(
                with_values(sparql, bindings),
                prefixes=PREFIX_IRIS,
                use_default_graph_as_union=True,
            )
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL query: {first_line(exc)}") from exc
    except (OSError, ValueError, TypeError) as exc:
        raise QueryError(f"the query failed: {first_line(exc)}") from exc


def with_values(sparql: str, bindings: dict[str, Term]) -> str:
    """The query with a trailing ``VALUES`` clause giving each variable its one value."""
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(term) for term in bindings.values())
    return f"{sparql.rstrip()}\nVALUES ({names}) {{ ({values}) }}"


def binding_term(text: str) -> Term:
    """What ``--bind VAR=TEXT`` fixes VAR to: an IRI for ``<…>`` or a known prefixed name
    (``tk:leaderOf``), else the text as a plain literal."""
    if text.startswith("<") and text.endswith(">") and len(text) > 2:
        try:
            return ox.NamedNode(text[1:-1])
        except ValueError as exc:
            raise QueryError(f"not an IRI: {text}") from exc
    prefix, colon, local = text.partition(":")
    if colon and prefix in PREFIX_IRIS and local and " " not in local:
        return ox.NamedNode(PREFIX_IRIS[prefix] + local)
    return ox.Literal(text)


def run_with_timeout(work: Callable[[threading.Event], T], timeout: float | None) -> T:
    """Run ``work`` in a worker thread for at most ``timeout`` seconds (None or 0: no limit).

    ``work`` is handed an event that is set when the time is up, and should stop writing
    once it is. Ctrl-C reaches the waiting thread at once.
    """
    stop = threading.Event()
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(work(stop))
        except BaseException as exc:  # handed to the waiting thread
            failure.append(exc)

    worker = threading.Thread(target=target, name="textkg-query", daemon=True)
    worker.start()
    worker.join(timeout or None)
    if worker.is_alive():
        stop.set()
        raise QueryError(
            f"the query ran longer than {timeout:g} s and was stopped "
            "(--timeout SECONDS; 0 for no limit)"
        )
    if failure:
        error = failure[0]
        if isinstance(error, TextkgError):
            raise error
        if isinstance(error, (OSError, ValueError, SyntaxError)):
            raise QueryError(f"the query failed: {first_line(error)}") from error
        raise error
    return outcome[0]


def memory_store(graph: Graph) -> ox.Store:
    """An in-memory Oxigraph copy of an rdflib graph, for querying it."""
    store = ox.Store()
    store.bulk_extend(oxigraph_quads(graph))
    return store


def run_query(
    source: Graph | ox.Store | str | Path,
    sparql: str,
    *,
    allow_service: bool = False,
    timeout: float | None = None,
    bindings: dict[str, str] | None = None,
) -> Result:
    """Answer SPARQL over an rdflib graph, a store or an RDF file, as an rdflib Result.

    The answer is read whole here, so every error surfaces as a QueryError. ``bindings``
    fixes variables before the query runs (see ``binding_term``).
    """
    if isinstance(source, Graph):
        store = memory_store(source)
    elif isinstance(source, ox.Store):
        store = source
    else:
        from textkg.store import open_store

        store = open_store(source).store
    fixed = {name: binding_term(value) for name, value in (bindings or {}).items()}

    def work(stop: threading.Event) -> Result:
        return _to_rdflib_result(
            evaluate(store, sparql, allow_service=allow_service, bindings=fixed),
            query_form(sparql),
            stop,
        )

    return run_with_timeout(work, timeout)


def _to_rdflib_result(results: OxResults, form: str, stop: threading.Event) -> Result:
    if isinstance(results, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(results)
        return result
    if isinstance(results, ox.QueryTriples):
        result = Result("DESCRIBE" if form == "DESCRIBE" else "CONSTRUCT")
        graph = bind_prefixes(Graph())
        for triple in results:
            if stop.is_set():
                break
            s, p, o = (to_rdflib(t) for t in (triple.subject, triple.predicate, triple.object))
            graph.add((s, p, o))
        result.graph = graph
        return result
    result = Result("SELECT")
    variables = [Variable(v.value) for v in results.variables]
    result.vars = variables
    rows: list[Mapping[Variable, Identifier]] = []
    for solution in results:
        if stop.is_set():
            break
        rows.append(
            {
                var: to_rdflib(term)
                for var, term in zip(variables, solution, strict=True)
                if term is not None
            }
        )
    result.bindings = rows
    return result


def rows_of(result: Result) -> Iterator[list[Term | None]]:
    """An rdflib SELECT result's rows as pyoxigraph terms (for the writers in textkg.results)."""
    for row in result:
        yield [None if v is None else to_oxigraph(v) for v in row]  # type: ignore[union-attr]


__all__ = [
    "PREFIX_IRIS",
    "SavedQuery",
    "binding_term",
    "check_query",
    "evaluate",
    "keywords",
    "load_graph",
    "memory_store",
    "query_form",
    "rows_of",
    "run_query",
    "run_with_timeout",
    "saved_query",
    "saved_query_info",
    "saved_query_names",
    "uses_service",
]
