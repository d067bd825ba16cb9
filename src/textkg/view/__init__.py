"""The HTML graph view: one self-contained page to explore a textkg graph, offline.

``render_view`` returns the page; ``write_view`` writes it atomically and says what it shows.
Given the build state's articles, the page also carries their texts, so a fact can be read in
its article.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import rdflib

from textkg.atomic import write_bytes_atomically
from textkg.view.articles import Articles
from textkg.view.lookup import Lookup, TableLookup, file_lookup
from textkg.view.model import read_model
from textkg.view.options import ViewOptions, ViewSummary
from textkg.view.page import render_page
from textkg.view.payload import build_payload
from textkg.view.select import select

DEFAULT_TITLE = "textkg graph"


def _render(
    graph: rdflib.Graph | Lookup, options: ViewOptions, articles: Articles | None = None
) -> tuple[str, ViewSummary]:
    model = read_model(graph)
    selection = select(model, options)
    title = (options.title or "").strip() or DEFAULT_TITLE
    payload = build_payload(model, selection, options, title, articles)
    page = render_page(payload)
    summary = ViewSummary(
        path=None,
        nodes_shown=len(selection.nodes) - len(selection.isolated),
        nodes_left_out=len(selection.left_out),
        edges_shown=len(selection.edges),
        nodes_in_graph=len(model.entities),
        focus=tuple(model.entities[i].label.replace("\n", " ") for i in selection.focus),
        isolated=len(selection.isolated),
        texts=payload["texts"]["shown"],
        texts_from=articles.source if articles is not None else None,
    )
    return page, summary


def render_view(
    graph: rdflib.Graph | Lookup,
    options: ViewOptions = ViewOptions(),  # noqa: B008
    articles: Articles | None = None,
) -> str:
    """The whole HTML page for ``graph``; ``articles`` (the build state's) add the texts.

    ``graph`` is an rdflib graph or a :class:`Lookup` (such as a :class:`TableLookup` over
    triples on disk: the page is the same, and memory holds only what it shows)."""
    return _render(graph, options, articles)[0]


def write_view(
    graph: rdflib.Graph | Lookup,
    path: str | Path,
    options: ViewOptions = ViewOptions(),  # noqa: B008
    articles: Articles | None = None,
) -> ViewSummary:
    """Write the page to ``path`` (atomically; nothing else is written)."""
    page, summary = _render(graph, options, articles)
    data = page.encode("utf-8")
    write_bytes_atomically(path, data)
    return replace(summary, path=Path(path), bytes_written=len(data))


__all__ = [
    "Articles",
    "Lookup",
    "TableLookup",
    "ViewOptions",
    "ViewSummary",
    "file_lookup",
    "render_view",
    "write_view",
]
