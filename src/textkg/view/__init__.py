"""The HTML graph view: one self-contained page to explore a textkg graph, offline.

``render_view`` returns the page; ``write_view`` writes it atomically and says what it shows.
"""

from __future__ import annotations

from pathlib import Path

import rdflib

from textkg.atomic import write_bytes_atomically
from textkg.view.model import read_model
from textkg.view.options import ViewOptions, ViewSummary
from textkg.view.page import build_payload, render_page
from textkg.view.select import select

DEFAULT_TITLE = "textkg graph"


def _render(graph: rdflib.Graph, options: ViewOptions) -> tuple[str, ViewSummary]:
    model = read_model(graph)
    selection = select(model, options)
    title = (options.title or "").strip() or DEFAULT_TITLE
    page = render_page(build_payload(model, selection, options, title))
    summary = ViewSummary(
        path=None,
        nodes_shown=len(selection.nodes),
        nodes_left_out=len(selection.left_out),
        edges_shown=len(selection.edges),
        nodes_in_graph=len(model.entities),
        focus=tuple(model.entities[i].label.replace("\n", " ") for i in selection.focus),
    )
    return page, summary


def render_view(graph: rdflib.Graph, options: ViewOptions = ViewOptions()) -> str:  # noqa: B008
    """The whole HTML page for ``graph``."""
    return _render(graph, options)[0]


def write_view(
    graph: rdflib.Graph,
    path: str | Path,
    options: ViewOptions = ViewOptions(),  # noqa: B008
) -> ViewSummary:
    """Write the page to ``path`` (atomically; nothing else is written)."""
    page, summary = _render(graph, options)
    data = page.encode("utf-8")
    write_bytes_atomically(path, data)
    return ViewSummary(
        path=Path(path),
        nodes_shown=summary.nodes_shown,
        nodes_left_out=summary.nodes_left_out,
        edges_shown=summary.edges_shown,
        nodes_in_graph=summary.nodes_in_graph,
        focus=summary.focus,
        bytes_written=len(data),
    )


__all__ = ["ViewOptions", "ViewSummary", "render_view", "write_view"]
