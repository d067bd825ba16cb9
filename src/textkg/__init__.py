"""textkg: build a traceable RDF knowledge graph from articles, offline.

>>> import textkg
>>> graph = textkg.build(["examples/"])                      # doctest: +SKIP
>>> article = textkg.Article(text="...", title="...", date="2024-03-04")
>>> graph = textkg.build([article])                          # doctest: +SKIP
>>> textkg.summary(graph)                                   # doctest: +SKIP
>>> rows = textkg.query(graph, "SELECT ?s ?o WHERE { ?s tk:leaderOf ?o }")  # doctest: +SKIP
>>> rows.to_dataframe()                                     # doctest: +SKIP
>>> textkg.export(graph, "graphs/mine.gexf")                 # doctest: +SKIP
>>> textkg.view(graph, "graphs/mine.html")                   # doctest: +SKIP
"""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph

    from textkg.api import GraphSummary, KnowledgeGraph, QueryResult
    from textkg.ingest.memory import Article, BuildInput
    from textkg.pipeline import BuildOptions
    from textkg.view import ViewOptions, ViewSummary

__version__ = "0.1.0"
__all__ = [
    "Article",
    "KnowledgeGraph",
    "TextkgWarning",
    "__version__",
    "build",
    "export",
    "load_graph",
    "query",
    "summary",
    "view",
]


def __getattr__(name: str) -> Any:
    """``textkg.Article`` and ``textkg.KnowledgeGraph`` without importing the readers and
    rdflib when only the CLI's help is asked."""
    if name == "Article":
        from textkg.ingest.memory import Article

        return Article
    if name == "KnowledgeGraph":
        from textkg.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'textkg' has no attribute {name!r}")


class TextkgWarning(UserWarning):
    """Something a build could read but not fully (skipped inputs, articles with no date)."""


def build(
    inputs: Sequence[BuildInput] | BuildInput, options: BuildOptions | None = None
) -> KnowledgeGraph:
    """Build the graph of some articles and return it; nothing is written. It is an
    ``rdflib.Graph`` that shows its summary in a notebook.

    ``inputs`` are paths (files, folders, globs) and :class:`Article` objects holding text in
    memory, in any mix. ``options`` (a :class:`textkg.pipeline.BuildOptions`) picks the
    spaCy model, the base IRI, worker processes and an alias file; the defaults suit most
    builds. Skipped inputs and articles with no publication date are reported once each as a
    :class:`TextkgWarning`.
    """
    import warnings

    from textkg.api import knowledge_graph
    from textkg.ingest.memory import Article
    from textkg.notices import skipped_summary, undated_message
    from textkg.pipeline import build_result

    items = [inputs] if isinstance(inputs, str | Path | Article) else list(inputs)
    result = build_result(items, options)
    undated = [f.article.source for f in result.facts if not f.article.meta.date_published]
    hint = "give one with Article(date=...), BuildOptions(ingest=IngestOptions(default_date=...)) "
    hint += "or a sidecar file such as ARTICLE.txt.json"
    for message in (skipped_summary(result.skipped, verbose=True), undated_message(undated, hint)):
        if message:
            warnings.warn(message, TextkgWarning, stacklevel=2)
    return knowledge_graph(result.graph)


def query(
    graph: Graph | str | Path,
    sparql: str,
    *,
    allow_service: bool = False,
    timeout: float | None = None,
    bindings: dict[str, str] | None = None,
) -> QueryResult:
    """Run SPARQL with the vocabulary's prefixes (tk:, rel:, schema: ...) pre-bound.

    ``graph`` is an rdflib graph (copied into an in-memory Oxigraph store for the query) or
    the path of a graph file or store folder (answered from its store, fastest for big
    graphs). SERVICE is refused unless ``allow_service``; ``timeout`` is in seconds;
    ``bindings`` fixes variables (``{"subject": "Kim Jong Un", "predicate": "tk:metWith"}``).
    The result iterates over rows (``row.name``), becomes a pandas DataFrame with
    ``.to_dataframe()`` and shows as a table in a notebook.
    """
    from rdflib import Graph as RdfGraph

    from textkg.api import QueryResult
    from textkg.sparql import run_query

    raw = run_query(graph, sparql, allow_service=allow_service, timeout=timeout, bindings=bindings)
    return QueryResult(raw, graph if isinstance(graph, RdfGraph) else None)


def summary(graph: Graph) -> GraphSummary:
    """Counts of documents, entities, byline agents, events and relations, and the most
    mentioned entities, for any rdflib graph; shows as a small table in a notebook."""
    from textkg.api import summarize

    return summarize(graph)


def export(
    graph: Graph, path: str | Path, format: str | None = None, *, mkdir: bool = False
) -> Path:
    """Write ``graph`` as turtle, nt, nq, trig, jsonld, graphml or gexf (default: from the
    file's extension), atomically. The folder must exist unless ``mkdir``."""
    from textkg.errors import TextkgError
    from textkg.export import FORMATS, format_for_path, write_graph
    from textkg.outputs import checked_output

    fmt = format or format_for_path(str(path))
    if fmt is None or fmt not in FORMATS:
        raise TextkgError(
            f"unknown export format {format or Path(path).suffix!r}; "
            f"choose format from {', '.join(FORMATS)}"
        )
    target = checked_output(path, mkdir=mkdir)
    write_graph(graph, target, fmt)
    return target


def view(
    graph: Graph, path: str | Path, options: ViewOptions | None = None, *, mkdir: bool = False
) -> ViewSummary:
    """Write the self-contained interactive HTML page of ``graph``; says what it shows."""
    from textkg.outputs import checked_output
    from textkg.view import ViewOptions, write_view

    return write_view(graph, checked_output(path, mkdir=mkdir), options or ViewOptions())


def load_graph(path: str | Path) -> KnowledgeGraph:
    """Read a graph written by textkg (or any RDF file rdflib reads)."""
    from textkg.api import knowledge_graph
    from textkg.rdfio import load_graph as load

    return knowledge_graph(load(path))


class _Package(types.ModuleType):
    """Keeps ``textkg.export`` and ``textkg.view`` the API's functions: importing the
    submodules of the same names (``from textkg.view import ...``) would otherwise rebind
    them. The submodules stay importable by their full names."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _FUNCTIONS_OVER_MODULES and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


_FUNCTIONS_OVER_MODULES = frozenset({"export", "view"})
sys.modules[__name__].__class__ = _Package
