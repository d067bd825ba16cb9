"""Communities of the drawn graph (networkx's Louvain, seeded), for colour and grouping.

A whole archive is many loosely joined stories; Louvain finds the densely linked groups so the
page can colour them apart and list them by their best-connected member. The seed and the
node order are fixed, so the same graph always gets the same communities.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx

SEED = 20240601


@dataclass(frozen=True)
class Communities:
    member_of: tuple[int, ...]  # per node: its community, numbered largest first
    hubs: tuple[int, ...]  # per community: its most connected node
    sizes: tuple[int, ...]  # per community: how many nodes


def find_communities(
    node_count: int,
    edges: Sequence[tuple[int, int]],
    rank: Sequence[tuple[object, ...]],
    seed: int = SEED,
) -> Communities:
    """Louvain over ``node_count`` nodes; ``rank[i]`` orders nodes, most important first."""
    graph = nx.Graph()
    graph.add_nodes_from(range(node_count))
    graph.add_edges_from((a, b) for a, b in edges if a != b)
    found = nx.community.louvain_communities(graph, seed=seed) if node_count else []
    groups = sorted((sorted(group) for group in found), key=lambda nodes: (-len(nodes), nodes[0]))
    member_of = [0] * node_count
    hubs: list[int] = []
    for index, nodes in enumerate(groups):
        for node in nodes:
            member_of[node] = index
        hubs.append(min(nodes, key=lambda node: rank[node]))
    return Communities(tuple(member_of), tuple(hubs), tuple(len(nodes) for nodes in groups))
