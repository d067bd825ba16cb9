"""What the user asks of the view, and what the written page ended up showing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ViewOptions:
    title: str | None = None
    focus: str | None = None  # a name or alias; show its neighbourhood
    hops: int = 1
    types: tuple[str, ...] = ()  # e.g. ("Person", "Organization"); empty = all
    relations: tuple[str, ...] = ()  # CURIEs e.g. ("tk:metWith",); empty = all
    max_nodes: int = 2000


@dataclass(frozen=True)
class ViewSummary:
    """Counts for the CLI to report; ``nodes_left_out`` is what --max-nodes cut."""

    path: Path | None
    nodes_shown: int
    nodes_left_out: int
    edges_shown: int
    nodes_in_graph: int
    focus: tuple[str, ...] = ()  # names of the entities --focus matched
    bytes_written: int = 0
    isolated: int = 0  # entities without links: listed on the page, not drawn
    texts: int = 0  # article texts the page carries
    texts_from: str | None = None  # the build state they came from; None: there was none

    def __str__(self) -> str:
        """One line for the CLI: what is drawn, and what was left out and how to see it."""
        text = f"{self.nodes_shown:,} nodes, {self.edges_shown:,} links"
        if self.focus:
            text += " around " + ", ".join(self.focus)
        if self.isolated:
            text += f", {self.isolated:,} unlinked entities listed"
        if self.texts_from is None:
            text += "; no build state beside the graph, so no article texts"
        else:
            text += f", {self.texts:,} article text{'' if self.texts == 1 else 's'}"
            text += f" from {self.texts_from}"
        if self.nodes_left_out:
            text += (
                f"; {self.nodes_left_out:,} more left out by --max-nodes"
                " (narrow with --focus/--types/--relations or raise --max-nodes)"
            )
        return text
