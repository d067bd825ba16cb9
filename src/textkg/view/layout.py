"""Node positions computed in Python, so the page draws at once with physics off.

Small connected components use networkx's spring layout. Large ones (where networkx's
layouts are O(n²) in memory or need SciPy) use pivot MDS for the overall shape followed by
Fruchterman-Reingold refinement whose repulsion only acts between nodes in neighbouring grid
cells, which keeps each step linear in the number of nodes. Components are then packed in
rows, largest first, and lone nodes go into a grid underneath. Everything is seeded, so the
same graph always gets the same picture.
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx
import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: Components at least this big use the linear-time layout instead of networkx's O(n²) one.
LARGE_COMPONENT = 400
SEED = 20240601
_PIVOTS = 40
_PAIR_REUSE = 3  # steps between refreshes of the near-pairs list
_SAMPLE = 10  # members of a crowded grid cell that stand for all of it
_SPRING_K = 1.5  # networkx spring k, times its default: more even spacing
_NEAREST = 0.6  # typical gap to the nearest node, in edge lengths
_GAP = 1.6  # space between packed components, in edge lengths
_COLUMN, _ROW = 1.2, 0.75  # spacing of lone nodes, in edge lengths
_ASPECT = 1.6  # width / height the packing aims for (a typical browser window)


def layout(node_count: int, edges: Sequence[tuple[int, int]], seed: int = SEED) -> FloatArray:
    """Positions (``node_count`` × 2) in units of one ideal edge length, centred on 0."""
    if node_count == 0:
        return np.zeros((0, 2))
    graph = nx.Graph()
    graph.add_nodes_from(range(node_count))
    graph.add_edges_from((a, b) for a, b in edges if a != b)
    components = sorted(
        (sorted(component) for component in nx.connected_components(graph)),
        key=lambda nodes: (-len(nodes), nodes[0]),
    )
    blocks: list[tuple[list[int], FloatArray]] = []
    loners: list[int] = []
    for nodes in components:
        if len(nodes) == 1:
            loners.append(nodes[0])
            continue
        blocks.append((nodes, _component_layout(graph.subgraph(nodes), nodes, seed)))
    if loners:
        # Lone nodes stand in a block beside the biggest component, as tall as it is.
        tallest = float(np.ptp(blocks[0][1][:, 1])) if blocks else 0.0
        blocks.insert(min(1, len(blocks)), (loners, _grid(len(loners), tallest)))
    positions = np.zeros((node_count, 2))
    for index, placed in _pack([block for _, block in blocks]):
        positions[blocks[index][0]] = placed
    positions -= (positions.min(axis=0) + positions.max(axis=0)) / 2
    return positions


def _component_layout(graph: nx.Graph, nodes: list[int], seed: int) -> FloatArray:
    size = len(nodes)
    if size == 2:
        return np.array([[0.0, 0.0], [1.0, 0.0]])
    if size < LARGE_COMPONENT:
        # A larger k than networkx's default: hubs' leaves and events get room for labels.
        placed = nx.spring_layout(
            graph, seed=seed, iterations=200, method="force", k=_SPRING_K / np.sqrt(size)
        )
        coords = np.array([placed[node] for node in nodes], dtype=np.float64)
    else:
        index = {node: i for i, node in enumerate(nodes)}
        pairs = np.array([(index[a], index[b]) for a, b in graph.edges()], dtype=np.int64)
        coords = _large_layout(size, pairs, seed)
    return _landscape(_unit_edge_length(coords, graph, nodes))


def _landscape(coords: FloatArray) -> FloatArray:
    """Turn the component so its longest direction runs across: screens are wide."""
    centred = coords - coords.mean(axis=0)
    _, vectors = np.linalg.eigh(centred.T @ centred)
    turned = centred @ vectors[:, ::-1]
    # eigh's signs are arbitrary; fix them so the result does not flip between runs.
    signs = np.where(np.sum(turned**3, axis=0) < 0, -1.0, 1.0)
    return np.asarray(turned * signs, dtype=np.float64)


def _unit_edge_length(coords: FloatArray, graph: nx.Graph, nodes: list[int]) -> FloatArray:
    """Scale so a typical edge is one unit long, but never so far that nodes crowd.

    In sparse scale-free graphs many edges must be long (they join distant hubs), so the
    edge length alone would pack nodes on top of each other.
    """
    index = {node: i for i, node in enumerate(nodes)}
    lengths = [float(np.linalg.norm(coords[index[a]] - coords[index[b]])) for a, b in graph.edges()]
    median = float(np.median(lengths)) if lengths else 1.0
    scale = 1.0 / median if median > 1e-9 else 1.0
    nearest = median_nearest_distance(coords)
    if nearest > 1e-9:
        scale = max(scale, _NEAREST / nearest)
    return coords * scale


def _grid(count: int, height: float) -> FloatArray:
    rows = max(1, int(height / _ROW)) if height > 0 else max(1, int(np.sqrt(count / 2)))
    columns = max(1, int(np.ceil(count / rows)))
    row, column = np.divmod(np.arange(count), columns)
    return np.column_stack([column * _COLUMN, row * _ROW]).astype(np.float64)


def _pack(blocks: list[FloatArray]) -> list[tuple[int, FloatArray]]:
    """Shelf packing: blocks left to right, in rows as wide as a landscape window needs."""
    extents = []
    for block in blocks:
        low = block.min(axis=0)
        extents.append((block - low, block.max(axis=0) - low + _GAP))
    total_area = sum(float(w * h) for _, (w, h) in extents)
    first_two = sum(float(w) for _, (w, _h) in extents[:2])
    row_width = max(float(np.sqrt(total_area * _ASPECT)), first_two)
    placed: list[tuple[int, FloatArray]] = []
    x = y = row_height = 0.0
    for index, (block, (width, height)) in enumerate(extents):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        placed.append((index, block + np.array([x, y])))
        x += float(width)
        row_height = max(row_height, float(height))
    return placed


# --------------------------------------------------------------------------- large components


def _large_layout(size: int, pairs: IntArray, seed: int) -> FloatArray:
    rng = np.random.default_rng(seed)
    indptr, neighbours = _csr(size, pairs)
    coords = _pivot_mds(size, indptr, neighbours, rng)
    coords += rng.normal(scale=0.3, size=coords.shape)
    return _grid_force_refine(coords, pairs, rng)


def _csr(size: int, pairs: IntArray) -> tuple[IntArray, IntArray]:
    both = np.concatenate([pairs, pairs[:, ::-1]])
    order = np.lexsort((both[:, 1], both[:, 0]))
    both = both[order]
    counts = np.bincount(both[:, 0], minlength=size)
    indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return indptr, both[:, 1].astype(np.int64)


def _bfs_distances(source: int, indptr: IntArray, neighbours: IntArray) -> FloatArray:
    size = len(indptr) - 1
    dist = np.full(size, -1, dtype=np.int64)
    dist[source] = 0
    frontier = np.array([source], dtype=np.int64)
    level = 0
    while frontier.size:
        level += 1
        starts, ends = indptr[frontier], indptr[frontier + 1]
        reached = neighbours[_ranges(starts, ends)]
        reached = np.unique(reached[dist[reached] < 0])
        dist[reached] = level
        frontier = reached
    return dist.astype(np.float64)


def _ranges(starts: IntArray, ends: IntArray) -> IntArray:
    """Concatenation of ``arange(s, e)`` for each pair, without a Python loop."""
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    return np.asarray(np.arange(total, dtype=np.int64) + offsets, dtype=np.int64)


def _pivot_mds(
    size: int, indptr: IntArray, neighbours: IntArray, rng: np.random.Generator
) -> FloatArray:
    """Brandes & Pich's pivot MDS: the global shape from BFS distances to a few pivots."""
    pivots = min(_PIVOTS, size)
    degrees = np.diff(indptr)
    distances = np.empty((size, pivots))
    nearest = np.full(size, np.inf)
    pivot = int(np.argmax(degrees))
    for column in range(pivots):
        distances[:, column] = _bfs_distances(pivot, indptr, neighbours)
        nearest = np.minimum(nearest, distances[:, column])
        pivot = int(np.argmax(nearest))
    squared = distances**2
    centred = (
        squared
        - squared.mean(axis=0, keepdims=True)
        - squared.mean(axis=1, keepdims=True)
        + squared.mean()
    ) * -0.5
    _, vectors = np.linalg.eigh(centred.T @ centred)
    coords = centred @ vectors[:, -2:][:, ::-1]
    if not np.all(np.isfinite(coords)) or float(np.ptp(coords)) < 1e-9:
        return np.asarray(rng.uniform(-1, 1, size=(size, 2)) * np.sqrt(size), dtype=np.float64)
    return np.asarray(coords, dtype=np.float64)


def _grid_force_refine(coords: FloatArray, pairs: IntArray, rng: np.random.Generator) -> FloatArray:
    """Fruchterman-Reingold with grid-limited repulsion (their "grid variant")."""
    size = len(coords)
    # Start at the density the finished layout will have (about one node per unit area):
    # MDS puts nodes that are equally far from every pivot (a hub's leaves) on one spot.
    extent = np.ptp(coords, axis=0)
    area = float(max(extent[0], 1e-9) * max(extent[1], 1e-9))
    coords = (coords - coords.mean(axis=0)) * np.sqrt(1.5 * size / area)
    k = 1.0
    radius = 2.0 * k
    iterations = 60 if size < 5_000 else 40
    temperature = 3.0 * k
    neighbours = _neighbour_pairs(coords, radius, rng)
    for step in range(iterations):
        if step % _PAIR_REUSE == 0 and step:
            # Nodes move less than a cell between refreshes, so near pairs stay near.
            neighbours = _neighbour_pairs(coords, radius, rng)
        force = _repulsion(coords, neighbours, radius, k)
        delta = coords[pairs[:, 0]] - coords[pairs[:, 1]]
        distance = np.maximum(np.linalg.norm(delta, axis=1), 1e-3)
        pull = delta * (distance / k)[:, None]
        force[:, 0] -= np.bincount(pairs[:, 0], weights=pull[:, 0], minlength=size)
        force[:, 1] -= np.bincount(pairs[:, 0], weights=pull[:, 1], minlength=size)
        force[:, 0] += np.bincount(pairs[:, 1], weights=pull[:, 0], minlength=size)
        force[:, 1] += np.bincount(pairs[:, 1], weights=pull[:, 1], minlength=size)
        magnitude = np.maximum(np.linalg.norm(force, axis=1), 1e-9)
        step_size = np.minimum(magnitude, temperature)
        coords = coords + force * (step_size / magnitude)[:, None]
        temperature = 3.0 * k * (1 - (step + 1) / iterations) + 0.05 * k
    jitter = rng.normal(scale=1e-3, size=coords.shape)
    return coords + jitter


def _neighbour_pairs(
    coords: FloatArray, radius: float, rng: np.random.Generator
) -> tuple[IntArray, IntArray, FloatArray]:
    """Ordered pairs of nodes in the same or adjacent grid cells (cell side ``radius``).

    A crowded cell (a hub's leaves start on one spot) is represented by a random sample of
    its members, weighted up, which bounds the pairs by ``n × 9 × _SAMPLE``.
    """
    cells = np.floor(coords / radius).astype(np.int64)
    cells -= cells.min(axis=0)
    width = int(cells[:, 1].max()) + 3
    keys = (cells[:, 0] + 1) * width + (cells[:, 1] + 1)
    shuffled = rng.permutation(len(coords))
    order = shuffled[np.argsort(keys[shuffled], kind="stable")]
    unique_keys, starts, counts = np.unique(keys[order], return_index=True, return_counts=True)
    used = np.minimum(counts, _SAMPLE)
    weight = counts / used
    lefts, rights, weights = [], [], []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            wanted = keys + dx * width + dy
            slot = np.minimum(np.searchsorted(unique_keys, wanted), len(unique_keys) - 1)
            sources = np.nonzero(unique_keys[slot] == wanted)[0]
            cell = slot[sources]
            lefts.append(np.repeat(sources, used[cell]))
            rights.append(order[_ranges(starts[cell], starts[cell] + used[cell])])
            weights.append(np.repeat(weight[cell], used[cell]))
    left, right, scale = np.concatenate(lefts), np.concatenate(rights), np.concatenate(weights)
    keep = left != right
    return left[keep], right[keep], scale[keep]


def _repulsion(
    coords: FloatArray,
    neighbours: tuple[IntArray, IntArray, FloatArray],
    radius: float,
    k: float,
) -> FloatArray:
    """Fruchterman-Reingold repulsion (k²/d) from nodes closer than ``radius``."""
    left, right, scale = neighbours
    delta = coords[left] - coords[right]
    dist2 = np.maximum(np.einsum("ij,ij->i", delta, delta), 1e-4)
    factor = np.where(dist2 < radius * radius, scale * (k * k) / dist2, 0.0)
    force = np.empty_like(coords)
    force[:, 0] = np.bincount(left, weights=delta[:, 0] * factor, minlength=len(coords))
    force[:, 1] = np.bincount(left, weights=delta[:, 1] * factor, minlength=len(coords))
    return force


def median_nearest_distance(coords: FloatArray, seed: int = SEED) -> float:
    """Median distance from a node to its nearest neighbour (grid search, so linear time)."""
    if len(coords) < 2:
        return 1.0
    extent = np.ptp(coords, axis=0)
    radius = max(float(np.sqrt(extent[0] * extent[1] / len(coords))) * 2, 1e-6)
    left, right, _ = _neighbour_pairs(coords, radius, np.random.default_rng(seed))
    gaps = np.linalg.norm(coords[left] - coords[right], axis=1)
    nearest = np.full(len(coords), np.inf)
    np.minimum.at(nearest, left, gaps)
    found = nearest[np.isfinite(nearest)]
    return float(np.median(found)) if found.size else radius


# --------------------------------------------------------------------------- label overlap

#: Above this many nodes overlap removal (O(n²) per step) is skipped; labels are hidden
#: when zoomed out that far anyway.
MAX_OVERLAP_NODES = 700


def spread_boxes(
    centres: FloatArray, widths: FloatArray, heights: FloatArray, iterations: int = 80
) -> FloatArray:
    """Push apart nodes whose boxes (node plus label, in pixels) overlap.

    Each step moves both nodes of an overlapping pair half the overlap along the axis where
    it is smaller, so the picture keeps its shape but labels stop covering each other.
    """
    count = len(centres)
    if count < 2 or count > MAX_OVERLAP_NODES:
        return centres
    pos = centres.astype(np.float64).copy()
    half_w = widths / 2
    half_h = heights / 2
    upper = np.triu(np.ones((count, count), dtype=bool), 1)
    tie = np.where(upper, -1.0, 1.0)
    for _ in range(iterations):
        dx = pos[:, 0][:, None] - pos[:, 0][None, :]
        dy = pos[:, 1][:, None] - pos[:, 1][None, :]
        over_x = half_w[:, None] + half_w[None, :] + 6 - np.abs(dx)
        over_y = half_h[:, None] + half_h[None, :] + 4 - np.abs(dy)
        overlap = (over_x > 0) & (over_y > 0)
        np.fill_diagonal(overlap, False)
        if not overlap.any():
            break
        sign_x = np.where(dx == 0, tie, np.sign(dx))
        sign_y = np.where(dy == 0, tie, np.sign(dy))
        along_x = overlap & (over_x < over_y)
        along_y = overlap & ~along_x
        move_x = np.where(along_x, over_x * sign_x, 0.0).sum(axis=1) * 0.25
        move_y = np.where(along_y, over_y * sign_y, 0.0).sum(axis=1) * 0.25
        pos[:, 0] += move_x
        pos[:, 1] += move_y
    return pos
