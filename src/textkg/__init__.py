"""textkg: build a traceable RDF knowledge graph from a folder of articles, offline.

>>> import textkg
>>> graph = textkg.build(["examples/"])                      # doctest: +SKIP
>>> for row in textkg.query(graph, "SELECT ?s WHERE { ?s tk:leaderOf ?o }"):  # doctest: +SKIP
...     print(row.s)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.query import Result

__version__ = "0.1.0"
__all__ = ["__version__", "build", "load_graph", "query"]


def build(paths: Sequence[str | Path] | str | Path, **options: Any) -> Graph:
    """Build the graph of the articles under ``paths``; see :func:`textkg.pipeline.build`."""
    from textkg.pipeline import build as build_pipeline

    return build_pipeline(paths, **options)


def query(graph: Graph, sparql: str) -> Result:
    """Run SPARQL with the vocabulary's prefixes (tk:, rel:, schema: ...) pre-bound."""
    from textkg.sparql import run_query

    return run_query(graph, sparql)


def load_graph(path: str | Path) -> Graph:
    """Read a graph written by textkg (or any RDF file rdflib reads)."""
    from textkg.sparql import load_graph as load

    return load(path)
