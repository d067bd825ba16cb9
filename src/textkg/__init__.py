"""textkg: build a traceable RDF knowledge graph from a folder of articles, offline."""

from __future__ import annotations

__version__ = "0.1.0"
