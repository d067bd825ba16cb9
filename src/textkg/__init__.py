"""textkg: build a traceable RDF knowledge graph from a folder of articles, offline.

>>> import textkg
>>> graph = textkg.build(["examples/"])                      # doctest: +SKIP
>>> for row in textkg.query(graph, "SELECT ?s WHERE { ?s tk:leaderOf ?o }"):  # doctest: +SKIP
...     print(row.s)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.query import Result

    from textkg.pipeline import BuildOptions

__version__ = "0.1.0"
__all__ = ["__version__", "build", "load_graph", "query"]


def build(paths: Sequence[str | Path] | str | Path, options: BuildOptions | None = None) -> Graph:
    """Build the graph of the articles under ``paths`` (files, folders or globs).

    ``options`` (a :class:`textkg.pipeline.BuildOptions`) picks the spaCy model, the base IRI,
    worker processes and an alias file; the defaults suit most builds.
    """
    from textkg.pipeline import build as build_pipeline

    return build_pipeline(paths, options)


def query(
    graph: Graph | str | Path,
    sparql: str,
    *,
    allow_service: bool = False,
    timeout: float | None = None,
    bindings: dict[str, str] | None = None,
) -> Result:
    """Run SPARQL with the vocabulary's prefixes (tk:, rel:, schema: ...) pre-bound.

    ``graph`` is an rdflib graph (copied into an in-memory Oxigraph store for the query) or
    the path of a graph file or store folder (answered from its store, fastest for big
    graphs). SERVICE is refused unless ``allow_service``; ``timeout`` is in seconds;
    ``bindings`` fixes variables (``{"subject": "Kim Jong Un", "predicate": "tk:metWith"}``).
    """
    from textkg.sparql import run_query

    return run_query(
        graph, sparql, allow_service=allow_service, timeout=timeout, bindings=bindings
    )


def load_graph(path: str | Path) -> Graph:
    """Read a graph written by textkg (or any RDF file rdflib reads)."""
    from textkg.rdfio import load_graph as load

    return load(path)
